/**
 * Dates: a date-time group for now on the DTG line, the executive order in force at the cable's
 * date on the E.O. line, and the declassification date ten years on after `DECL:`. "Now" comes
 * from the language service's clock, so that tests can fix it.
 */
import { type CompletionItem, CompletionItemKind, InsertTextFormat } from 'vscode-languageserver-types';
import { type ExecutiveOrder, executiveOrder, executiveOrderNumbers } from '../../data/declassificationTable';
import { precedenceByLetter } from '../../data/precedenceTable';
import { formatDateTime, formatDay } from '../../decode/times';
import { MONTH_ABBREVIATIONS } from '../../model/calendar';
import { type CompletionCursor, rangeFrom, rankKey } from './cursor';
import type { Answer } from './answer';

/**
 * Amendments cables do not name: from 2003 cables go on writing `E.O. 12958` (as amended by
 * E.O. 13292), citing the reasons of its new section 1.4.
 */
const AMENDED: ReadonlyMap<string, string> = new Map([['13292', '12958']]);

/** The order as a cable of that date writes it, and the section its reason letters are cited from. */
export interface OrderInForce {
	readonly written: string;
	readonly description: string;
	/** `1.4`, `1.5`, or undefined for the orders before E.O. 12958, whose reasons cables cite otherwise. */
	readonly reasonSection: string | undefined;
}

/**
 * The newest order in effect on `date`, by the effective dates the `cable.eo.not-in-force` rule
 * judges by (E.O. 13526 from 27 June 2010: cables of early 2010 still rightly cite E.O. 12958).
 */
export function orderInForce(date: Date): OrderInForce {
	const day = date.toISOString().slice(0, 10);
	const orders = executiveOrderNumbers().map((number) => executiveOrder(number)!);
	const order =
		orders
			.filter((candidate) => candidate.effective <= day)
			.sort((a, b) => a.effective.localeCompare(b.effective))
			.pop() ?? orders[0]!;
	const amended = AMENDED.get(order.number);
	const written = amended ?? order.number;
	return {
		written,
		description: amended ? `E.O. ${amended} as amended by E.O. ${order.number} (from ${order.effective})` : describe(order),
		reasonSection: amended || order.number === '13526' ? '1.4' : order.number === '12958' ? '1.5' : undefined,
	};
}

function describe(order: ExecutiveOrder): string {
	return `E.O. ${order.number}, ${order.title} (in effect from ${order.effective})`;
}

/** The cable's date (its DTG, else the publisher's Created time), else now: what a new cable's fields are dated from. */
export function cableDate(cursor: CompletionCursor): { readonly date: Date; readonly what: string } {
	const date = cursor.facts.date;
	return date ? { date, what: `the cable's date, ${formatDay(date)}` } : { date: cursor.now, what: `today, ${formatDay(cursor.now)}` };
}

/** Ten years on, the usual declassification date: `MM/DD/YYYY` as E.O. lines write it. */
export function declDate(from: Date): string {
	const decl = new Date(from.getTime());
	decl.setUTCFullYear(from.getUTCFullYear() + 10);
	return `${two(decl.getUTCMonth() + 1)}/${two(decl.getUTCDate())}/${decl.getUTCFullYear()}`;
}

/** `061530Z DEC 26`. */
export function dtgText(date: Date): string {
	return `${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}Z ${MONTH_ABBREVIATIONS[date.getUTCMonth()]} ${two(date.getUTCFullYear() % 100)}`;
}

const two = (value: number) => String(value).padStart(2, '0');

// Patterns below see the text before the cursor on one line.
const EO_NUMBER = /^(\s*E\.?\s?O\.?\s*)(\d{0,5})$/i;
const DECL_VALUE = /^(\s*E\.?\s?O\.?\s*\d{5}(?:\s*:)?\s*DECL(?:\s*:)?\s*)([\d/]*)$/i;
const DTG_VALUE = /^(\s*[ZOPRY](?:\s+[ZOPRY])?\s+)(\d{0,6}Z?)$/;
const SECURITY_LINE = /^\s*ZN[YR]\b/;

export function dateCompletions(cursor: CompletionCursor): Answer | undefined {
	if (cursor.region === 'body') return undefined;
	const decl = DECL_VALUE.exec(cursor.before);
	if (decl) return { items: [declItem(cursor, decl[1]!.length)], isIncomplete: false };
	const eo = EO_NUMBER.exec(cursor.before);
	if (eo) return { items: [orderItem(cursor, eo[1]!.length)], isIncomplete: false };
	const afterSecurityLine = cursor.region === 'header' || SECURITY_LINE.test(cursor.previous);
	if (!afterSecurityLine) return undefined;
	const dtg = DTG_VALUE.exec(cursor.before);
	if (dtg) return { items: [dtgItem(cursor, dtg[1]!.length, '')], isIncomplete: false };
	if (SECURITY_LINE.test(cursor.previous) && /^\s*[A-Z]?$/.test(cursor.before)) {
		const start = cursor.before.length - cursor.before.trimStart().length;
		return {
			items: ['R', 'P', 'O', 'Z'].map((letter, rank) => ({ ...dtgItem(cursor, start, `${letter} `), sortText: rankKey(0, rank) })),
			isIncomplete: false,
		};
	}
	return undefined;
}

function dtgItem(cursor: CompletionCursor, start: number, precedence: string): CompletionItem {
	const text = `${precedence}${dtgText(cursor.now)}`;
	const meaning = precedence ? `${precedenceByLetter(precedence.trim())?.word ?? ''}, ` : '';
	return {
		label: text,
		kind: CompletionItemKind.Value,
		detail: `${meaning}date-time group for now: ${formatDateTime(cursor.now)}`,
		textEdit: { range: rangeFrom(cursor, start), newText: text },
	};
}

function declItem(cursor: CompletionCursor, start: number): CompletionItem {
	const { date, what } = cableDate(cursor);
	const text = declDate(date);
	return {
		label: text,
		kind: CompletionItemKind.Value,
		detail: `declassify ten years after ${what}`,
		textEdit: { range: rangeFrom(cursor, start), newText: text },
	};
}

/** The order in force and the rest of the line, with the DECL date as a placeholder. */
function orderItem(cursor: CompletionCursor, start: number): CompletionItem {
	const { date, what } = cableDate(cursor);
	const order = orderInForce(date);
	return {
		label: `${order.written}: DECL: ${declDate(date)}`,
		kind: CompletionItemKind.Snippet,
		detail: `${order.description}; in force at ${what}`,
		textEdit: { range: rangeFrom(cursor, start), newText: `${order.written}: DECL: \${1:${declDate(date)}}` },
		insertTextFormat: InsertTextFormat.Snippet,
	};
}
