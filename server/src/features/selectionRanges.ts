/**
 * Selection ranges (issue 17): "Expand Selection" grows from the word under the cursor to its
 * field (an addressee, a TAGS line's code, a REF item), its line, its block (address list,
 * caption, paragraph, topical section, SUMMARY block), the telegram section and the document.
 * The model's elements need not nest (a heading's section and a paragraph can cross), so the
 * chain takes, at each step, the smallest candidate that contains the step before: each range
 * contains the previous one, as the protocol requires.
 */
import type { Position, Range, SelectionRange } from 'vscode-languageserver-types';
import { lineStarts, splitLines } from '../model/lines';
import type { BannerBlock, Body, CableModel, Metadata, TransmissionHeader } from '../model/types';
import { contains } from '../util/ranges';

export function getSelectionRanges(model: CableModel, text: string, positions: readonly Position[]): SelectionRange[] {
	const elements = elementRanges(model);
	const lineOffsets = lineStarts(text, splitLines(text));
	const size = (range: Range) => offsetOf(lineOffsets, range.end) - offsetOf(lineOffsets, range.start);
	return positions.map((position) => {
		const candidates = [
			wordAt(model, text, lineOffsets, position),
			trimmedLine(model, text, lineOffsets, position.line),
			...elements.filter((range) => touchesPosition(range, position)),
			documentRange(model),
		].filter((range): range is Range => range !== undefined);
		return chain(position, candidates, size);
	});
}

/** From the smallest candidate outwards, each step the smallest one containing the last. */
function chain(position: Position, candidates: Range[], size: (range: Range) => number): SelectionRange {
	const ordered = candidates.sort((a, b) => size(a) - size(b));
	const steps: Range[] = [];
	for (const range of ordered) {
		const last = steps[steps.length - 1];
		if (last && (!contains(range, last) || size(range) === size(last))) continue;
		steps.push(range);
	}
	// The protocol links inside out: the innermost range has the outer ones as its parents.
	let current: SelectionRange | undefined;
	for (let index = steps.length - 1; index >= 0; index--)
		current = current ? { range: steps[index]!, parent: current } : { range: steps[index]! };
	return current ?? { range: { start: position, end: position } };
}

const touchesPosition = (range: Range, position: Position) => contains(range, { start: position, end: position });

/** Every element of the model a selection can grow to, in no particular order. */
function elementRanges(model: CableModel): Range[] {
	const ranges: Range[] = [];
	const add = (...items: ReadonlyArray<{ readonly range: Range } | undefined>) => {
		for (const item of items) if (item) ranges.push(item.range);
	};
	if (model.metadata) addMetadata(model.metadata, add);
	add(model.legacyHeader);
	for (const header of [model.header, ...model.repeatedHeaders]) if (header) addHeader(header, add);
	for (const block of model.bannerBlocks) addBannerBlock(block, add);
	if (model.body) addBody(model.body, add);
	ranges.push(...telegramSections(model));
	return ranges;
}

type Add = (...items: ReadonlyArray<{ readonly range: Range } | undefined>) => void;

function addMetadata(metadata: Metadata, add: Add): void {
	add(metadata, ...metadata.tags, ...metadata.fields.map((field) => field.value));
}

function addHeader(header: TransmissionHeader, add: Add): void {
	add(header, header.transmissionId, header.bt);
	for (const relay of header.relay) add(relay, relay.prosign, ...relay.indicators);
	const { de, security, dtg, from } = header;
	if (de) add(de, de.station, de.serialField, de.sectionField, de.filed);
	if (security) add(security, security.signal, security.letters, ...security.handling);
	if (dtg) add(dtg, dtg.dtg, ...dtg.precedence, dtg.trailing);
	if (from) add(from, from.keyword, from.address);
	for (const list of header.addressLists) {
		add(list, list.keyword);
		for (const addressee of list.addressees)
			add(addressee, addressee.indicator, addressee.address, addressee.precedence, addressee.sequence);
	}
}

