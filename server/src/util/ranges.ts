import type { Position, Range } from 'vscode-languageserver-types';

export const isBefore = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);
const notAfter = (a: Position, b: Position): boolean => !isBefore(b, a);

/** True when `inner` lies within `outer` (equal ranges included). */
export function contains(outer: Range, inner: Range): boolean {
	return notAfter(outer.start, inner.start) && notAfter(inner.end, outer.end);
}

/** Document order, and for ranges that start together the larger first (parents before children). */
export function compareRanges(a: Range, b: Range): number {
	// Differences rather than isBefore both ways: sorting calls this for every pair it weighs.
	return (
		a.start.line - b.start.line || a.start.character - b.start.character || b.end.line - a.end.line || b.end.character - a.end.character
	);
}
