/**
 * Cable-id origins (TOKYO, STATE, USUNNEWYORK, ...) → station, routing indicator and country,
 * from server/src/data/originators.tsv. Answers "which post is TOKYO" for cable ids, banners,
 * REF items and page markers, and "whose station is RUEHKO" for routing indicators.
 */
import originatorsTsv from './originators.tsv';
import { groupByCode } from './codeTable';
import { parseTsv } from './tsv';

export interface OriginatorEntry {
	/** As in cable ids: no spaces (`BUENOSAIRES`). */
	readonly origin: string;
	/** Plain-language address (`AMEMBASSY TOKYO`); empty when not resolved. */
	readonly station: string;
	readonly routingIndicator: string;
	readonly countryCode: string;
	readonly evidence: string;
}

/** Every row of the table, in its order. */
export const originatorEntries: readonly OriginatorEntry[] = parseTsv(originatorsTsv, [
	'origin',
	'station',
	'routing_indicator',
	'country_code',
	'evidence',
]).map((row) => ({
	origin: row.origin,
	station: row.station,
	routingIndicator: row.routing_indicator,
	countryCode: row.country_code,
	evidence: row.evidence,
}));

const byOrigin = new Map(originatorEntries.map((entry) => [entry.origin, entry]));

/** Several origins can share an RI: former names (CALCUTTA, KOLKATA), posts behind one station (NAGOYA, TOKYO). */
const byIndicator = groupByCode(
	originatorEntries.filter((entry) => entry.routingIndicator !== ''),
	(entry) => entry.routingIndicator,
);

/** Accepts the origin as written in ids (`BUENOSAIRES`) or in banners and REFs (`Buenos Aires`). */
export function originatorByName(name: string): OriginatorEntry | undefined {
	// Most names come as in ids: a direct hit spares the rewriting.
	return byOrigin.get(name) ?? byOrigin.get(name.replace(/\s+/g, '').toUpperCase());
}

export function originatorsByIndicator(indicator: string): readonly OriginatorEntry[] {
	return byIndicator.get(indicator) ?? [];
}
