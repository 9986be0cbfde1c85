import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CollectionIndex } from '../../server/src/collection/collectionIndex';
import type { CableEntry } from '../../server/src/collection/types';

const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function cable(
	id: string | undefined,
	subject: string,
	date: string,
	tags: readonly string[] = ['PREL'],
	origin = id?.replace(/^\d+|\d+$/g, ''),
): CableEntry {
	return {
		uri: `file:///cables/${id ?? subject}.txt`,
		id,
		subject,
		date,
		origin,
		classification: 'SECRET',
		tags,
		target: START,
		citations: [],
	};
}

function indexOf(...entries: CableEntry[]): CollectionIndex {
	const index = new CollectionIndex();
	for (const entry of entries) index.set(entry);
	return index;
}

const ids = (found: readonly CableEntry[]) => found.map((entry) => entry.id ?? entry.subject);

describe('searching the collection', () => {
	const index = indexOf(
		cable('07TOKYO374', 'JAPAN: PRIME MINISTER ABE ON NORTH KOREA', '2007-01-26T07:54Z', ['PREL', 'PGOV', 'JA']),
		cable('06TOKYO374', 'JAPANESE VIEWS ON TRADE', '2006-03-01', ['ETRD', 'JA']),
		cable('07TOKYO3740', 'TOKYO STOCK EXCHANGE OUTAGE', '2007-05-01', ['EFIN', 'JA']),
		cable('07TOKYO37', 'FISHERIES TALKS', '2007-02-01', ['EFIS', 'JA']),
		cable('07STATE3741', 'DEMARCHE REQUEST: TOKYO CONFERENCE', '2007-06-01', ['PREL', 'KNNP']),
		cable('08BEIJING12', 'CHINA: VIEWS ON NORTH KOREA TALKS', '2008-04-02', ['PREL', 'KN', 'CH']),
		cable('09BEIJING3', 'NORTH KOREAN DEFECTORS IN CHINA', '2009-04-02', ['PHUM', 'KN', 'CH']),
		cable('05SEOUL7', 'KOREA, NORTH: SIX-PARTY TALKS READOUT', '2005-09-19', ['PARM', 'KN', 'KS']),
		cable('08THEHAGUE5', 'OPCW: EXECUTIVE COUNCIL', '2008-02-02', ['PARM', 'CWC']),
		cable('09USUNNEWYORK9', 'UNSC: NORTH KOREA SANCTIONS', '2009-06-12', ['UNSC', 'KN']),
		cable('06NEWDELHI88', 'NUCLEAR AGREEMENT', '2006-03-02', ['ENRG', 'IN']),
		cable(undefined, 'Unidentified report on Korea', '2004-01-01', ['PREL']),
	);

	it('puts the exact id first, then the ids it starts', () => {
		assert.deepEqual(ids(index.search('07TOKYO374', 10)), ['07TOKYO374', '07TOKYO3740']);
	});

	it('reads the id however it is typed', () => {
		for (const query of [
			'07TOKYO374',
			'07tokyo374',
			' 07 Tokyo 374 ',
			'07TOKYO0374',
			'2007 TOKYO 374',
			'TOKYO 374 2007',
			'TOKYO 374 (2007)',
		]) {
			assert.equal(index.search(query, 10)[0]?.id, '07TOKYO374', query);
		}
	});

	it('finds an id without its year in every year, newest first', () => {
		for (const query of ['TOKYO 374', 'tokyo374', 'TOKYO 0374']) {
			assert.deepEqual(ids(index.search(query, 2)), ['07TOKYO374', '06TOKYO374'], query);
		}
	});

	it('resolves post aliases in an id', () => {
		assert.equal(index.search('HAGUE 5', 5)[0]?.id, '08THEHAGUE5');
		assert.equal(index.search('USUN 9', 5)[0]?.id, '09USUNNEWYORK9');
	});

	it('lists ids starting with a partial id, shortest first', () => {
		assert.deepEqual(ids(index.search('07TOKYO37', 10)), ['07TOKYO37', '07TOKYO374', '07TOKYO3740']);
		assert.deepEqual(ids(index.search('TOKYO37', 10)).slice(0, 4), ['07TOKYO37', '07TOKYO374', '06TOKYO374', '07TOKYO3740']);
		// Written apart, the longest word (TOKYO) does not start the id: the ids are still found.
		assert.deepEqual(ids(index.search('07 tokyo 37', 10)), ['07TOKYO37', '07TOKYO374', '07TOKYO3740']);
	});

	it('finds subjects holding every word, whole words and early ones first', () => {
		assert.deepEqual(ids(index.search('north korea', 10)), ['05SEOUL7', '09USUNNEWYORK9', '08BEIJING12', '07TOKYO374', '09BEIJING3']);
		assert.deepEqual(ids(index.search('NOR KOR', 10)), ['09BEIJING3', '05SEOUL7', '09USUNNEWYORK9', '08BEIJING12', '07TOKYO374']);
	});

	it('matches words at their start only, in any case', () => {
		assert.deepEqual(ids(index.search('japan', 10)), ['07TOKYO374', '06TOKYO374']);
		assert.deepEqual(ids(index.search('apan', 10)), []);
		assert.deepEqual(ids(index.search('unidentified', 10)), ['Unidentified report on Korea']);
	});

	it('finds tags after subjects, and origins after tags', () => {
		assert.deepEqual(ids(index.search('KNNP', 10)), ['07STATE3741']);
		assert.deepEqual(ids(index.search('PARM', 10)), ['08THEHAGUE5', '05SEOUL7']);
		// TOKYO is in two subjects, then come the cables from Tokyo, newest first.
		assert.deepEqual(ids(index.search('tokyo', 10)), ['07TOKYO3740', '07STATE3741', '07TOKYO37', '07TOKYO374', '06TOKYO374']);
		assert.deepEqual(ids(index.search('THEHAGUE', 10)), ['08THEHAGUE5']);
		assert.deepEqual(ids(index.search('usun new york', 10)), ['09USUNNEWYORK9']);
		// The longest word (DELHI) starts no word of the record: the origin is found by the words run together.
		assert.deepEqual(ids(index.search('new delhi', 10)), ['06NEWDELHI88']);
	});

	it('finds words spread over subject, tags and origin last', () => {
		assert.deepEqual(ids(index.search('beijing defectors', 10)), ['09BEIJING3']);
		assert.deepEqual(ids(index.search('korea KS', 10)), ['05SEOUL7']);
	});

	it('stops at the limit and keeps the best', () => {
		// Subject words starting with JA outrank the tag JA.
		assert.deepEqual(ids(index.search('JA', 10)), ['07TOKYO374', '06TOKYO374', '07TOKYO3740', '07TOKYO37']);
		assert.deepEqual(ids(index.search('JA', 3)), ['07TOKYO374', '06TOKYO374', '07TOKYO3740']);
		assert.deepEqual(index.search('korea', 0), []);
		assert.equal(index.search('korea', 3).length, 3);
	});

	it('answers nothing to an empty query or one nothing matches', () => {
		assert.deepEqual(index.search('', 10), []);
		assert.deepEqual(index.search('  ,. ', 10), []);
		assert.deepEqual(index.search('zanzibar', 10), []);
		assert.deepEqual(index.search('99TOKYO374', 10), []);
	});
});

