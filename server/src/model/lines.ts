/**
 * Line access and field construction shared by the parsers. Line breaks follow LSP:
 * CRLF, CR and LF all end a line; columns count UTF-16 code units, as JS strings do.
 *
 * The rule for patterns. The server reads each document version on its one thread, so a pattern
 * that is slow on one crafted line freezes every request. Every pattern the parser, diagnostics
 * and decoders run on cable text must be linear in what it sees:
 * - no two unbounded quantifiers that can take the same characters next to each other or nested
 *   (`\s*\s*`, `\s*(for\s+)?\s*`, `(\s*\w+)*`, `.*\s*`): split the optional parts so each run
 *   belongs to one quantifier (`(?:(\d{4,5})\s*)?(?:[:;,.]\s*)?`);
 * - no lazy scan anchored at the end (`(.*?)\s*$`): match the lead, then take the rest and trim it
 *   with `trimmedEnd`;
 * - no unanchored pattern whose every start can scan to the end (`/\s+$/`, `/\d+$/`,
 *   `/\/\/.*$/` searched in a line): use `trimmedEnd`, `indexOf` or a loop from the end;
 * - a field has a natural length (a keyword stands in the first 120 characters, an E.O. line is
 *   under 100, a mark under 48): the pattern sees `head(text, n)` or a slice of that length, with a
 *   comment saying why, so that even a pattern with a bounded blow-up cannot see a long run.
 * `npm run lint` (eslint-plugin-regexp's no-super-linear-backtracking and no-super-linear-move)
 * reports the first two shapes and most of the third; disable it on a line only when the input is
 * bounded, saying why. test/unit/linear-time.test.ts puts runs of 700 and 40,000 characters into
 * every field of cables of each header family and holds the whole analysis to the file's size;
 * the fuzz mutator `long run inside a field` does the same at random.
 */
import type { Range } from 'vscode-languageserver-types';
import type { Field } from './types';

export function splitLines(text: string): string[] {
	// A plain separator splits several times faster than a pattern, and most files have no CR.
	return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

/** Where each of `lines` (as `splitLines(text)` gives them) starts in `text`, and one past the last: its end. */
export function lineStarts(text: string, lines: readonly string[]): Int32Array {
	const starts = new Int32Array(lines.length + 1);
	let at = 0;
	for (let line = 0; line < lines.length; line++) {
		starts[line] = at;
		at += lines[line]!.length;
		// The break after the line: CRLF is the only two-character one.
		at += text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a ? 2 : 1;
	}
	starts[lines.length] = text.length;
	return starts;
}

/**
 * Sets `bit` in `marks[line]` for every line where a match of the global `pattern` starts and
 * `accept` takes its index (`starts` from `lineStarts`). One search of the whole text costs a
 * fraction of one search per line when the pattern is a literal or a fixed run of classes: the
 * engine skips through the text, while each search of a line pays its own setup.
 */
export function markLines(
	text: string,
	starts: Int32Array,
	pattern: RegExp,
	marks: Uint8Array,
	bit: number,
	accept: (index: number) => boolean = () => true,
): void {
	let line = 0;
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		if (!accept(match.index)) continue;
		while (starts[line + 1]! <= match.index) line++;
		marks[line]! |= bit;
	}
}

export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
	return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/** A field of `text.length` characters at `column` of `line`. */
export function fieldAt(line: number, column: number, text: string): Field {
	return { text, range: range(line, column, line, column + text.length) };
}

/** The field for capture group `group` of a regex match made with the `d` flag. */
export function groupField(line: number, match: RegExpExecArray, group: number, offset = 0): Field | undefined {
	const text = match[group];
	const span = match.indices?.[group];
	if (text === undefined || !span) return undefined;
	return fieldAt(line, span[0] + offset, text);
}

/** The lines `first..last` in full, as one range. */
export function linesRange(lines: readonly string[], first: number, last: number): Range {
	return range(first, 0, last, lines[last]!.length);
}

/** The trimmed content of one line as a field (a blank line gives an empty field at 0). */
export function trimmedLine(line: number, text: string): Field {
	const start = text.search(/\S/);
	if (start < 0) return fieldAt(line, 0, '');
	return fieldAt(line, start, text.trim());
}

const NON_SPACE = /\S/;

export function isBlank(text: string): boolean {
	// Most lines start with a printable character: no need to scan them.
	return !isPrintableAscii(text.charCodeAt(0)) && !NON_SPACE.test(text);
}

/** Whether a UTF-16 code unit is one that `\s` matches. */
export function isWhitespace(code: number): boolean {
	if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

/** The first column from `from` on that is not whitespace (`end` when there is none before it). */
export function skipWhitespace(text: string, from = 0, end = text.length): number {
	let column = from;
	while (column < end && isWhitespace(text.charCodeAt(column))) column++;
	return column;
}

/** The column after the last character before `end` that is not whitespace (0 when there is none). */
export function trimmedEnd(text: string, end = text.length): number {
	let column = end;
	while (column > 0 && isWhitespace(text.charCodeAt(column - 1))) column--;
	return column;
}

const isPrintableAscii = (code: number) => code > 32 && code < 127;

/** A set of printable ASCII characters, for `mayStartWith`. */
export type FirstCharacters = Uint8Array;

export function firstCharacters(characters: string): FirstCharacters {
	const set = new Uint8Array(128);
	for (let i = 0; i < characters.length; i++) set[characters.charCodeAt(i)] = 1;
	return set;
}

/**
 * Whether `text` can match a pattern anchored as `^\s*[first]...`: false only when its first
 * character is printable ASCII and not one of `first`. A test that costs next to nothing,
 * made before the pattern itself, because most lines are running text that can be nothing
 * of the kind (the parser tries a dozen such patterns on every line).
 */
export function mayStartWith(text: string, first: FirstCharacters): boolean {
	const code = text.charCodeAt(0);
	return !isPrintableAscii(code) || first[code] === 1;
}

/**
 * Header-shaped lines are short; looking at a bounded prefix keeps every line test linear
 * even on the reflowed bodies of 50,000 characters and more.
 */
export function head(text: string, length = 400): string {
	return text.length > length ? text.slice(0, length) : text;
}

/**
 * The two characters that open `text` after its indentation, as `first * 128 + second`, or 0
 * (no opening of any pattern) when either is not ASCII or they do not stand within `reach`.
 * A finer gate than `mayStartWith` for patterns anchored as `^\s*word`: most lines that reach
 * those patterns are running text, which the first letter alone lets through (`The`, `So`,
 * `Under`), and a failed match costs far more than this.
 */
export function openingOf(text: string, reach: number): number {
	const end = Math.min(text.length, reach);
	const first = skipWhitespace(text, 0, end);
	if (first + 1 >= end) return 0;
	const one = text.charCodeAt(first);
	const two = text.charCodeAt(first + 1);
	return one < 128 && two < 128 ? one * 128 + two : 0;
}

/** The `openingOf` codes of `pairs` in either case, for patterns that ignore case (ASCII only: they have no `u` flag). */
export function openings(pairs: readonly string[]): Uint8Array {
	const set = new Uint8Array(128 * 128);
	for (const pair of pairs) {
		for (const one of [pair[0]!.toLowerCase(), pair[0]!.toUpperCase()]) {
			for (const two of [pair[1]!.toLowerCase(), pair[1]!.toUpperCase()]) set[one.charCodeAt(0) * 128 + two.charCodeAt(0)] = 1;
		}
	}
	return set;
}
