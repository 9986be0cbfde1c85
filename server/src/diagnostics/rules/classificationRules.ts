/**
 * Classification agreement: the publisher's metadata, every banner and the security line
 * state one level; no portion mark is above it; NOFORN is stated alike everywhere;
 * classified cables say who classified them and why, unclassified ones use `E.O. ...: N/A`.
 */
import type { BannerBlock, Caveat, Classification } from '../../model/types';
import type { StatedLevel } from '../../facts/cableFacts';
import { levelName, levelRank } from '../../facts/levels';
import { finding, type Finding, relatedField, type Rule } from '../rule';

/** E.O. 13292 (25 March 2003, in force 22 September 2003) moved the reasons from section 1.5 to 1.4. */
const AMENDMENT_SIGNED = Date.UTC(2003, 2, 25);
const AMENDMENT_IN_FORCE = Date.UTC(2003, 8, 22);
/** The orders whose cables carry a `Classified By ... reasons` line. */
const ORDERS_WITH_REASONS = new Set(['12958', '13526']);

function disagreement(statement: StatedLevel | undefined, reference: StatedLevel): Finding[] {
	if (!statement || statement.level === reference.level) return [];
	return [
		finding(
			statement.field.range,
			`${capitalise(statement.where)} says ${levelName(statement.level)}, ${reference.where} ${levelName(reference.level)}: every statement of the cable's classification must agree.`,
			[relatedField(reference.field, `${reference.where}: ${levelName(reference.level)}`)],
		),
	];
}

const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);

const NOFORN = 'NOFORN';

/** Where the cable's own text (a banner or a caveat line) says NOFORN. */
function nofornInText(blocks: readonly BannerBlock[]): Caveat | Classification | undefined {
	for (const block of blocks) {
		const caveat = block.caveats.find((candidate) => candidate.marking === NOFORN);
		if (caveat) return caveat;
		if (block.banner?.classification.caveats.includes(NOFORN)) return block.banner.classification;
	}
	return undefined;
}

