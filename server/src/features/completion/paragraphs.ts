/**
 * Paragraphs: on the first line after a blank one in the body, the next paragraph number with a
 * portion mark no higher than the cable's classification (`5. (C) `); inside the `(` of a
 * paragraph's start, the portion marks allowed.
 */
import { type CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import { LEVELS } from '../../data/markings';
import { levelRank } from '../../facts/levels';
import type { ClassificationLevel, Paragraph } from '../../model/types';
import { type CompletionCursor, followedBy, rangeFrom, rankKey } from './cursor';
import type { Answer } from './answer';

interface Mark {
	readonly marking: string;
	readonly level: ClassificationLevel;
	readonly meaning: string;
}

const MARKS: readonly Mark[] = [
	{ marking: 'TS', level: 'topSecret', meaning: 'TOP SECRET' },
	{ marking: 'S', level: 'secret', meaning: 'SECRET' },
	{ marking: 'C', level: 'confidential', meaning: 'CONFIDENTIAL' },
	{ marking: 'SBU', level: 'unclassified', meaning: 'Sensitive But Unclassified' },
	{ marking: 'U', level: 'unclassified', meaning: 'UNCLASSIFIED' },
];

// Patterns below see the text before the cursor on one line.
const NUMBER_TYPED = /^\s*\d{0,3}$/;
const MARK_TYPED = /^\s*¶?\d{1,3}[.)]\s*\(([A-Za-z]*)$/;

export function paragraphCompletions(cursor: CompletionCursor): Answer | undefined {
	if (cursor.region !== 'body') return undefined;
	const mark = MARK_TYPED.exec(cursor.before);
	if (mark) return { items: markItems(cursor, mark[1]!.length), isIncomplete: false };
	if (!NUMBER_TYPED.test(cursor.before) || cursor.previous.trim() !== '') return undefined;
	return { items: paragraphStartItems(cursor), isIncomplete: false };
}

/** The marks a paragraph of this cable may carry: the last paragraph's first, then from the cable's level down. */
function allowedMarks(cursor: CompletionCursor): Mark[] {
	const level = cursor.facts.overall?.level ?? highestPortion(cursor);
	// With no classification stated anywhere, every mark, the lowest first: a mark too high is the costlier slip.
	const allowed = level === undefined ? [...MARKS].reverse() : MARKS.filter((mark) => levelRank(mark.level) <= levelRank(level));
	const last = previousParagraph(cursor)?.portion?.marking.toUpperCase();
	const own = allowed.find((mark) => mark.marking === last);
	return own ? [own, ...allowed.filter((mark) => mark !== own)] : allowed;
}

/** A cable whose banner the parser cannot read yet (a bare `SECRET` line) is at least as high as its portion marks. */
function highestPortion(cursor: CompletionCursor): ClassificationLevel | undefined {
	let highest: ClassificationLevel | undefined;
	for (const mark of cursor.facts.portionMarks)
		if (highest === undefined || levelRank(mark.level) > levelRank(highest)) highest = mark.level;
	return highest;
}

/** The last paragraph of the cable's numbering above the cursor. */
function previousParagraph(cursor: CompletionCursor): Paragraph | undefined {
	const line = cursor.position.line;
	const main = cursor.facts.numbering.main;
	let found: Paragraph | undefined;
	for (const paragraph of main) {
		if (paragraph.range.start.line >= line) break;
		found = paragraph;
	}
	return found;
}

function paragraphStartItems(cursor: CompletionCursor): CompletionItem[] {
	const number = (previousParagraph(cursor)?.number ?? 0) + 1;
	const start = cursor.before.length - cursor.before.trimStart().length;
	return allowedMarks(cursor).map((mark, rank): CompletionItem => {
		const text = `${number}. (${mark.marking}) `;
		return {
			label: text,
			kind: CompletionItemKind.Snippet,
			detail: `paragraph ${number}, ${mark.meaning}`,
			sortText: rankKey(0, rank),
			textEdit: { range: rangeFrom(cursor, start), newText: text },
		};
	});
}

function markItems(cursor: CompletionCursor, typed: number): CompletionItem[] {
	const close = followedBy(cursor, ')') ? '' : ') ';
	return allowedMarks(cursor).map((mark, rank): CompletionItem => ({
		label: mark.marking,
		kind: CompletionItemKind.EnumMember,
		detail: `portion mark: ${mark.meaning}${mark.level === 'unclassified' ? '' : ` (${LEVELS[mark.level].definition.meaning})`}`,
		sortText: rankKey(0, rank),
		textEdit: { range: rangeFrom(cursor, cursor.before.length - typed), newText: `${mark.marking}${close}` },
	}));
}
