/**
 * Readers for the single lines of an ACP-127 transmission header. Each takes one line and
 * returns its fields, or undefined when the line is not of that kind; the `is` variants, for
 * the parser's boundary checks, only say whether it is.
 *
 * The patterns go without the `d` flag: V8 builds match indices in its runtime, at several
 * times the price of the match itself, and the columns follow from the groups' texts anyway.
 */
import { fieldAt, head, range, skipWhitespace, trimmedEnd } from './lines';
import { MONTH_ABBREVIATIONS, writtenYear } from './calendar';
import { levelOf } from './classificationWords';
import type { Addressee, ClassificationLevel, DateTimeGroup, DeLine, DtgLine, Field, FromLine, RelayLine, SecurityLine } from './types';

const RI = '[A-Z][A-Z0-9]{3,7}';

/*
 * Every reader first looks at a character or two that its pattern cannot do without: the
 * parser asks about most lines of a cable, and nearly all of them fail there.
 */
const SPACE = 0x20;
const HASH = 0x23;
const B = 0x42;
const D = 0x44;
const E = 0x45;
const F = 0x46;
const I = 0x49;
const N = 0x4e;
const T = 0x54;
const V = 0x56;
const X = 0x58;
const Z = 0x5a;

export const TRANSMISSION_ID = /^\s*(VZCZC[A-Z0-9]*)\s*$/;

export function isTransmissionId(text: string): boolean {
	return firstNonBlank(text) === V && TRANSMISSION_ID.test(head(text));
}

export function readTransmissionId(line: number, text: string): Field | undefined {
	if (firstNonBlank(text) !== V) return undefined;
	const match = TRANSMISSION_ID.exec(head(text));
	return match ? fieldAt(line, skipWhitespace(text), match[1]!) : undefined;
}

/** The first character that `\s` does not match, as a UTF-16 code unit (NaN if none). */
const firstNonBlank = (text: string) => text.charCodeAt(skipWhitespace(text));

const RELAY = new RegExp(`^(ZZ|OO|PP|RR|NN|YY)((?: +${RI})+) *$`);
const RELAY_CONTINUATION = new RegExp(`^ *R[A-Z]{3,6}(?: +${RI})* *$`);

/** A doubled precedence letter and a space: `RR RUEHC`. */
const mayBeRelay = (text: string) => text.charCodeAt(1) === text.charCodeAt(0) && text.charCodeAt(2) === SPACE;

export function isRelay(text: string): boolean {
	return mayBeRelay(text) && RELAY.test(head(text));
}

export function readRelay(line: number, text: string): RelayLine | undefined {
	if (!mayBeRelay(text)) return undefined;
	const match = RELAY.exec(head(text));
	if (!match) return undefined;
	return {
		range: range(line, 0, line, text.length),
		prosign: fieldAt(line, 0, match[1]!),
		indicators: words(line, text, 2),
	};
}

/** A line of further routing indicators after a relay line (long lists wrap). */
export function readRelayContinuation(line: number, text: string): RoutingIndicatorList | undefined {
	return RELAY_CONTINUATION.test(head(text)) ? words(line, text, 0) : undefined;
}

type RoutingIndicatorList = Field[];

function words(line: number, text: string, from: number): Field[] {
	const found: Field[] = [];
	const word = /\S+/g;
	word.lastIndex = from;
	for (let match = word.exec(text); match; match = word.exec(text)) found.push(fieldAt(line, match.index, match[0]));
	return found;
}

// eslint-disable-next-line regexp/no-super-linear-backtracking -- sees head(text), at most 400 characters: the trailing codes' lazy scan stays bounded
const DE = new RegExp(`^(DE)(?: +(${RI}))?(?: *(#\\s?(\\d{1,6})))?(?:(\\/(\\d{1,3})))?(?: +((\\d{3})(\\d{4}))\\b)?(?: *(\\S.*?))? *$`);
/** The groups of `DE` that hold fields, in their order along the line. */
const DE_FIELDS = [1, 2, 3, 5, 7, 10];

/**
 * `DE` and then a space or `#`: a DE line needs its station (after spaces) or its serial
 * (after optional spaces and `#`), and `DE` followed by anything else (`DEPARTMENT`) is not one.
 */
function mayBeDe(text: string): boolean {
	const third = text.charCodeAt(2);
	return text.charCodeAt(0) === D && text.charCodeAt(1) === E && (third === SPACE || third === HASH);
}

/** The match of a DE line, which names its station or its serial. */
function matchDe(text: string): RegExpExecArray | undefined {
	if (!mayBeDe(text)) return undefined;
	const match = DE.exec(head(text));
	return match && (match[2] || match[3]) ? match : undefined;
}

export function isDe(text: string): boolean {
	return matchDe(text) !== undefined;
}

export function readDe(line: number, text: string): DeLine | undefined {
	const match = matchDe(text);
	if (!match) return undefined;
	const [keyword, station, serialField, sectionField, filed, trailing] = spacedFields(line, text, match, DE_FIELDS);
	return {
		range: range(line, 0, line, text.length),
		keyword: keyword!,
		station,
		serialField,
		serial: match[4],
		sectionField,
		section: match[6] === undefined ? undefined : Number(match[6]),
		filed,
		julianDay: match[8] === undefined ? undefined : Number(match[8]),
		timeFiled: match[9],
		trailing,
	};
}

