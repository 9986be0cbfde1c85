/**
 * Banner lines: `C O N F I D E N T I A L SECTION 01 OF 03 TOKYO 000374` is the classification,
 * the section of a multi-section cable and the cable reference (post and serial).
 */
import { finding, relatedField, type Rule } from '../rule';

const EXAMPLE = '`C O N F I D E N T I A L SECTION 01 OF 03 TOKYO 000374`';

export const bannerRules: readonly Rule[] = [
	{
		code: 'cable.banner.malformed',
		family: 'malformed',
		severity: 'warning',
		description: 'A banner lacks the cable reference (post and serial) after its classification.',
		check: ({ facts }) =>
			facts.banners.flatMap((banner) =>
				banner.post && banner.serial
					? []
					: [
							finding(
								banner.range,
								`The banner does not name the cable: expected the post and serial after the classification, as in ${EXAMPLE}.`,
							),
						],
			),
	},
	{
		code: 'cable.section.number-invalid',
		family: 'malformed',
		severity: 'error',
		description: '`SECTION NN OF MM` with NN = 0, MM = 0 or NN greater than MM.',
		check: ({ facts }) =>
			facts.banners.flatMap((banner) => {
				const sectionOf = banner.sectionOf;
				if (!sectionOf) return [];
				const number = Number(sectionOf.number.text);
				const total = Number(sectionOf.total.text);
				if (total === 0)
					return [
						finding(
							sectionOf.total.range,
							`SECTION ${sectionOf.number.text} OF ${sectionOf.total.text}: a cable has at least one section.`,
						),
					];
				if (number === 0) return [finding(sectionOf.number.range, `SECTION ${sectionOf.number.text}: sections are numbered from 01.`)];
				if (number <= total) return [];
				return [
					finding(
						sectionOf.number.range,
						`SECTION ${sectionOf.number.text} OF ${sectionOf.total.text}: the section number is above the total (expected ${String(1).padStart(sectionOf.number.text.length, '0')}-${sectionOf.total.text}).`,
						[relatedField(sectionOf.total, `the total: ${sectionOf.total.text} sections`)],
					),
				];
			}),
	},
];
