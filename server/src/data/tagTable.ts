/**
 * TAGS codes (subject, program, country, region, organization), from server/src/data/tags.tsv.
 * A code can have more than one row (AL is Albania and an organization code).
 */
import tagsTsv from './tags.tsv';
import { CodeTable, groupByCode } from './codeTable';
import { parseTsv, type TsvRow } from './tsv';

export interface TagEntry {
	readonly code: string;
	/** subject, program, country, region, organization, other, or a user's own kind. */
	readonly kind: string;
	/** Empty when the sources list the code without a meaning. */
	readonly meaning: string;
	readonly source: string;
	readonly verified: boolean;
	/** How often the code was seen in the 1,295-cable Cablegate sample the table was built on. */
	readonly timesSeen: number;
	/** Set for entries that come from a user dictionary: the file they come from. */
	readonly dictionary?: string;
}

export type TagTable = CodeTable<TagEntry>;

const TAG_COLUMNS = ['code', 'kind', 'meaning', 'source'] as const;
type TagColumn = (typeof TAG_COLUMNS)[number];

// Both read rows of the built-in TAGS table (a few hundred short rows shipped in the bundle), never cable text.
// eslint-disable-next-line regexp/no-super-linear-move -- the input is a built-in table row under 200 characters
const SEEN = /\s*\|\s*CG seen (\d+)x\s*$/;
// eslint-disable-next-line regexp/no-super-linear-move -- the input is a built-in table row under 200 characters
const UNVERIFIED_SUFFIX = /;?\s*meaning UNVERIFIED\s*$/;

function entryFromRow(row: TsvRow<TagColumn>): TagEntry {
	const seen = SEEN.exec(row.source);
	const meaning = row.meaning.replace(UNVERIFIED_SUFFIX, '');
	return {
		code: row.code,
		kind: row.kind,
		meaning,
		source: row.source.replace(SEEN, ''),
		// The table marks guessed meanings with UNVERIFIED in either column.
		verified: meaning !== '' && !/UNVERIFIED/.test(`${row.meaning} ${row.source}`),
		timesSeen: seen ? Number(seen[1]) : 0,
	};
}

export const builtInTags: TagTable = new CodeTable(groupByCode(parseTsv(tagsTsv, TAG_COLUMNS).map(entryFromRow), (entry) => entry.code));
