/**
 * The banner and caption, written at the start of a line above the paragraphs: the
 * classification banner words and caveats, `E.O. nnnnn: DECL:` with the order in force and a
 * date placeholder, `TAGS: `, `SUBJECT: `, `REF: A. ` and `Classified By: ... Reasons 1.4 (b)
 * and (d)`; inside the parentheses of a Classified By line, the reason letters with their meanings.
 */
import { type CompletionItem, CompletionItemKind, InsertTextFormat } from 'vscode-languageserver-types';
import { REASONS } from '../../data/declassificationTable';
import { LEVELS, MARKINGS } from '../../data/markings';
import type { Caption, ClassificationLevel } from '../../model/types';
import { type CompletionCursor, followedBy, rangeFrom, rankKey, wordStart } from './cursor';
import { cableDate, declDate, orderInForce } from './dates';
import type { Answer } from './answer';

/** Markings that are never a caveat line of their own: `ONLY` is the end of EYES ONLY, SBU and FOUO are portion-mark forms. */
const NOT_CAVEAT_LINES = new Set(['ONLY', 'SBU', 'FOUO', 'REL TO', 'FGI']);
/** Reason (h) was added by the 2003 amendment (E.O. 13292). */
const REASON_H_FROM = '2003-03-25';

// Patterns below see the text before the cursor on one line.
const LINE_START = /^\s*[A-Za-z.]*$/;
const CLASSIFIED_BY = /^\s*CLASSIFIED\s+BY\b/i;
const BANNER_WORD = /^\s*(?:UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|TOP SECRET|C O N F I D E N T I A L|S E C R E T)\b/;

export function captionCompletions(cursor: CompletionCursor): Answer | undefined {
	if (cursor.region !== 'caption') return undefined;
	const letter = reasonLetterTyped(cursor);
	if (letter !== undefined) return { items: reasonItems(cursor, letter.length), isIncomplete: false };
	const banner = BANNER_WORD.exec(cursor.before);
	const word = wordStart(cursor);
	if (banner && word > banner[0].length && /^[A-Z]*$/.test(cursor.before.slice(word)))
		return { items: caveatItems(cursor, word, 0), isIncomplete: false };
	if (!LINE_START.test(cursor.before)) return undefined;
	const start = cursor.before.length - cursor.before.trimStart().length;
	// The block the line is in or follows: the caption being written ends above the cursor.
	const caption = cursor.model.bannerBlocks.filter((block) => block.range.start.line <= cursor.position.line).pop()?.caption;
	const hasBanner = cursor.facts.banners.length > 0;
	return {
		items: [
			...bannerItems(cursor, start, hasBanner ? 3 : 0),
			...captionLineItems(cursor, start, caption),
			...caveatItems(cursor, start, 2),
		],
		isIncomplete: false,
	};
}

const LEVEL_ORDER: readonly ClassificationLevel[] = ['unclassified', 'confidential', 'secret', 'topSecret'];

function bannerItems(cursor: CompletionCursor, start: number, group: number): CompletionItem[] {
	const spaced = cursor.facts.banners[0]?.letterSpaced === true;
	return LEVEL_ORDER.map((level, rank): CompletionItem => {
		const name = LEVELS[level].name;
		const written = spaced && level !== 'unclassified' ? [...name].filter((letter) => letter !== ' ').join(' ') : name;
		return {
			label: written,
			kind: CompletionItemKind.Keyword,
			detail: `banner: ${LEVELS[level].definition.meaning}`,
			sortText: rankKey(group, rank),
			textEdit: { range: rangeFrom(cursor, start), newText: written },
		};
	});
}

interface CaptionLine {
	readonly label: string;
	readonly snippet: string;
	readonly detail: string;
	readonly present: (caption: Caption | undefined) => boolean;
}

