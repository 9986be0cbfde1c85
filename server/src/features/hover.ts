/**
 * Hover: find the model element under the position and explain it, from the parsed model and
 * the reference tables. The document text is read for what the model does not keep: invisible
 * characters in the words the hover would decode, and REF items as the citation reader reads
 * them (the cable ids they cite, described from the collection when it holds them).
 */
import type { Hover, MarkupContent, MarkupKind, Position, Range } from 'vscode-languageserver-types';
import { cableReferences } from '../citations/references';
import type { CableCollection } from '../collection/types';
import type { ReferenceTables } from '../data/referenceTables';
import { cableFacts } from '../facts/cableFacts';
import type { BannerBlock, Body, CableModel, ClassifiedBy, Field, LegacyHeader, TransmissionHeader } from '../model/types';
import {
	addresseeHover,
	addresseeListHover,
	bannerHover,
	btHover,
	caveatHover,
	classifiedByHover,
	deLineHover,
	dtgLineHover,
	endOfMessageHover,
	eoLineHover,
	fromLineHover,
	type HoverContext,
	invisibleCharactersHover,
	legacyLineHover,
	pageMarkerHover,
	portionMarkHover,
	prosignHover,
	referenceItemHover,
	relayIndicatorHover,
	sectionOfHover,
	securityLineHover,
	summaryHover,
	tagHover,
	tagsLineHover,
	transmissionIdHover,
} from './hoverContent';
import { hiddenWords } from '../util/invisibleCharacters';
import type { HoverText } from '../util/markdown';
import { isBefore } from '../util/ranges';

interface Found {
	readonly range: Range;
	readonly text: HoverText;
	/**
	 * The text the hover decodes, when more than `range`: the whole DE line for its serial
	 * number, whose hover names the station too. The header summary, which draws on the whole
	 * cable, gives an empty range here: only the word under the mouse is checked for it.
	 */
	readonly source?: Range;
}

/** Start inclusive, end exclusive: the character under the mouse must lie inside. */
function inside(range: Range | undefined, position: Position): range is Range {
	return range !== undefined && !isBefore(position, range.start) && isBefore(position, range.end);
}

function within(field: Field | undefined, position: Position): field is Field {
	return inside(field?.range, position);
}

/**
 * `text` is the document's text, of the version `model` was parsed from; `collection` describes the cables REF items cite.
 * `format` is the client's: plain text for those that list it first (terminal editors), which show Markdown as written.
 */
export function getHover(
	model: CableModel,
	position: Position,
	tables: ReferenceTables,
	text: string,
	collection?: CableCollection,
	format: MarkupKind = 'markdown',
): Hover | null {
	const context: HoverContext = { model, tables, facts: cableFacts(model) };
	const found =
		referenceHover(model, text, position, collection) ||
		metadataHover(model, position, context) ||
		[model.legacyHeader, ...model.laterLegacyHeaders].map((legacy) => legacyHover(legacy, position, context)).find(Boolean) ||
		pageMarkerOutsideBodyHover(model, position, context) ||
		[model.header, ...model.repeatedHeaders].map((header) => headerHover(header, position, context)).find(Boolean) ||
		model.bannerBlocks.map((block) => bannerBlockHover(block, position, context)).find(Boolean) ||
		bodyHover(model.body, position, context);
	const hidden = invisibleCharactersAt(model, text, position, found);
	if (hidden) return { contents: rendered(hidden.text, format), range: hidden.range };
	if (!found || found.text.isEmpty) return null;
	return { contents: rendered(found.text, format), range: found.range };
}

function rendered(text: HoverText, format: MarkupKind): MarkupContent {
	return format === 'plaintext' ? { kind: 'plaintext', value: text.toPlainText() } : { kind: 'markdown', value: text.toString() };
}

/**
 * A hover naming the invisible characters in the word under the mouse or in what the hover
 * would decode, in place of a decoding of what the reader does not see. It covers that word,
 * or else what the hover would have covered.
 */
function invisibleCharactersAt(model: CableModel, text: string, position: Position, found: Found | undefined): Found | undefined {
	const underMouse = hiddenWords(text, model.lineLengths, {
		start: position,
		end: { line: position.line, character: position.character + 1 },
	});
	const decoded = found ? hiddenWords(text, model.lineLengths, found.source ?? found.range) : [];
	const words = [...underMouse, ...decoded.filter((word) => !underMouse.some((other) => sameStart(word.range, other.range)))];
	if (words.length === 0) return undefined;
	const range = underMouse[0]?.range ?? found!.range;
	return { range, text: invisibleCharactersHover(words) };
}

