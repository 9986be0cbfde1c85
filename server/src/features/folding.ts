/**
 * Folding: a fold per header block and caption (kind `region`, so "Fold All Regions"
 * collapses every header at once and leaves the text), per address list, per topical
 * section, per numbered paragraph, per SUMMARY/COMMENT block and per telegram section.
 * When two folds would cross, the one earlier in precedence stays, so the result always nests.
 */
import { type FoldingRange, FoldingRangeKind, type Range } from 'vscode-languageserver-types';
import type { CableModel, TransmissionHeader } from '../model/types';

export const DEFAULT_FOLDING_LIMIT = 5000;

export function getFoldingRanges(model: CableModel, limit = DEFAULT_FOLDING_LIMIT): FoldingRange[] {
	const folds = new NestedFolds(model.lineCount, limit);

	// In order of precedence: when two folds would cross, the one added first stays.
	folds.addRange(model.metadata?.range, FoldingRangeKind.Region);
	folds.addRange(model.legacyHeader?.range, FoldingRangeKind.Region);
	if (model.header) addHeader(folds, model.header);
	for (const header of model.repeatedHeaders) addHeader(folds, header);
	const sectionStarts = telegramSectionStarts(model);
	const opensSection = new Set(sectionStarts);
	for (const block of model.bannerBlocks) {
		// A block that opens a telegram section folds with its section instead.
		if (!opensSection.has(block.range.start.line)) folds.addRange(block.range, FoldingRangeKind.Region);
		folds.addRange(block.caption?.range, FoldingRangeKind.Region);
		folds.addRange(block.caption?.subject?.range);
		folds.addRange(block.caption?.refs?.range);
	}
	const body = model.body;
	if (body) {
		for (const heading of body.headings) folds.addRange(heading.sectionRange);
		for (const paragraph of body.paragraphs) folds.addRange(paragraph.range);
		for (const block of body.blocks) folds.addRange(block.range);
	}
	// Each section runs to the line before the next section's banner, the last to the end.
	// Not a region: it holds the text, which "Fold All Regions" must leave open.
	for (let n = 0; n < sectionStarts.length; n++) {
		const end = n + 1 < sectionStarts.length ? sectionStarts[n + 1]! - 1 : model.lineCount - 1;
		folds.add(sectionStarts[n]!, end);
	}

	return folds.inOrder();
}

function addHeader(folds: NestedFolds, header: TransmissionHeader): void {
	folds.addRange(header.range, FoldingRangeKind.Region);
	for (const list of header.addressLists) folds.addRange(list.range, FoldingRangeKind.Region);
}

/**
 * The lines of the banners that open each `SECTION NN OF MM`. Banners that repeat the section
 * they stand in (the Cablegate text repeats them) open nothing.
 */
function telegramSectionStarts(model: CableModel): number[] {
	const starts: number[] = [];
	let current: string | undefined;
	for (const block of model.bannerBlocks) {
		const number = block.banner?.sectionOf?.number.text;
		if (number === undefined || number === current) continue;
		current = number;
		starts.push(block.range.start.line);
	}
	return starts;
}

/**
 * The folds kept so far, also indexed by line: a fold can only cross one that starts or ends
 * among its own lines, so a check looks at those lines (or at every kept fold, when that is
 * fewer) instead of comparing with every fold, which was quadratic on big documents.
 */
class NestedFolds {
	private readonly kept: FoldingRange[] = [];
	private index: LineIndex;

	constructor(
		lines: number,
		private readonly limit: number,
	) {
		this.index = LineIndex.take(lines);
	}

	addRange(range: Range | undefined, kind?: FoldingRangeKind): void {
		if (range) this.add(range.start.line, range.end.line, kind);
	}

	/** Keeps the fold unless it is a single line, the limit is reached, or it would not nest. */
	add(startLine: number, endLine: number, kind?: FoldingRangeKind): void {
		if (endLine <= startLine || this.kept.length >= this.limit) return;
		if (endLine >= this.index.endAt.length) this.index = this.index.grown(endLine + 1);
		const { endAt, outermostEndingAt } = this.index;
		// One fold per start line: editors keep only one, and duplicates say nothing new.
		if (endAt[startLine] !== 0 || this.wouldCross(startLine, endLine)) return;
		this.kept.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
		endAt[startLine] = endLine;
		if (startLine < outermostEndingAt[endLine]!) outermostEndingAt[endLine] = startLine;
	}

	/** The folds kept, by start line; the index goes back clear, for the next document. */
	inOrder(): FoldingRange[] {
		const { endAt, outermostEndingAt } = this.index;
		for (const fold of this.kept) {
			endAt[fold.startLine] = 0;
			outermostEndingAt[fold.endLine] = NONE;
		}
		LineIndex.handBack(this.index);
		// Start lines are unique, so they alone give the order.
		return this.kept.sort(byStartLine);
	}

	private wouldCross(start: number, end: number): boolean {
		if (end - start > this.kept.length) {
			for (const other of this.kept) if (crosses(start, end, other)) return true;
			return false;
		}
		const { endAt, outermostEndingAt } = this.index;
		// Starts inside the fold and ends after it.
		for (let line = start + 1; line <= end; line++) if (endAt[line]! > end) return true;
		// Starts before the fold and ends inside it.
		for (let line = start; line < end; line++) if (outermostEndingAt[line]! < start) return true;
		return false;
	}
}

const byStartLine = (a: FoldingRange, b: FoldingRange): number => a.startLine - b.startLine;

const NONE = 0x7fffffff;

/**
 * Per line, the end of the fold kept at that start line (0 for none, as a fold ends after its
 * start) and the lowest start among the folds kept that end there (NONE for none). Typed
 * arrays cost a load per line and no allocation per fold, but a fresh pair for every call
 * cost more than the folding of a small cable, so each call takes the index the last one left
 * clear. A call that throws never hands its index back, and the next one starts afresh.
 */
class LineIndex {
	private static spare: LineIndex | undefined;
	readonly endAt: Int32Array;
	readonly outermostEndingAt: Int32Array;

	private constructor(lines: number) {
		this.endAt = new Int32Array(lines);
		this.outermostEndingAt = new Int32Array(lines).fill(NONE);
	}

	static take(lines: number): LineIndex {
		const spare = LineIndex.spare;
		LineIndex.spare = undefined;
		return spare && spare.endAt.length >= lines ? spare : new LineIndex(Math.max(lines, 1024));
	}

	/** For the next call, once cleared. */
	static handBack(index: LineIndex): void {
		LineIndex.spare = index;
	}

	/** A larger copy, for a fold past the lines taken. */
	grown(lines: number): LineIndex {
		const grown = new LineIndex(Math.max(lines, 2 * this.endAt.length));
		grown.endAt.set(this.endAt);
		grown.outermostEndingAt.set(this.outermostEndingAt);
		return grown;
	}
}

function crosses(start: number, end: number, other: FoldingRange): boolean {
	return (
		(start < other.startLine && other.startLine <= end && end < other.endLine) ||
		(other.startLine < start && start <= other.endLine && other.endLine < end)
	);
}
