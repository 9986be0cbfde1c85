/**
 * Routing indicators → stations, from server/src/data/routing-indicators.tsv (ACP 117 decode and
 * encode sections, plus the RI/address pairs seen in cables). Within an indicator the first
 * row is the primary reading: the ACP 117 Section I decode, or the General Instructions'
 * description for the DMS gateways.
 */
import routingTsv from './routing-indicators.tsv';
import { CodeTable, groupByCode } from './codeTable';
import { parseTsv, type TsvRow } from './tsv';

/** Where a row comes from, which says what kind of name it is. */
export type RoutingRowKind =
	| 'gateway' // General Instructions: a gateway RI that serves many addressees
	| 'decode' // ACP 117 Section I: the station that owns the RI
	| 'address' // ACP 117 Section II: a plain-language address routed through the RI
	| 'cables' // an RI/address pair as written in TO/INFO lines of cables
	| 'user'; // a user dictionary

export interface RoutingEntry {
	readonly indicator: string;
	readonly station: string;
	readonly source: string;
	readonly rowKind: RoutingRowKind;
	/** For `cables` rows: how many times the pair was seen. */
	readonly timesSeen: number;
	readonly dictionary?: string;
}

export type RoutingTable = CodeTable<RoutingEntry>;

function rowKind(source: string): RoutingRowKind {
	if (source.includes('General Instructions')) return 'gateway';
	if (source.includes('S-I decode')) return 'decode';
	if (source.includes('S-II')) return 'address';
	return 'cables';
}

const ROUTING_COLUMNS = ['indicator', 'station', 'source'] as const;

function entryFromRow(row: TsvRow<(typeof ROUTING_COLUMNS)[number]>): RoutingEntry {
	const seen = /,\s*(\d+)x\s*$/.exec(row.source);
	return {
		indicator: row.indicator,
		station: row.station,
		source: row.source.replace(/,\s*\d+x\s*$/, ''),
		rowKind: rowKind(row.source),
		timesSeen: seen ? Number(seen[1]) : 0,
	};
}

export const builtInRoutingIndicators: RoutingTable = new CodeTable(
	groupByCode(parseTsv(routingTsv, ROUTING_COLUMNS).map(entryFromRow), (entry) => entry.indicator),
);