function addBannerBlock(block: BannerBlock, add: Add): void {
	add(block, block.banner, block.banner?.sectionOf, block.banner?.classification, ...block.caveats, ...block.distribution);
	const caption = block.caption;
	if (!caption) return;
	add(caption);
	if (caption.eo) add(caption.eo, caption.eo.keyword, caption.eo.order, caption.eo.action, caption.eo.decl);
	if (caption.tags) add(caption.tags, caption.tags.keyword, ...caption.tags.tags, ...caption.tags.tags.map((tag) => tag.person));
	if (caption.subject) add(caption.subject, caption.subject.keyword, caption.subject.portion, ...caption.subject.lines);
	if (caption.refs) add(caption.refs, caption.refs.keyword, ...caption.refs.items, ...caption.refs.items.map((item) => item.label));
	if (caption.classifiedBy) add(caption.classifiedBy, caption.classifiedBy.authority, ...caption.classifiedBy.reasons);
}

function addBody(body: Body, add: Add): void {
	add(body, body.signature, body.endOfMessage, body.summary, body.classifiedBy);
	for (const paragraph of body.paragraphs) add(paragraph, paragraph.marker, paragraph.portion);
	for (const heading of body.headings) add(heading, heading.title, { range: heading.sectionRange });
	for (const block of body.blocks) add(block, block.start, block.end);
	for (const marker of body.pageMarkers) add(marker);
}

/**
 * Each `SECTION NN OF MM` from its banner to the line before the next section's banner (a
 * repeated banner of the same section opens nothing); a cable without sections is one
 * telegram section, from its first banner to the end.
 */
function telegramSections(model: CableModel): Range[] {
	const starts: number[] = [];
	let current: string | undefined;
	for (const block of model.bannerBlocks) {
		const number = block.banner?.sectionOf?.number.text;
		if (number === current && starts.length > 0) continue;
		current = number;
		starts.push(block.range.start.line);
	}
	return starts.map((start, index) => {
		const end = index + 1 < starts.length ? starts[index + 1]! - 1 : model.lineCount - 1;
		return { start: { line: start, character: 0 }, end: { line: end, character: model.lineLengths[end] ?? 0 } };
	});
}

function documentRange(model: CableModel): Range {
	const last = Math.max(model.lineCount - 1, 0);
	return { start: { line: 0, character: 0 }, end: { line: last, character: model.lineLengths[last] ?? 0 } };
}

/** The run of non-blank characters under (or just before) the cursor. */
function wordAt(model: CableModel, text: string, lineOffsets: Int32Array, position: Position): Range | undefined {
	const line = lineText(model, text, lineOffsets, position.line);
	const isWordCharacter = (index: number) => index >= 0 && index < line.length && !/\s/.test(line[index]!);
	let start = Math.min(position.character, line.length);
	if (!isWordCharacter(start) && !isWordCharacter(start - 1)) return undefined;
	let end = start;
	while (isWordCharacter(start - 1)) start--;
	while (isWordCharacter(end)) end++;
	return { start: { line: position.line, character: start }, end: { line: position.line, character: end } };
}

/** The line without its leading and trailing blanks. */
function trimmedLine(model: CableModel, text: string, lineOffsets: Int32Array, lineNumber: number): Range | undefined {
	const line = lineText(model, text, lineOffsets, lineNumber);
	const start = line.length - line.trimStart().length;
	const end = line.trimEnd().length;
	return end > start ? { start: { line: lineNumber, character: start }, end: { line: lineNumber, character: end } } : undefined;
}

function lineText(model: CableModel, text: string, lineOffsets: Int32Array, line: number): string {
	const start = lineOffsets[line];
	return start === undefined ? '' : text.slice(start, start + (model.lineLengths[line] ?? 0));
}

function offsetOf(lineOffsets: Int32Array, position: Position): number {
	return (lineOffsets[position.line] ?? 0) + position.character;
}
