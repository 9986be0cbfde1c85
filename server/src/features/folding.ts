/**
 * Folding: a fold per header block and caption (kind `region`, so "Fold All Regions"
 * collapses every header at once), per address list, per topical section, per numbered
 * paragraph, per SUMMARY/COMMENT block and per telegram section. When two folds would
 * cross, the one earlier in precedence stays, so the result always nests.
 */
import { type FoldingRange, FoldingRangeKind, type Range } from 'vscode-languageserver-types';
import type { CableModel } from '../model/types';

export const DEFAULT_FOLDING_LIMIT = 5000;

interface Candidate {
	readonly start: number;
	readonly end: number;
	readonly kind?: FoldingRangeKind;
}

export function getFoldingRanges(model: CableModel, limit = DEFAULT_FOLDING_LIMIT): FoldingRange[] {
	const candidates: Candidate[] = [];
	const push = (range: Range | undefined, kind?: FoldingRangeKind) => {
		if (range && range.end.line > range.start.line) candidates.push({ start: range.start.line, end: range.end.line, kind });
	};

	// In order of precedence: when two folds cross, the one pushed first stays.
	push(model.metadata?.range, FoldingRangeKind.Region);
	push(model.legacyHeader?.range, FoldingRangeKind.Region);
	for (const header of [model.header, ...model.repeatedHeaders]) {
		if (!header) continue;
		push(header.range, FoldingRangeKind.Region);
		for (const list of header.addressLists) push(list.range);
	}
	const sections = telegramSections(model);
	const sectionStarts = new Set(sections.map((section) => section.start.line));
	for (const block of model.bannerBlocks) {
		// A block that opens a telegram section folds with its section instead.
		if (!sectionStarts.has(block.range.start.line)) push(block.range, FoldingRangeKind.Region);
		push(block.caption?.range, FoldingRangeKind.Region);
		push(block.caption?.subject?.range);
		push(block.caption?.refs?.range);
	}
	const body = model.body;
	if (body) {
		for (const heading of body.headings) push(heading.sectionRange);
		for (const paragraph of body.paragraphs) push(paragraph.range);
		for (const block of body.blocks) push(block.range);
	}
	for (const section of sections) push(section, FoldingRangeKind.Region);

	return nest(candidates, limit);
}

/**
 * From the banner that opens each `SECTION NN OF MM` to the line before the next section's.
 * Banners that repeat the section they stand in (the Cablegate text repeats them) open nothing.
 */
function telegramSections(model: CableModel): Range[] {
	const starts: number[] = [];
	let current: string | undefined;
	for (const block of model.bannerBlocks) {
		const number = block.banner?.sectionOf?.number.text;
		if (number === undefined || number === current) continue;
		current = number;
		starts.push(block.range.start.line);
	}
	const lastLine = model.lineCount - 1;
	return starts.map((start, n) => {
		const end = n + 1 < starts.length ? starts[n + 1]! - 1 : lastLine;
		return { start: { line: start, character: 0 }, end: { line: end, character: 0 } };
	});
}

function nest(candidates: readonly Candidate[], limit: number): FoldingRange[] {
	const accepted = new AcceptedFolds();
	for (const candidate of candidates) {
		if (accepted.all.length >= limit) break;
		// One fold per start line: editors keep only one, and duplicates say nothing new.
		if (accepted.byStart.has(candidate.start)) continue;
		if (accepted.crossedBy(candidate)) continue;
		accepted.add(candidate);
	}
	return accepted.all
		.sort((a, b) => a.start - b.start || b.end - a.end)
		.map(({ start, end, kind }) => (kind ? { startLine: start, endLine: end, kind } : { startLine: start, endLine: end }));
}

/**
 * The folds kept so far, also by start and by end line: a fold can only cross one that starts
 * or ends among its own lines, so a check looks at those lines (or at every kept fold, when
 * that is fewer) instead of comparing with every fold, which was quadratic on big documents.
 */
class AcceptedFolds {
	readonly all: Candidate[] = [];
	readonly byStart = new Map<number, Candidate>();
	private readonly byEnd = new Map<number, Candidate[]>();

	add(fold: Candidate): void {
		this.all.push(fold);
		this.byStart.set(fold.start, fold);
		const ending = this.byEnd.get(fold.end);
		if (ending) ending.push(fold);
		else this.byEnd.set(fold.end, [fold]);
	}

	crossedBy(fold: Candidate): boolean {
		if (fold.end - fold.start > this.all.length) return this.all.some((other) => crosses(fold, other));
		// Starts inside the fold and ends after it.
		for (let line = fold.start + 1; line <= fold.end; line++) {
			const other = this.byStart.get(line);
			if (other && other.end > fold.end) return true;
		}
		// Starts before the fold and ends inside it.
		for (let line = fold.start; line < fold.end; line++) {
			const ending = this.byEnd.get(line);
			if (ending?.some((other) => other.start < fold.start)) return true;
		}
		return false;
	}
}

function crosses(a: Candidate, b: Candidate): boolean {
	return (a.start < b.start && b.start <= a.end && a.end < b.end) || (b.start < a.start && a.start <= b.end && b.end < a.end);
}