export const classificationRules: readonly Rule[] = [
	{
		code: 'cable.classification.mismatch',
		family: 'classification',
		severity: 'error',
		description: 'The metadata classification, the banners and the security-line letters state different levels.',
		check: ({ facts }) => {
			const reference = facts.overall;
			if (!reference) return [];
			const laterBanners = facts.banners
				.slice(1)
				.flatMap((banner) =>
					banner.classification.level
						? [{ level: banner.classification.level, caveats: [], field: banner.classification, where: 'this banner' }]
						: [],
				);
			return [facts.metadataClassification, facts.securityClassification, ...laterBanners]
				.filter((statement) => statement !== reference)
				.flatMap((statement) => disagreement(statement, reference));
		},
	},
	{
		code: 'cable.portion.above-overall',
		family: 'classification',
		severity: 'error',
		description: "A portion mark is above the cable's overall classification.",
		check: ({ facts }) => {
			const overall = facts.overall;
			if (!overall) return [];
			const found: Finding[] = [];
			for (const mark of facts.portionMarks) {
				if (levelRank(mark.level) <= levelRank(overall.level)) continue;
				found.push(
					finding(
						mark.range,
						`Portion mark (${mark.marking}) is ${levelName(mark.level)}, above the cable's ${levelName(overall.level)}: a portion cannot be classified higher than the cable.`,
						[relatedField(overall.field, `${overall.where}: ${levelName(overall.level)}`)],
					),
				);
			}
			return found;
		},
	},
	{
		code: 'cable.portion.missing',
		family: 'classification',
		severity: 'information',
		description: 'A numbered paragraph has no portion mark while others have (quick fix: insert a placeholder to complete).',
		check: ({ facts }) => {
			const { main } = facts.numbering;
			const marked = main.find((paragraph) => paragraph.portion);
			if (!marked) return [];
			return main.flatMap((paragraph) =>
				paragraph.portion
					? []
					: [
							finding(
								paragraph.marker.range,
								`Paragraph ${paragraph.number} has no portion mark, unlike paragraph ${marked.number} (${marked.portion!.marking}): expected (U), (SBU), (C) or (S) after the number.`,
								[relatedField(marked.portion!, `paragraph ${marked.number} is marked`)],
								{
									title: `Insert a portion mark placeholder (?) after paragraph number ${paragraph.number}`,
									edits: [{ range: { start: paragraph.marker.range.end, end: paragraph.marker.range.end }, newText: ' (?)' }],
									preferred: false,
								},
							),
						],
			);
		},
	},
	{
		code: 'cable.caveat.noforn-mismatch',
		family: 'classification',
		severity: 'warning',
		description: 'NOFORN is stated in the metadata, the caption or a portion mark but not in the others.',
		check: ({ model, facts }) => {
			const metadata = facts.metadataClassification;
			const metadataSays = metadata?.caveats.includes(NOFORN) ?? false;
			const text = nofornInText(model.bannerBlocks);
			const found: Finding[] = [];
			if (metadata && metadataSays && !text && facts.banners[0]) {
				found.push(
					finding(
						metadata.field.range,
						`The metadata Classification says NOFORN, but the banner and caveat lines do not: expected a NOFORN line after the banner.`,
						[relatedField(facts.banners[0], 'the banner')],
					),
				);
			}
			if (metadata && !metadataSays && text) {
				found.push(
					finding(text.range, `The cable says NOFORN, but the metadata Classification ${metadata.field.text} does not.`, [
						relatedField(metadata.field, 'the metadata Classification'),
					]),
				);
			}
			const marks = metadataSays || text ? [] : facts.portionMarks.filter((mark) => mark.caveats.includes(NOFORN));
			if (marks.length > 0) {
				// One finding for the cable, on the first such mark: the remedy is one caveat line.
				const [first] = marks;
				const more = marks.length > 1 ? ` (and ${marks.length - 1} more portion marks)` : '';
				const anchor = facts.banners[0] ?? metadata?.field;
				found.push(
					finding(
						first!.range,
						`Portion mark (${first!.marking})${more} says NOFORN, but the cable carries no NOFORN caveat: expected NOFORN after the banner.`,
						anchor ? [relatedField(anchor, 'the banner')] : [],
					),
				);
			}
			return found;
		},
	},
	{
		code: 'cable.classifiedBy.missing',
		family: 'classification',
		severity: 'information',
		description: 'A classified cable under E.O. 12958 or 13526 has no `Classified By` line.',
		check: ({ facts }) => {
			const overall = facts.overall;
			const eo = facts.eoLines[0];
			if (!overall || overall.level === 'unclassified' || !eo?.order || !ORDERS_WITH_REASONS.has(eo.order.text)) return [];
			if (facts.classifiedBy.length > 0) return [];
			return [
				finding(
					eo.keyword.range,
					`This ${levelName(overall.level)} cable has no Classified By line: expected \`Classified By: <name, title>, reasons 1.4 (b) and (d)\` after the caption.`,
					[relatedField(overall.field, `${overall.where}: ${levelName(overall.level)}`)],
				),
			];
		},
	},
	{
		code: 'cable.classifiedBy.reasons',
		family: 'classification',
		severity: 'information',
		description: 'A `Classified By` line gives no reason, or cites section 1.5 after the 2003 amendment (1.4 before it).',
		check: ({ facts }) => {
			const date = facts.date?.getTime();
			return facts.classifiedBy.flatMap((classifiedBy) => {
				if (!classifiedBy.section || classifiedBy.reasons.length === 0) {
					return [
						finding(
							classifiedBy.keyword.range,
							'The Classified By line gives no reason: expected `reasons 1.4 (b) and (d)` (letters a-h of E.O. 12958 section 1.4).',
						),
					];
				}
				const section = classifiedBy.section;
				if (date === undefined) return [];
				if (section.text === '1.5' && date >= AMENDMENT_IN_FORCE) {
					return [
						finding(
							section.range,
							'Section 1.5 is the 1995 numbering: since the 2003 amendment (E.O. 13292) the reasons are in section 1.4.',
						),
					];
				}
				if (section.text === '1.4' && date < AMENDMENT_SIGNED) {
					return [
						finding(
							section.range,
							'Section 1.4 is the numbering of the 2003 amendment: cables before it cite the reasons of E.O. 12958 section 1.5.',
						),
					];
				}
				return [];
			});
		},
	},
	{
		code: 'cable.eo.declassification-mismatch',
		family: 'classification',
		severity: 'warning',
		description:
			'A classified cable says `N/A` on its E.O. line, or an unclassified one gives a declassification date or a Classified By line.',
		check: ({ facts }) => {
			const overall = facts.overall;
			if (!overall) return [];
			const level = levelName(overall.level);
			const related = [relatedField(overall.field, `${overall.where}: ${level}`)];
			return facts.captions.flatMap((caption): Finding[] => {
				const eo = caption.eo;
				if (overall.level !== 'unclassified') {
					const action = eo?.action;
					return action && action.text.toUpperCase() === 'N/A'
						? [
								finding(
									action.range,
									`This ${level} cable says N/A on its E.O. line: expected a declassification instruction (DECL: MM/DD/YYYY).`,
									related,
								),
							]
						: [];
				}
				const found: Finding[] = [];
				if (eo?.declKind === 'date' && eo.decl)
					found.push(finding(eo.decl.range, 'An unclassified cable has nothing to declassify: expected `E.O. 12958: N/A`.', related));
				if (caption.classifiedBy)
					found.push(
						finding(caption.classifiedBy.keyword.range, 'An unclassified cable carries a Classified By line: expected none.', related),
					);
				return found;
			});
		},
	},
];