/**
 * Fields for the capture groups `groups` of `match`, which follow one another along the line
 * from column 0 with nothing but spaces before each, and begin with something else: where the
 * `d` flag would place them.
 */
function spacedFields(line: number, text: string, match: RegExpExecArray, groups: readonly number[]): Array<Field | undefined> {
	const fields: Array<Field | undefined> = [];
	let column = 0;
	for (const group of groups) {
		const value = match[group];
		if (value === undefined) {
			fields.push(undefined);
			continue;
		}
		while (text.charCodeAt(column) === SPACE) column++;
		fields.push(fieldAt(line, column, value));
		column += value.length;
	}
	return fields;
}

const SECURITY = /^(ZN[YR])\b(?: +([A-Z]{3,6})\b)?(.*)$/;
/** The signal and the letters; the handling codes are read from the end of the last one on. */
const SECURITY_FIELDS = [1, 2];

const mayBeSecurity = (text: string) => text.charCodeAt(0) === Z && text.charCodeAt(1) === N;

export function isSecurity(text: string): boolean {
	return mayBeSecurity(text) && SECURITY.test(head(text));
}

export function readSecurity(line: number, text: string): SecurityLine | undefined {
	if (!mayBeSecurity(text)) return undefined;
	const match = SECURITY.exec(head(text));
	if (!match) return undefined;
	const [signal, letters] = spacedFields(line, text, match, SECURITY_FIELDS);
	const handling: Field[] = [];
	// eslint-disable-next-line regexp/no-super-linear-move -- sees head(text), at most 400 characters
	const token = /\([^)]*\)|\S+/g;
	token.lastIndex = (letters ?? signal!).range.end.character;
	const bounded = head(text);
	for (let m = token.exec(bounded); m; m = token.exec(bounded)) handling.push(fieldAt(line, m.index, m[0]));
	return {
		range: range(line, 0, line, text.length),
		signal: signal!,
		letters,
		level: letters ? levelOfLetters(letters.text) : undefined,
		handling,
	};
}

/** `CCCCC` is confidential, `EEEEE` unclassified EFTO; `SSSAA` carries special categories after the level. */
function levelOfLetters(letters: string): ClassificationLevel | undefined {
	const first = letters[0];
	if (first === 'E') return 'unclassified';
	return first ? levelOf(first) : undefined;
}

/** `P 260754Z JAN 07`, `O R 081808Z MAY 09`, `P R 221828 Z MAY 73`, then optional service codes. */
// eslint-disable-next-line regexp/no-super-linear-backtracking -- sees head(text), at most 400 characters: the service codes' lazy scan stays bounded
const DTG_LINE = /^([ZOPRY])(?: ([ZOPRY]))? +((\d{2})(\d{2})(\d{2}) ?Z +([A-Za-z]{3}) +(\d{2}|\d{4}))\b(?: *(\S.*?))? *$/;
/** The precedences, the date-time group and the trailing codes. */
const DTG_LINE_FIELDS = [1, 2, 3, 9];
/** A bare date-time group as in partial extracts: `291359Z Nov 00`. */
const BARE_DTG = /^ *((\d{2})(\d{2})(\d{2}) ?Z +([A-Za-z]{3}) +(\d{2}|\d{4}))\s*$/;
const BARE_DTG_FIELDS = [1];

/** A precedence letter is followed by a space (before the second precedence or the date-time group). */
const mayBePrecedenceDtg = (text: string) => text.charCodeAt(1) === SPACE;

/** Whether `text` is a precedence and date-time line, as `readDtg` would read it with its precedence. */
export function isPrecedenceDtg(text: string): boolean {
	return mayBePrecedenceDtg(text) && DTG_LINE.test(head(text));
}

export function readDtg(line: number, text: string): DtgLine | undefined {
	const bounded = head(text);
	const full = mayBePrecedenceDtg(text) ? DTG_LINE.exec(bounded) : null;
	if (full) {
		const [first, second, group, trailing] = spacedFields(line, text, full, DTG_LINE_FIELDS);
		const precedence = [first!];
		if (second) precedence.push(second);
		return {
			range: range(line, 0, line, text.length),
			precedence,
			dtg: dateTimeGroup(group!, full[4]!, full[5]!, full[6]!, full[7]!, full[8]!),
			trailing,
		};
	}
	const bare = isDigit(firstNonSpace(text)) ? BARE_DTG.exec(bounded) : null;
	if (!bare) return undefined;
	return {
		range: range(line, 0, line, text.length),
		precedence: [],
		dtg: dateTimeGroup(spacedFields(line, text, bare, BARE_DTG_FIELDS)[0]!, bare[2]!, bare[3]!, bare[4]!, bare[5]!, bare[6]!),
		trailing: undefined,
	};
}

