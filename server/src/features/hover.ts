/**
 * Hover: find the model element under the position and explain it. A pure function of the
 * parsed model and the reference tables; it never reads the document text again.
 */
import type { Hover, Position, Range } from 'vscode-languageserver-types';
import type { ReferenceTables } from '../data/referenceTables';
import { cableFacts } from '../facts/cableFacts';
import type { BannerBlock, Body, CableModel, ClassifiedBy, Field, TransmissionHeader } from '../model/types';
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
	type HoverContext,
	pageMarkerHover,
	portionMarkHover,
	prosignHover,
	refItemHover,
	relayIndicatorHover,
	sectionOfHover,
	securityLineHover,
	summaryHover,
	tagHover,
	tagsLineHover,
	transmissionIdHover,
} from './hoverContent';
import type { HoverText } from '../util/markdown';
import { isBefore } from '../util/ranges';

interface Found {
	readonly range: Range;
	readonly text: HoverText;
}

/** Start inclusive, end exclusive: the character under the mouse must lie inside. */
function inside(range: Range | undefined, position: Position): range is Range {
	return range !== undefined && !isBefore(position, range.start) && isBefore(position, range.end);
}

function within(field: Field | undefined, position: Position): field is Field {
	return inside(field?.range, position);
}

export function getHover(model: CableModel, position: Position, tables: ReferenceTables): Hover | null {
	const context: HoverContext = { model, tables, facts: cableFacts(model) };
	const found =
		metadataHover(model, position, context) ||
		[model.header, ...model.repeatedHeaders].map((header) => headerHover(header, position, context)).find(Boolean) ||
		model.bannerBlocks.map((block) => bannerBlockHover(block, position, context)).find(Boolean) ||
		bodyHover(model.body, position, context);
	if (!found || found.text.isEmpty) return null;
	return { contents: { kind: 'markdown', value: found.text.toString() }, range: found.range };
}

/** A tag in the wrapper decodes like a caption tag; anywhere else the wrapper gives the header summary. */
function metadataHover(model: CableModel, position: Position, context: HoverContext): Found | undefined {
	const metadata = model.metadata;
	if (!inside(metadata?.range, position)) return undefined;
	const tag = metadata.tags.find((candidate) => within(candidate, position));
	if (tag) return { range: tag.range, text: tagHover(tag, context) };
	return { range: metadata.range, text: summaryHover(context) };
}

function headerHover(header: TransmissionHeader | undefined, position: Position, context: HoverContext): Found | undefined {
	if (!inside(header?.range, position)) return undefined;
	const found = headerElementHover(header, position, context);
	// The first header line also carries the summary of the whole header.
	if (position.line !== header.range.start.line) return found;
	const summary = summaryHover(context);
	if (!found) return { range: lineRange(context.model, header.range.start.line), text: summary };
	return { range: found.range, text: found.text.append(summary) };
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
		return { range: part?.range ?? de.range, text: deLineHover(de, context, onStation) };
	}
	const security = header.security;
	if (security && inside(security.range, position)) {
		const part = [security.signal, security.letters, ...security.handling].find((field) => within(field, position));
		return { range: part?.range ?? security.range, text: securityLineHover(security) };
	}
	const dtg = header.dtg;
	if (dtg && inside(dtg.range, position)) {
		const part = [...dtg.precedence, dtg.dtg, dtg.trailing].find((field) => within(field, position));
		return { range: part?.range ?? dtg.range, text: dtgLineHover(dtg, context) };
	}
	for (const list of header.addressLists) {
		if (!inside(list.range, position)) continue;
		if (within(list.keyword, position)) return { range: list.keyword.range, text: addresseeListHover(list) };
		const addressee = list.addressees.find((candidate) => inside(candidate.range, position));
		if (!addressee) continue;
		const part = [addressee.indicator, addressee.address, addressee.precedence, addressee.sequence].find((field) => within(field, position));
		return { range: part?.range ?? addressee.range, text: addresseeHover(addressee, list, context) };
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
		if (banner.sectionOf && inside(banner.sectionOf.range, position)) return { range: banner.sectionOf.range, text: sectionOfHover(banner.sectionOf) };
		return { range: banner.range, text: bannerHover(banner, context) };
	}
	const caveat = block.caveats.find((candidate) => within(candidate, position));
	if (caveat) return { range: caveat.range, text: caveatHover(caveat) };
	const caption = block.caption;
	if (!caption) return undefined;
	if (caption.eo && inside(caption.eo.range, position)) {
		const part = [caption.eo.keyword, caption.eo.order, caption.eo.action, caption.eo.decl].find((field) => within(field, position));
		return { range: part?.range ?? caption.eo.range, text: eoLineHover(caption.eo, context) };
	}
	const tags = caption.tags;
	if (tags && inside(tags.range, position)) {
		const tag = tags.tags.find((candidate) => inside(candidate.range, position) || inside(candidate.person?.range, position));
		if (tag) return { range: inside(tag.range, position) ? tag.range : (tag.person?.range ?? tag.range), text: tagHover(tag, context) };
		if (within(tags.keyword, position)) return { range: tags.keyword.range, text: tagsLineHover(tags.tags, context) };
		return undefined;
	}
	if (within(caption.subject?.portion, position)) return { range: caption.subject.portion.range, text: portionMarkHover(caption.subject.portion) };
	const refs = caption.refs;
	if (refs && inside(refs.range, position)) {
		const item = refs.items.find((candidate) => inside(candidate.range, position));
		return item && { range: item.range, text: refItemHover(item, context) };
	}
	return classifiedByAt(caption.classifiedBy, position);
}

function classifiedByAt(classifiedBy: ClassifiedBy | undefined, position: Position): Found | undefined {
	if (!classifiedBy || !inside(classifiedBy.range, position)) return undefined;
	const reason = classifiedBy.reasons.find((candidate) => within(candidate, position));
	return { range: reason?.range ?? classifiedBy.range, text: classifiedByHover(classifiedBy, reason) };
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

function lineRange(model: CableModel, line: number): Range {
	return { start: { line, character: 0 }, end: { line, character: model.lineLengths[line] ?? 0 } };
}
