import type { Position, Range } from 'vscode-languageserver-types';

export const isBefore = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);
const notAfter = (a: Position, b: Position): boolean => !isBefore(b, a);

/** True when `inner` lies within `outer` (equal ranges included). */
export function contains(outer: Range, inner: Range): boolean {
	return notAfter(outer.start, inner.start) && notAfter(inner.end, outer.end);
}

/** Document order, and for ranges that start together the larger first (parents before children). */
export function compareRanges(a: Range, b: Range): number {
	if (isBefore(a.start, b.start)) return -1;
	if (isBefore(b.start, a.start)) return 1;
	if (isBefore(a.end, b.end)) return 1;
	if (isBefore(b.end, a.end)) return -1;
	return 0;
}
