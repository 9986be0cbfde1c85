/**
 * Ranges shared between entries. A range is three objects (about 120 bytes), and cables of one
 * release name themselves and cite others at the same few places (the id field of the
 * metadata block, REF lines near the caption), so most entries can point to a range another
 * entry already holds instead of keeping their own copy.
 */
import type { Range } from 'vscode-languageserver-types';

/** Ranges whose numbers fit the key below are pooled; others (deep in a long cable) are kept as they are. */
const MAX_LINE = 1 << 12;
const MAX_CHARACTER = 1 << 10;
const MAX_LINE_SPAN = 1 << 3;

export class RangePool {
	private readonly ranges = new Map<number, Range>();

	shared(range: Range): Range {
		const key = keyOf(range.start.line, range.start.character, range.end.line, range.end.character);
		if (key === undefined) return range;
		const known = this.ranges.get(key);
		if (known) return known;
		this.ranges.set(key, range);
		return range;
	}

	/** The pooled range with these numbers, made when there is none yet. */
	make(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
		const key = keyOf(startLine, startCharacter, endLine, endCharacter);
		const known = key === undefined ? undefined : this.ranges.get(key);
		if (known) return known;
		const range = { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
		if (key !== undefined) this.ranges.set(key, range);
		return range;
	}
}

/** One number for the four (exact below 2^53), or undefined when one is out of reach. */
function keyOf(startLine: number, startCharacter: number, endLine: number, endCharacter: number): number | undefined {
	const span = endLine - startLine;
	if (!(startLine < MAX_LINE && startCharacter < MAX_CHARACTER && span >= 0 && span < MAX_LINE_SPAN && endCharacter < MAX_CHARACTER))
		return undefined;
	if (!Number.isInteger(startLine + startCharacter + endLine + endCharacter) || startLine < 0 || startCharacter < 0 || endCharacter < 0)
		return undefined;
	return ((startLine * MAX_CHARACTER + startCharacter) * MAX_LINE_SPAN + span) * MAX_CHARACTER + endCharacter;
}
