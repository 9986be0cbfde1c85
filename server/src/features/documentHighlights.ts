/**
 * Document highlights (issue 17): on a TAGS code, a routing indicator, a cable id or a paragraph
 * number, every occurrence of the same one in the cable: the tag in the caption of each section
 * and in the publisher's tags, the indicator on the relay, DE and addressee lines of each copy of
 * the header, the id in the metadata and in REF items, a paragraph number written twice.
 */
import { type DocumentHighlight, DocumentHighlightKind, type Position, type Range } from 'vscode-languageserver-types';
import { canonicalCableId } from '../citations/cableId';
import { cableReferences } from '../citations/references';
import { cableFacts } from '../facts/cableFacts';
import type { CableModel } from '../model/types';
import { contains } from '../util/ranges';

interface Occurrence {
	/** What makes two occurrences the same: the kind and the normalised text (`tag:PREL`). */
	readonly key: string;
	readonly range: Range;
}

export function getDocumentHighlights(model: CableModel, text: string, position: Position): DocumentHighlight[] {
	const here = { start: position, end: position };
	// Cheap kinds first: the citation reader runs only when the cursor is on none of them.
	for (const find of [paragraphNumbers, tags, routingIndicators, (cable: CableModel) => cableIds(cable, text)]) {
		const occurrences = find(model);
		const under = occurrences.find((occurrence) => contains(occurrence.range, here));
		if (!under) continue;
		return occurrences
			.filter((occurrence) => occurrence.key === under.key)
			.map(({ range }) => ({ range, kind: DocumentHighlightKind.Text }));
	}
	return [];
}

function tags(model: CableModel): Occurrence[] {
	const facts = cableFacts(model);
	const all = [...(model.metadata?.tags ?? []), ...facts.tagsLines.flatMap((line) => line.tags)];
	return all.map((tag) => ({ key: `tag:${tag.code}`, range: tag.range }));
}

function routingIndicators(model: CableModel): Occurrence[] {
	const occurrences: Occurrence[] = [];
	for (const header of cableFacts(model).headers) {
		const indicators = [
			...header.relay.flatMap((relay) => relay.indicators),
			header.de?.station,
			...header.addressLists.flatMap((list) => list.addressees.map((addressee) => addressee.indicator)),
		];
		for (const indicator of indicators)
			if (indicator) occurrences.push({ key: `ri:${indicator.text.toUpperCase()}`, range: indicator.range });
	}
	return occurrences;
}

function cableIds(model: CableModel, text: string): Occurrence[] {
	const occurrences: Occurrence[] = [];
	const own = canonicalCableId(model);
	const written = model.metadata?.fields.find((field) => field.key === 'id');
	if (own?.from === 'metadata' && written) occurrences.push({ key: `id:${own.id}`, range: written.value.range });
	const references = cableReferences(model, text);
	for (const item of references.items)
		for (const cable of item.cables) if (cable.id) occurrences.push({ key: `id:${cable.id}`, range: cable.range });
	// A REFTEL stands for a cable only when it is certain which one.
	for (const mention of references.mentions)
		if (mention.ids.length === 1) occurrences.push({ key: `id:${mention.ids[0]}`, range: mention.range });
	return occurrences;
}

/** The cable's own paragraph markers (not a list's `1.` inside a paragraph); a number written twice lights up both. */
function paragraphNumbers(model: CableModel): Occurrence[] {
	return cableFacts(model).numbering.main.map((paragraph) => ({ key: `paragraph:${paragraph.number}`, range: paragraph.marker.range }));
}
