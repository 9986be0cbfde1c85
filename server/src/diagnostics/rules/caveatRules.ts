/**
 * Caveats and handling markings beyond NOFORN, checked against the classification: ORCON and
 * the ROGER channel control classified information only, so an unclassified cable or portion
 * cannot carry them. Which markings those are, and why NOFORN and REL TO are not, is
 * data/markings' CLASSIFIED_ONLY.
 */
import { decodeMarking } from '../../decode/classification';
import type { CableFacts } from '../../facts/cableFacts';
import { levelName } from '../../facts/levels';
import type { CableModel } from '../../model/types';
import type { Range } from 'vscode-languageserver-types';
import { finding, type Finding, relatedField, type Rule } from '../rule';

interface Statement {
	readonly range: Range;
	readonly caveat: string;
	readonly where: string;
}

/** The markings that need a classified cable, where the cable states them as the whole cable's. */
function cableStatements(model: CableModel, facts: CableFacts): Statement[] {
	const statements: Statement[] = [];
	const metadata = facts.metadataClassification;
	if (metadata)
		for (const caveat of metadata.caveats) statements.push({ range: metadata.field.range, caveat, where: 'the metadata Classification' });
	for (const banner of facts.banners) {
		for (const caveat of banner.classification.caveats)
			statements.push({ range: banner.classification.range, caveat, where: 'the banner' });
	}
	for (const block of model.bannerBlocks)
		for (const caveat of block.caveats) statements.push({ range: caveat.range, caveat: caveat.marking, where: 'a caveat line' });
	return statements.filter((statement) => decodeMarking(statement.caveat).classifiedOnly);
}

export const caveatRules: readonly Rule[] = [
	{
		code: 'cable.caveat.needs-classified',
		family: 'classification',
		severity: 'warning',
		description: 'An unclassified cable or portion carries a marking only classified information carries (ORCON, ROGER).',
		check: ({ model, facts }) => {
			const found: Finding[] = [];
			const overall = facts.overall;
			if (overall?.level === 'unclassified') {
				const seen = new Set<string>();
				for (const statement of cableStatements(model, facts)) {
					// A banner repeated on every page states it once.
					const key = `${statement.where} ${decodeMarking(statement.caveat).name}`;
					if (seen.has(key)) continue;
					seen.add(key);
					found.push(
						finding(
							statement.range,
							`${statement.caveat} is a marking for classified information, but ${overall.where} says ${levelName(overall.level)}: expected a classification, or no ${statement.caveat}.`,
							statement.range === overall.field.range ? [] : [relatedField(overall.field, `${overall.where}: ${levelName(overall.level)}`)],
						),
					);
				}
			}
			const marks = facts.portionMarks.filter(
				(mark) => mark.level === 'unclassified' && mark.caveats.some((caveat) => decodeMarking(caveat).classifiedOnly),
			);
			const [first] = marks;
			if (first) {
				// One finding for the cable, on the first such mark, as for NOFORN.
				const more = marks.length > 1 ? ` (and ${marks.length - 1} more portion marks)` : '';
				const caveat = first.caveats.find((written) => decodeMarking(written).classifiedOnly)!;
				found.push(
					finding(
						first.range,
						`Portion mark (${first.marking})${more} is unclassified, yet carries ${caveat}, a marking for classified information only.`,
					),
				);
			}
			return found;
		},
	},
];
