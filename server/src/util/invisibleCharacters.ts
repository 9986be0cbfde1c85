/**
 * Characters a reader does not see: zero-width spaces and joiners, bidi controls, invisible
 * operators, the soft hyphen and U+FEFF. Inside a code they make it other than what the
 * reader sees: `RUEH\u200bKO` is no routing indicator, yet the parser reads its first four
 * letters as one, and a hover decoding them would name the wrong station. So the hover
 * decodes nothing that holds one, and names them instead.
 */
import type { Position, Range } from 'vscode-languageserver-types';

const NAMES: Readonly<Record<number, string>> = {
	0x00ad: 'SOFT HYPHEN',
	0x200b: 'ZERO WIDTH SPACE',
	0x200c: 'ZERO WIDTH NON-JOINER',
	0x200d: 'ZERO WIDTH JOINER',
	0x200e: 'LEFT-TO-RIGHT MARK',
	0x200f: 'RIGHT-TO-LEFT MARK',
	0x202a: 'LEFT-TO-RIGHT EMBEDDING',
	0x202b: 'RIGHT-TO-LEFT EMBEDDING',
	0x202c: 'POP DIRECTIONAL FORMATTING',
	0x202d: 'LEFT-TO-RIGHT OVERRIDE',
	0x202e: 'RIGHT-TO-LEFT OVERRIDE',
	0x2060: 'WORD JOINER',
	0x2061: 'FUNCTION APPLICATION',
	0x2062: 'INVISIBLE TIMES',
	0x2063: 'INVISIBLE SEPARATOR',
	0x2064: 'INVISIBLE PLUS',
	0x2066: 'LEFT-TO-RIGHT ISOLATE',
	0x2067: 'RIGHT-TO-LEFT ISOLATE',
	0x2068: 'FIRST STRONG ISOLATE',
	0x2069: 'POP DIRECTIONAL ISOLATE',
	0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

const isInvisible = (code: number): boolean => NAMES[code] !== undefined;

/** Letters, digits and marks make up a code; invisible characters are taken into the word they sit in. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/** A U+FEFF that opens the text is its byte-order mark, part of no word. */
function isWordPart(text: string, offset: number): boolean {
	const code = text.charCodeAt(offset);
	if (isInvisible(code)) return offset > 0 || code !== 0xfeff;
	return WORD_CHARACTER.test(text[offset] ?? '');
}

/** An invisible character of a word: `position` counts from 1, in UTF-16 code units as the editor's columns do. */
export interface InvisibleCharacter {
	readonly codePoint: string;
	readonly name: string;
	readonly position: number;
}

/** A word holding invisible characters: what a reader sees of it, and where it lies. */
export interface HiddenWord {
	readonly shown: string;
	readonly range: Range;
	readonly characters: readonly InvisibleCharacter[];
}

/**
 * Where each line starts in the text, from the model's line lengths: the text and the model
 * are of one document version. Kept per model: hovering asks for it again and again.
 */
const lineStartsByModel = new WeakMap<readonly number[], Int32Array>();

function lineStarts(text: string, lineLengths: readonly number[]): Int32Array {
	let starts = lineStartsByModel.get(lineLengths);
	if (starts) return starts;
	starts = new Int32Array(lineLengths.length);
	let at = 0;
	for (let line = 0; line < lineLengths.length; line++) {
		starts[line] = at;
		at += lineLengths[line]!;
		// CRLF is the only two-character line break.
		at += text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a ? 2 : 1;
	}
	lineStartsByModel.set(lineLengths, starts);
	return starts;
}

/**
 * The words with invisible characters that overlap `span`, each taken whole: `RUEH` as the
 * parser read it, with the `\u200bKO` after it.
 */
export function hiddenWords(text: string, lineLengths: readonly number[], span: Range): HiddenWord[] {
	const starts = lineStarts(text, lineLengths);
	const words: HiddenWord[] = [];
	const lastLine = Math.min(span.end.line, lineLengths.length - 1);
	for (let line = Math.max(0, span.start.line); line <= lastLine; line++) {
		const lineStart = starts[line]!;
		const lineEnd = lineStart + lineLengths[line]!;
		let offset = lineStart + (line === span.start.line ? Math.max(0, span.start.character) : 0);
		const end = Math.min(lineEnd, line === span.end.line ? lineStart + span.end.character : lineEnd);
		if (offset < end && isWordPart(text, offset)) while (offset > lineStart && isWordPart(text, offset - 1)) offset--;
		while (offset < end) {
			if (!isWordPart(text, offset)) {
				offset++;
				continue;
			}
			let wordEnd = offset + 1;
			while (wordEnd < lineEnd && isWordPart(text, wordEnd)) wordEnd++;
			const hidden = hiddenWord(text, offset, wordEnd, line, lineStart);
			if (hidden) words.push(hidden);
			offset = wordEnd;
		}
	}
	return words;
}

function hiddenWord(text: string, start: number, end: number, line: number, lineStart: number): HiddenWord | undefined {
	const characters: InvisibleCharacter[] = [];
	let shown = '';
	for (let offset = start; offset < end; offset++) {
		const code = text.charCodeAt(offset);
		if (!isInvisible(code)) {
			shown += text[offset];
			continue;
		}
		const codePoint = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
		characters.push({ codePoint, name: NAMES[code]!, position: offset - start + 1 });
	}
	if (characters.length === 0) return undefined;
	return { shown, characters, range: { start: at(line, start - lineStart), end: at(line, end - lineStart) } };
}

const at = (line: number, character: number): Position => ({ line, character });
