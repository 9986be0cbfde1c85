/**
 * A cable's entry in the collection, from its model: its canonical id, subject, date, origin,
 * classification, tags and the ids it cites, each at the place that cites it. The indexer's
 * workers and the server (for open documents) make entries the same way.
 */
import type { Range } from 'vscode-languageserver-types';
import { canonicalCableId } from '../citations/cableId';
import { cableReferences } from '../citations/references';
import { cableFacts, statedClassification } from '../facts/cableFacts';
import type { CableModel } from '../model/types';
import type { CableEntry, EntryCitation } from './types';

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** `text` is the text `model` was parsed from (the citation reader needs its lines). */
export function entryOf(model: CableModel, text: string): CableEntry {
	const facts = cableFacts(model);
	const identity = canonicalCableId(model);
	const references = cableReferences(model, text);
	const citations: EntryCitation[] = [];
	for (const item of references.items) for (const cable of item.cables) if (cable.id) citations.push({ id: cable.id, range: cable.range });
	const caption = facts.captions[0];
	const idField = facts.id?.field;
	return {
		uri: model.uri,
		id: identity?.id,
		subject: caption?.subject?.text ?? '',
		date: facts.date && isoDate(facts.date, facts.sent !== undefined),
		origin: identity?.origin,
		classification: statedClassification(facts),
		tags: (caption?.tags?.tags ?? []).map((tag) => tag.code),
		target: idField?.range ?? caption?.range ?? START,
		citations,
	};
}

/** `2007-01-26T07:54Z` when the time is known, else the day. */
function isoDate(date: Date, withTime: boolean): string {
	const iso = date.toISOString();
	return withTime ? `${iso.slice(0, 16)}Z` : iso.slice(0, 10);
}

/** Whether two entries say the same of their cable (an open document's entry against the indexed one). */
export function sameEntry(a: CableEntry, b: CableEntry | undefined): boolean {
	if (!b) return false;
	if (
		a.uri !== b.uri ||
		a.id !== b.id ||
		a.subject !== b.subject ||
		a.date !== b.date ||
		a.origin !== b.origin ||
		a.classification !== b.classification
	)
		return false;
	if (a.tags.length !== b.tags.length || a.tags.some((tag, index) => tag !== b.tags[index])) return false;
	if (!sameRange(a.target, b.target) || a.citations.length !== b.citations.length) return false;
	return a.citations.every(
		(citation, index) => citation.id === b.citations[index]!.id && sameRange(citation.range, b.citations[index]!.range),
	);
}

function sameRange(a: Range, b: Range): boolean {
	return (
		a.start.line === b.start.line &&
		a.start.character === b.start.character &&
		a.end.line === b.end.line &&
		a.end.character === b.end.character
	);
}
