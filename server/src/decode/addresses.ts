/**
 * Plain-language addresses (`AMEMBASSY TOKYO`, `SECSTATE WASHDC`) against routing indicators:
 * which indicators an address is routed through, read backwards from the routing table, and
 * which post an address is. Built once per table (user dictionaries make a new table).
 */
import { memoByString } from '../util/memo';
import { originatorByName, type OriginatorEntry } from '../data/originators';
import type { RoutingTable } from '../data/routingIndicators';

/**
 * Addresses compared as words: case, punctuation, office symbols (`//J-3//`) and a trailing
 * country code (`AMEMBASSY TRIPOLI LY`) do not make another address.
 */
function normalize(address: string): string {
	const symbols = address.indexOf('//');
	const words = (symbols < 0 ? address : address.slice(0, symbols))
		.toUpperCase()
		.replace(/[^A-Z0-9 ]+/g, ' ')
		.trim()
		.split(/\s+/);
	if (words.length > 2 && words[words.length - 1]!.length === 2) words.pop();
	return words.join(' ');
}

/** Remembered: the same few hundred addresses come back in cable after cable. */
export const normalizeAddress = memoByString(normalize);

export interface AddressIndex {
	/** The indicators an address is routed through; empty when the tables do not know the address. */
	indicatorsOf(address: string): ReadonlySet<string>;
}

const indexes = new WeakMap<RoutingTable, AddressIndex>();
const NONE: ReadonlySet<string> = new Set();

export function addressIndex(table: RoutingTable): AddressIndex {
	let index = indexes.get(table);
	if (!index) {
		index = buildIndex(table);
		indexes.set(table, index);
	}
	return index;
}

function buildIndex(table: RoutingTable): AddressIndex {
	const byAddress = new Map<string, Set<string>>();
	for (const indicator of table.codes()) {
		for (const entry of table.get(indicator) ?? []) {
			if (!entry.station) continue;
			const address = normalize(entry.station);
			let indicators = byAddress.get(address);
			if (!indicators) byAddress.set(address, (indicators = new Set()));
			indicators.add(indicator);
		}
	}
	return { indicatorsOf: (address) => byAddress.get(normalizeAddress(address)) ?? NONE };
}

/** The originator whose station an address is (`AMEMBASSY TOKYO` → TOKYO), by the cable-id origin it names; remembered too. */
export const originatorOfAddress = memoByString((address: string): OriginatorEntry | undefined => {
	const words = normalizeAddress(address).split(' ');
	const entry = originatorByName(words.slice(1).join(''));
	return entry && normalizeAddress(entry.station) === words.join(' ') ? entry : undefined;
});
