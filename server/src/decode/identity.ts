/**
 * Which cable is which: cable ids (`07TOKYO374`), the cables REF items name, banners'
 * post and serial, `SECTION NN OF MM` and continuation-page markers.
 */
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

/** Pieces the publisher glued into some ids: a caveat, or the SECTION line's words. */
const ID_DAMAGE = /^(EFTO|S?E?C?T?ION\d+[A-Z]F\d+)/;

export function decodeCableId(written: string): CableIdDecoding | undefined {
	const id = written.trim().toUpperCase().replace(/_[A-Z]$/, '');
	const match = /^(\d{4}|\d{2})([A-Z][A-Z0-9]*?[A-Z])(\d{1,7})$/.exec(id);
	if (!match) return undefined;
	// All three groups take part in every match.
	let yearText = match[1]!;
	const letters = match[2]!;
	// `7575LIBREVILLE1895`: the two-digit year written twice.
	if (yearText.length === 4 && yearText.slice(0, 2) === yearText.slice(2) && !/^(19|20)/.test(yearText)) yearText = yearText.slice(2);
	const damage = ID_DAMAGE.exec(letters)?.[1];
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
