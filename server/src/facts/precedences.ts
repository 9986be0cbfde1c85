/**
 * The precedences a cable states: the date-time group's letters (action and, with dual
 * precedence, info) and the addressees' precedence words, read once for every rule that
 * judges them.
 */
import type { Precedence } from '../data/precedenceTable';
import { decodeDtgPrecedence, decodePrecedenceWord } from '../decode/precedence';
import type { AddressKeyword, Field, TransmissionHeader } from '../model/types';
import { memoByString } from '../util/memo';

/** Lowest to highest: ROUTINE, PRIORITY, IMMEDIATE, FLASH, emergency command precedence. */
const ORDER = 'RPOZY';
export const rank = (precedence: Precedence) => ORDER.indexOf(precedence.letter);

export interface DtgPrecedence {
	readonly field: Field;
	readonly action: Precedence | undefined;
	readonly info: Precedence | undefined;
	readonly highest: Precedence;
	readonly dual: boolean;
}

/** The date-time group's precedence letters; undefined when it gives no known letter. */
export function dtgPrecedence(header: TransmissionHeader | undefined): DtgPrecedence | undefined {
	const line = header?.dtg;
	if (!line || line.precedence.length === 0) return undefined;
	const decoding = decodeDtgPrecedence(line.precedence.map((field) => field.text));
	const known = [decoding.action, decoding.info].filter((precedence) => precedence !== undefined);
	const highest = known.sort((a, b) => rank(b) - rank(a))[0];
	if (!highest) return undefined;
	const last = line.precedence[line.precedence.length - 1]!;
	const field = {
		text: line.precedence.map((p) => p.text).join(' '),
		range: { start: line.precedence[0]!.range.start, end: last.range.end },
	};
	return { field, action: decoding.action, info: decoding.info, highest, dual: decoding.dual };
}

/** An addressee's precedence word that reads as a precedence. */
export interface AddresseePrecedence {
	readonly word: Field;
	readonly precedence: Precedence;
	readonly kind: AddressKeyword;
}

/** Addressees carry a handful of words (`PRIORITY`, `NIACT IMMEDIATE`), each read once. */
const precedenceOfWord = memoByString((word: string) => decodePrecedenceWord(word).precedence);

/** The header's addressee precedence words, read once for the two rules that judge them. */
export function addresseePrecedences(header: TransmissionHeader | undefined): AddresseePrecedence[] {
	const read: AddresseePrecedence[] = [];
	for (const list of header?.addressLists ?? []) {
		for (const { precedence: word } of list.addressees) {
			const precedence = word && precedenceOfWord(word.text);
			if (word && precedence) read.push({ word, precedence, kind: list.kind });
		}
	}
	return read;
}
