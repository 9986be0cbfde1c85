/**
 * Post names as cables write them (`SECSTATE`, `HAGUE`, `USUN`, `RIO DE JAN`) → the origin used
 * in canonical cable ids, from server/src/data/referenceAliases.tsv (provenance in
 * server/src/citations/README.md). Keys are written without spaces, in upper case.
 */
import aliasesTsv from './referenceAliases.tsv';
import { parseTsv } from './tsv';

export interface ReferenceAlias {
	readonly alias: string;
	readonly origin: string;
	readonly source: string;
	/**
	 * The row says it may match references that are no cables (`BA`, `DOC`, `RIO`), or that its
	 * meaning is UNVERIFIED: such an alias names a post only where nothing else could be meant.
	 */
	readonly weak: boolean;
}

const WEAK_SOURCE = /UNVERIFIED|may match non-cable references/;

const aliases: ReadonlyMap<string, ReferenceAlias> = new Map(
	parseTsv(aliasesTsv, ['alias', 'origin', 'source']).map((row) => [
		row.alias,
		{ alias: row.alias, origin: row.origin, source: row.source, weak: WEAK_SOURCE.test(row.source) },
	]),
);

/** The alias row for a post written without spaces and upper-cased (`SECSTATE`, `PORT-AU-PRINCE`). */
export function referenceAlias(key: string): ReferenceAlias | undefined {
	return aliases.get(key);
}
