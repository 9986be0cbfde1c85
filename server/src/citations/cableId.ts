/**
 * The canonical id of a cable (`07TOKYO374`), the form Cablegate and PlusD use: two-digit year,
 * origin without spaces, serial without leading zeros.
 *
 * From the publisher's id when it has one, repaired where the damage is recognisable
 * (`08ECTION01OF02MANAMA492`, `SECTON01OF02`, `SQCTION...`, `09EFTOLONDON2239`,
 * `7575LIBREVILLE1895`, `1974ATHENS02959_b`, `SECSTATE`); else from what the telegram says:
 * the year of its date-time group, its post from the banner or the FM line (DE line's routing
 * indicator when neither says), its serial from the banner or the page markers. Every source
 * that speaks must agree; otherwise there is no id.
 */
import { originatorsByIndicator } from '../data/originators';
import { referenceAlias } from '../data/referenceAliases';
import { fullYear } from '../model/calendar';
import { gluedSectionWords } from '../decode/identity';
import { dtgDate } from '../decode/times';
import type { CableModel } from '../model/types';
import { idFor } from './citations';
import { resolvePost, resolveStation } from './posts';

export type IdRepair = 'suffix' | 'year' | 'section' | 'caveat' | 'alias' | 'zeros';

export interface CanonicalId {
	readonly id: string;
	readonly year: number;
	readonly origin: string;
	readonly serial: number;
	/** What was put right in the written id, in the order it was done. */
	readonly repairs: readonly IdRepair[];
}

export interface CableIdentity extends CanonicalId {
	readonly from: 'metadata' | 'header';
	/** The publisher's id as written, when there is one. */
	readonly written: string | undefined;
	/** The id the telegram's own header gives, when it gives one and it differs. */
	readonly headerId: string | undefined;
}

/** Ids are short; the scanner below never looks further. */
const ID_REACH = 80;

const isDigitCode = (code: number) => code >= 48 && code <= 57;

/**
 * A written cable id in canonical form, or undefined when the text does not make it certain
 * (an origin neither table knows, a year that is no year).
 */
export function canonicalizeId(written: string): CanonicalId | undefined {
	const repairs: IdRepair[] = [];
	let text = written.trim().slice(0, ID_REACH).toUpperCase();
	// PlusD's `_b` (Kissinger set) and similar suffixes name the copy, not the cable.
	const underscore = text.indexOf('_');
	if (underscore > 0) {
		text = text.slice(0, underscore);
		repairs.push('suffix');
	}
	let yearEnd = 0;
	while (yearEnd < text.length && isDigitCode(text.charCodeAt(yearEnd))) yearEnd++;
	let serialStart = text.length;
	while (serialStart > yearEnd && isDigitCode(text.charCodeAt(serialStart - 1))) serialStart--;
	const yearText = text.slice(0, yearEnd);
	const serialText = text.slice(serialStart);
	const middle = text.slice(yearEnd, serialStart);
	if (!middle || serialText.length === 0 || serialText.length > 7 || !/^[A-Z]/.test(middle)) return undefined;
	const year = readIdYear(yearText, repairs);
	const serial = Number(serialText);
	if (year === undefined || serial <= 0) return undefined;
	if (serialText.charCodeAt(0) === 48) repairs.push('zeros');
	const origin = readIdOrigin(middle, repairs);
	if (!origin) return undefined;
	return { id: idFor(year, origin, serial), year, origin, serial, repairs };
}

function readIdYear(text: string, repairs: IdRepair[]): number | undefined {
	if (text.length === 2) return fullYear(Number(text));
	if (text.length !== 4) return undefined;
	if (text.startsWith('19') || text.startsWith('20')) {
		repairs.push('year');
		return Number(text);
	}
	// `7575LIBREVILLE1895`: the two-digit year written twice.
	if (text.slice(0, 2) === text.slice(2)) {
		repairs.push('year');
		return fullYear(Number(text.slice(0, 2)));
	}
	return undefined;
}

/** Caveats the publisher glued in front of the origin. */
const GLUED_CAVEATS = ['EFTO', 'SIPDIS', 'NOFORN', 'SENSITIVE', 'LIMDIS', 'EXDIS', 'NODIS'];

function readIdOrigin(middle: string, repairs: IdRepair[]): string | undefined {
	const direct = originOf(middle, repairs);
	if (direct) return direct;
	const afterSection = sectionWords(middle);
	const rests: Array<readonly [IdRepair, string | undefined]> = [
		['section', afterSection],
		...GLUED_CAVEATS.map((caveat) => ['caveat', middle.startsWith(caveat) ? middle.slice(caveat.length) : undefined] as const),
	];
	for (const [repair, rest] of rests) {
		if (rest === undefined) continue;
		const own: IdRepair[] = [repair];
		const origin = originOf(rest, own);
		if (!origin) continue;
		repairs.push(...own);
		return origin;
	}
	return undefined;
}

function originOf(key: string, repairs: IdRepair[]): string | undefined {
	if (!key) return undefined;
	const post = resolvePost(key);
	if (!post) return undefined;
	if (post.origin !== key && referenceAlias(key)) repairs.push('alias');
	return post.origin;
}

