/**
 * The cable calendar, written once: the month abbreviations of date-time groups and the
 * reading of two-digit years. The parser, the decoders and the rules all use these.
 */

/** The three-letter months of date-time groups and Created dates: `JAN` ... `DEC`. */
export const MONTH_ABBREVIATIONS: readonly string[] = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** The months written out, as hovers say them and as some cables write them in running text. */
export const MONTH_NAMES: readonly string[] = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** Two-digit years: the corpus spans 1966 to 2010, so 66-99 are 19xx and the rest 20xx; longer years stand. */
export function fullYear(year: number): number {
	return year >= 100 ? year : year >= 66 ? 1900 + year : 2000 + year;
}

/** A year as written: four digits stand as they are (`0007` is a typo, not 2007), two are read by `fullYear`. */
export function writtenYear(text: string): number {
	return text.length === 4 ? Number(text) : fullYear(Number(text));
}
