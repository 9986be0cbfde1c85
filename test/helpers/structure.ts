/**
 * Structural checks every outline and folding result must pass, whatever the input:
 * ranges inside the document, selection inside range, children inside parents, folds
 * that nest. They return the problems found so corpus tests can report them all.
 */
import type { DocumentSymbol, FoldingRange, Range } from 'vscode-languageserver-types';

export function lineLengths(text: string): number[] {
	return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
const within = (outer: Range, inner: Range) => !before(inner.start, outer.start) && !before(outer.end, inner.end);

export function rangeProblem(range: Range, lengths: readonly number[]): string | undefined {
	for (const position of [range.start, range.end]) {
		if (position.line < 0 || position.line >= lengths.length) return `line ${position.line} outside 0..${lengths.length - 1}`;
		if (position.character < 0 || position.character > lengths[position.line]!) {
			return `character ${position.character} outside line ${position.line} (length ${lengths[position.line]})`;
		}
	}
	return before(range.end, range.start) ? 'end before start' : undefined;
}

const show = (range: Range) => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;

export function symbolProblems(symbols: readonly DocumentSymbol[], lengths: readonly number[], parent?: DocumentSymbol): string[] {
	const problems: string[] = [];
	for (const symbol of symbols) {
		const where = `${symbol.name} ${show(symbol.range)}`;
		if (!symbol.name.trim()) problems.push(`empty name at ${show(symbol.range)}`);
		const bad = rangeProblem(symbol.range, lengths) ?? rangeProblem(symbol.selectionRange, lengths);
		if (bad) problems.push(`${where}: ${bad}`);
		if (!within(symbol.range, symbol.selectionRange))
			problems.push(`${where}: selectionRange ${show(symbol.selectionRange)} outside range`);
		if (parent && !within(parent.range, symbol.range)) problems.push(`${where}: outside parent ${parent.name} ${show(parent.range)}`);
		problems.push(...symbolProblems(symbol.children ?? [], lengths, symbol));
	}
	return problems;
}

export function foldingProblems(folds: readonly FoldingRange[], lineCount: number): string[] {
	const problems: string[] = [];
	const starts = new Set<number>();
	for (const fold of folds) {
		if (fold.startLine < 0 || fold.endLine >= lineCount || fold.endLine <= fold.startLine) {
			problems.push(`fold ${fold.startLine}-${fold.endLine} invalid for ${lineCount} lines`);
		}
		if (starts.has(fold.startLine)) problems.push(`two folds start on line ${fold.startLine}`);
		starts.add(fold.startLine);
	}
	const sorted = [...folds].sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
	const open: FoldingRange[] = [];
	for (const fold of sorted) {
		while (open.length && open[open.length - 1]!.endLine < fold.startLine) open.pop();
		const parent = open[open.length - 1];
		if (parent && fold.endLine > parent.endLine)
			problems.push(`fold ${fold.startLine}-${fold.endLine} crosses ${parent.startLine}-${parent.endLine}`);
		open.push(fold);
	}
	return problems;
}

/** Every symbol, depth first, with its parent chain's names. */
export function* walk(symbols: readonly DocumentSymbol[], path: string[] = []): Generator<{ symbol: DocumentSymbol; path: string[] }> {
	for (const symbol of symbols) {
		yield { symbol, path };
		yield* walk(symbol.children ?? [], [...path, symbol.name]);
	}
}

/** Every `range` (and a heading's `sectionRange`) anywhere in a parsed model, found by walking it. */
export function* modelRanges(value: unknown): Generator<Range> {
	if (!value || typeof value !== 'object') return;
	if (Array.isArray(value)) {
		for (const item of value) yield* modelRanges(item);
		return;
	}
	for (const [key, child] of Object.entries(value)) {
		if ((key === 'range' || key === 'sectionRange') && child && typeof child === 'object' && 'start' in child) yield child as Range;
		else yield* modelRanges(child);
	}
}
