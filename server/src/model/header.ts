/**
 * Assembles the transmission header from its lines: VZCZC, relay, DE, ZNY/ZNR, the
 * date-time group, FM, the TO/INFO/XMT address lists with their continuation lines, BT.
 * Blank lines inside the header are tolerated; the header ends at the first line that is
 * none of these.
 */
import {
	ADDRESS_KEYWORD,
	isPrecedenceDtg,
	OFFICE_CODES,
	readAddressee,
	readDe,
	readDtg,
	readFrom,
	readRelay,
	readRelayContinuation,
	readSecurity,
	readTransmissionId,
} from './headerLines';
import { firstCharacters, groupField, head, isBlank, linesRange, mayStartWith } from './lines';
import type { Addressee, AddresseeList, AddressKeyword, DeLine, DtgLine, Field, FromLine, RelayLine, SecurityLine, TransmissionHeader } from './types';

/** First letters of VZCZC, the relay prosigns, DE, ZNY/ZNR and a date-time group's precedence. */
const HEADER_FIRST = firstCharacters('VZOPRNYD');

/** Lines that can open a header on their own; `FM` and `TO` can too, but only after a distribution block. */
export function startsHeader(text: string): boolean {
	if (!mayStartWith(text, HEADER_FIRST)) return false;
	return Boolean(
		readTransmissionId(0, text) || readRelay(0, text) || readDe(0, text) || readSecurity(0, text) || isPrecedenceDtg(text),
	);
}

export interface HeaderResult {
	readonly header: TransmissionHeader;
	readonly next: number;
}

/** `isOther` says whether a line belongs to something else (banner, caption, paragraph). */
export function parseHeader(lines: readonly string[], start: number, isOther: (line: number) => boolean): HeaderResult {
	let transmissionId: Field | undefined;
	const relay: RelayLine[] = [];
	let de: DeLine | undefined;
	let security: SecurityLine | undefined;
	let dtg: DtgLine | undefined;
	let from: FromLine | undefined;
	let bt: Field | undefined;
	const addressLists: AddresseeList[] = [];
	let list: { kind: AddressKeyword; keyword: Field; addressees: Addressee[]; first: number; last: number } | undefined;
	let last = start;

	const closeList = () => {
		if (!list) return;
		addressLists.push({ range: linesRange(lines, list.first, list.last), kind: list.kind, keyword: list.keyword, addressees: list.addressees });
		list = undefined;
	};

	let i = start;
	for (; i < lines.length; i++) {
		const text = lines[i]!;
		if (isBlank(text)) {
			if (!continuesAfterBlank(lines, i, list !== undefined, isOther)) break;
			continue;
		}
		if (isOther(i)) break;
		let read: unknown;
		if (!transmissionId && !de && (read = readTransmissionId(i, text))) {
			closeList();
			transmissionId = read as Field;
		} else if (!de && !dtg && (read = readRelay(i, text))) {
			relay.push(read as RelayLine);
		} else if (relay.length && !de && (read = readRelayContinuation(i, text))) {
			const previous = relay[relay.length - 1]!;
			relay[relay.length - 1] = { ...previous, indicators: [...previous.indicators, ...(read as Field[])] };
		} else if (!de && (read = readDe(i, text))) {
			de = read as DeLine;
		} else if (!security && !dtg && (read = readSecurity(i, text))) {
			security = read as SecurityLine;
		} else if (!dtg && !from && (read = readDtg(i, text))) {
			dtg = read as DtgLine;
		} else if (!from && addressLists.length === 0 && !list && (read = readFrom(i, text))) {
			from = read as FromLine;
		} else if (/^BT\s*$/.test(head(text, 10))) {
			closeList();
			bt = groupField(i, /^(BT)/d.exec(text)!, 1);
		} else if (!OFFICE_CODES.test(head(text, 40)) && ADDRESS_KEYWORD.test(head(text, 10))) {
			closeList();
			const keyword = ADDRESS_KEYWORD.exec(text)!;
			const kind = keyword[1] as AddressKeyword;
			const addressee = readAddressee(i, text, keyword[0].length);
			list = { kind, keyword: groupField(i, keyword, 1)!, addressees: addressee ? [addressee] : [], first: i, last: i };
		} else if (list && isAddresseeLine(text)) {
			const addressee = readAddressee(i, text, 0);
			if (addressee) list.addressees.push(addressee);
			list.last = i;
		} else {
			break;
		}
		last = i;
	}
	closeList();
	return {
		header: { range: linesRange(lines, start, last), transmissionId, relay, de, security, dtg, from, addressLists, bt },
		next: last + 1,
	};
}

/** Addressee continuation lines are upper-case addresses, never sentences. */
function isAddresseeLine(text: string): boolean {
	const bounded = head(text, 200);
	return bounded.length < 200 && !/[a-z]/.test(bounded) && /^\s*[A-Z0-9]/.test(bounded);
}

/** A blank line ends the header unless header lines (or more addressees) follow it. */
function continuesAfterBlank(lines: readonly string[], blank: number, inList: boolean, isOther: (line: number) => boolean): boolean {
	let next = blank + 1;
	while (next < lines.length && isBlank(lines[next]!)) next++;
	if (next >= lines.length || isOther(next)) return false;
	const text = lines[next]!;
	if (startsHeader(text) || /^(FM|TO|INFO|XMT)\s/.test(head(text, 10)) || /^BT\s*$/.test(head(text, 10))) {
		return !OFFICE_CODES.test(head(text, 40));
	}
	return inList && /^[A-Z][A-Z0-9]{3,7}\//.test(head(text, 20));
}
