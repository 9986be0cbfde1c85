/**
 * Where a text stops being JSON, as a line and column. JSON.parse knows, but its message
 * quotes the text around the fault (`Unexpected token 'S', "SECRET_TOK"... is not valid
 * JSON`), and a dictionary path can name any file, a token or a key among them: a message
 * may say where the fault is, never what is there. Iterative, so deep nesting cannot
 * overflow the stack.
 */

/** The text is JSON up to `offset` and not beyond it. */
class SyntaxFault {
	constructor(readonly offset: number) {}
}

type Expected = 'value' | 'value or close' | 'key' | 'key or close' | 'colon' | 'comma or close' | 'end';

/** The 1-based line and column of the first fault in `text`, or undefined when it is JSON. */
export function jsonFaultPosition(text: string): { readonly line: number; readonly column: number } | undefined {
	const offset = jsonFaultOffset(text);
	if (offset === undefined) return undefined;
	const before = text.slice(0, offset);
	const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
	return { line: before.split(/\r\n|\r|\n/).length, column: offset - lineStart + 1 };
}

/** The offset of the first character that cannot continue JSON (the text's length when it ends early). */
export function jsonFaultOffset(text: string): number | undefined {
	try {
		scan(text);
		return undefined;
	} catch (error) {
		if (error instanceof SyntaxFault) return error.offset;
		throw error;
	}
}

function scan(text: string): void {
	/** The closing bracket each open container waits for. */
	const closers: string[] = [];
	let expected: Expected = 'value';
	let at = 0;
	const afterValue = (): Expected => (closers.length === 0 ? 'end' : 'comma or close');
	for (;;) {
		at = skipWhitespace(text, at);
		if (at >= text.length) {
			if (expected === 'end') return;
			throw new SyntaxFault(at);
		}
		const char = text[at]!;
		if (expected === 'end') throw new SyntaxFault(at);
		if (expected === 'colon') {
			if (char !== ':') throw new SyntaxFault(at);
			at++;
			expected = 'value';
			continue;
		}
		const closes = char === closers.at(-1);
		if (closes && (expected === 'comma or close' || expected === 'value or close' || expected === 'key or close')) {
			closers.pop();
			at++;
			expected = afterValue();
			continue;
		}
		if (expected === 'comma or close') {
			if (char !== ',') throw new SyntaxFault(at);
			at++;
			expected = closers.at(-1) === '}' ? 'key' : 'value';
			continue;
		}
		if (expected === 'key' || expected === 'key or close') {
			if (char !== '"') throw new SyntaxFault(at);
			at = stringEnd(text, at);
			expected = 'colon';
			continue;
		}
		if (char === '{' || char === '[') {
			closers.push(char === '{' ? '}' : ']');
			at++;
			expected = char === '{' ? 'key or close' : 'value or close';
			continue;
		}
		at = char === '"' ? stringEnd(text, at) : scalarEnd(text, at);
		expected = afterValue();
	}
}

function skipWhitespace(text: string, at: number): number {
	while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')) at++;
	return at;
}

const ESCAPED = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** The offset after the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
	let at = start + 1;
	while (at < text.length) {
		const char = text[at]!;
		if (char === '"') return at + 1;
		if (char < ' ') throw new SyntaxFault(at);
		if (char === '\\') {
			const escape = text[at + 1];
			if (escape === 'u') {
				for (let digit = at + 2; digit < at + 6; digit++) {
					if (!/^[\da-f]$/i.test(text.charAt(digit))) throw new SyntaxFault(digit);
				}
				at += 6;
				continue;
			}
			if (escape === undefined || !ESCAPED.has(escape)) throw new SyntaxFault(at + 1);
			at += 2;
			continue;
		}
		at++;
	}
	throw new SyntaxFault(text.length);
}

const LITERALS = ['true', 'false', 'null'];

/** The offset after the number or literal at `start`. */
function scalarEnd(text: string, start: number): number {
	for (const literal of LITERALS) {
		if (text[start] !== literal[0]) continue;
		for (let index = 1; index < literal.length; index++) {
			if (text[start + index] !== literal[index]) throw new SyntaxFault(start + index);
		}
		return start + literal.length;
	}
	let at = start;
	if (text[at] === '-') at++;
	if (text[at] === '0') at++;
	else at = digitsEnd(text, at);
	if (text[at] === '.') at = digitsEnd(text, at + 1);
	if (text[at] === 'e' || text[at] === 'E') {
		at++;
		if (text[at] === '+' || text[at] === '-') at++;
		at = digitsEnd(text, at);
	}
	return at;
}

/** The offset after one or more digits at `start`. */
function digitsEnd(text: string, start: number): number {
	let at = start;
	while (isDigit(text.charCodeAt(at))) at++;
	if (at === start) throw new SyntaxFault(start);
	return at;
}

/** NaN (past the end) is no digit. */
function isDigit(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}
