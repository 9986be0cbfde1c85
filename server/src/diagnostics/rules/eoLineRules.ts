/**
 * The E.O. line: `E.O. 12958: DECL: 01/25/2017` names the executive order the cable is
 * classified under and when it is to be declassified, which must be a real date after the
 * cable's own.
 */
import { executiveOrderNumbers } from '../../data/declassificationTable';
import { decodeExecutiveOrder } from '../../decode/declassification';
import { formatDay, utcDate } from '../../decode/times';
import type { EoLine } from '../../model/types';
import { finding, relatedField, type Rule } from '../rule';

function declDate(eo: EoLine): Date | undefined {
	return eo.declDate && utcDate(eo.declDate.year, eo.declDate.month, eo.declDate.day);
}

export const eoLineRules: readonly Rule[] = [
	{
		code: 'cable.eo.unknown-order',
		family: 'malformed',
		severity: 'error',
		description: 'The E.O. line names an executive order that is not one on classified information (11652, 12065, 12356, 12958, 13526 ...).',
		check: ({ facts }) =>
			facts.eoLines.flatMap((eo) => {
				// `E.O. 13382` alone is an order named in running text (a wrapped SUBJECT), not an E.O. line.
				if (!eo.order || (!eo.action && !eo.decl)) return [];
				const decoding = decodeExecutiveOrder(eo.order.text);
				if (decoding.order) return [];
				const meant = decoding.likelyMeant ? `; probably E.O. ${decoding.likelyMeant.number}` : '';
				return [finding(eo.order.range, `E.O. ${eo.order.text} is not an executive order on classified information${meant}. Expected one of ${executiveOrderNumbers().join(', ')}.`)];
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
				return [finding(eo.decl.range, `Impossible declassification date ${eo.decl.text} (read as year ${year}, month ${month}, day ${day}): expected MM/DD/YYYY.`)];
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
				if (!decl || !sent || !eo.decl || decl.getTime() > Date.UTC(sent.getUTCFullYear(), sent.getUTCMonth(), sent.getUTCDate())) return [];
				const dtg = model.header?.dtg?.dtg;
				const other = dtg ? relatedField(dtg, 'the date-time group') : facts.created && relatedField(facts.created.field, 'the metadata Created date');
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
