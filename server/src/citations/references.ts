/**
 * A cable's REF blocks read into typed items with the cable ids they cite, and the body's
 * `REFTEL` / `REF A` mentions resolved against them.
 *
 * Where the blocks are: every REF block the model found (one per telegram section that repeats
 * the caption), and those it misses (`Reftel:`, `Reftel San Jose 410`, `REF. STATE 184178`,
 * `REF A ...` / `REF B ...` lines, a REF run into the SUBJECT line or into a wrapped subject's last
 * line, a REF after a subject broken by blank lines), found by a reader of its own that looks
 * only between each banner and the first numbered paragraph after it. Items are read from the
 * block's text, not from the model's items, which split `A. A)`-style doubled labels, lose items
 * whose text wraps, and read one cable per item (see README.md, "For the parser").
 */
import type { Range } from 'vscode-languageserver-types';
import { cableFacts } from '../facts/cableFacts';
import { captionKind } from '../model/caption';
import { fieldAt, head, range, splitLines } from '../model/lines';
import type { CableModel, Field } from '../model/types';
import { canonicalCableId } from './cableId';
import { type Citation, type CitationContext, ITEM_REACH, readItem, type ReferenceKind, tokenize } from './citations';
import { resolvePost } from './posts';

export type { ReferenceKind } from './citations';

/** A citation placed in the document: where it stands instead of offsets in its item. */
export interface CitedCable extends Omit<Citation, 'start' | 'end'> {
	readonly range: Range;
	/** As written: `07 TOKYO 123`, `SECSTATE 74879`. */
	readonly text: string;
}

export interface ReferenceItem {
	/** From the letter label (if any) to the end of the item's text. */
	readonly range: Range;
	/** The item without its label, lines joined by one space. */
	readonly text: string;
	/** `A`, `B` (upper case); undefined for unlettered items. */
	readonly letter: string | undefined;
	readonly kind: ReferenceKind;
	/** The canonical ids the item cites, in order, without repeats (several for `TEHRAN 1091 AND 263`). */
	readonly ids: readonly string[];
	readonly cables: readonly CitedCable[];
	/** Index into `blocks`. */
	readonly block: number;
}

export interface ReferenceBlock {
	readonly range: Range;
	/** `REF`, `REFS`, `Ref`, `Reftel`, `REFTELS` as written. */
	readonly keyword: Field;
	readonly items: readonly ReferenceItem[];
	/** Whether the model had found this block, or only this module's own reader did. */
	readonly foundBy: 'model' | 'text';
}

export interface ReferenceMention {
	readonly range: Range;
	readonly text: string;
	readonly letter: string | undefined;
	readonly kind: 'reftel';
	/** The cable(s) the mention stands for; empty when that is not certain. */
	readonly ids: readonly string[];
}

export interface CableReferences {
	/** The citing cable's year, which unyeared citations take. */
	readonly year: number | undefined;
	readonly blocks: readonly ReferenceBlock[];
	/** All items of all blocks, in document order (repeated sections repeat their items). */
	readonly items: readonly ReferenceItem[];
	/** Every id cited, in order of first citation, without repeats. */
	readonly ids: readonly string[];
	readonly mentions: readonly ReferenceMention[];
}

/** A REF block never runs longer than this many lines after its keyword. */
const MAX_BLOCK_LINES = 30;
/** How far past the model's caption a missed REF may stand (a subject broken by blank lines). */
const ZONE_SLACK = 20;
/** Line prefixes the patterns see. */
const LINE_REACH = 1000;

const readOnce = new WeakMap<CableModel, CableReferences>();

/**
 * The REF items of a cable, read once per model version: hover, inlay hints, highlights,
 * navigation, diagnostics and the collection's entry all ask. `text` is the text `model` was
 * parsed from (models are immutable, one per document version).
 */
export function cableReferences(model: CableModel, text: string): CableReferences {
	let references = readOnce.get(model);
	if (!references) {
		references = readReferences(model, text);
		readOnce.set(model, references);
	}
	return references;
}

