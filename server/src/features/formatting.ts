/**
 * Rewrap (issue 17): range formatting refills the numbered paragraphs the range touches to
 * `cable.format.lineWidth` columns (cables were sent at 69), and changes nothing else.
 *
 * - Only prose is refilled: a paragraph's lines are cut into runs at blank lines and at every
 *   line that is not running text (an indented or tabulated line, a list item, a page marker, a
 *   repeated banner, a heading, a signature), and at hard breaks: after a colon, or between
 *   two short lines (a list of names or addresses). Each run is refilled on its own.
 * - Words are never changed, split or reordered: the spaces between two words of one line are
 *   kept as written (two after a full stop stay two); a line break becomes one space. A word
 *   longer than the width gets a line of its own.
 * - The paragraph number and its portion mark (`3. (C)`) stay together on the first line.
 * One edit per run that changes, covering only that run's lines.
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { lineStarts, splitLines } from '../model/lines';
import type { CableModel, Field, Paragraph } from '../model/types';

/**
 * A list item or an enumeration: `-`, `--`, `*`, `o `, `A.`, `(A)`, `1)`, `(1)`, `a)`, `ii.`; one
 * letter only, so that a line starting `Mr. Smith` or `Dr. Krasner` still runs on.
 */
const LIST_ITEM = /^(?:[-*•]|o\s|\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{2,4})[.)](?:\s|$)|\((?:\d{1,3}|[A-Za-z]|[ivxIVX]{2,4})\))/;
/** Columns: three spaces in a row past a line's start align a table, as does a tab. */
const COLUMNS = /\S(?: {3}|\t)/;

export function getRangeFormatting(model: CableModel, text: string, range: Range, lineWidth: number): TextEdit[] {
	const body = model.body;
	if (!body) return [];
	const lines = splitLines(text);
	const starts = lineStarts(text, lines);
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const fixed = fixedLines(model);
	const edits: TextEdit[] = [];
	for (const paragraph of body.paragraphs) {
		if (paragraph.range.end.line < range.start.line || paragraph.range.start.line > range.end.line) continue;
		for (const run of proseRuns(paragraph, lines, fixed, lineWidth)) {
			const filled = fill(run, lineWidth);
			const original = text.slice(starts[run.first]!, starts[run.last]! + lines[run.last]!.length);
			const replacement = filled.join(eol);
			if (replacement === original) continue;
			edits.push({
				range: { start: { line: run.first, character: 0 }, end: { line: run.last, character: lines[run.last]!.length } },
				newText: replacement,
			});
		}
	}
	return edits;
}

interface Run {
	readonly first: number;
	readonly last: number;
	/** The words of the run with the spaces written before each (the first word's is its indentation). */
	readonly words: readonly Word[];
}

interface Word {
	readonly gap: string;
	readonly text: string;
}

/** Lines that are never running text, whatever paragraph's range they fall in. */
function fixedLines(model: CableModel): Set<number> {
	const fixed = new Set<number>();
	const addRange = (range: Range | undefined) => {
		if (range) for (let line = range.start.line; line <= range.end.line; line++) fixed.add(line);
	};
	for (const block of model.bannerBlocks) addRange(block.range);
	for (const header of [model.header, ...model.repeatedHeaders]) addRange(header?.range);
	const body = model.body!;
	for (const marker of body.pageMarkers) addRange(marker.range);
	for (const heading of body.headings) addRange(heading.range);
	addRange(body.signature?.range);
	addRange(body.endOfMessage?.range);
	addRange(body.classifiedBy?.range);
	return fixed;
}

/** The runs of running text in a paragraph, the first starting at its number. */
function proseRuns(paragraph: Paragraph, lines: readonly string[], fixed: ReadonlySet<number>, lineWidth: number): Run[] {
	const firstLine = paragraph.range.start.line;
	const before = lines[firstLine]!.slice(0, paragraph.marker.range.start.character);
	// A number that does not open its line (`... see ¶2. below`) is not one to keep a line for.
	if (before.trim() !== '' || before.includes('\t')) return [];
	const runs: Run[] = [];
	let current: number[] = [];
	const close = () => {
		if (current.length > 0) runs.push(run(current, lines, current[0] === firstLine ? paragraph : undefined));
		current = [];
	};
	for (let line = firstLine; line <= paragraph.range.end.line && line < lines.length; line++) {
		const text = lines[line]!;
		const opens = line === firstLine;
		if (text.trim() === '' && current.length > 0 && pageBreakInSentence(lines, current[current.length - 1]!, line, fixed)) continue;
		if (fixed.has(line) || text.trim() === '' || (!opens && !isRunningText(text))) {
			close();
			continue;
		}
		if (opens && COLUMNS.test(text.slice(paragraph.marker.range.start.character))) return runs;
		const previous = current.length > 0 ? lines[current[current.length - 1]!]! : undefined;
		if (previous !== undefined && hardBreak(previous, text, lineWidth)) close();
		current.push(line);
	}
	close();
	// A run that starts anywhere but the number is kept only when it is more than a line: one
	// line of text after a blank line is as often a title or a name as a paragraph.
	return runs.filter((candidate) => candidate.first === firstLine || candidate.last > candidate.first);
}

