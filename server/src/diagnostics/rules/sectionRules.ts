/**
 * Sections and pages: every banner's `SECTION NN OF MM` and every continuation-page marker
 * (`TOKYO 00000374 002 OF 003`) count the same total, in order, and the DE line's `/NN` is
 * the banner's section. Page markers of another cable pasted into the text are left to the
 * serial check.
 */
import type { Field } from '../../model/types';
import type { CableFacts } from '../../facts/cableFacts';
import { finding, type Finding, relatedField, type Rule } from '../rule';

const number = (field: Field) => Number(field.text);

function totalMismatches(facts: CableFacts): Finding[] {
	const banners = facts.sectionedBanners;
	const markers = facts.ownPageMarkers;
	if (markers.length > 0 && new Set(markers.map((marker) => number(marker.total!))).size === 1) {
		const total = markers[0]!.total!;
		const pages = number(total);
		return banners.flatMap((banner) => {
			const own = banner.sectionOf!.total;
			if (number(own) === pages) return [];
			const newText = String(pages).padStart(own.text.length, '0');
			return [
				finding(
					own.range,
					`SECTION ${banner.sectionOf!.number.text} OF ${own.text}: the page markers count ${pages} sections (${total.text}).`,
					[relatedField(total, `the page marker: page ${markers[0]!.page.text} of ${total.text}`)],
					{
						title: `Correct the section total to ${newText} (from the page markers)`,
						edits: [{ range: own.range, newText }],
						preferred: true,
					},
				),
			];
		});
	}
	const totals = [...banners.map((banner) => banner.sectionOf!.total), ...markers.map((marker) => marker.total!)];
	const [reference, ...others] = totals;
	return others.flatMap((total) =>
		number(total) === number(reference!)
			? []
			: [
					finding(
						total.range,
						`This section total ${total.text} differs from the first one (${reference!.text}): every banner and page marker counts the same sections.`,
						[relatedField(reference!, `the first total: ${reference!.text}`)],
					),
				],
	);
}

export const sectionRules: readonly Rule[] = [
	{
		code: 'cable.section.total-mismatch',
		family: 'structure',
		severity: 'error',
		description: 'Banners and continuation-page markers count different totals (quick fix: the total from the page markers).',
		check: ({ facts }) => totalMismatches(facts),
	},
	{
		code: 'cable.section.de-mismatch',
		family: 'structure',
		severity: 'error',
		description: "The DE line's section (`/01`) is not the banner's `SECTION NN`.",
		check: ({ model, facts }) => {
			const de = model.header?.de;
			const sectionOf = facts.sectionedBanners[0]?.sectionOf;
			if (!de?.sectionField || de.section === undefined || !sectionOf || de.section === number(sectionOf.number)) return [];
			return [
				finding(
					de.sectionField.range,
					`The DE line sends section ${de.section}, but the banner says SECTION ${sectionOf.number.text}: expected /${sectionOf.number.text}.`,
					[relatedField(sectionOf.number, `the banner: SECTION ${sectionOf.number.text} OF ${sectionOf.total.text}`)],
				),
			];
		},
	},
	{
		code: 'cable.section.order',
		family: 'structure',
		severity: 'warning',
		description: 'A banner comes with a lower section number than the one before it.',
		check: ({ facts }) => {
			const banners = facts.sectionedBanners;
			return banners.slice(1).flatMap((banner, index) => {
				const previous = banners[index]!.sectionOf!.number;
				const own = banner.sectionOf!.number;
				return number(own) >= number(previous)
					? []
					: [
							finding(own.range, `SECTION ${own.text} comes after SECTION ${previous.text}: sections follow in order.`, [
								relatedField(previous, `the banner before: SECTION ${previous.text}`),
							]),
						];
			});
		},
	},
	{
		code: 'cable.page.invalid',
		family: 'structure',
		severity: 'error',
		description: 'A continuation-page marker gives page 0 or a page above its total.',
		check: ({ facts }) =>
			facts.ownPageMarkers.flatMap((marker) => {
				const page = number(marker.page);
				const total = number(marker.total!);
				if (page >= 1 && page <= total) return [];
				return [
					finding(
						marker.page.range,
						`Page ${marker.page.text} OF ${marker.total!.text} does not exist: expected a page from 002 to ${marker.total!.text}.`,
					),
				];
			}),
	},
	{
		code: 'cable.page.order',
		family: 'structure',
		severity: 'warning',
		description: 'Continuation-page markers repeat a page or go backwards.',
		check: ({ facts }) => {
			const markers = facts.ownPageMarkers;
			return markers.slice(1).flatMap((marker, index) => {
				const previous = markers[index]!;
				if (number(marker.page) > number(previous.page)) return [];
				return [
					finding(marker.page.range, `Page ${marker.page.text} follows page ${previous.page.text}: continuation pages rise in order.`, [
						relatedField(previous.page, `the page marker before: page ${previous.page.text}`),
					]),
				];
			});
		},
	},
];
