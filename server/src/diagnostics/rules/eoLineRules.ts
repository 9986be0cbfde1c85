/**
 * The E.O. line: `E.O. 12958: DECL: 01/25/2017` names the executive order the cable is
 * classified under and when it is to be declassified, which must be a real date after the
 * cable's own.
 */
import { executiveOrderNumbers } from '../../data/declassificationTable';
import { decodeExecutiveOrder, orderTiming, REPLACED_GRACE_DAYS } from '../../decode/declassification';
import { formatDay, utcDate } from '../../decode/times';
import type { EoLine } from '../../model/types';
import type { CableFacts } from '../../facts/cableFacts';
import type { CableModel } from '../../model/types';
import { finding, type RelatedField, relatedField, type Rule } from '../rule';

function declDate(eo: EoLine): Date | undefined {
	return eo.declDate && utcDate(eo.declDate.year, eo.declDate.month, eo.declDate.day);
}

/** Where the cable's date is stated: its date-time group, else the publisher's Created time. */
function dateField(model: CableModel, facts: CableFacts): RelatedField | undefined {
	const dtg = model.header?.dtg?.dtg;
	if (dtg && facts.sent) return relatedField(dtg, `the date-time group: ${formatDay(facts.sent)}`);
	return facts.created && facts.date && relatedField(facts.created.field, `the metadata Created date: ${formatDay(facts.date)}`);
}

/**
 * `E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009` on a 1966 cable names the order it was
 * released under, years later, not the one it was classified under.
 */
function isReleaseMarking(eo: EoLine): boolean {
	return /DECLASSIF/i.test(`${eo.action?.text ?? ''} ${eo.decl?.text ?? ''}`);
}

const YEAR_MS = 365.25 * 86_400_000;

export const eoLineRules: readonly Rule[] = [
	{
		code: 'cable.eo.unknown-order',
		family: 'malformed',
		severity: 'error',
		description:
			'The E.O. line names an executive order that is not one on classified information (11652, 12065, 12356, 12958, 13526 ...).',
		check: ({ facts }) =>
			facts.eoLines.flatMap((eo) => {
				// `E.O. 13382` alone is an order named in running text (a wrapped SUBJECT), not an E.O. line.
				if (!eo.order || (!eo.action && !eo.decl)) return [];
				const decoding = decodeExecutiveOrder(eo.order.text);
				if (decoding.order) return [];
				const meant = decoding.likelyMeant ? `; probably E.O. ${decoding.likelyMeant.number}` : '';
				return [
					finding(
						eo.order.range,
						`E.O. ${eo.order.text} is not an executive order on classified information${meant}. Expected one of ${executiveOrderNumbers().join(', ')}.`,
					),
				];
			}),
	},
	{
		code: 'cable.eo.impossible-decl-date',
		family: 'malformed',
		severity: 'error',
		description: 'The declassification date of the E.O. line is not a calendar date (month 13, 31 June).',
		check: ({ facts }) =>
			facts.eoLines.flatMap((eo) => {
				if (!eo.declDate || declDate(eo) || !eo.decl) return [];
				const { year, month, day } = eo.declDate;
				return [
					finding(
						eo.decl.range,
						`Impossible declassification date ${eo.decl.text} (read as year ${year}, month ${month}, day ${day}): expected MM/DD/YYYY.`,
					),
				];
			}),
	},
	{
		code: 'cable.eo.decl-not-after-date',
		family: 'malformed',
		severity: 'error',
		description: 'The declassification date is not after the date the cable was sent.',
		check: ({ model, facts }) =>
			facts.eoLines.flatMap((eo) => {
				const decl = declDate(eo);
				const sent = facts.date;
				if (!decl || !sent || !eo.decl || decl.getTime() > Date.UTC(sent.getUTCFullYear(), sent.getUTCMonth(), sent.getUTCDate()))
					return [];
				const dtg = model.header?.dtg?.dtg;
				const other = dtg
					? relatedField(dtg, 'the date-time group')
					: facts.created && relatedField(facts.created.field, 'the metadata Created date');
				return [
					finding(
						eo.decl.range,
						`The cable is to be declassified on ${formatDay(decl)}, not after it was sent (${formatDay(sent)}): expected a later date.`,
						other ? [other] : [],
					),
				];
			}),
	},
];

/** Judged against the cable's date, with the time rules. */
export const eoInForceRules: readonly Rule[] = [
	{
		code: 'cable.eo.not-in-force',
		family: 'time',
		severity: 'warning',
		description: `The E.O. line names an executive order not yet signed at the cable's date, or replaced more than ${REPLACED_GRACE_DAYS} days before it (12356 until 14 Oct 1995, 12958 until 13526 took effect in June 2010).`,
		check: ({ model, facts }) =>
			facts.eoLines.flatMap((eo) => {
				const order = eo.order && decodeExecutiveOrder(eo.order.text).order;
				const date = facts.date;
				if (!eo.order || !order || !date || isReleaseMarking(eo)) return [];
				const timing = orderTiming(order, date);
				if (!timing) return [];
				const when = dateField(model, facts);
				const related = when ? [when] : [];
				if (timing.kind === 'not-yet-signed') {
					return [
						finding(
							eo.order.range,
							`E.O. ${order.number} was signed on ${formatDay(timing.signed)}, after this cable's date (${formatDay(date)}): the line is not this cable's own (a later cable's text, or a wrong date).`,
							related,
						),
					];
				}
				const years = Math.floor((date.getTime() - timing.replacedOn.getTime()) / YEAR_MS);
				const since = years >= 2 ? `${years} years` : 'more than a year';
				return [
					finding(
						eo.order.range,
						`E.O. ${order.number} was replaced by E.O. ${timing.successor.number} on ${formatDay(timing.replacedOn)}, ${since} before this cable's date (${formatDay(date)}): expected E.O. ${timing.successor.number} or a later order.`,
						related,
					),
				];
			}),
	},
];