function captionLines(cursor: CompletionCursor): CaptionLine[] {
	const { date, what } = cableDate(cursor);
	const order = orderInForce(date);
	const decl = declDate(date);
	const section = order.reasonSection;
	const lines: CaptionLine[] = [
		{
			label: `E.O. ${order.written}: DECL: ${decl}`,
			snippet: `E.O. ${order.written}: DECL: \${1:${decl}}`,
			detail: `${order.description}, in force at ${what}; declassify ten years on`,
			present: (caption) => caption?.eo !== undefined,
		},
		{
			label: 'TAGS: ',
			snippet: 'TAGS: $0',
			detail: 'the subject, program, country and organization codes',
			present: (caption) => caption?.tags !== undefined,
		},
		{ label: 'SUBJECT: ', snippet: 'SUBJECT: $0', detail: 'the subject line', present: (caption) => caption?.subject !== undefined },
		{
			label: 'REF: A. ',
			snippet: 'REF: A. $0',
			detail: 'the cables and documents referred to, lettered',
			present: (caption) => caption?.refs !== undefined,
		},
	];
	if (cursor.facts.overall?.level !== 'unclassified') {
		const reasons = section ? `Reasons ${section} (\${3:b}) and (\${4:d})` : 'Reason: ${3:reason}';
		lines.push({
			label: `Classified By: ... ${section ? `Reasons ${section} (b) and (d)` : 'Reason: ...'}`,
			snippet: `Classified By: \${1:NAME}, \${2:TITLE}. ${reasons}`,
			detail: section
				? `who classified the cable and why (reasons of section ${section} of E.O. ${order.written})`
				: 'who classified the cable and why',
			present: (caption) => caption?.classifiedBy !== undefined,
		});
	}
	return lines;
}

/** The lines this caption lacks first, in the order cables write them; the others after them. */
function captionLineItems(cursor: CompletionCursor, start: number, caption: Caption | undefined): CompletionItem[] {
	return captionLines(cursor).map((line, rank): CompletionItem => ({
		label: line.label,
		kind: CompletionItemKind.Snippet,
		detail: line.detail,
		sortText: rankKey(line.present(caption) ? 4 : 1, rank),
		textEdit: { range: rangeFrom(cursor, start), newText: line.snippet },
		insertTextFormat: InsertTextFormat.Snippet,
	}));
}

function caveatItems(cursor: CompletionCursor, start: number, group: number): CompletionItem[] {
	return [...MARKINGS]
		.filter(([name]) => !NOT_CAVEAT_LINES.has(name))
		.map(([name, definition], rank): CompletionItem => ({
			label: name,
			kind: CompletionItemKind.EnumMember,
			detail: definition.meaning,
			sortText: rankKey(group, rank),
			textEdit: { range: rangeFrom(cursor, start), newText: name },
		}));
}

/** Inside `(` on a Classified By statement (its first line or a wrapped one): the letter typed so far. */
function reasonLetterTyped(cursor: CompletionCursor): string | undefined {
	const line = cursor.position.line;
	const statement =
		CLASSIFIED_BY.test(cursor.line) ||
		CLASSIFIED_BY.test(cursor.previous) ||
		cursor.facts.classifiedBy.some((classifiedBy) => classifiedBy.range.start.line <= line && line <= classifiedBy.range.end.line);
	const open = cursor.before.lastIndexOf('(');
	if (!statement || open < 0) return undefined;
	const typed = cursor.before.slice(open + 1).trimStart();
	return /^[A-Ha-h]?$/.test(typed) ? typed : undefined;
}

/** The reason letters in force at the cable's date, with their meanings. */
function reasonItems(cursor: CompletionCursor, typed: number): CompletionItem[] {
	const day = cableDate(cursor).date.toISOString().slice(0, 10);
	const close = followedBy(cursor, ')') ? '' : ')';
	return [...REASONS]
		.filter(([letter]) => letter !== 'h' || day >= REASON_H_FROM)
		.map(([letter, definition], rank): CompletionItem => ({
			label: letter,
			kind: CompletionItemKind.EnumMember,
			detail: definition.meaning,
			sortText: rankKey(0, rank),
			textEdit: { range: rangeFrom(cursor, cursor.before.length - typed), newText: `${letter}${close}` },
		}));
}
