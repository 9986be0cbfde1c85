import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CollectionIndex, type FileStamp } from '../../server/src/collection/collectionIndex';
import type { CableEntry } from '../../server/src/collection/types';

const at = (line: number, start: number, endLine: number, end: number) => ({
	start: { line, character: start },
	end: { line: endLine, character: end },
});

const ENTRIES: CableEntry[] = [
	{
		uri: 'file:///work/cables/07TOKYO374.txt',
		id: '07TOKYO374',
		subject: 'JAPAN: PRIME MINISTER ABE ON NORTH KOREA',
		date: '2007-01-26T07:54Z',
		origin: 'TOKYO',
		classification: 'CONFIDENTIAL//NOFORN',
		tags: ['PREL', 'PGOV', 'JA'],
		target: at(1, 13, 1, 23),
		citations: [
			{ id: '07STATE1234', range: at(14, 8, 14, 18) },
			{ id: '06TOKYO99', range: at(15, 8, 16, 2) },
		],
	},
	{
		uri: 'file:///work/cables/sub%20dir/08ECTION01OF02MANAMA492.txt',
		id: '08MANAMA492',
		subject: 'BAHRAIN: “SMART” SANCTIONS — NAÏVE? 日本',
		date: '2008-03-04',
		origin: 'MANAMA',
		classification: 'SECRET',
		tags: ['PREL', 'PGOV', 'JA'],
		target: at(0, 0, 0, 0),
		citations: [{ id: '07STATE1234', range: at(20, 3, 20, 13) }],
	},
	{
		uri: 'untitled:Untitled-1',
		id: undefined,
		subject: '',
		date: undefined,
		origin: undefined,
		classification: undefined,
		tags: [],
		target: at(70000, 5000, 70100, 9),
		citations: [],
	},
];

const STAMPS = new Map<string, FileStamp>([
	['file:///work/cables/07TOKYO374.txt', { size: 6120, mtimeMs: 1717171717171.5 }],
	['file:///work/cables/sub%20dir/08ECTION01OF02MANAMA492.txt', { size: 2 ** 40, mtimeMs: 0 }],
	// Files that are no cables have a stamp and no entry, so that they are not read again.
	['file:///work/cables/README.md', { size: 12, mtimeMs: 1600000000000 }],
]);

function saved(): Uint8Array {
	const index = new CollectionIndex();
	for (const entry of ENTRIES) index.set(entry);
	return index.serialize(STAMPS);
}

const byUri = (entries: Iterable<CableEntry>) => [...entries].sort((a, b) => (a.uri < b.uri ? -1 : 1));

describe('the persisted collection', () => {
	it('brings back the same entries and stamps', () => {
		const loaded = CollectionIndex.deserialize(saved());
		assert.ok(loaded);
		assert.deepEqual(byUri(loaded.index.entries()), byUri(ENTRIES));
		assert.deepEqual(loaded.stamps, STAMPS);
	});

	it('brings back a working index: ids, citers and search', () => {
		const { index } = CollectionIndex.deserialize(saved())!;
		assert.equal(index.size, 3);
		assert.equal(index.byId('08MANAMA492')[0]?.uri, ENTRIES[1]!.uri);
		assert.deepEqual(
			index
				.citersOf('07STATE1234')
				.map((citer) => citer.entry.id)
				.sort(),
			['07TOKYO374', '08MANAMA492'],
		);
		assert.equal(index.search('naïve', 5)[0]?.id, '08MANAMA492');
		assert.equal(index.complete, false, 'the indexer checks the stamps before it calls the index complete');
	});

	it('writes an empty collection', () => {
		const loaded = CollectionIndex.deserialize(new CollectionIndex().serialize(new Map()));
		assert.equal(loaded?.index.size, 0);
		assert.equal(loaded?.stamps.size, 0);
	});

	it('is compact: repeated strings are written once', () => {
		const index = new CollectionIndex();
		for (let serial = 1; serial <= 1000; serial++) {
			index.set({ ...ENTRIES[0]!, uri: `file:///work/cables/07TOKYO${serial}.txt`, id: `07TOKYO${serial}` });
		}
		const bytes = index.serialize(new Map());
		// Each entry's own strings (uri name, id, subject) are about 75 bytes.
		assert.ok(bytes.length < 1000 * 120, `${bytes.length} bytes`);
	});

	it('reads nothing from bytes it did not write', () => {
		const bytes = saved();
		const cases: Record<string, Uint8Array> = {
			empty: new Uint8Array(0),
			'cut short': bytes.subarray(0, bytes.length - 1),
			'cut in the header': bytes.subarray(0, 10),
			'one more byte': Uint8Array.from([...bytes, 0]),
			'text file': new TextEncoder().encode('07TOKYO374 is a cable\n'.repeat(10)),
		};
		for (const flip of [0, 9, 12, 16, 20, 40, bytes.length >> 1, bytes.length - 1]) {
			const changed = bytes.slice();
			changed[flip] = changed[flip]! ^ 0x20;
			cases[`byte ${flip} changed`] = changed;
		}
		const otherVersion = bytes.slice();
		otherVersion[8] = (otherVersion[8]! + 1) & 0xff;
		cases['another version'] = otherVersion;
		for (const [name, corrupt] of Object.entries(cases)) assert.equal(CollectionIndex.deserialize(corrupt), undefined, name);
	});

	it('reads bytes that are a view into a larger buffer', () => {
		const bytes = saved();
		const larger = new Uint8Array(bytes.length + 7);
		larger.set(bytes, 3);
		assert.equal(CollectionIndex.deserialize(larger.subarray(3, 3 + bytes.length))?.index.size, 3);
	});
});
