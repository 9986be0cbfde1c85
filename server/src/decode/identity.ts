/**
 * Which cable is which: cable ids (`07TOKYO374`), the cables REF items name, banners'
 * post and serial, `SECTION NN OF MM` and continuation-page markers.
 */
import { editDistance } from '../data/codeTable';
import { type OriginatorEntry, originatorByName } from '../data/originators';
import { fullYear } from '../model/calendar';

export interface CableIdDecoding {
	readonly id: string;
	readonly year: number;
	/** The origin as in ids: `TOKYO`, `USUNNEWYORK`. */
	readonly origin: string;
	readonly serial: number;
	readonly originator: OriginatorEntry | undefined;
	/** For the publisher's damaged ids (`08SCTION02OF02SAOPAULO335`): what was glued into them. */
	readonly damage: string | undefined;
	/** The id as it should read: `08SAOPAULO335`. */
	readonly normalId: string;
}

/** Caveats the publisher glued in front of the origin (`09EFTOLONDON2239`); the same list as citations/cableId.ts. */
const GLUED_CAVEATS = ['EFTO', 'SIPDIS', 'NOFORN', 'SENSITIVE', 'LIMDIS', 'EXDIS', 'NODIS'];

const isDigitCode = (code: number) => code >= 48 && code <= 57;

/**
 * Pieces the publisher glued in front of the origin of some ids: a caveat, or the SECTION line's
 * words, misspelt as they come (`SECTION01OF02`, `ECTION01OF02`, `SECTON01OF02`, `SECTIO01OF02`,
 * `SQCTION01OF02`, `SECTION01GF02`). Read as citations/cableId.ts reads them, so that hovers,
 * rules and canonical ids agree: a word within two edits of SECTION, one or two digits, a word
 * within one edit of OF, one or two digits.
 */
function gluedDamage(letters: string): string | undefined {
	if (originatorByName(letters)) return undefined;
	const caveat = GLUED_CAVEATS.find((word) => letters.length > word.length && letters.startsWith(word));
	return caveat ?? gluedSectionWords(letters);
}

/** The SECTION line's words at the start of `letters` (`SECTON01OF02`), when an origin follows them. */
export function gluedSectionWords(letters: string): string | undefined {
	let at = 0;
	while (at < letters.length && !isDigitCode(letters.charCodeAt(at))) at++;
	if (at < 5 || at > 7 || editDistance(letters.slice(0, at), 'SECTION', 2) > 2) return undefined;
	const firstDigits = at;
	while (at < letters.length && at - firstDigits < 2 && isDigitCode(letters.charCodeAt(at))) at++;
	if (at === firstDigits || letters.length < at + 3) return undefined;
	if (editDistance(letters.slice(at, at + 2), 'OF', 1) > 1) return undefined;
	at += 2;
	const secondDigits = at;
	while (at < letters.length && at - secondDigits < 2 && isDigitCode(letters.charCodeAt(at))) at++;
	return at === secondDigits || at === letters.length ? undefined : letters.slice(0, at);
}

export function decodeCableId(written: string): CableIdDecoding | undefined {
	const id = written
		.trim()
		.toUpperCase()
		.replace(/_[A-Z]$/, '');
	const match = /^(\d{4}|\d{2})([A-Z][A-Z0-9]*?[A-Z])(\d{1,7})$/.exec(id);
	if (!match) return undefined;
	// All three groups take part in every match.
	let yearText = match[1]!;
	const letters = match[2]!;
	// `7575LIBREVILLE1895`: the two-digit year written twice.
	if (yearText.length === 4 && yearText.slice(0, 2) === yearText.slice(2) && !/^(19|20)/.test(yearText)) yearText = yearText.slice(2);
	const damage = gluedDamage(letters);
	const origin = damage ? letters.slice(damage.length) : letters;
	const year = fullYear(Number(yearText));
	const serial = Number(match[3]!);
	return {
		id: written.trim(),
		year,
		origin,
		serial,
		originator: originatorByName(origin),
		damage,
		normalId: cableIdFor(origin, String(serial), year),
	};
}

/** The id a post and serial make in a given year: `TOKYO`, `000374`, 2007 → `07TOKYO374`. */
export function cableIdFor(post: string, serial: string, year: number): string {
	return `${String(year % 100).padStart(2, '0')}${post.replace(/\s+/g, '').toUpperCase()}${Number(serial.replace(/\D/g, ''))}`;
}