function readReferences(model: CableModel, text: string): CableReferences {
	const lines = splitLines(text);
	const year = cableFacts(model).year;
	const context: CitationContext = { year, ownId: canonicalCableId(model)?.id };
	const blocks: ReferenceBlock[] = [];
	const covered = new Map<number, number>();
	for (const start of blockStarts(model, lines)) {
		if ((covered.get(start.line) ?? -1) > start.column) continue;
		const block = readBlock(lines, start, context, blocks.length);
		if (!block) continue;
		for (let line = block.range.start.line; line <= block.range.end.line; line++) {
			covered.set(line, line === block.range.end.line ? block.range.end.character : Number.MAX_SAFE_INTEGER);
		}
		blocks.push(block);
	}
	const items = blocks.flatMap((block) => block.items);
	const ids = [...new Set(items.flatMap((item) => item.ids))];
	return { year, blocks, items, ids, mentions: findMentions(model, lines, blocks, items, ids) };
}

// ---------------------------------------------------------------- where blocks start

interface BlockStart {
	readonly line: number;
	readonly column: number;
	readonly foundBy: 'model' | 'text';
	/** The zone's last line: the block cannot run past the first paragraph or the next section. */
	readonly zoneEnd: number;
}

/** Lines between each banner and the first paragraph after it, where a caption stands. */
function zones(model: CableModel): Array<{ first: number; last: number }> {
	const paragraphLines = (model.body?.paragraphs ?? []).map((paragraph) => paragraph.range.start.line);
	const firstParagraphAfter = (line: number) => {
		for (const paragraphLine of paragraphLines) if (paragraphLine > line) return paragraphLine;
		return model.lineCount;
	};
	const blocks = model.bannerBlocks;
	if (!blocks.length) {
		const first = Math.max(model.metadata ? model.metadata.range.end.line + 1 : 0, model.header ? model.header.range.end.line + 1 : 0);
		return [{ first, last: Math.min(firstParagraphAfter(first) - 1, first + 60, model.lineCount - 1) }];
	}
	return blocks.map((block, index) => {
		const first = block.range.start.line;
		const next = blocks[index + 1]?.range.start.line ?? model.lineCount;
		const last = Math.min(next - 1, firstParagraphAfter(first) - 1, block.range.end.line + ZONE_SLACK, model.lineCount - 1);
		return { first, last: Math.max(last, block.range.end.line) };
	});
}

function blockStarts(model: CableModel, lines: readonly string[]): BlockStart[] {
	const starts: BlockStart[] = [];
	const zoneList = zones(model);
	const zoneEndOf = (line: number) => zoneList.find((zone) => zone.first <= line && line <= zone.last)?.last ?? line + MAX_BLOCK_LINES;
	for (const block of model.bannerBlocks) {
		const refs = block.caption?.refs;
		if (refs) {
			const { line, character } = refs.keyword.range.start;
			starts.push({ line, column: character, foundBy: 'model', zoneEnd: Math.max(zoneEndOf(line), refs.range.end.line) });
		}
	}
	for (const zone of zoneList) {
		for (let line = zone.first; line <= zone.last && line < lines.length; line++) {
			for (const column of keywordsOnLine(lines[line]!)) starts.push({ line, column, foundBy: 'text', zoneEnd: zone.last });
		}
	}
	starts.sort((a, b) => a.line - b.line || a.column - b.column || (a.foundBy === 'model' ? -1 : 1));
	return starts;
}

const KEYWORD = /(?:REFTELS?|Reftels?|REFERENCES?|References?|REF\(S\)|Ref\(s\)|REFS?|Refs?)(?![A-Za-z])/y;
/** A REF keyword later on a line (run into the subject): only with its colon. */
const INLINE_KEYWORD = /(?:REFTELS?|Reftels?|REF\(S\)|Ref\(s\)|REFS?|Refs?)\s*:/g;

/** Where REF keywords start on a caption line: at its start (after `¶`), or run on with a colon. */
function keywordsOnLine(full: string): number[] {
	const text = head(full, LINE_REACH);
	const columns: number[] = [];
	let first = 0;
	while (first < text.length && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9 || text.charCodeAt(first) === 0xb6)) first++;
	const opening = text.charCodeAt(first);
	if (opening === 82 && keywordAt(text, first) && bodyStartAt(text, first) !== undefined) columns.push(first);
	if (text.indexOf('REF', first + 1) < 0 && text.indexOf('Ref', first + 1) < 0) return columns;
	INLINE_KEYWORD.lastIndex = first + 1;
	for (let match = INLINE_KEYWORD.exec(text); match; match = INLINE_KEYWORD.exec(text)) {
		const before = text.charCodeAt(match.index - 1);
		// `PRIMEREF:`: the capitals of a subject can run into the keyword, but only into `REF`.
		const glued = before >= 65 && before <= 90 && match[0].startsWith('REF');
		if (glued || !((before >= 65 && before <= 90) || (before >= 97 && before <= 122) || (before >= 48 && before <= 57)))
			columns.push(match.index);
	}
	return columns;
}

