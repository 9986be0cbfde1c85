import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Range } from 'vscode-languageserver-types';
import { CollectionIndex } from '../../server/src/collection/collectionIndex';
import type { CableEntry } from '../../server/src/collection/types';

const at = (line: number, start: number, end: number): Range => ({ start: { line, character: start }, end: { line, character: end } });

/** An entry as entryOf makes one; `cites` are ids cited on lines 10, 11, ... */
function entry(uri: string, id: string | undefined, cites: readonly string[] = [], more: Partial<CableEntry> = {}): CableEntry {
	return {
		uri,
		id,
		subject: `SUBJECT OF ${id ?? uri}`,
		date: '2007-01-26T07:54Z',
		origin: id?.replace(/^\d+|\d+$/g, ''),
		classification: 'CONFIDENTIAL',
		tags: ['PREL', 'JA'],
		target: at(1, 0, 10),
		citations: cites.map((cited, index) => ({ id: cited, range: at(10 + index, 3, 3 + cited.length) })),
		...more,
	};
}

const uris = (entries: readonly CableEntry[]) => entries.map((found) => found.uri).sort();
const citers = (index: CollectionIndex, id: string) =>
	index
		.citersOf(id)
		.map((citer) => `${citer.entry.uri}@${citer.range.start.line}`)
		.sort();

describe('the collection index', () => {
	it('finds an entry by uri and by id, and its citers at each citing item', () => {
		const index = new CollectionIndex();
		index.set(entry('file:///a', '07TOKYO374'));
		index.set(entry('file:///b', '07STATE1', ['07TOKYO374', '06PARIS2', '07TOKYO374']));
		assert.equal(index.size, 2);
		assert.equal(index.byUri('file:///b')?.id, '07STATE1');
		assert.deepEqual(uris(index.byId('07TOKYO374')), ['file:///a']);
		assert.deepEqual(citers(index, '07TOKYO374'), ['file:///b@10', 'file:///b@12']);
		assert.deepEqual(citers(index, '06PARIS2'), ['file:///b@11']);
		assert.deepEqual(index.byId('06PARIS2'), [], 'a cited cable outside the collection has citers but no entry');
		assert.deepEqual(index.citersOf('07STATE1'), []);
	});

	it('stores what it was given', () => {
		const index = new CollectionIndex();
		const given = entry('file:///b', '07STATE1', ['07TOKYO374'], {
			date: undefined,
			origin: undefined,
			classification: undefined,
			tags: [],
		});
		index.set(given);
		assert.deepEqual(index.byUri('file:///b'), given);
		assert.deepEqual([...index.entries()], [given]);
	});

	it('drops the old citations when a cable is edited to cite something else', () => {
		const index = new CollectionIndex();
		index.set(entry('file:///a', '07TOKYO374'));
		index.set(entry('file:///b', '07STATE1', ['07TOKYO374']));
		index.set(entry('file:///c', '07STATE2', ['07TOKYO374']));
		index.set(entry('file:///b', '07STATE1', ['06PARIS2']));
		assert.deepEqual(citers(index, '07TOKYO374'), ['file:///c@10']);
		assert.deepEqual(citers(index, '06PARIS2'), ['file:///b@10']);
		assert.equal(index.size, 3);
	});

	it('moves the id when an edit changes it', () => {
		const index = new CollectionIndex();
		index.set(entry('file:///a', '07TOKYO374'));
		index.set(entry('file:///a', '07TOKYO375'));
		assert.deepEqual(index.byId('07TOKYO374'), []);
		assert.deepEqual(uris(index.byId('07TOKYO375')), ['file:///a']);
		assert.deepEqual(index.search('07TOKYO374', 10), []);
	});

	it('forgets a deleted file: its entry, its id and its citations', () => {
		const index = new CollectionIndex();
		index.set(entry('file:///a', '07TOKYO374'));
		index.set(entry('file:///b', '07STATE1', ['07TOKYO374']));
		index.delete('file:///b');
		index.delete('file:///never-indexed');
		assert.equal(index.size, 1);
		assert.equal(index.byUri('file:///b'), undefined);
		assert.deepEqual(index.byId('07STATE1'), []);
		assert.deepEqual(index.citersOf('07TOKYO374'), []);
		assert.deepEqual(uris([...index.entries()]), ['file:///a']);
		assert.deepEqual(index.search('STATE', 10), []);
	});

	it('reuses the slot of a deleted file without mixing the two up', () => {
		const index = new CollectionIndex();
		index.set(entry('file:///a', '07TOKYO374'));
		index.delete('file:///a');
		index.set(entry('file:///z', '08CAIRO9', [], { subject: 'NILE WATERS' }));
		assert.deepEqual(uris(index.search('NILE', 10)), ['file:///z']);
		assert.deepEqual(index.search('SUBJECT', 10), []);
		assert.deepEqual(uris(index.byId('08CAIRO9')), ['file:///z']);
	});

	it('keeps both files of a duplicated cable, and drops only the one deleted', () => {
		const index = new CollectionIndex();
		index.set(entry('file:///copy1', '07TOKYO374', ['07STATE1']));
		index.set(entry('file:///copy2', '07TOKYO374', ['07STATE1']));
		assert.deepEqual(uris(index.byId('07TOKYO374')), ['file:///copy1', 'file:///copy2']);
		assert.deepEqual(citers(index, '07STATE1'), ['file:///copy1@10', 'file:///copy2@10']);
		index.delete('file:///copy1');
		assert.deepEqual(uris(index.byId('07TOKYO374')), ['file:///copy2']);
		assert.deepEqual(citers(index, '07STATE1'), ['file:///copy2@10']);
	});

	it('holds entries without an id: found by uri and subject, cited by nobody', () => {
		const index = new CollectionIndex();
		index.set(entry('file:///unknown', undefined, ['07TOKYO374'], { subject: 'GARBLED TELEGRAM' }));
		assert.equal(index.byUri('file:///unknown')?.id, undefined);
		assert.deepEqual(citers(index, '07TOKYO374'), ['file:///unknown@10']);
		assert.deepEqual(uris(index.search('garbled', 10)), ['file:///unknown']);
		index.delete('file:///unknown');
		assert.deepEqual(index.citersOf('07TOKYO374'), []);
	});

	it('is incomplete until the indexer says otherwise', () => {
		const index = new CollectionIndex();
		assert.equal(index.complete, false);
		index.markComplete(true);
		assert.equal(index.complete, true);
		index.markComplete(false);
		assert.equal(index.complete, false);
	});
});
