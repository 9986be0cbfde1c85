/**
 * Dates and times: the date-time group (`260754Z JAN 07`), the DE line's Julian day and time
 * filed (`0260754`), declassification dates, and the publisher's Created time, which the
 * DTG is compared with.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../model/calendar';
import type { DateTimeGroup } from '../model/types';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The years a cable can carry: two-digit years read as 1966-2065; a four-digit year outside this span is a typo. */
export const EARLIEST_YEAR = 1950;
export const LATEST_YEAR = 2065;

/** A UTC date from its parts, or undefined when the parts do not make a real date (31 FEB). */
export function utcDate(year: number, month: number, day: number, hour = 0, minute = 0): Date | undefined {
	if (hour > 23 || minute > 59) return undefined;
	const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
	// Date.UTC treats two-digit years as 19xx; set the year explicitly.
	date.setUTCFullYear(year, month - 1, day);
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** `Wednesday 25 January 2017`. */
export function formatDay(date: Date): string {
	return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** `07:54`. */
function formatTime(date: Date): string {
	return `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
}

/** `Friday 26 January 2007, 07:54 UTC`. */
export function formatDateTime(date: Date): string {
	return `${formatDay(date)}, ${formatTime(date)} UTC`;
}

export function dtgDate(dtg: DateTimeGroup): Date | undefined {
	const { year, month, day, hour, minute } = dtg;
	if (year === undefined || month === undefined || day === undefined) return undefined;
	return utcDate(year, month, day, hour ?? 0, minute ?? 0);
}

/** Day `dayOfYear` (1-366) of `year`. */
export function julianDate(year: number, dayOfYear: number): Date | undefined {
	if (dayOfYear < 1 || dayOfYear > 366) return undefined;
	const date = new Date(Date.UTC(2000, 0, dayOfYear));
	date.setUTCFullYear(year, 0, dayOfYear);
	return date.getUTCFullYear() === year ? date : undefined;
}

export interface CreatedTime {
	readonly date: Date;
	/** False for date-only renderings, where only the calendar day can be compared. */
	readonly hasTime: boolean;
}

function monthNumber(text: string): number | undefined {
	const index = MONTH_ABBREVIATIONS.indexOf(text.slice(0, 3).toUpperCase());
	return index < 0 ? undefined : index + 1;
}

/**
 * The publisher's Created value in the renderings the corpus has: `2007-01-26 07:54:00`,
 * `12/28/1966 18:48`, `Wed Nov 20 00:00:00 +0100 2002`, `1974 May 17, 16:00 (Friday)`.
 */
export function parseCreated(text: string): CreatedTime | undefined {
	const value = text.trim();
	// Groups outside `(?:...)?` take part in every match of their pattern.
	let match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/.exec(value);
	if (match) return created(+match[1]!, +match[2]!, +match[3]!, match[4], match[5]);
	match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?/.exec(value);
	if (match) return created(+match[3]!, +match[1]!, +match[2]!, match[4], match[5]);
	// The Ruby rendering's time is midnight in the exporter's zone: only the day is meaningful.
	match = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) [\d:]+ [+-]\d{4} (\d{4})$/.exec(value);
	if (match) return created(+match[3]!, monthNumber(match[1]!), +match[2]!);
	match = /^(\d{4}) ([A-Za-z]{3})[a-z]* (\d{1,2}),? (?:(\d{2}):(\d{2}))?/.exec(value);
	if (match) return created(+match[1]!, monthNumber(match[2]!), +match[3]!, match[4], match[5]);
	return undefined;
}

function created(year: number, month: number | undefined, day: number, hour?: string, minute?: string): CreatedTime | undefined {
	if (month === undefined) return undefined;
	const hasTime = hour !== undefined && minute !== undefined;
	const date = utcDate(year, month, day, hasTime ? Number(hour) : 0, hasTime ? Number(minute) : 0);
	return date && { date, hasTime };
}

/** How the DTG relates to the Created time, in words: `matches`, `Created is 12 minutes later`. */
export function compareWithCreated(dtg: Date, createdTime: CreatedTime): string {
	if (!createdTime.hasTime) {
		const days = Math.round((startOfDay(createdTime.date) - startOfDay(dtg)) / 86_400_000);
		return days === 0 ? 'same day as the metadata Created date' : `the metadata Created date is ${span(days, 'day')}`;
	}
	const minutes = Math.round((createdTime.date.getTime() - dtg.getTime()) / 60_000);
	if (minutes === 0) return 'matches the metadata Created time';
	const magnitude = Math.abs(minutes);
	if (magnitude < 120) return `the metadata Created time is ${span(minutes, 'minute')}`;
	if (magnitude < 2 * 1440) return `the metadata Created time is ${span(Math.round(minutes / 60), 'hour')}`;
	return `the metadata Created time is ${span(Math.round(minutes / 1440), 'day')}`;
}

function startOfDay(date: Date): number {
	return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

function span(amount: number, unit: string): string {
	const magnitude = Math.abs(amount);
	return `${magnitude} ${unit}${magnitude === 1 ? '' : 's'} ${amount > 0 ? 'later' : 'earlier'}`;
}

/** `0754` → `07:54`, or undefined when it is not a time of day. */
export function clockTime(hhmm: string): string | undefined {
	const match = /^(\d{2})(\d{2})$/.exec(hhmm);
	if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return undefined;
	return `${match[1]}:${match[2]}`;
}
