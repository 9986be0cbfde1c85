/**
 * Routing indicators (RIs): the station an RI belongs to, what kind of indicator it is
 * (a post, a collective, a DMS gateway) and, for RIs the tables lack, what the letters
 * themselves say.
 */
import { type Definition, SOURCE, sourced } from '../data/definition';
import { type OriginatorEntry, originatorsByIndicator } from '../data/originators';
import type { RoutingEntry, RoutingTable } from '../data/routingIndicators';

export type IndicatorKind = 'station' | 'collective' | 'gateway' | 'signal' | 'unknown';

export interface RoutingDecoding {
	readonly indicator: string;
	readonly kind: IndicatorKind;
	/** The primary reading: the station that owns the RI, or the gateway's description. */
	readonly primary: RoutingEntry | undefined;
	/** Other names the tables give for the RI (addresses routed through it, names as written in cables). */
	readonly otherNames: readonly RoutingEntry[];
	/** The cable-id origin whose station this is (`RUEHKO` → TOKYO). */
	readonly origin: OriginatorEntry | undefined;
	/** The family the first letters place it in, when known. */
	readonly family: Definition | undefined;
	/** What the second letter says about the nation or alliance. */
	readonly nation: string | undefined;
	/** For an unknown RI: the closest known one. */
	readonly nearest: string | undefined;
	/** For an operating signal written where an RI goes (`ZEN/AMEMBASSY ...`): what it says. */
	readonly signal: Definition | undefined;
}

/** Operating signals that take an RI's place on addressee lines. */
const SIGNALS_IN_RI_POSITION: ReadonlyMap<string, Definition> = new Map([
	['ZEN', sourced('this addressee was not sent the message by this transmission', SOURCE.fieldGuide)],
]);

/** Practical RI families in State traffic. Longest prefix first. */
const FAMILIES: readonly (readonly [string, Definition])[] = [
	[
		'RHMF',
		sourced(
			'DMS gateway indicators: they route to many different addressees, so the plain-language address, not the RI, identifies the addressee',
			SOURCE.acp117,
		),
	],
	[
		'RHMC',
		sourced(
			'message conversion system indicators: they route to many different addressees, so the plain-language address identifies the addressee',
			SOURCE.acp117,
		),
	],
	['RUEH', sourced('Department of State network: the Department in Washington (RUEHC) and the posts abroad', SOURCE.fieldGuide)],
	['RUCN', sourced('State Department collective indicators and the US Mission to the UN (RUCNDT)', SOURCE.fieldGuide)],
	['RHEH', sourced('White House and National Security Council', SOURCE.fieldGuide)],
	['RUEA', sourced('Washington agencies (e.g. RUEAIIA CIA, RUEATRS Treasury)', SOURCE.fieldGuide)],
	['RUEK', sourced('Washington agencies (e.g. RUEKJCS Joint Staff / Secretary of Defense)', SOURCE.fieldGuide)],
];

/** Second letter of an RI: the nation or alliance. */
const NATIONS: ReadonlyMap<string, string> = new Map([
	['U', 'United States'],
	['H', 'United States'],
	['C', 'Canada'],
	['B', 'United Kingdom'],
	['A', 'Australia'],
	['Z', 'New Zealand'],
	['X', 'NATO'],
]);

export function decodeRoutingIndicator(indicator: string, table: RoutingTable): RoutingDecoding {
	const entries = table.get(indicator) ?? [];
	const primary = entries[0];
	const signal = entries.length === 0 ? SIGNALS_IN_RI_POSITION.get(indicator) : undefined;
	const seen = new Set(primary ? [primary.station] : []);
	const otherNames: RoutingEntry[] = [];
	for (const entry of entries.slice(1)) {
		if (seen.has(entry.station)) continue;
		seen.add(entry.station);
		otherNames.push(entry);
	}
	return {
		indicator,
		kind: signal ? 'signal' : indicatorKind(entries),
		primary,
		otherNames,
		origin: originFor(indicator, primary),
		family: FAMILIES.find(([prefix]) => indicator.startsWith(prefix))?.[1],
		nation: indicator.startsWith('R') ? NATIONS.get(indicator.charAt(1)) : undefined,
		nearest: entries.length === 0 && !signal ? table.nearest(indicator, 1)[0]?.code : undefined,
		signal,
	};
}

/** Judged by the primary reading: RUEHC is also written once as `OPEC COLLECTIVE`, yet is a station. */
function indicatorKind(entries: readonly RoutingEntry[]): IndicatorKind {
	const [primary] = entries;
	if (!primary) return 'unknown';
	if (primary.rowKind === 'gateway') return 'gateway';
	return /\bCOLLECTIVE\b/.test(primary.station) ? 'collective' : 'station';
}

/** Several origins can share a station (NAGOYA and TOKYO, CALCUTTA and KOLKATA): prefer the one the RI decodes to. */
function originFor(indicator: string, primary: RoutingEntry | undefined): OriginatorEntry | undefined {
	const candidates = originatorsByIndicator(indicator);
	return candidates.find((candidate) => candidate.station === primary?.station) ?? candidates[0];
}
