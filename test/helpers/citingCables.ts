/**
 * Short synthetic cables that cite others, for the tests of navigation over an indexed folder
 * (LSP and VS Code): an embassy's cable with a date, a subject and a REF line written as cables
 * write them, and the id parts of a canonical id to write such a REF from.
 */

export interface SyntheticCable {
	/** The post as the FM line and banner name it (`TOKYO`). */
	readonly post: string;
	/** Four-digit year; the cable is sent on 5 `month` of it. */
	readonly year: number;
	readonly month?: 'JAN' | 'FEB' | 'MAR' | 'JUN' | 'DEC';
	readonly serial: number;
	readonly subject: string;
	/** The REF line after `REF: `; none when undefined. */
	readonly ref?: string;
}

/** A cable as the corpus renders them (no routing header): DTG, FM/TO, banner, caption, two paragraphs. */
export function syntheticCable({ post, year, month = 'DEC', serial, subject, ref }: SyntheticCable): string {
	const yy = String(year % 100).padStart(2, '0');
	return [
		`P 051000Z ${month} ${yy}`,
		`FM AMEMBASSY ${post}`,
		'TO SECSTATE WASHDC PRIORITY 0001',
		'',
		`C O N F I D E N T I A L ${post} ${String(serial).padStart(6, '0')}`,
		'',
		`E.O. 12958: DECL: 12/05/${year + 10}`,
		'TAGS: PREL PGOV',
		`SUBJECT: ${subject}`,
		'',
		...(ref === undefined ? [] : [`REF: ${ref}`, '']),
		'Classified By: Ambassador for reasons 1.4 (b) and (d)',
		'',
		'1. (C) The first paragraph of a cable written for the test.',
		'',
		'2. (C) The second paragraph.',
		'',
	].join('\n');
}

export interface IdParts {
	/** Two digits (`07`). */
	readonly yy: string;
	readonly origin: string;
	/** Without leading zeros. */
	readonly serial: number;
}

/** `07TOKYO374` as its parts; undefined for ids of another shape. */
export function idParts(id: string): IdParts | undefined {
	const match = /^(\d{2})([A-Z]+)(\d+)$/.exec(id);
	return match ? { yy: match[1]!, origin: match[2]!, serial: Number(match[3]) } : undefined;
}

/** `07 TOKYO 374`: how a REF item names the cable with its year. */
export const refItem = ({ yy, origin, serial }: IdParts) => `${yy} ${origin} ${serial}`;
