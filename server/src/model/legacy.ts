/**
 * Office distribution blocks of older received copies: the AMHS `PAGE 01` block of
 * 2000-2003 partial extracts and the 1970s `ORIGIN` / `ACTION` / `INFO LOG-00` /
 * `DRAFTED BY` / `APPROVED BY` lines, up to the date-time group or `FM` line.
 */
import { OFFICE_CODES } from './headerLines';
import { fieldAt, firstCharacters, head, isBlank, linesRange, mayStartWith } from './lines';
import type { LegacyHeader, LegacyLine, LegacyLineKind } from './types';

const KINDS: ReadonlyArray<readonly [LegacyLineKind, RegExp]> = [
	['page', /^\s*(PAGE)\s+01\b/d],
	['classification', /^\s*(UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)(?:\s+PTQ\d+)?\s*$/d],
	['action', /^\s*(ACTION)\s+[A-Z]+-\d{2}/d],
	['origin', /^\s*(ORIGIN)\s+[A-Z]+-\d{2}/d],
	['info', /^\s*(INFO)\s+[A-Z]+-\d{2}/d],
	['draftedBy', /^\s*(DRAFTED BY)\b/d],
	['approvedBy', /^\s*(APPROVED BY)\b/d],
	['cleared', /^\s*(CLEARED?|DESIRED DISTRIBUTION)\b/d],
	['counter', /^\s*(-{5,})\s*[0-9A-F]{4,}\b/d],
	// Each whitespace run belongs to one quantifier: `(?:CODE\s*)+ ... \s*$` gave a run to either.
	['distribution', /^\s*[A-Z]{1,6}-\d{2}(?:\s*[A-Z]{1,6}-\d{2})*(?:\s*\/\d{3}(?:\s*[WR])?)?\s*$/d],
	['distribution', /^\s*(\/\d{3})(?:\s*[WR])?\s*$/d],
];

const LEGACY_START = /^\s*(?:PAGE\s+01\b|(?:ACTION|ORIGIN)\s+[A-Z]+-\d{2})/;
/** First letters of PAGE, ACTION and ORIGIN. */
const LEGACY_FIRST = firstCharacters('PAO');
const PTQ_LINE = /^\s*\S.*\sPTQ\d+\s*$/;

/** A line that opens a distribution block by itself. */
export function startsLegacy(text: string): boolean {
	const bounded = head(text, 120);
	// The PTQ pattern backtracks through the whole line, and hardly any line holds PTQ.
	return (mayStartWith(text, LEGACY_FIRST) && LEGACY_START.test(bounded)) || (bounded.includes('PTQ') && PTQ_LINE.test(bounded));
}

export interface LegacyResult {
	readonly legacy: LegacyHeader;
	readonly next: number;
}

export function parseLegacy(lines: readonly string[], start: number, isEnd: (line: number) => boolean): LegacyResult {
	const found: LegacyLine[] = [];
	let last = start;
	let previous: LegacyLineKind | undefined;
	for (let i = start; i < lines.length; i++) {
		const text = lines[i]!;
		if (isBlank(text)) continue;
		if (i > start && isEnd(i)) break;
		const kind = kindOf(text, previous);
		if (!kind) break;
		const keyword = KINDS.find(([k]) => k === kind)?.[1].exec(head(text, 120));
		found.push({
			kind,
			keyword: keyword?.[1] !== undefined && keyword.indices?.[1] ? fieldAt(i, keyword.indices[1][0], keyword[1]) : undefined,
			range: linesRange(lines, i, i),
			text: text.trim(),
		});
		previous = kind;
		last = i;
	}
	return { legacy: { range: linesRange(lines, start, last), lines: found }, next: last + 1 };
}

function kindOf(text: string, previous: LegacyLineKind | undefined): LegacyLineKind | undefined {
	const bounded = head(text, 120);
	for (const [kind, pattern] of KINDS) if (pattern.test(bounded)) return kind;
	if (previous === 'page' && /^\s*\d{1,3}\s*$/.test(bounded)) return 'lineCount';
	// `05/22/73   EXT 23262` under DRAFTED BY; office code lines with run-together codes.
	if (previous === 'draftedBy' && /^\s*\d{2}\/\d{2}\/\d{2}/.test(bounded)) return 'draftedBy';
	if ((previous === 'info' || previous === 'distribution') && OFFICE_CODES.test(bounded)) return 'distribution';
	return undefined;
}
