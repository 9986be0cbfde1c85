/**
 * Office distribution blocks of older received copies: the AMHS `PAGE 01` block of
 * 2000-2003 partial extracts and the 1970s `ORIGIN` / `ACTION` / `INFO LOG-00` /
 * `DRAFTED BY` / `APPROVED BY` lines, up to the date-time group or `FM` line. 2009-2010 copies
 * open with `INFO LOG-00` itself and may add `(TEDE) /000R`, the serial alone and `SOURCE:`.
 */
import { OFFICE_CODES } from './headerLines';
import { fieldAt, firstCharacters, groupField, head, isBlank, linesRange, mayStartWith } from './lines';
import type { Field, LegacyHeader, LegacyLine, LegacyLineKind, OfficeCode } from './types';

const KINDS: ReadonlyArray<readonly [LegacyLineKind, RegExp]> = [
	['page', /^\s*(PAGE)\s+01\b/d],
	['classification', /^\s*(UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)(?:\s+PTQ\d+)?\s*$/d],
	['action', /^\s*(ACTION)\s+[A-Z]+-\d{2}/d],
	['origin', /^\s*(ORIGIN)\s+[A-Z]+-\d{2}/d],
	['info', /^\s*(INFO)\s+[A-Z]+-\d{2}/d],
	['draftedBy', /^\s*(DRAFTED BY)\b/d],
	['approvedBy', /^\s*(APPROVED BY)\b/d],
	['cleared', /^\s*(CLEARED?|DESIRED DISTRIBUTION)\b/d],
	['counter', /^\s*(-{5,})\s*(?:[0-9A-F]{4,}\b|\d{6}Z)/d],
	// Each whitespace run belongs to one quantifier: `(?:CODE\s*)+ ... \s*$` gave a run to either.
	['distribution', /^\s*[A-Z]{1,6}-\d{2}(?:\s*[A-Z]{1,6}-\d{2})*(?:\s*\/\d{3}(?:\s*[WR])?)?\s*$/d],
	['distribution', /^\s*(\/\d{3})(?:\s*[WR])?\s*$/d],
	// `(TEDE) /000R`: an office in parentheses, then the copies added up.
	['distribution', /^\s*\([A-Z]{2,6}\)\s*\/\d{3}(?:\s*[WR])?\s*$/d],
	['source', /^\s*(SOURCE):\s*\S/d],
];

// Sees at most 120 characters (head): the lazy post name is bounded by the line's natural length.
// eslint-disable-next-line regexp/no-super-linear-backtracking -- input capped at 120 characters
const PAGE_LINE = /^\s*PAGE\s+01\s+(\S.*?)\s+(\d{4,6})\s+(?:\d{2}\s+OF\s+\d{2}\s+)?(\d{6}Z)\b/d;
/** `121340Z` standing alone: a day and time without a month. */
const TIME_GROUP = /(?<![\dA-Z])\d{6}Z(?![\dA-Z])/;
/** `AF-10`, also run together (`LOG-00NP-00`): the office, then its copies. */
const OFFICE = /(?<![A-Z])([A-Z]{1,6})-(\d{2})(?!\d)/dg;
/** `/049 W`: the copies added up, after the last office code. */
const TOTAL = /(?<![\dA-Z])\/\d{3}(?:\s?[WR])?\s*$/;
/** The serial alone on its line, under the distribution of 2009-2010 copies. */
const SERIAL_LINE = /^\s*(\d{6})\s*$/d;
const OFFICE_KINDS: ReadonlySet<LegacyLineKind> = new Set(['action', 'origin', 'info', 'distribution']);

// `INFO LOG-00` opens the block of 2009-2010 copies; a TO/INFO address list never names LOG.
const LEGACY_START = /^\s*(?:PAGE\s+01\b|(?:ACTION|ORIGIN)\s+[A-Z]+-\d{2}|INFO\s+LOG-\d{2})/;
/** First letters of PAGE, ACTION, ORIGIN and INFO. */
const LEGACY_FIRST = firstCharacters('PAOI');
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
			...lineParts(i, head(text, 120), kind),
		});
		previous = kind;
		last = i;
	}
	return { legacy: { range: linesRange(lines, start, last), lines: found }, next: last + 1 };
}

type LineParts = Pick<LegacyLine, 'post' | 'serial' | 'time' | 'offices' | 'total'>;

const NO_OFFICES: readonly OfficeCode[] = [];

/** What a line of the block says, read for hovers and for the comparison of the cable's serial. */
function lineParts(line: number, text: string, kind: LegacyLineKind): LineParts {
	const parts: LineParts = { post: undefined, serial: undefined, time: undefined, offices: NO_OFFICES, total: undefined };
	if (kind === 'page') {
		const page = PAGE_LINE.exec(text);
		if (page) return { ...parts, post: groupField(line, page, 1), serial: groupField(line, page, 2), time: groupField(line, page, 3) };
		return { ...parts, time: timeGroup(line, text) };
	}
	if (kind === 'counter') return { ...parts, time: timeGroup(line, text) };
	if (kind === 'serial') {
		const serial = SERIAL_LINE.exec(text);
		return { ...parts, serial: serial ? groupField(line, serial, 1) : undefined };
	}
	if (!OFFICE_KINDS.has(kind)) return parts;
	const total = TOTAL.exec(text);
	return { ...parts, offices: officeCodes(line, text), total: total ? fieldAt(line, total.index, total[0].slice(0, 4)) : undefined };
}

function timeGroup(line: number, text: string): Field | undefined {
	const match = TIME_GROUP.exec(text);
	return match ? fieldAt(line, match.index, match[0]) : undefined;
}

function officeCodes(line: number, text: string): OfficeCode[] {
	const codes: OfficeCode[] = [];
	for (const match of text.matchAll(OFFICE)) {
		codes.push({ ...fieldAt(line, match.index, match[0]), office: match[1]!, copies: Number(match[2]) });
	}
	return codes;
}

function kindOf(text: string, previous: LegacyLineKind | undefined): LegacyLineKind | undefined {
	const bounded = head(text, 120);
	for (const [kind, pattern] of KINDS) if (pattern.test(bounded)) return kind;
	if (previous === 'page' && /^\s*\d{1,3}\s*$/.test(bounded)) return 'lineCount';
	// `05/22/73   EXT 23262` under DRAFTED BY; office code lines with run-together codes.
	if (previous === 'draftedBy' && /^\s*\d{2}\/\d{2}\/\d{2}/.test(bounded)) return 'draftedBy';
	// `063860` alone after the copies in all: the cable's serial.
	if (previous === 'distribution' && SERIAL_LINE.test(bounded)) return 'serial';
	if ((previous === 'info' || previous === 'distribution') && OFFICE_CODES.test(bounded)) return 'distribution';
	return undefined;
}