function keywordAt(text: string, column: number): string | undefined {
	KEYWORD.lastIndex = column;
	return KEYWORD.exec(text)?.[0];
}

/**
 * Where the block's text starts after the keyword at `column`: after `:`, `.:`, `...`, `.`, or a
 * space when a label or a cable follows (`REF A SECRETARY'S LETTER`, `Reftel San Jose 410`).
 */
function bodyStartAt(text: string, column: number): number | undefined {
	const keyword = keywordAt(text, column);
	if (!keyword) return undefined;
	let at = column + keyword.length;
	let spaces = at;
	while (spaces < text.length && (text.charCodeAt(spaces) === 32 || text.charCodeAt(spaces) === 9)) spaces++;
	if (text.charCodeAt(spaces) === COLON) return spaces + 1;
	if (text.charCodeAt(at) === PERIOD) {
		while (text.charCodeAt(at) === PERIOD) at++;
		let after = at;
		while (after < text.length && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9)) after++;
		return text.charCodeAt(after) === COLON ? after + 1 : at;
	}
	if (spaces >= text.length) return spaces; // `Ref:` alone would have had its colon; `REF` alone at the end: items follow
	if (spaces === at) return undefined;
	// A bare keyword: the block is real only if a label or a resolvable cable follows.
	const rest = text.slice(spaces, spaces + 80);
	if (labelAt(rest, 0, true) || readItem(rest, ANY_YEAR).citations.length) return at;
	return undefined;
}
const COLON = 58;
/** For telling whether text holds a citation at all: any written year will do. */
const ANY_YEAR: CitationContext = { year: undefined, ownId: undefined };
const PERIOD = 46;

// ---------------------------------------------------------------- labels

interface Label {
	readonly start: number;
	end: number;
	readonly letter: string;
}

const REF_PREFIX = /(?:REFTEL|Reftel|REF|Ref)(?::\s*|\s+)/y;
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isBlankCode = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === PILCROW;
const PILCROW = 0xb6;

/**
 * A letter label at `at`: `A.`, `A)`, `(A)`, `[A]`, `A:`, `A -`, and `REF A`, `REF A:`, `Ref B)`.
 * `afterKeyword` allows `A ` alone, as in `REF A SECRETARY'S LETTER`.
 */
function labelAt(text: string, at: number, afterKeyword = false): { letter: string; end: number } | undefined {
	let q = at;
	REF_PREFIX.lastIndex = at;
	const prefix = REF_PREFIX.exec(text);
	if (prefix) q += prefix[0].length;
	const c = text.charCodeAt(q);
	if (c === 40 || c === 91) {
		const letter = text.charCodeAt(q + 1);
		const close = text.charCodeAt(q + 2);
		return isAsciiLetter(letter) && (close === 41 || close === 93) ? { letter: text[q + 1]!, end: q + 3 } : undefined;
	}
	if (!isAsciiLetter(c)) return undefined;
	const next = text.charCodeAt(q + 1);
	const after = text.charCodeAt(q + 2);
	const letter = text[q]!;
	if (next === PERIOD) return isBlankCode(after) || Number.isNaN(after) || after === 40 ? { letter, end: q + 2 } : undefined;
	if (next === 41) return { letter, end: q + 2 };
	if (next === COLON) return isBlankCode(after) ? { letter, end: q + 2 } : undefined;
	if (isBlankCode(next)) {
		if (after === 45 && isBlankCode(text.charCodeAt(q + 3))) return { letter, end: q + 3 };
		if ((prefix || afterKeyword) && isAsciiLetter(after)) return { letter, end: q + 1 };
	}
	return undefined;
}

/** Characters a label may follow. */
function opensLabel(code: number): boolean {
	return Number.isNaN(code) || isBlankCode(code) || code === 59 || code === 44 || code === 0xb6 || code === 45 || code === COLON;
}