/**
 * A blank line inside a sentence: a line ending in a lower-case word or a comma, then one blank
 * line, then running text going on in lower case. Published cables carry these where a page
 * ended; the rewrap joins the sentence again (words unchanged, the blank line gone).
 */
function pageBreakInSentence(lines: readonly string[], previous: number, blank: number, fixed: ReadonlySet<number>): boolean {
	const next = lines[blank + 1];
	if (next === undefined || fixed.has(blank + 1) || !isRunningText(next)) return false;
	return /[a-z,]$/.test(lines[previous]!.trimEnd()) && /^[a-z]/.test(next);
}

/** Unindented text, neither a list item nor a table row. */
function isRunningText(text: string): boolean {
	return /^\S/.test(text) && !LIST_ITEM.test(text) && !COLUMNS.test(text);
}

/** A break the writer meant: after a colon, or between two short lines. */
function hardBreak(previous: string, next: string, lineWidth: number): boolean {
	const end = previous.trimEnd();
	if (end.endsWith(':')) return true;
	const short = lineWidth / 2;
	return end.length < short && next.trimEnd().length < short;
}

function run(lineNumbers: readonly number[], lines: readonly string[], paragraph: Paragraph | undefined): Run {
	const words: Word[] = [];
	lineNumbers.forEach((line, index) => {
		const lineWords = wordsOf(lines[line]!);
		// Across a line break, one space; the indentation of the first line stays.
		if (index > 0 && lineWords[0]) lineWords[0] = { gap: ' ', text: lineWords[0].text };
		words.push(...lineWords);
	});
	return {
		first: lineNumbers[0]!,
		last: lineNumbers[lineNumbers.length - 1]!,
		words: paragraph ? keepMarkWithNumber(words, paragraph) : words,
	};
}

/** Words and the spaces before each, as written. */
function wordsOf(line: string): Word[] {
	// A scan, not a pattern: `(\s*)(\S+)` retried at every space of a long blank run is quadratic.
	const words: Word[] = [];
	const isSpace = (index: number) => /\s/.test(line[index]!);
	let at = 0;
	while (at < line.length) {
		const gapStart = at;
		while (at < line.length && isSpace(at)) at++;
		const wordStart = at;
		while (at < line.length && !isSpace(at)) at++;
		if (at > wordStart) words.push({ gap: line.slice(gapStart, wordStart), text: line.slice(wordStart, at) });
	}
	return words;
}

/** The number and the portion mark after it become one unbreakable word. */
function keepMarkWithNumber(words: Word[], paragraph: Paragraph): Word[] {
	const portion: Field | undefined = paragraph.portion;
	if (!portion || portion.range.start.line !== paragraph.marker.range.start.line || words.length < 2) return words;
	const markEnd = portion.range.end.character - paragraph.marker.range.start.character;
	let joined = '';
	let count = 0;
	for (const word of words) {
		const next = count === 0 ? word.text : `${joined}${word.gap}${word.text}`;
		if (next.length > markEnd) break;
		joined = next;
		count++;
	}
	if (count < 2 || joined.length !== markEnd) return words;
	return [{ gap: words[0]!.gap, text: joined }, ...words.slice(count)];
}

/** Greedy fill: as many words on a line as fit in `lineWidth` columns. */
function fill(run: Run, lineWidth: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const [index, word] of run.words.entries()) {
		if (index === 0) {
			line = word.gap + word.text;
			continue;
		}
		const candidate = line + word.gap + word.text;
		if (candidate.length <= lineWidth) {
			line = candidate;
			continue;
		}
		lines.push(line);
		line = word.text;
	}
	lines.push(line);
	return lines;
}
