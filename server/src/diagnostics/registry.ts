/**
 * Every diagnostic rule, by family, with its stable code and default severity. The order is
 * the order of the families in issue #5: malformed fields, classification, identity, time,
 * precedence, sections and paragraphs; last, the rules that compare a cable with the workspace's.
 */
import type { ReferenceTables } from '../data/referenceTables';
import type { CableModel } from '../model/types';
import { bannerRules } from './rules/bannerRules';
import { cableIdRules } from './rules/cableIdRules';
import { captionRules } from './rules/captionRules';
import { caveatRules } from './rules/caveatRules';
import { classificationRules } from './rules/classificationRules';
import { collectionRules } from './rules/collectionRules';
import { deLineRules } from './rules/deLineRules';
import { dtgRules } from './rules/dtgRules';
import { eoInForceRules, eoLineRules } from './rules/eoLineRules';
import { cableFacts } from '../facts/cableFacts';
import { identityRules } from './rules/identityRules';
import { paragraphRules } from './rules/paragraphRules';
import { precedenceRules } from './rules/precedenceRules';
import { routingRules } from './rules/routingRules';
import type { Finding, Rule, WorkspaceContext } from './rule';
import { sectionRules } from './rules/sectionRules';
import { securityLineRules } from './rules/securityLineRules';
import { timeRules } from './rules/timeRules';

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
	...caveatRules,
	...identityRules,
	...timeRules,
	...eoInForceRules,
	...precedenceRules,
	...sectionRules,
	...paragraphRules,
	...collectionRules,
];

export interface RuleFinding {
	readonly rule: Rule;
	readonly finding: Finding;
}

/** Runs `rules` over one model; `workspace` lets the rules that compare cables run. */
export function runRules(
	model: CableModel,
	tables: ReferenceTables,
	rules: readonly Rule[] = RULES,
	workspace?: WorkspaceContext,
): RuleFinding[] {
	const context = { model, tables, facts: cableFacts(model), workspace };
	const found: RuleFinding[] = [];
	for (const rule of rules) for (const finding of rule.check(context)) found.push({ rule, finding });
	return found;
}
