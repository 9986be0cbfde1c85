/**
 * Find all references on a cable: every cable of the collection that cites it, at the REF item
 * (or body mention) that cites it. The cursor means this cable on its own id, metadata, header,
 * banners or caption; on a citation it means the cited cable.
 */
import type { Location, Position } from 'vscode-languageserver-types';
import type { CableCollection, CableEntry } from '../../collection/types';
import type { CableModel } from '../../model/types';
import { cableAt, cableSpans } from './cableSpans';

/** `text` is the text `model` was parsed from; `withDeclaration` adds where the cable itself is. */
export function getReferences(
	model: CableModel,
	text: string,
	position: Position,
	withDeclaration: boolean,
	collection: CableCollection | undefined,
): Location[] {
	if (!collection) return [];
	const spans = cableSpans(model, text);
	const id = cableAt(spans, position);
	if (!id) return [];
	const found = collection.citersOf(id).map((citer) => ({ uri: citer.entry.uri, range: citer.range }));
	if (!withDeclaration) return found;
	return [...declarations(id, spans.entry, collection), ...found];
}

/** The files holding the cable; this document as it reads now when it is one of them. */
function declarations(id: string, own: CableEntry, collection: CableCollection): Location[] {
	const others = collection
		.byId(id)
		.filter((entry) => entry.uri !== own.uri)
		.map((entry) => ({ uri: entry.uri, range: entry.target }));
	return own.id === id ? [{ uri: own.uri, range: own.target }, ...others] : others;
}
