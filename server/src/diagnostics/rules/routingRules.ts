/**
 * Routing indicators on the relay, DE and addressee lines: `R` and three to six more letters
 * (ACP 117), and for the originating station and the addressees, one the tables know.
 */
import { decodeRoutingIndicator } from '../../decode/routing';
import type { Field } from '../../model/types';
import { finding, type Finding, type Rule } from '../rule';

const WELL_FORMED = /^R[A-Z]{3,6}$/;
const malformed = (indicator: Field) =>
	finding(
		indicator.range,
		`${indicator.text} is not a routing indicator: expected R and three to six more letters, as in RUEHC or RUEHKO.`,
	);

export const routingRules: readonly Rule[] = [
	{
		code: 'cable.routing.malformed',
		family: 'malformed',
		severity: 'warning',
		description: 'A routing indicator is not `R` followed by three to six letters.',
		check: ({ facts }) => {
			const found: Finding[] = [];
			for (const header of facts.headers) {
				for (const relay of header.relay)
					for (const indicator of relay.indicators) if (!WELL_FORMED.test(indicator.text)) found.push(malformed(indicator));
			}
			for (const indicator of facts.namingIndicators) if (!WELL_FORMED.test(indicator.text)) found.push(malformed(indicator));
			return found;
		},
	},
	{
		code: 'cable.routing.unknown',
		family: 'malformed',
		severity: 'information',
		description: 'The station or an addressee is routed through an indicator the routing tables do not know.',
		check: ({ facts, tables }) => {
			const found: Finding[] = [];
			for (const indicator of facts.namingIndicators) {
				if (!WELL_FORMED.test(indicator.text) || tables.routingIndicators.get(indicator.text)) continue;
				const nearest = decodeRoutingIndicator(indicator.text, tables.routingIndicators).nearest;
				const hint = nearest ? `; the closest known indicator is ${nearest}` : '';
				found.push(finding(indicator.range, `Routing indicator ${indicator.text} is not in the routing tables${hint}.`));
			}
			return found;
		},
	},
];