describe('searching a collection that changes', () => {
	it('lists a tag newest first, the whole tag before tags it starts, as cables are added, changed and deleted', () => {
		const index = indexOf(
			cable('07ROME1', 'VISIT', '2007-01-01', ['PREL']),
			cable('08ROME2', 'VISIT', '2008-01-01', ['PREL']),
			cable('09ROME3', 'VISIT', '2009-01-01', ['PRELX']),
		);
		assert.deepEqual(ids(index.search('PREL', 10)), ['08ROME2', '07ROME1', '09ROME3']);
		index.set(cable('09ROME4', 'VISIT', '2009-06-01', ['PGOV', 'PREL']));
		assert.deepEqual(ids(index.search('PREL', 2)), ['09ROME4', '08ROME2']);
		index.delete('file:///cables/08ROME2.txt');
		assert.deepEqual(ids(index.search('PREL', 2)), ['09ROME4', '07ROME1']);
		// Retagged: found by its new tag only.
		index.set(cable('09ROME4', 'VISIT', '2009-06-01', ['PGOV']));
		assert.deepEqual(ids(index.search('PREL', 10)), ['07ROME1', '09ROME3']);
		assert.deepEqual(ids(index.search('PGOV', 10)), ['09ROME4']);
	});

	it('ranks one-letter queries by whole words first, as cables are added and deleted', () => {
		const index = indexOf(
			cable('07ROME1', 'KOSOVO STATUS', '2007-01-01', ['PREL']),
			cable('08ROME2', 'TALKS ON KOSOVO', '2008-01-01', ['KV']),
		);
		assert.deepEqual(ids(index.search('k', 10)), ['07ROME1', '08ROME2']);
		index.set(cable('06ROME5', 'PLAN K FOR KOSOVO', '2006-01-01', ['PREL']));
		assert.deepEqual(ids(index.search('k', 10)), ['06ROME5', '07ROME1', '08ROME2']);
		assert.deepEqual(ids(index.search('K', 1)), ['06ROME5']);
		index.delete('file:///cables/06ROME5.txt');
		index.delete('file:///cables/07ROME1.txt');
		assert.deepEqual(ids(index.search('k', 10)), ['08ROME2']);
	});
});
