/**
 * Routing indicators on the relay, DE and addressee lines: `R` and three to six more letters
 * (ACP 117), and for the originating station and the addressees, one the tables know.
 */
import { decodeRoutingIndicator } from '../decode/routing';
import type { Field, TransmissionHeader } from '../model/types';
import { finding, type Rule } from './rule';

const WELL_FORMED = /^R[A-Z]{3,6}$/;
/** Operating signals written where an RI goes (`ZEN/AMEMBASSY BELMOPAN`: not sent by this transmission). */
const SIGNALS = new Set(['ZEN']);

/** The station and addressee indicators: those name someone, so the tables should know them. */
function namingIndicators(header: TransmissionHeader): Field[] {
	const addressees = header.addressLists.flatMap((list) => list.addressees.flatMap((addressee) => (addressee.indicator ? [addressee.indicator] : [])));
	return [...(header.de?.station ? [header.de.station] : []), ...addressees].filter((indicator) => !SIGNALS.has(indicator.text));
}

export const routingRules: readonly Rule[] = [
	{
		code: 'cable.routing.malformed',
		family: 'malformed',
		severity: 'warning',
		description: 'A routing indicator is not `R` followed by three to six letters.',
		check: ({ facts }) =>
			facts.headers.flatMap((header) =>
				[...header.relay.flatMap((relay) => relay.indicators), ...namingIndicators(header)].flatMap((indicator) =>
					WELL_FORMED.test(indicator.text)
						? []
						: [finding(indicator.range, `${indicator.text} is not a routing indicator: expected R and three to six more letters, as in RUEHC or RUEHKO.`)],
				),
			),
	},
	{
		code: 'cable.routing.unknown',
		family: 'malformed',
		severity: 'information',
		description: 'The station or an addressee is routed through an indicator the routing tables do not know.',
		check: ({ facts, tables }) =>
			facts.headers.flatMap((header) =>
				namingIndicators(header).flatMap((indicator) => {
					if (!WELL_FORMED.test(indicator.text) || tables.routingIndicators.get(indicator.text)) return [];
					const nearest = decodeRoutingIndicator(indicator.text, tables.routingIndicators).nearest;
					const hint = nearest ? `; the closest known indicator is ${nearest}` : '';
					return [finding(indicator.range, `Routing indicator ${indicator.text} is not in the routing tables${hint}.`)];
				}),
			),
	},
];
