/**
 * Where a cable names cables: the spans navigation answers on, read once per document version.
 *
 * - `citation`: a cable a REF item cites (`A. STATE 74879`), one span per cited cable;
 * - `mention`: a body `REFTEL` / `REF A` that stands for exactly one cable (several ids would
 *   make "the" cited cable a guess);
 * - `written`: an id written out anywhere (`07TOKYO374` in the body or a publisher's field);
 * - `own`: the cable naming itself (its metadata id, the post and serial of its banners).
 *
 * Nothing here knows the collection: a span is a place and an id. Whether the id is a cable of
 * the workspace is the features' question, and only those that are become links or jumps.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import { canonicalCableId, canonicalizeId } from '../../citations/cableId';
import { type CableReferences, cableReferences } from '../../citations/references';
import { entryOf } from '../../collection/entry';
import type { CableEntry } from '../../collection/types';
import { idFor } from '../../citations/citations';
import { splitLines } from '../../model/lines';
import type { CableModel } from '../../model/types';
import { isBefore } from '../../util/ranges';
import { resolvePost } from '../../citations/posts';

export type SpanKind = 'citation' | 'mention' | 'written' | 'own';

export interface IdSpan {
	readonly range: Range;
	readonly id: string;
	readonly kind: SpanKind;
}

export interface CableSpans {
	/** The cable's own entry, as the collection would hold it, from this version of the text. */
	readonly entry: CableEntry;
	readonly references: CableReferences;
	/** In document order; spans never overlap. */
	readonly spans: readonly IdSpan[];
	/** Where the cable describes itself (publisher's metadata, header, banners and captions): a cursor there means this cable. */
	readonly ownZones: readonly Range[];
}

/**
 * Ids written as one word: a two-digit year, letters, a serial (`07TOKYO374`, `08STATE74879`).
 * The classes do not overlap, so the pattern runs in linear time.
 */
const WRITTEN_ID = /(?<![A-Za-z0-9])\d{2}[A-Z]{3,}\d{1,7}(?![A-Za-z0-9])/g;
/** Lines longer than this are searched only this far: a reflowed cable can run one line to megabytes. */
const LINE_REACH = 10_000;

const memo = new WeakMap<CableModel, CableSpans>();

/** `text` is the text `model` was parsed from. */
export function cableSpans(model: CableModel, text: string): CableSpans {
	let spans = memo.get(model);
	if (!spans) {
		spans = readSpans(model, text);
		memo.set(model, spans);
	}
	return spans;
}

function readSpans(model: CableModel, text: string): CableSpans {
	const entry = entryOf(model, text);
	const references = cableReferences(model, text);
	const ownId = entry.id;
	const found: IdSpan[] = [];
	for (const item of references.items)
		for (const cable of item.cables) if (cable.id) found.push({ range: cable.range, id: cable.id, kind: 'citation' });
	for (const mention of references.mentions)
		if (mention.ids.length === 1) found.push({ range: mention.range, id: mention.ids[0]!, kind: 'mention' });
	if (ownId) found.push(...bannerSpans(model, ownId));
	found.push(...writtenSpans(text, ownId));
	return { entry, references, spans: withoutOverlaps(found), ownZones: ownZones(model) };
}

/** A banner's post and serial (`TOKYO 000374`) name the cable itself when they make its id. */
function bannerSpans(model: CableModel, ownId: string): IdSpan[] {
	const identity = canonicalCableId(model);
	if (!identity) return [];
	const spans: IdSpan[] = [];
	for (const block of model.bannerBlocks) {
		const { post, serial } = block.banner ?? {};
		if (!post || !serial || post.range.start.line !== serial.range.start.line) continue;
		const origin = resolvePost(post.text)?.origin;
		if (origin === undefined || idFor(identity.year, origin, Number(serial.text.replace(/\D/g, ''))) !== ownId) continue;
		spans.push({ range: { start: post.range.start, end: serial.range.end }, id: ownId, kind: 'own' });
	}
	return spans;
}

function writtenSpans(text: string, ownId: string | undefined): IdSpan[] {
	const spans: IdSpan[] = [];
	const lines = splitLines(text);
	for (let line = 0; line < lines.length; line++) {
		const content = lines[line]!.slice(0, LINE_REACH);
		// Most lines hold no digit pair followed by capitals; the pattern runs only where one may be.
		if (!/\d\d[A-Z]/.test(content)) continue;
		for (const match of content.matchAll(WRITTEN_ID)) {
			const id = canonicalizeId(match[0])?.id;
			if (!id) continue;
			const start = match.index;
			spans.push({
				range: { start: { line, character: start }, end: { line, character: start + match[0].length } },
				id,
				kind: id === ownId ? 'own' : 'written',
			});
		}
	}
	return spans;
}

/** In document order; where two spans overlap, the first found wins (REF citations before ids found by pattern). */
function withoutOverlaps(spans: readonly IdSpan[]): IdSpan[] {
	const ordered = spans
		.map((span, index) => ({ span, index }))
		.sort((a, b) => compareStarts(a.span.range, b.span.range) || a.index - b.index);
	const kept: Array<{ span: IdSpan; index: number }> = [];
	for (const candidate of ordered) {
		const previous = kept[kept.length - 1];
		if (previous && isBefore(candidate.span.range.start, previous.span.range.end)) {
			if (candidate.index < previous.index) kept[kept.length - 1] = candidate;
			continue;
		}
		kept.push(candidate);
	}
	return kept.map(({ span }) => span);
}

function compareStarts(a: Range, b: Range): number {
	return a.start.line - b.start.line || a.start.character - b.start.character;
}

function ownZones(model: CableModel): Range[] {
	return [
		model.metadata?.range,
		model.legacyHeader?.range,
		model.header?.range,
		...model.repeatedHeaders.map((header) => header.range),
		...model.bannerBlocks.map((block) => block.range),
	].filter((range): range is Range => range !== undefined);
}

/** Both ends inclusive: editors put the cursor after the word just typed or double-clicked, and it still means that word. */
function touches(range: Range, position: Position): boolean {
	return !isBefore(position, range.start) && !isBefore(range.end, position);
}

/** The span under the cursor, by binary search over the ordered spans. */
export function spanAt(spans: CableSpans, position: Position): IdSpan | undefined {
	const list = spans.spans;
	let low = 0;
	let high = list.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (isBefore(list[middle]!.range.end, position)) low = middle + 1;
		else high = middle;
	}
	const span = list[low];
	return span && touches(span.range, position) ? span : undefined;
}

/**
 * The cable a cursor means: the one a span names, else this cable itself when the cursor is on
 * its metadata, header, banners or caption. Undefined elsewhere (the body's prose).
 */
export function cableAt(spans: CableSpans, position: Position): string | undefined {
	const span = spanAt(spans, position);
	if (span) return span.id;
	if (!spans.entry.id) return undefined;
	return spans.ownZones.some((zone) => touches(zone, position)) ? spans.entry.id : undefined;
}