/** The first character other than a space, as a UTF-16 code unit (NaN if none). */
function firstNonSpace(text: string): number {
	let i = 0;
	while (text.charCodeAt(i) === SPACE) i++;
	return text.charCodeAt(i);
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

function dateTimeGroup(field: Field, day: string, hour: string, minute: string, month: string, year: string): DateTimeGroup {
	const monthIndex = MONTH_ABBREVIATIONS.indexOf(month.toUpperCase());
	return {
		text: field.text,
		range: field.range,
		day: Number(day),
		hour: Number(hour),
		minute: Number(minute),
		month: monthIndex >= 0 ? monthIndex + 1 : undefined,
		monthText: month,
		year: writtenYear(year),
	};
}

// eslint-disable-next-line regexp/no-super-linear-backtracking -- sees head(text), at most 400 characters
const FROM = /^(FM|FROM)\s+(\S.*?)\s*$/;

export function readFrom(line: number, text: string): FromLine | undefined {
	if (text.charCodeAt(0) !== F) return undefined;
	const match = FROM.exec(head(text));
	if (!match) return undefined;
	const keyword = match[1]!;
	const address = fieldAt(line, skipWhitespace(text, keyword.length), match[2]!);
	return { range: range(line, 0, line, text.length), keyword: fieldAt(line, 0, keyword), address };
}

const BT = /^BT\s*$/;

/** `BT` alone on its line, which ends the header. */
export function isBt(text: string): boolean {
	return text.charCodeAt(0) === B && text.charCodeAt(1) === T && BT.test(head(text, 10));
}

const ADDRESS_KEYWORD = /^(TO|INFO|XMT)\s+(?=\S)/;
/** Office distribution codes (`INFO LOG-00 NP-00`) are not addressees. */
export const OFFICE_CODES = /^\s*(INFO\s+)?([A-Z]{1,6}-\d{2}\b\s*)+/;

/** The keyword (group 1) and spaces that open an address list, `TO`, `INFO` or `XMT`, unless office codes follow. */
export function readAddressKeyword(text: string): RegExpExecArray | null {
	const first = text.charCodeAt(0);
	if (first !== T && first !== I && first !== X) return null;
	const match = ADDRESS_KEYWORD.exec(head(text, 10));
	return match && !OFFICE_CODES.test(head(text, 40)) ? match : null;
}

const PRECEDENCE_WORD = '(NIACT IMMEDIATE|FLASH|IMMEDIATE|PRIORITY|ROUTINE)';
/** Sticky: read from the column after the list keyword without cutting the line there. */
const ADDRESSEE = new RegExp(
	// eslint-disable-next-line regexp/no-super-linear-backtracking -- sees head(text, 300): an addressee line is under 100 characters
	` *(?:(${RI}|ZEN)\\/)?(.*?)(?:\\s+${PRECEDENCE_WORD})?(?:\\s+(\\d{4}(?:-\\d{4})?))?\\s*$`,
	'y',
);

/** A received copy's page header, `PAGE 02        STATE   015113  182333Z`: a page break inside the list, not an addressee. */
const PAGE_HEADER = /^ *PAGE +\d{2}\s/;

/**
 * One addressee: `RUEHC/SECSTATE WASHDC PRIORITY 0137`, `AMEMBASSY LONDON`, `RUEKJCS/SECDEF WASHINGTON DC// P`;
 * none on a page header (`TO PAGE 02 STATE 015113 182333Z`, where a page break fell inside the list).
 */
export function readAddressee(line: number, text: string, from: number): Addressee | undefined {
	if (PAGE_HEADER.test(text.slice(from, from + 20))) return undefined;
	const bounded = head(text, 300);
	ADDRESSEE.lastIndex = from;
	const match = ADDRESSEE.exec(bounded);
	if (!match) return undefined;
	const indicator = match[1];
	const precedence = match[3];
	const sequence = match[4];
	// The indicator follows the leading spaces, the address its `/`; sequence and precedence end
	// with a digit and a letter, so they stand right before the trailing and separating whitespace.
	let start = from;
	while (bounded.charCodeAt(start) === SPACE) start++;
	const sequenceEnd = trimmedEnd(bounded, bounded.length);
	const precedenceEnd = sequence === undefined ? sequenceEnd : trimmedEnd(bounded, sequenceEnd - sequence.length);
	return {
		range: range(line, from, line, text.length),
		indicator: indicator === undefined ? undefined : fieldAt(line, start, indicator),
		address: match[2] ? trimmedField(line, match[2], indicator === undefined ? start : start + indicator.length + 1) : undefined,
		precedence: precedence === undefined ? undefined : fieldAt(line, precedenceEnd - precedence.length, precedence),
		sequence: sequence === undefined ? undefined : fieldAt(line, sequenceEnd - sequence.length, sequence),
	};
}

/** `text` trimmed, as a field at `column` plus its indentation; undefined when it is blank. */
function trimmedField(line: number, text: string, column: number): Field | undefined {
	const trimmed = text.trim();
	if (!trimmed) return undefined;
	return fieldAt(line, column + skipWhitespace(text), trimmed);
}
