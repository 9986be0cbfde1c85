/**
 * Caption fields: the TAGS line (present, made of known codes, with a subject tag), the
 * SUBJECT line and REF items that can be read as references.
 */
import type { TagTable } from '../../data/tagTable';
import { decodeTag } from '../../decode/tags';
import type { RefBlock, RefItem, Tag } from '../../model/types';
import { finding, type Finding, relatedField, type Rule } from '../rule';

/** Every cable must carry at least one subject TAG (5 FAH-1 H-210); program (K-) tags are subject tags too. */
const SUBJECT_KINDS = new Set(['subject', 'program']);

function unknownTag(tag: Tag, tags: TagTable): Finding | undefined {
	if (tags.get(tag.code)) return undefined;
	const nearest = decodeTag(tag.code, undefined, tags).nearest;
	if (!nearest) return finding(tag.range, `Unknown TAGS code ${tag.text}: not in the TAGS tables, and no known code is close to it.`);
	const meaning = nearest.entries[0]?.meaning;
	const fix = { title: `Replace ${tag.text} with ${nearest.code}`, edits: [{ range: tag.range, newText: nearest.code }], preferred: false };
	return finding(
		tag.range,
		`Unknown TAGS code ${tag.text}: not in the TAGS tables; the nearest known code is ${nearest.code}${meaning ? ` (${meaning})` : ''}.`,
		[],
		fix,
	);
}

/** `text` without the `.,;:` that end it (a loop: `/[.,;:]+$/` would scan every run of them to its end). */
function withoutTrailingPunctuation(text: string): string {
	let end = text.length;
	while (end > 0 && TRAILING_PUNCTUATION.includes(text[end - 1]!)) end--;
	return text.slice(0, end);
}
const TRAILING_PUNCTUATION = '.,;:';

/** A reference cut short: only a serial (`1670`, `(C) 04`) or only a post (`B) REYKJAVIK`). */
function cutShort(item: RefItem): boolean {
	const text = withoutTrailingPunctuation(item.text).trim();
	return /^[\d\s-]+$/.test(text) || /^[A-Z]+(?: [A-Z]+){0,2}$/.test(text);
}

function unreadableRefs(refs: RefBlock): Finding[] {
	if (refs.items.length === 0)
		return [finding(refs.keyword.range, `${refs.keyword.text} names no reference: expected items such as \`A. TOKYO 123\`.`)];
	return refs.items.flatMap((item) => {
		if (item.cable) return [];
		if (item.text === '')
			return [
				finding(item.range, `REF item ${item.label?.text ?? ''} is empty: expected a reference such as \`STATE 4567\` after the label.`),
			];
		if (cutShort(item))
			return [finding(item.range, `REF item "${item.text}" cannot be read: expected a post and a serial, such as \`TOKYO 123\`.`)];
		return [];
	});
}

export const captionRules: readonly Rule[] = [
	{
		code: 'cable.tags.empty',
		family: 'malformed',
		severity: 'error',
		description: 'A TAGS line carries no code.',
		check: ({ facts }) =>
			facts.tagsLines.flatMap((line) =>
				line.tags.length
					? []
					: [
							finding(
								line.keyword.range,
								'The TAGS line is empty: expected at least one subject TAG and the country codes, as in `TAGS: PREL PARM JA`.',
							),
						],
			),
	},
	{
		code: 'cable.tags.unknown',
		family: 'malformed',
		severity: 'information',
		description: 'A TAGS code is in none of the TAGS tables (quick fix: the nearest known code).',
		check: ({ facts, tables }) => {
			// A loop, not flatMaps: the few unknown codes among thousands of known ones need no array each.
			const found: Finding[] = [];
			for (const line of facts.tagsLines) {
				for (const tag of line.tags) {
					const unknown = unknownTag(tag, tables.tags);
					if (unknown) found.push(unknown);
				}
			}
			return found;
		},
	},
	{
		code: 'cable.tags.no-subject',
		family: 'malformed',
		severity: 'warning',
		description: 'A TAGS line has no subject (or program) TAG; every cable must carry one.',
		check: ({ facts, tables }) =>
			facts.tagsLines.flatMap((line) => {
				if (line.tags.length === 0) return [];
				const subject = line.tags.some((tag) => tables.tags.get(tag.code)?.some((entry) => SUBJECT_KINDS.has(entry.kind)));
				return subject
					? []
					: [
							finding(
								line.keyword.range,
								`The TAGS line has no subject TAG: expected one such as PREL, PGOV or ECON before the country codes.`,
							),
						];
			}),
	},
	{
		code: 'cable.subject.missing',
		family: 'malformed',
		severity: 'warning',
		description: 'The caption (E.O. line, TAGS) has no SUBJECT line.',
		check: ({ facts }) => {
			const first = facts.captions[0];
			if (!first || facts.captions.some((caption) => caption.subject)) return [];
			const anchor = first.tags?.keyword ?? first.eo?.keyword;
			if (!anchor) return [];
			// Some renderings moved the SUBJECT line into the publisher's page title.
			const title = facts.metadata('title');
			const related = title ? [relatedField(title, "the publisher's title, taken from the SUBJECT line")] : [];
			return [finding(anchor.range, 'The caption has no SUBJECT line: expected `SUBJECT:` and the title after the TAGS line.', related)];
		},
	},
	{
		code: 'cable.ref.unreadable',
		family: 'malformed',
		severity: 'information',
		description: 'A REF line or item is empty, or names only a serial or only a post.',
		check: ({ facts }) => facts.captions.flatMap((caption) => (caption.refs ? unreadableRefs(caption.refs) : [])),
	},
];
