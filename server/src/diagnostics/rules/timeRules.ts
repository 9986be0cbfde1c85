/**
 * Time agreement: the DE line's Julian day falls on the date-time group's day (or a day either
 * side, across midnight), and the publisher's Created time is the date-time group's.
 */
import { formatDateTime, formatDay, julianDate } from '../../decode/times';
import type { DeLine } from '../../model/types';
import { finding, partOf, relatedField, type Rule } from '../rule';

const DAY = 86_400_000;
/** The Created time is within the hour of the date-time group in all but two of 1,154 cables. */
const CREATED_TOLERANCE_MINUTES = 90;

/** The filing date the Julian day names, in the year (or the one either side) nearest the DTG. */
function filedDate(de: DeLine, sent: Date): Date | undefined {
	if (de.julianDay === undefined) return undefined;
	const year = sent.getUTCFullYear();
	let nearest: Date | undefined;
	for (const candidate of [year - 1, year, year + 1]) {
		const date = julianDate(candidate, de.julianDay);
		if (date && (!nearest || Math.abs(date.getTime() - sent.getTime()) < Math.abs(nearest.getTime() - sent.getTime()))) nearest = date;
	}
	return nearest;
}

const dayOf = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

export const timeRules: readonly Rule[] = [
	{
		code: 'cable.de.julian-day-mismatch',
		family: 'time',
		severity: 'warning',
		description: "The DE line's Julian day is more than a day from the date-time group's day.",
		check: ({ model, facts }) => {
			const header = model.header;
			const de = header?.de;
			const dtg = header?.dtg?.dtg;
			const sent = facts.sent;
			const filed = de && sent && filedDate(de, sent);
			if (!de?.filed || !dtg || !sent || !filed) return [];
			const days = Math.round((dayOf(filed) - dayOf(sent)) / DAY);
			if (Math.abs(days) <= 1) return [];
			const expected = Math.round((dayOf(sent) - Date.UTC(sent.getUTCFullYear(), 0, 1)) / DAY) + 1;
			return [
				finding(
					partOf(de.filed, 0, 3),
					`Julian day ${de.filed.text.slice(0, 3)} is ${formatDay(filed)}, ${Math.abs(days)} days ${days > 0 ? 'after' : 'before'} the date-time group (${formatDay(sent)}): expected ${String(expected).padStart(3, '0')}, or a day either side across midnight.`,
					[relatedField(dtg, `the date-time group: ${dtg.text}`)],
				),
			];
		},
	},
	{
		code: 'cable.created.mismatch',
		family: 'time',
		severity: 'warning',
		description: "The publisher's Created time is not the date-time group's (more than 90 minutes, or another day).",
		check: ({ model, facts }) => {
			const dtg = model.header?.dtg?.dtg;
			const sent = facts.sent;
			const created = facts.created;
			if (!dtg || !sent || !created) return [];
			const { date, hasTime } = created.time;
			const agrees = hasTime
				? Math.abs(date.getTime() - sent.getTime()) <= CREATED_TOLERANCE_MINUTES * 60_000
				: dayOf(date) === dayOf(sent);
			if (agrees) return [];
			const shown = hasTime ? formatDateTime(date) : formatDay(date);
			return [
				finding(
					created.field.range,
					`Created ${shown} is not when the date-time group says the cable was sent (${hasTime ? formatDateTime(sent) : formatDay(sent)}).`,
					[relatedField(dtg, `the date-time group: ${dtg.text}`)],
				),
			];
		},
	},
];
