/**
 * Citations as a call hierarchy: "cited by" (incoming calls) and "cites" (outgoing calls), a
 * tree the user expands generation by generation. An item is a cable of the collection (name
 * its id, detail its subject and date, `data` its id); a call's ranges are the citing REF items.
 *
 * Cited cables the collection does not hold are left out of "cites": an item needs a file, and
 * pointing it at the citing file would show a cable that opens the wrong one. Their citations
 * are still visible, and resolved, in the REF item's hover.
 */
import {
	type CallHierarchyIncomingCall,
	type CallHierarchyItem,
	type CallHierarchyOutgoingCall,
	type Position,
	type Range,
	SymbolKind,
} from 'vscode-languageserver-types';
import type { CableCollection, CableEntry } from '../../collection/types';
import type { CableModel } from '../../model/types';
import { cableAt, cableSpans } from './cableSpans';

/** What an item carries between prepare and the calls: the cable's id. */
export interface CitationItemData {
	readonly id: string;
}

/** `text` is the text `model` was parsed from. */
export function prepareCallHierarchy(
	model: CableModel,
	text: string,
	position: Position,
	collection: CableCollection | undefined,
): CallHierarchyItem[] | null {
	if (!collection) return null;
	const spans = cableSpans(model, text);
	const id = cableAt(spans, position);
	if (!id) return null;
	// This cable as it reads now, not as it was indexed; a cited one as the collection knows it.
	const entry = spans.entry.id === id ? spans.entry : collection.byId(id)[0];
	return entry ? [citationItem(entry, id)] : null;
}

/** The cables citing the item's cable, each with the ranges (in the citing file) that cite it. */
export function incomingCalls(item: CallHierarchyItem, collection: CableCollection | undefined): CallHierarchyIncomingCall[] {
	const id = itemId(item);
	if (!collection || !id) return [];
	const byCiter = new Map<string, { entry: CableEntry; ranges: Range[] }>();
	for (const citer of collection.citersOf(id)) {
		const known = byCiter.get(citer.entry.uri);
		if (known) known.ranges.push(citer.range);
		else byCiter.set(citer.entry.uri, { entry: citer.entry, ranges: [citer.range] });
	}
	return [...byCiter.values()]
		.filter(({ entry }) => entry.id !== undefined)
		.map(({ entry, ranges }) => ({ from: citationItem(entry, entry.id!), fromRanges: ranges }));
}

/**
 * The cables the item's cable cites that the collection holds, each with the ranges (in the
 * item's file) that cite it. `current` is the item's cable as it reads now, when its file is
 * open: its edits count before the index sees them.
 */
export function outgoingCalls(
	item: CallHierarchyItem,
	collection: CableCollection | undefined,
	current?: CableEntry,
): CallHierarchyOutgoingCall[] {
	const id = itemId(item);
	if (!collection || !id) return [];
	const citing = current ?? collection.byUri(item.uri) ?? collection.byId(id)[0];
	if (!citing) return [];
	const byCited = new Map<string, Range[]>();
	for (const citation of citing.citations) {
		const known = byCited.get(citation.id);
		if (known) known.push(citation.range);
		else byCited.set(citation.id, [citation.range]);
	}
	const calls: CallHierarchyOutgoingCall[] = [];
	for (const [cited, ranges] of byCited) {
		const entry = collection.byId(cited)[0];
		if (entry) calls.push({ to: citationItem(entry, cited), fromRanges: ranges });
	}
	return calls;
}

function citationItem(entry: CableEntry, id: string): CallHierarchyItem {
	const data: CitationItemData = { id };
	return {
		name: id,
		kind: SymbolKind.File,
		detail: [entry.subject, entry.date?.slice(0, 10)].filter(Boolean).join(' · '),
		uri: entry.uri,
		range: entry.target,
		selectionRange: entry.target,
		data,
	};
}

/** The id an item carries; items come back from the client, so their data is checked, not trusted. */
function itemId(item: CallHierarchyItem): string | undefined {
	const data: unknown = item.data;
	if (typeof data !== 'object' || data === null) return undefined;
	const id = (data as Partial<CitationItemData>).id;
	return typeof id === 'string' && id.length > 0 && id.length <= 80 ? id : undefined;
}
