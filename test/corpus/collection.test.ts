/**
 * The corpus as one collection: every cable's entry indexed, every citation of a cable the
 * corpus holds resolves through byId to the file that holds it, citersOf is exactly the
 * inverse of the citations, and the persisted form brings the same collection back.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CollectionIndex } from '../../server/src/collection/collectionIndex';
import { entryOf } from '../../server/src/collection/entry';
import type { CableEntry } from '../../server/src/collection/types';
import { parseCable } from '../../server/src/model/parse';
import { corpusCables, corpusSkipReason } from '../helpers/corpus';

describe('the corpus as a collection', { skip: corpusSkipReason }, () => {
	const entries: CableEntry[] = [];
	const index = new CollectionIndex();
	for (const cable of corpusCables()) {
		const entry = entryOf(parseCable(cable.text, cable.uri, 1), cable.text);
		entries.push(entry);
		index.set(entry);
	}
	const withId = entries.filter((entry) => entry.id !== undefined);
	const fileOf = new Map<string, Set<string>>();
	for (const entry of withId) fileOf.set(entry.id!, (fileOf.get(entry.id!) ?? new Set()).add(entry.uri));

	it('holds every cable, each found by its uri and its id', () => {
		assert.equal(index.size, entries.length);
		assert.ok(withId.length > entries.length * 0.9, `${withId.length} of ${entries.length} cables have an id`);
		for (const entry of entries) assert.equal(index.byUri(entry.uri)?.id, entry.id);
		for (const entry of withId)
			assert.ok(
				index.byId(entry.id!).some((found) => found.uri === entry.uri),
				entry.id,
			);
	});

	it('resolves every citation of a corpus cable to the file holding it', () => {
		let resolved = 0;
		for (const entry of entries) {
			for (const citation of entry.citations) {
				const files = fileOf.get(citation.id);
				if (!files) continue;
				resolved++;
				assert.deepEqual(new Set(index.byId(citation.id).map((found) => found.uri)), files, `${entry.uri} cites ${citation.id}`);
			}
		}
		const citations = entries.reduce((sum, entry) => sum + entry.citations.length, 0);
		console.log(`${citations} citations in ${entries.length} cables; ${resolved} cite a cable of the corpus`);
		assert.ok(resolved > 0, 'the corpus cites some of its own cables');
	});

	it('lists as citers of an id exactly the citations made of it', () => {
		const expected = new Map<string, string[]>();
		for (const entry of entries) {
			for (const citation of entry.citations) {
				const key = `${entry.uri}#${citation.range.start.line}:${citation.range.start.character}`;
				expected.set(citation.id, [...(expected.get(citation.id) ?? []), key]);
			}
		}
		for (const [id, citations] of expected) {
			const citers = index.citersOf(id).map((citer) => `${citer.entry.uri}#${citer.range.start.line}:${citer.range.start.character}`);
			assert.deepEqual(citers.sort(), citations.sort(), id);
		}
		assert.deepEqual(index.citersOf('99NOWHERE1'), []);
	});

	it('finds each cable first by its id', () => {
		for (const entry of withId.slice(0, 200)) {
			const files = fileOf.get(entry.id!)!;
			const found = index.search(entry.id!.toLowerCase(), files.size);
			assert.deepEqual(new Set(found.map((hit) => hit.uri)), files, entry.id);
		}
	});

	it('comes back the same from its persisted form', () => {
		const stamps = new Map(entries.map((entry, position) => [entry.uri, { size: position, mtimeMs: position * 1.5 }]));
		const loaded = CollectionIndex.deserialize(index.serialize(stamps));
		assert.ok(loaded);
		const byUri = (list: Iterable<CableEntry>) => [...list].sort((a, b) => (a.uri < b.uri ? -1 : 1));
		assert.deepEqual(byUri(loaded.index.entries()), byUri(entries));
		assert.deepEqual(loaded.stamps, stamps);
	});
});