/**
 * The rest of an origin after the SECTION line's words glued in front of it (`SECTION01OF02`,
 * `ECTION01OF02`, `SCTION02OF02`, `SECTON01OF02`, `SECTIO01OF02`, `SQCTION01OF02`, `SECTION01GF02`):
 * read as decoded ids read them (decode/identity.ts), so that hovers, rules and canonical ids agree.
 */
function sectionWords(middle: string): string | undefined {
	const glued = gluedSectionWords(middle);
	return glued === undefined ? undefined : middle.slice(glued.length);
}

// ---------------------------------------------------------------- the cable's own id

export function canonicalCableId(model: CableModel): CableIdentity | undefined {
	const written = model.metadata?.fields.find((field) => field.key === 'id')?.value.text.trim();
	const fromHeader = headerId(model);
	const fromMetadata = written ? canonicalizeId(written) : undefined;
	if (fromMetadata) {
		return {
			...fromMetadata,
			from: 'metadata',
			written,
			headerId: fromHeader && fromHeader.id !== fromMetadata.id ? fromHeader.id : undefined,
		};
	}
	if (!fromHeader) return undefined;
	// A publisher's id the tables cannot read (`09SECTION02OF03QRIPOLI583`) still has a year and a
	// serial: the header's id stands only if they agree with it.
	if (written && !agreesWithWritten(written, fromHeader)) return undefined;
	return { ...fromHeader, from: 'header', written, headerId: undefined };
}

function agreesWithWritten(written: string, header: CanonicalId): boolean {
	const trimmed = written.trim().slice(0, ID_REACH);
	const text = trimmed.includes('_') ? trimmed.slice(0, trimmed.indexOf('_')) : trimmed;
	let serialStart = text.length;
	while (serialStart > 0 && isDigitCode(text.charCodeAt(serialStart - 1))) serialStart--;
	const serial = Number(text.slice(serialStart));
	const yearText = text.slice(0, 2);
	if (!/^\d{2}$/.test(yearText) || serialStart === text.length) return false;
	const year = text.length > 4 && /^(19|20)\d{2}/.test(text) ? Number(text.slice(0, 4)) : fullYear(Number(yearText));
	return serial === header.serial && year === header.year;
}

/** The id the telegram's header, banners and page markers make, when they make one for certain. */
export function headerId(model: CableModel): CanonicalId | undefined {
	const dtg = model.header?.dtg;
	const date = dtg ? dtgDate(dtg.dtg) : undefined;
	if (!date) return undefined;
	const year = date.getUTCFullYear();
	const serial = cableNumber(model);
	const origin = cableOrigin(model);
	if (serial === undefined || origin === undefined) return undefined;
	return { id: idFor(year, origin, serial), year, origin, serial, repairs: [] };
}

/** The serial all banners and page markers agree on, checked against the DE line's four digits. */
function cableNumber(model: CableModel): number | undefined {
	const serials = new Set<number>();
	for (const block of model.bannerBlocks) if (block.banner?.serial) serials.add(Number(block.banner.serial.text.replace(/\D/g, '')));
	if (!serials.size)
		for (const marker of model.body?.pageMarkers ?? []) if (marker.serial) serials.add(Number(marker.serial.text.replace(/\D/g, '')));
	if (serials.size !== 1) return undefined;
	const serial = [...serials][0]!;
	if (!(serial > 0 && serial <= MAX_SERIAL)) return undefined;
	const de = model.header?.de?.serial;
	if (de !== undefined && Number(de) !== serial % 10000) return undefined;
	return serial;
}

const MAX_SERIAL = 9_999_999;

/**
 * The origin the banners and the FM line agree on. A banner post no table knows (`QRIPOLI`)
 * leaves the FM line to decide, but only with the DE line's indicator behind it; with neither
 * banner nor FM, the indicator decides when it names one post.
 */
function cableOrigin(model: CableModel): string | undefined {
	const banner = new Set<string>();
	let unreadBanner = false;
	for (const block of model.bannerBlocks) {
		const post = block.banner?.post;
		if (!post) continue;
		const resolved = resolvePost(post.text);
		if (resolved) banner.add(resolved.origin);
		else unreadBanner = true;
	}
	if (banner.size > 1) return undefined;
	const address = model.header?.from?.address?.text;
	const fm = address ? resolveStation(address)?.origin : undefined;
	const fromBanner = [...banner][0];
	const byIndicator = indicatorOrigins(model);
	if (fromBanner) return fm && fm !== fromBanner ? undefined : fromBanner;
	if (unreadBanner) return fm && byIndicator.has(fm) ? fm : undefined;
	if (fm) return fm;
	return byIndicator.size === 1 ? [...byIndicator][0] : undefined;
}

function indicatorOrigins(model: CableModel): Set<string> {
	const indicator = model.header?.de?.station?.text;
	return new Set(indicator ? originatorsByIndicator(indicator).map((entry) => referenceAlias(entry.origin)?.origin ?? entry.origin) : []);
}