/**
 * The labels of a block's text, in sequence: a label counts only as the next letter (or the same
 * letter again after some text: `B) ... EMAIL B) TALLINN 347`), so `(U)`, `W. Hearne` and
 * `(B) and (D)` in run-on text are not taken for labels. A label right after another with the
 * same letter is the same label written twice (`A. A)`, `A. (A)`, `A. REF A`).
 */
function findLabels(text: string): Label[] {
	const labels: Label[] = [];
	for (let at = 0; at < text.length; at++) {
		if (!opensLabel(text.charCodeAt(at - 1))) continue;
		const found = labelAt(text, at, at === 0 || text.slice(0, at).trim() === '');
		if (!found) continue;
		const letter = found.letter.toUpperCase();
		const current = labels[labels.length - 1];
		const between = current ? text.slice(current.end, at).trim() : text.slice(0, at).trim();
		if (current && letter === current.letter && between === '') {
			current.end = found.end;
		} else if (
			current ? letter === nextLetter(current.letter) || (letter === current.letter && between !== '') : letter === 'A' || between === ''
		) {
			labels.push({ start: at, end: found.end, letter });
		} else continue;
		at = found.end - 1;
	}
	return labels;
}

const nextLetter = (letter: string) => String.fromCharCode(letter.charCodeAt(0) + 1);

// ---------------------------------------------------------------- reading a block

/** A block's text as one string, and the way back to document positions. */
class BlockText {
	text = '';
	private readonly parts: Array<{ readonly offset: number; readonly line: number; readonly column: number }> = [];

	add(line: number, column: number, text: string): void {
		if (this.parts.length) this.text += '\n';
		this.parts.push({ offset: this.text.length, line, column });
		this.text += text;
	}

	position(offset: number): { line: number; character: number } {
		let part = this.parts[0]!;
		for (const candidate of this.parts) if (candidate.offset <= offset) part = candidate;
		return { line: part.line, character: part.column + offset - part.offset };
	}

	range(start: number, end: number): Range {
		const from = this.position(start);
		const to = this.position(end);
		return range(from.line, from.character, to.line, to.character);
	}
}

/** Where run-on text stops being the REF block: the next caption field or a paragraph. */
const RUN_ON_END = /Classified\s?[Bb]y\b|CLASSIFIED\s?BY\b|\bE\.\s?O\.\s?\d|\bTAGS:|\bSUBJECT:|\s¶?\d{1,2}\.\s?\((?:U|C|S|SBU|TS)[)/]/;
/**
 * A portion-marked sentence (`(U) We delivered ...`) ends a REF run into the body of a reflowed
 * cable; on ordinary lines `(C) Sao Paulo 526` is a label, so this is looked for on long lines only.
 */
const PORTION_RUN_ON = /\s\((?:U|C|S|SBU|TS)(?:\/\/?[A-Z]+)?\)\s+[A-Z][a-z]/;
const REFLOWED_LINE = 300;
const PARAGRAPH_START = /^\s*¶?\d{1,2}\s?[.)]/;
const RULE_LINE = /^\s*[-=*_]{4}/;
/** Lines a page break puts into a block: a lone classification, `PAGE 02 ...`, `ROME 00001196 002 OF 003`. */
const PAGE_LINE =
	/^\s*(?:(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)\s*$|PAGE\s+\d{2}\s|[A-Z][A-Z ]{1,30}\s\d{8}\s+\d{3}(?:\.\d)?\s+OF\s+\d{3})/;

function segmentEnd(text: string, from: number): number {
	const limit = Math.min(text.length, from + ITEM_REACH);
	const part = text.slice(from, limit);
	const stop = RUN_ON_END.exec(part);
	const portion = text.length > REFLOWED_LINE ? PORTION_RUN_ON.exec(part) : null;
	const first = Math.min(stop ? stop.index : part.length, portion ? portion.index : part.length);
	return from + first;
}

