/**
 * Post names as cables write them → the origin of canonical cable ids (`Sao Paulo` → SAOPAULO,
 * `SECSTATE` → STATE, `THE HAGUE` and `HAGUE` → THEHAGUE, `USMISSION USUN NEW YORK` → USUNNEWYORK).
 * The alias table is consulted before the origins: five aliases are origins too (WASHDC,
 * PARISFR, UNESCOPARIS, TAIPEI, CDC) and stand for their canonical form.
 */
import { type OriginatorEntry, originatorByName, originatorEntries } from '../data/originators';
import { referenceAlias } from '../data/referenceAliases';

export interface ResolvedPost {
	/** As in ids: `SAOPAULO`. Always an origin of the originators table. */
	readonly origin: string;
	readonly originator: OriginatorEntry;
	/** Resolved through an alias that may name something other than a cable post (`BA`, `DOC`, `RIO`). */
	readonly weak: boolean;
}

/** Words that lead a plain-language address and are no part of the post's name. */
const ADDRESS_PREFIXES = new Set(['AMEMBASSY', 'EMBASSY', 'USMISSION', 'AMCONSUL']);

/** Upper case, without spaces, apostrophes and the periods of abbreviations (`ST. PETERSBURG`). */
export function postKey(written: string): string {
	let key = '';
	for (const word of written.toUpperCase().split(/\s+/)) {
		if (!word || (key === '' && ADDRESS_PREFIXES.has(word))) continue;
		key += word;
	}
	return key.replace(/['.\u2019]/g, '');
}

/** The origin a post name stands for, or undefined when neither table knows it. */
export function resolvePost(written: string): ResolvedPost | undefined {
	const key = postKey(written);
	if (!key) return undefined;
	const alias = referenceAlias(key) ?? referenceAlias(key.replace(/-/g, ''));
	if (alias) {
		const originator = originatorByName(alias.origin);
		return originator ? { origin: originator.origin, originator, weak: alias.weak } : undefined;
	}
	const originator = originatorByName(key) ?? originatorByName(key.replace(/-/g, ''));
	return originator ? { origin: originator.origin, originator, weak: false } : undefined;
}

/**
 * Stations as FM lines write them (`USEU BRUSSELS`) → the origins that use them, after aliases.
 * A station shared by two origins (BRUSSELS and USEUBRUSSELS both send as USEU BRUSSELS)
 * names neither for certain. Built on first use from the originators table's station column.
 */
let stations: Map<string, Set<string>> | undefined;

function stationOrigins(): Map<string, Set<string>> {
	if (stations) return stations;
	const built = new Map<string, Set<string>>();
	for (const row of originatorEntries) {
		const key = row.station.replace(/\s+/g, '').toUpperCase();
		if (!key) continue;
		const set = built.get(key) ?? new Set<string>();
		set.add(referenceAlias(row.origin)?.origin ?? row.origin);
		built.set(key, set);
	}
	stations = built;
	return built;
}

/** The origin an FM line's address names: by its station when only one origin uses it, else by its post name. */
export function resolveStation(address: string): ResolvedPost | undefined {
	const origins = stationOrigins().get(address.replace(/\s+/g, '').toUpperCase());
	if (origins && origins.size > 1) return undefined;
	const only = origins && originatorByName([...origins][0]!);
	if (only) return { origin: only.origin, originator: only, weak: false };
	const post = resolvePost(address);
	return post && !post.weak ? post : undefined;
}
