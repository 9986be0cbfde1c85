/**
 * Where a completion request stands: the line as typed up to the cursor, the line before it,
 * which part of the cable the line belongs to, and the edit ranges the contexts replace. The
 * cable model says which part of the cable a line is in; the typed line says what is being
 * written, since a half-written field is exactly what the parser cannot read yet.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { ReferenceTables } from '../../data/referenceTables';
import { type CableFacts, cableFacts } from '../../facts/cableFacts';
import type { CableModel } from '../../model/types';

/** The header (routing lines), the banner and caption, or the numbered paragraphs. */
export type Region = 'header' | 'caption' | 'body';

export interface CompletionCursor {
	readonly model: CableModel;
	readonly facts: CableFacts;
	readonly tables: ReferenceTables;
	/** The request's position, moved inside the document when the client sent one past a line's end. */
	readonly position: Position;
	/** The whole line, and the part before the cursor. */
	readonly line: string;
	readonly before: string;
	/** The line above, '' on the first line. */
	readonly previous: string;
	readonly region: Region;
	/** The time a DTG for now and a DECL date are counted from. */
	readonly now: Date;
}

export function completionCursor(
	model: CableModel,
	text: string,
	position: Position,
	tables: ReferenceTables,
	now: Date,
): CompletionCursor {
	const lineNumber = Math.max(0, Math.min(position.line, model.lineCount - 1));
	const [previous, line] = linesAt(text, lineNumber);
	const character = Math.max(0, Math.min(position.character, line.length));
	return {
		model,
		facts: cableFacts(model),
		tables,
		position: { line: lineNumber, character },
		line,
		before: line.slice(0, character),
		previous,
		region: regionOf(model, lineNumber),
		now,
	};
}

/** The line before `line` and `line` itself; one scan of the text, which a cable's size keeps well under a millisecond. */
function linesAt(text: string, line: number): [string, string] {
	let start = 0;
	let previousStart = 0;
	for (let current = 0; current < line; current++) {
		const end = lineEnd(text, start);
		if (end >= text.length) break;
		previousStart = start;
		start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
	}
	const previous = line === 0 ? '' : text.slice(previousStart, lineEnd(text, previousStart));
	return [previous, text.slice(start, lineEnd(text, start))];
}

function lineEnd(text: string, from: number): number {
	for (let at = from; at < text.length; at++) {
		const code = text.charCodeAt(at);
		if (code === 0x0a || code === 0x0d) return at;
	}
	return text.length;
}

function regionOf(model: CableModel, line: number): Region {
	const headers = model.header ? [model.header, ...model.repeatedHeaders] : [];
	if (headers.some((header) => header.range.start.line <= line && line <= header.range.end.line)) return 'header';
	const firstParagraph = model.body?.paragraphs[0]?.range.start.line;
	if (firstParagraph !== undefined && line >= firstParagraph) return 'body';
	// Past the cable's caption and a blank line, before any numbered paragraph: where paragraph 1
	// is written. The line right under the caption still belongs to it: the next caption line.
	const captionEnd = model.bannerBlocks[0]?.caption?.range.end.line;
	return captionEnd !== undefined && line > captionEnd + 1 ? 'body' : 'caption';
}

/** From `start` (a column on the cursor's line) to the cursor. */
export function rangeFrom(cursor: CompletionCursor, start: number): Range {
	return { start: { line: cursor.position.line, character: start }, end: cursor.position };
}

/** Where the word being typed starts: after the last space (or other `separators`) before the cursor. */
export function wordStart(cursor: CompletionCursor, separators = /[\s]/): number {
	let start = cursor.before.length;
	while (start > 0 && !separators.test(cursor.before[start - 1]!)) start--;
	return start;
}

/** Whether `text` follows the cursor, ignoring spaces: a closing `)` already typed is not typed again. */
export function followedBy(cursor: CompletionCursor, text: string): boolean {
	return cursor.line.slice(cursor.before.length).trimStart().startsWith(text);
}

/** Snippet syntax characters in table text (a user dictionary can hold anything) written as themselves. */
export function snippetText(text: string): string {
	return text.replace(/[$}\\]/g, '\\$&');
}

/** Sort keys that keep a rank's order as text: `0007` before `0012`. */
export function rankKey(group: number, rank: number): string {
	return `${group}${String(rank).padStart(5, '0')}`;
}
