/**
 * Line access and field construction shared by the parsers. Line breaks follow LSP:
 * CRLF, CR and LF all end a line; columns count UTF-16 code units, as JS strings do.
 */
import type { Range } from 'vscode-languageserver-types';
import type { Field } from './types';

export function splitLines(text: string): string[] {
	return text.split(/\r\n|\r|\n/);
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

export const isBlank = (text: string): boolean => !/\S/.test(text);

/**
 * Header-shaped lines are short; looking at a bounded prefix keeps every line test linear
 * even on the reflowed bodies of 50,000 characters and more.
 */
export function head(text: string, length = 400): string {
	return text.length > length ? text.slice(0, length) : text;
}