const sameStart = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character;

function referenceHover(model: CableModel, text: string, position: Position, collection: CableCollection | undefined): Found | undefined {
	const references = cableReferences(model, text);
	if (!references.blocks.some((block) => inside(block.range, position))) return undefined;
	const item = references.items.find((candidate) => inside(candidate.range, position));
	return item && { range: item.range, text: referenceItemHover(item, collection) };
}

/** A tag in the wrapper decodes like a caption tag; anywhere else the wrapper gives the header summary. */
function metadataHover(model: CableModel, position: Position, context: HoverContext): Found | undefined {
	const metadata = model.metadata;
	if (!inside(metadata?.range, position)) return undefined;
	const tag = metadata.tags.find((candidate) => within(candidate, position));
	if (tag) return { range: tag.range, text: tagHover(tag, context) };
	return { range: metadata.range, text: summaryHover(context), source: at(position) };
}

/** A line of an older copy's distribution block: its time group, an office code, the copies in all, or the line itself. */
function legacyHover(legacy: LegacyHeader | undefined, position: Position, context: HoverContext): Found | undefined {
	if (!inside(legacy?.range, position)) return undefined;
	const index = legacy.lines.findIndex((line) => inside(line.range, position));
	const line = legacy.lines[index];
	if (!line) return undefined;
	const part = [line.time, line.total, ...line.offices].find((field) => within(field, position));
	const text = legacyLineHover(legacy.lines, index, part, context);
	return text && { range: part?.range ?? line.range, text, source: part?.range ?? line.range };
}

/** A page break in a TO or INFO list or between a banner and its caption reads like the body's. */
function pageMarkerOutsideBodyHover(model: CableModel, position: Position, context: HoverContext): Found | undefined {
	const marker = model.pageMarkersOutsideBody.find((candidate) => inside(candidate.range, position));
	return marker && { range: marker.range, text: pageMarkerHover(marker, context) };
}

function headerHover(header: TransmissionHeader | undefined, position: Position, context: HoverContext): Found | undefined {
	if (!inside(header?.range, position)) return undefined;
	const found = headerElementHover(header, position, context);
	// The first header line also carries the summary of the whole header.
	if (position.line !== header.range.start.line) return found;
	const summary = summaryHover(context);
	if (!found) return { range: lineRange(context.model, header.range.start.line), text: summary, source: at(position) };
	return { ...found, text: found.text.append(summary) };
}

function headerElementHover(header: TransmissionHeader, position: Position, context: HoverContext): Found | undefined {
	if (within(header.transmissionId, position)) {
		return { range: header.transmissionId.range, text: transmissionIdHover() };
	}
	for (const relay of header.relay) {
		if (within(relay.prosign, position)) return { range: relay.prosign.range, text: prosignHover(relay) };
		const indicator = relay.indicators.find((candidate) => within(candidate, position));
		if (indicator) return { range: indicator.range, text: relayIndicatorHover(indicator, context) };
	}
	const de = header.de;
	if (de && inside(de.range, position)) {
		const onStation = within(de.station, position);
		const part = [de.station, de.serialField, de.sectionField, de.filed].find((field) => within(field, position));
		return { range: part?.range ?? de.range, text: deLineHover(de, context, onStation), source: de.range };
	}
	const security = header.security;
	if (security && inside(security.range, position)) {
		const part = [security.signal, security.letters, ...security.handling].find((field) => within(field, position));
		return { range: part?.range ?? security.range, text: securityLineHover(security), source: security.range };
	}
	const dtg = header.dtg;
	if (dtg && inside(dtg.range, position)) {
		const part = [...dtg.precedence, dtg.dtg, dtg.trailing].find((field) => within(field, position));
		return { range: part?.range ?? dtg.range, text: dtgLineHover(dtg, context), source: dtg.range };
	}
	if (header.from && inside(header.from.range, position)) {
		return { range: header.from.range, text: fromLineHover(header.from, context) };
	}
	for (const list of header.addressLists) {
		if (!inside(list.range, position)) continue;
		if (within(list.keyword, position)) return { range: list.keyword.range, text: addresseeListHover(list) };
		const addressee = list.addressees.find((candidate) => inside(candidate.range, position));
		if (!addressee) continue;
		const part = [addressee.indicator, addressee.address, addressee.precedence, addressee.sequence].find((field) =>
			within(field, position),
		);
		return { range: part?.range ?? addressee.range, text: addresseeHover(addressee, list, context), source: addressee.range };
	}
	if (within(header.bt, position)) {
		return { range: header.bt.range, text: btHover() };
	}
	return undefined;
}

