/**
 * Every diagnostic rule, by family, with its stable code and default severity. The order is
 * the order of the families in issue #5: malformed fields, classification, identity, time,
 * precedence, sections and paragraphs.
 */
import type { ReferenceTables } from '../data/referenceTables';
import type { CableModel } from '../model/types';
import { bannerRules } from './banner';
import { cableIdRules } from './cableId';
import { captionRules } from './caption';
import { classificationRules } from './classification';
import { deLineRules } from './deLine';
import { dtgRules } from './dtg';
import { eoLineRules } from './eoLine';
import { cableFacts } from './facts';
import { identityRules } from './identity';
import { paragraphRules } from './paragraphs';
import { precedenceRules } from './precedence';
import { routingRules } from './routing';
import type { Finding, Rule } from './rule';
import { sectionRules } from './sections';
import { securityLineRules } from './securityLine';
import { timeRules } from './time';

export const RULES: readonly Rule[] = [
	...dtgRules,
	...deLineRules,
	...securityLineRules,
	...eoLineRules,
	...bannerRules,
	...captionRules,
	...routingRules,
	...cableIdRules,
	...classificationRules,
	...identityRules,
	...timeRules,
	...precedenceRules,
	...sectionRules,
	...paragraphRules,
];

export interface RuleFinding {
	readonly rule: Rule;
	readonly finding: Finding;
}

/** Runs `rules` over one model. */
export function runRules(model: CableModel, tables: ReferenceTables, rules: readonly Rule[] = RULES): RuleFinding[] {
	const context = { model, tables, facts: cableFacts(model) };
	const found: RuleFinding[] = [];
	for (const rule of rules) for (const finding of rule.check(context)) found.push({ rule, finding });
	return found;
}