function readBlock(lines: readonly string[], start: BlockStart, context: CitationContext, index: number): ReferenceBlock | undefined {
	const first = head(lines[start.line]!, LINE_REACH);
	const keywordText = keywordAt(first, start.column);
	const bodyStart = keywordText ? bodyStartAt(first, start.column) : undefined;
	if (!keywordText || bodyStart === undefined) return undefined;
	const keyword = fieldAt(start.line, start.column, keywordText);
	const block = new BlockText();
	block.add(start.line, bodyStart, first.slice(bodyStart, segmentEnd(first, bodyStart)));
	let previous = block.text;
	let blanks = 0;
	const end = Math.min(start.zoneEnd, start.line + MAX_BLOCK_LINES, lines.length - 1);
	for (let line = start.line + 1; line <= end; line++) {
		const text = head(lines[line]!, LINE_REACH);
		if (text.trim() === '') {
			if (++blanks > 2) break;
			continue;
		}
		if (PAGE_LINE.test(text)) continue;
		if (RULE_LINE.test(text)) break;
		const kind = captionKind(text);
		const opening = labelOpening(text);
		const labelled = labelAt(text, opening) !== undefined;
		if ((kind && !(kind === 'ref' && labelled && !/^\s*¶?\S+\s*:/.test(text))) || PARAGRAPH_START.test(text)) break;
		// After a blank line only a label, or the rest of a citation the line before left open (`C) RIO` / `DE JANEIRO 1291`), goes on.
		const goesOn =
			blanks === 0 ? incomplete(previous) || opensWithCitation(text) : incomplete(previous) && completesCitation(previous, text);
		if (!(labelled || goesOn)) break;
		const segment = text.slice(0, segmentEnd(text, 0));
		block.add(line, 0, segment);
		previous = segment;
		blanks = 0;
		if (segment.length < text.trimEnd().length) break; // run on into the next field
	}
	const items = readItems(block, context, index);
	const lastText = block.text.trimEnd();
	const endPosition = lastText.length ? block.position(lastText.length) : keyword.range.end;
	return {
		range: range(
			start.line,
			start.column,
			Math.max(endPosition.line, start.line),
			endPosition.line === start.line ? Math.max(endPosition.character, keyword.range.end.character) : endPosition.character,
		),
		keyword,
		items,
		foundBy: start.foundBy,
	};
}

/** Where a label may stand on a continuation line: after indentation, a pilcrow or a dash bullet (`-      (B) State 348253`). */
function labelOpening(text: string): number {
	let at = 0;
	while (at < text.length && (isBlankCode(text.charCodeAt(at)) || text.charCodeAt(at) === 45 || text.charCodeAt(at) === 42)) at++;
	return at;
}

/** The text read so far leaves an item open: nothing cited yet, a post without its serial, a trailing `,` or `AND`. */
function incomplete(segment: string): boolean {
	const labels = findLabels(segment);
	const trimmed = segment.slice(labels.length ? labels[labels.length - 1]!.end : 0).trimEnd();
	if (!trimmed) return true;
	const tokens = tokenize(trimmed.slice(-ITEM_REACH));
	const last = tokens[tokens.length - 1];
	if (!last) return true;
	if (last.kind === 'punct') return ',;&/-'.includes(last.text);
	if (last.kind === 'word') {
		const word = last.text.toUpperCase();
		if (word === 'AND' || resolvePost(last.text) !== undefined) return true;
		// `C) FEvans-MHall` / `emails`: an item without any number may go on.
		return !tokens.some((token) => token.kind === 'number' || token.kind === 'glued');
	}
	return false;
}

function completesCitation(previous: string, text: string): boolean {
	const context = ANY_YEAR;
	const tail = previous.slice(-80);
	return readItem(`${tail} ${text.slice(0, 80)}`, context).citations.length > readItem(tail, context).citations.length;
}

function opensWithCitation(text: string): boolean {
	const citations = readItem(text.slice(0, 80), ANY_YEAR).citations;
	return citations.length > 0 && text.slice(0, citations[0]!.start).trim() === '';
}

function readItems(block: BlockText, context: CitationContext, blockIndex: number): ReferenceItem[] {
	const text = block.text;
	const labels = findLabels(text);
	const items: ReferenceItem[] = [];
	const lead = labels.length ? labels[0]!.start : text.length;
	// Unlettered items: `QUITO 979; STATE 121858`.
	let from = 0;
	for (let at = 0; at <= lead; at++) {
		if (at === lead || text.charCodeAt(at) === 59) {
			pushItem(items, block, context, blockIndex, from, from, at, undefined);
			from = at + 1;
		}
	}
	labels.forEach((label, i) => {
		const stop = labels[i + 1]?.start ?? text.length;
		pushItem(items, block, context, blockIndex, label.start, label.end, stop, label.letter);
	});
	return items;
}

