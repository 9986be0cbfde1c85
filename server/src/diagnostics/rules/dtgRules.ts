/**
 * Malformed date-time groups (`DDHHMMZ MON YY`): a day the month does not have, an hour or
 * minute off the clock, a month that is not a month, a year no cable can have.
 */
import { EARLIEST_YEAR, LATEST_YEAR } from '../../decode/times';
import { MONTH_ABBREVIATIONS } from '../../model/calendar';
import { finding, partOf, type Rule } from '../rule';

/** Days of each month in a leap year. */
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(month: number, year: number): number {
	return DAYS[month - 1]! - (month === 2 && !isLeap(year) ? 1 : 0);
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const dtgRules: readonly Rule[] = [
	{
		code: 'cable.dtg.impossible-date',
		family: 'malformed',
		severity: 'error',
		description: 'The date-time group names a day its month does not have (`00`, `31 APR`, `29 FEB` of a common year).',
		check: ({ facts }) =>
			facts.dtgs.flatMap((dtg) => {
				if (dtg.day === undefined) return [];
				const max = dtg.month !== undefined && dtg.year !== undefined ? daysIn(dtg.month, dtg.year) : 31;
				if (dtg.day >= 1 && dtg.day <= max) return [];
				const month = dtg.month !== undefined ? `${MONTH_ABBREVIATIONS[dtg.month - 1]} ${dtg.year}` : 'a month';
				return [finding(partOf(dtg, 0, 2), `Impossible day ${dtg.text.slice(0, 2)} in the date-time group: ${month} has days 01-${max}.`)];
			}),
	},
	{
		code: 'cable.dtg.impossible-time',
		family: 'malformed',
		severity: 'error',
		description: 'The date-time group gives an hour above 23 or a minute above 59.',
		check: ({ facts }) =>
			facts.dtgs.flatMap((dtg) => [
				...(dtg.hour !== undefined && dtg.hour > 23
					? [finding(partOf(dtg, 2, 2), `Impossible hour ${dtg.text.slice(2, 4)} in the date-time group: expected 00-23 (UTC).`)]
					: []),
				...(dtg.minute !== undefined && dtg.minute > 59
					? [finding(partOf(dtg, 4, 2), `Impossible minute ${dtg.text.slice(4, 6)} in the date-time group: expected 00-59.`)]
					: []),
			]),
	},
	{
		code: 'cable.dtg.unknown-month',
		family: 'malformed',
		severity: 'error',
		description: 'The month of the date-time group is not one of JAN ... DEC.',
		check: ({ facts }) =>
			facts.dtgs.flatMap((dtg) => {
				if (dtg.month !== undefined || dtg.monthText === undefined) return [];
				const offset = dtg.text.indexOf(dtg.monthText, 6);
				return [
					finding(
						partOf(dtg, offset, dtg.monthText.length),
						`Unknown month ${dtg.monthText} in the date-time group: expected JAN, FEB, ... DEC.`,
					),
				];
			}),
	},
	{
		code: 'cable.dtg.bad-year',
		family: 'malformed',
		severity: 'error',
		description: `The year of the date-time group cannot be a cable's (before ${EARLIEST_YEAR} or after ${LATEST_YEAR}).`,
		check: ({ facts }) =>
			facts.dtgs.flatMap((dtg) => {
				if (dtg.year === undefined || (dtg.year >= EARLIEST_YEAR && dtg.year <= LATEST_YEAR)) return [];
				const written = dtg.text.slice(trailingDigitsStart(dtg.text));
				return [
					finding(
						partOf(dtg, dtg.text.length - written.length, written.length),
						`Bad year ${written} in the date-time group: expected two digits (YY), a year from ${EARLIEST_YEAR} to ${LATEST_YEAR}.`,
					),
				];
			}),
	},
];

/** Where the digits that end `text` start (a loop: `/\d+$/` would scan every run of digits to its end). */
function trailingDigitsStart(text: string): number {
	let start = text.length;
	while (start > 0 && text.charCodeAt(start - 1) >= 0x30 && text.charCodeAt(start - 1) <= 0x39) start--;
	return start;
}
