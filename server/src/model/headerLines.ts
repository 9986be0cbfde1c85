/**
 * Readers for the single lines of an ACP-127 transmission header. Each takes one line and
 * returns its fields, or undefined when the line is not of that kind.
 */
import { fieldAt, groupField, head, range, trimmedLine } from './lines';
import { levelOf } from './classification';
import type { Addressee, ClassificationLevel, DateTimeGroup, DeLine, DtgLine, Field, FromLine, RelayLine, SecurityLine } from './types';

const RI = '[A-Z][A-Z0-9]{3,7}';

export const TRANSMISSION_ID = /^\s*(VZCZC[A-Z0-9]*)\s*$/d;

export function readTransmissionId(line: number, text: string): Field | undefined {
	const match = TRANSMISSION_ID.exec(head(text));
	return match ? groupField(line, match, 1) : undefined;
}

const RELAY = new RegExp(`^(ZZ|OO|PP|RR|NN|YY)((?: +${RI})+) *$`, 'd');
const RELAY_CONTINUATION = new RegExp(`^ *R[A-Z]{3,6}(?: +${RI})* *$`);

export function readRelay(line: number, text: string): RelayLine | undefined {
	const match = RELAY.exec(head(text));
	if (!match) return undefined;
	return {
		range: range(line, 0, line, text.length),
		prosign: groupField(line, match, 1)!,
		indicators: words(line, text, match.indices![2]![0]),
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

const DE = new RegExp(`^(DE)(?: +(${RI}))?(?: *(#\\s?(\\d{1,6})))?(?:(\\/(\\d{1,3})))?(?: +((\\d{3})(\\d{4}))\\b)?(?: *(\\S.*?))? *$`, 'd');

export function readDe(line: number, text: string): DeLine | undefined {
	const match = DE.exec(head(text));
	if (!match || (!match[2] && !match[3])) return undefined;
	return {
		range: range(line, 0, line, text.length),
		keyword: groupField(line, match, 1)!,
		station: groupField(line, match, 2),
		serialField: groupField(line, match, 3),
		serial: match[4],
		sectionField: groupField(line, match, 5),
		section: match[6] === undefined ? undefined : Number(match[6]),
		filed: groupField(line, match, 7),
		julianDay: match[8] === undefined ? undefined : Number(match[8]),
		timeFiled: match[9],
		trailing: groupField(line, match, 10),
	};
}

const SECURITY = /^(ZN[YR])\b(?: +([A-Z]{3,6})\b)?(.*)$/d;

export function readSecurity(line: number, text: string): SecurityLine | undefined {
	const match = SECURITY.exec(head(text));
	if (!match) return undefined;
	const letters = groupField(line, match, 2);
	const handling: Field[] = [];
	const rest = match.indices![3]!;
	const token = /\([^)]*\)|\S+/g;
	token.lastIndex = rest[0];
	const bounded = head(text);
	for (let m = token.exec(bounded); m; m = token.exec(bounded)) handling.push(fieldAt(line, m.index, m[0]));
	return {
		range: range(line, 0, line, text.length),
		signal: groupField(line, match, 1)!,
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

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** `P 260754Z JAN 07`, `O R 081808Z MAY 09`, `P R 221828 Z MAY 73`, then optional service codes. */
const DTG_LINE = /^([ZOPRY])(?: ([ZOPRY]))? +((\d{2})(\d{2})(\d{2}) ?Z +([A-Za-z]{3}) +(\d{2}|\d{4}))\b(?: *(\S.*?))? *$/d;
/** A bare date-time group as in partial extracts: `291359Z Nov 00`. */
const BARE_DTG = /^ *((\d{2})(\d{2})(\d{2}) ?Z +([A-Za-z]{3}) +(\d{2}|\d{4}))\s*$/d;

/** Whether `text` is a precedence and date-time line, as `readDtg` would read it with its precedence. */
export function isPrecedenceDtg(text: string): boolean {
	return DTG_LINE.test(head(text));
}

export function readDtg(line: number, text: string): DtgLine | undefined {
	const bounded = head(text);
	const full = DTG_LINE.exec(bounded);
	if (full) {
		const precedence = [groupField(line, full, 1)!];
		const second = groupField(line, full, 2);
		if (second) precedence.push(second);
		return {
			range: range(line, 0, line, text.length),
			precedence,
			dtg: dateTimeGroup(groupField(line, full, 3)!, full[4]!, full[5]!, full[6]!, full[7]!, full[8]!),
			trailing: groupField(line, full, 9),
		};
	}
	const bare = BARE_DTG.exec(bounded);
	if (!bare) return undefined;
	return {
		range: range(line, 0, line, text.length),
		precedence: [],
		dtg: dateTimeGroup(groupField(line, bare, 1)!, bare[2]!, bare[3]!, bare[4]!, bare[5]!, bare[6]!),
		trailing: undefined,
	};
}

function dateTimeGroup(field: Field, day: string, hour: string, minute: string, month: string, year: string): DateTimeGroup {
	const monthIndex = MONTHS.indexOf(month.toUpperCase());
	return {
		text: field.text,
		range: field.range,
		day: Number(day),
		hour: Number(hour),
		minute: Number(minute),
		month: monthIndex >= 0 ? monthIndex + 1 : undefined,
		monthText: month,
		year: fullYear(year),
	};
}

/** Two-digit years: the corpus spans 1966 to 2010, so 66-99 are 19xx and the rest 20xx. */
export function fullYear(text: string): number {
	const value = Number(text);
	if (text.length === 4) return value;
	return value >= 66 ? 1900 + value : 2000 + value;
}

const FROM = /^(FM|FROM)\s+(\S.*?)\s*$/d;

export function readFrom(line: number, text: string): FromLine | undefined {
	const match = FROM.exec(head(text));
	if (!match) return undefined;
	return { range: range(line, 0, line, text.length), keyword: groupField(line, match, 1)!, address: groupField(line, match, 2) };
}

export const ADDRESS_KEYWORD = /^(TO|INFO|XMT)\s+(?=\S)/d;
/** Office distribution codes (`INFO LOG-00 NP-00`) are not addressees. */
export const OFFICE_CODES = /^\s*(INFO\s+)?([A-Z]{1,6}-\d{2}\b\s*)+/;

const PRECEDENCE_WORD = '(NIACT IMMEDIATE|FLASH|IMMEDIATE|PRIORITY|ROUTINE)';
const ADDRESSEE = new RegExp(
	`^ *(?:(${RI}|ZEN)\\/)?(.*?)(?:\\s+${PRECEDENCE_WORD})?(?:\\s+(\\d{4}(?:-\\d{4})?))?\\s*$`,
	'd',
);

/** One addressee: `RUEHC/SECSTATE WASHDC PRIORITY 0137`, `AMEMBASSY LONDON`, `RUEKJCS/SECDEF WASHINGTON DC// P`. */
export function readAddressee(line: number, text: string, from: number): Addressee | undefined {
	const bounded = head(text, 300);
	const match = ADDRESSEE.exec(bounded.slice(from));
	if (!match) return undefined;
	const address = match[2] ? trimmedField(line, match[2], match.indices![2]![0] + from) : undefined;
	return {
		range: range(line, from, line, text.length),
		indicator: groupField(line, match, 1, from),
		address,
		precedence: groupField(line, match, 3, from),
		sequence: groupField(line, match, 4, from),
	};
}

function trimmedField(line: number, text: string, column: number): Field | undefined {
	const inner = trimmedLine(line, text);
	if (!inner.text) return undefined;
	return fieldAt(line, column + inner.range.start.character, inner.text);
}
