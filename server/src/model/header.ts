/**
 * Assembles the transmission header from its lines: VZCZC, relay, DE, ZNY/ZNR, the
 * date-time group, FM, the TO/INFO/XMT address lists with their continuation lines, BT.
 * Blank lines inside the header are tolerated; the header ends at the first line that is
 * none of these.
 */
import {
	isBt,
	isDe,
	isPrecedenceDtg,
	isRelay,
	isSecurity,
	isTransmissionId,
	OFFICE_CODES,
	readAddressee,
	readAddressKeyword,
	readDe,
	readDtg,
	readFrom,
	readRelay,
	readRelayContinuation,
	readSecurity,
	readTransmissionId,
} from './headerLines';
import { fieldAt, head, isBlank, linesRange } from './lines';
import type {
	Addressee,
	AddresseeList,
	AddressKeyword,
	DeLine,
	DtgLine,
	Field,
	FromLine,
	RelayLine,
	SecurityLine,
	TransmissionHeader,
} from './types';

const D = 0x44;
const N = 0x4e;
const O = 0x4f;
const P = 0x50;
const R = 0x52;
const Y = 0x59;
const Z = 0x5a;

/**
 * Lines that can open a header on their own; `FM` and `TO` can too, but only after a distribution block.
 * The parser asks this of nearly every line, so only the patterns that can match the first character are tried.
 */
export function startsHeader(text: string): boolean {
	switch (text.charCodeAt(0)) {
		case D:
			return isDe(text);
		case N:
			return isRelay(text);
		case O:
		case P:
		case R:
		case Y:
			return isRelay(text) || isPrecedenceDtg(text);
		case Z:
			return isRelay(text) || isSecurity(text) || isPrecedenceDtg(text);
		default:
			// `VZCZC`, the only one that may be indented.
			return isTransmissionId(text);
	}
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
		addressLists.push({
			range: linesRange(lines, list.first, list.last),
			kind: list.kind,
			keyword: list.keyword,
			addressees: list.addressees,
		});
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
			const indicators = previous.indicators.concat(read as Field[]);
			relay[relay.length - 1] = { range: previous.range, prosign: previous.prosign, indicators };
		} else if (!de && (read = readDe(i, text))) {
			de = read as DeLine;
		} else if (!security && !dtg && (read = readSecurity(i, text))) {
			security = read as SecurityLine;
		} else if (!dtg && !from && (read = readDtg(i, text))) {
			dtg = read as DtgLine;
		} else if (!from && addressLists.length === 0 && !list && (read = readFrom(i, text))) {
			from = read as FromLine;
		} else if (isBt(text)) {
			closeList();
			bt = fieldAt(i, 0, 'BT');
		} else if ((read = readAddressKeyword(text))) {
			closeList();
			const keyword = read as RegExpExecArray;
			const kind = keyword[1] as AddressKeyword;
			const addressee = readAddressee(i, text, keyword[0].length);
			list = { kind, keyword: fieldAt(i, 0, kind), addressees: addressee ? [addressee] : [], first: i, last: i };
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
	return text.length < 200 && /^\s*[A-Z0-9]/.test(text) && !/[a-z]/.test(text);
}

/** A blank line ends the header unless header lines (or more addressees) follow it. */
function continuesAfterBlank(lines: readonly string[], blank: number, inList: boolean, isOther: (line: number) => boolean): boolean {
	let next = blank + 1;
	while (next < lines.length && isBlank(lines[next]!)) next++;
	if (next >= lines.length || isOther(next)) return false;
	const text = lines[next]!;
	if (startsHeader(text) || /^(FM|TO|INFO|XMT)\s/.test(head(text, 10)) || isBt(text)) {
		return !OFFICE_CODES.test(head(text, 40));
	}
	return inList && /^[A-Z][A-Z0-9]{3,7}\//.test(head(text, 20));
}