function bannerBlockHover(block: BannerBlock, position: Position, context: HoverContext): Found | undefined {
	if (!inside(block.range, position)) return undefined;
	const banner = block.banner;
	if (banner && inside(banner.range, position)) {
		if (banner.sectionOf && inside(banner.sectionOf.range, position))
			return { range: banner.sectionOf.range, text: sectionOfHover(banner.sectionOf) };
		return { range: banner.range, text: bannerHover(banner, context) };
	}
	const caveat = block.caveats.find((candidate) => within(candidate, position));
	if (caveat) return { range: caveat.range, text: caveatHover(caveat) };
	const caption = block.caption;
	if (!caption) return undefined;
	if (caption.eo && inside(caption.eo.range, position)) {
		const part = [caption.eo.keyword, caption.eo.order, caption.eo.action, caption.eo.decl].find((field) => within(field, position));
		return { range: part?.range ?? caption.eo.range, text: eoLineHover(caption.eo, context), source: caption.eo.range };
	}
	const tags = caption.tags;
	if (tags && inside(tags.range, position)) {
		const tag = tags.tags.find((candidate) => inside(candidate.range, position) || inside(candidate.person?.range, position));
		if (tag) {
			const source = { start: tag.range.start, end: tag.person?.range.end ?? tag.range.end };
			return { range: inside(tag.range, position) ? tag.range : (tag.person?.range ?? tag.range), text: tagHover(tag, context), source };
		}
		if (within(tags.keyword, position)) return { range: tags.keyword.range, text: tagsLineHover(tags.tags, context), source: tags.range };
		return undefined;
	}
	if (within(caption.subject?.portion, position))
		return { range: caption.subject.portion.range, text: portionMarkHover(caption.subject.portion) };
	// REF items were looked up first, as the citation reader reads them; the rest of a REF block says nothing.
	if (caption.refs && inside(caption.refs.range, position)) return undefined;
	return classifiedByAt(caption.classifiedBy, position);
}

function classifiedByAt(classifiedBy: ClassifiedBy | undefined, position: Position): Found | undefined {
	if (!classifiedBy || !inside(classifiedBy.range, position)) return undefined;
	const reason = classifiedBy.reasons.find((candidate) => within(candidate, position));
	return { range: reason?.range ?? classifiedBy.range, text: classifiedByHover(classifiedBy, reason), source: classifiedBy.range };
}

function bodyHover(body: Body | undefined, position: Position, context: HoverContext): Found | undefined {
	if (!inside(body?.range, position)) return undefined;
	for (const paragraph of onLine(body.paragraphs, position.line)) {
		if (within(paragraph.portion, position)) return { range: paragraph.portion.range, text: portionMarkHover(paragraph.portion) };
	}
	const statement = classifiedByAt(body.classifiedBy, position);
	if (statement) return statement;
	const marker = onLine(body.pageMarkers, position.line).find((candidate) => inside(candidate.range, position));
	if (marker) return { range: marker.range, text: pageMarkerHover(marker, context) };
	if (within(body.endOfMessage, position)) {
		return { range: body.endOfMessage.range, text: endOfMessageHover(body.endOfMessage) };
	}
	return undefined;
}

/**
 * The items that start on `line`, found by binary search: paragraphs and page markers are in
 * document order, and a portion mark or page marker lies on the line its item starts on.
 * A linear scan took milliseconds on a cable of a few megabytes, at every hover.
 */
function onLine<T extends { readonly range: Range }>(items: readonly T[], line: number): readonly T[] {
	let low = 0;
	let high = items.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (items[middle]!.range.start.line < line) low = middle + 1;
		else high = middle;
	}
	let end = low;
	while (end < items.length && items[end]!.range.start.line === line) end++;
	return items.slice(low, end);
}

/** An empty range at `position`. */
function at(position: Position): Range {
	return { start: position, end: position };
}

function lineRange(model: CableModel, line: number): Range {
	return { start: { line, character: 0 }, end: { line, character: model.lineLengths[line] ?? 0 } };
}