/** The text without what ends it between items: white space, `;`, `,`, a dash bullet, a line-continuation `\\`. */
function withoutTrailing(text: string): string {
	let end = text.length;
	while (end > 0 && (isBlankCode(text.charCodeAt(end - 1)) || SEPARATORS.includes(text[end - 1]!))) end--;
	return text.slice(0, end);
}
const SEPARATORS = ';,-\\';

function pushItem(
	items: ReferenceItem[],
	block: BlockText,
	context: CitationContext,
	blockIndex: number,
	start: number,
	bodyStart: number,
	stop: number,
	letter: string | undefined,
): void {
	const raw = block.text.slice(bodyStart, stop);
	let lead = 0;
	while (lead < raw.length && isBlankCode(raw.charCodeAt(lead))) lead++;
	const written = withoutTrailing(raw.slice(lead));
	if (!written && !letter) return;
	const textStart = bodyStart + lead;
	const reading = readItem(written, context);
	const cables: CitedCable[] = reading.citations.map((citation) => ({
		range: block.range(textStart + citation.start, textStart + citation.end),
		text: written.slice(citation.start, citation.end).replace(/\s+/g, ' '),
		post: citation.post,
		origin: citation.origin,
		serial: citation.serial,
		year: citation.year,
		yearWritten: citation.yearWritten,
		id: citation.id,
	}));
	items.push({
		range: block.range(letter ? start : textStart, written ? textStart + written.length : bodyStart),
		text: written.replace(/\s+/g, ' '),
		letter,
		kind: reading.kind,
		ids: [...new Set(cables.flatMap((cable) => (cable.id ? [cable.id] : [])))],
		cables,
		block: blockIndex,
	});
}

// ---------------------------------------------------------------- mentions in the body

const MENTION = /\b(?:REFTEL|Reftel|reftel|REF|Ref|ref)(S|s)?\b/g;
const MENTION_LETTER = /\.?\s{0,3}\(?([A-Z])\)?(?![A-Za-z])/y;

/**
 * `per reftel`, `REF A`, `Ref. B.`, `REFTEL (C)` outside the REF blocks. A letter resolves to the
 * cables its item cites; a bare REFTEL or REF to the cable the REF blocks cite when they cite
 * exactly one. Plurals (`REFTELS`) stand for several and are left out.
 */
function findMentions(
	model: CableModel,
	lines: readonly string[],
	blocks: readonly ReferenceBlock[],
	items: readonly ReferenceItem[],
	ids: readonly string[],
): ReferenceMention[] {
	const mentions: ReferenceMention[] = [];
	const inBlock = new Uint8Array(lines.length);
	for (const block of blocks) inBlock.fill(1, block.range.start.line, block.range.end.line + 1);
	const from = model.bannerBlocks[0]?.range.start.line ?? 0;
	const lettered = new Map<string, string[]>();
	for (const item of items) {
		if (item.letter && item.kind === 'cable') lettered.set(item.letter, [...new Set([...(lettered.get(item.letter) ?? []), ...item.ids])]);
	}
	const single = ids.length === 1 ? ids : [];
	for (let line = from; line < lines.length; line++) {
		const text = head(lines[line]!, 3000);
		if (inBlock[line] || !(text.includes('REF') || text.includes('Ref') || text.includes('ref'))) continue;
		MENTION.lastIndex = 0;
		for (let match = MENTION.exec(text); match; match = MENTION.exec(text)) {
			if (match[1]) continue;
			MENTION_LETTER.lastIndex = match.index + match[0].length;
			const letter = MENTION_LETTER.exec(text);
			const end = letter ? MENTION_LETTER.lastIndex : match.index + match[0].length;
			const named = letter?.[1];
			const resolved = named ? (lettered.get(named) ?? (lettered.size === 0 ? single : [])) : single;
			mentions.push({
				range: range(line, match.index, line, end),
				text: text.slice(match.index, end),
				letter: named,
				kind: 'reftel',
				ids: resolved,
			});
			MENTION.lastIndex = end;
		}
	}
	return mentions;
}
