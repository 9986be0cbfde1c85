import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCable } from '../../server/src/model/parse';
import { lines } from '../helpers/documents';
import { seedText } from '../helpers/corpus';

const metadataOf = (text: string) => parseCable(text, 'memory://metadata', 1).metadata;
// The seed separates its tags with no-break spaces, as the web page did.
const values = (text: string) => Object.fromEntries(metadataOf(text)!.fields.map((f) => [f.key, f.value.text.replace(/\u00a0/g, ' ')]));

describe('metadata wrappers', () => {
	it('reads the seed page copy: labels, then values, then title, tags and notice', () => {
		const metadata = metadataOf(seedText())!;
		assert.equal(metadata.layout, 'labelsThenValues');
		assert.deepEqual(values(seedText()), {
			id: '07TOKYO374',
			created: '2007-01-26 07:54:00',
			classification: 'CONFIDENTIAL',
			origin: 'Embassy Tokyo',
			title: 'S/P DIRECTOR KRASNER MEETS DIRECTOR GENERAL FOR',
			tags: 'PREL PARM KNNP ZK IN KN KS AS CH RS JA',
		});
		assert.deepEqual(
			metadata.notices.map((n) => n.text),
			['pdf\u00a0how-to read a cable'],
		);
	});

	it('reads the wrapper tags as codes with their places, also in the PlusD form', () => {
		const seedTags = metadataOf(seedText())!.tags;
		assert.deepEqual(
			seedTags.map((t) => t.code),
			['PREL', 'PARM', 'KNNP', 'ZK', 'IN', 'KN', 'KS', 'AS', 'CH', 'RS', 'JA'],
		);
		assert.deepEqual(seedTags[0]!.range, { start: { line: 12, character: 7 }, end: { line: 12, character: 11 } });
		const plusd = lines(
			'TITLE',
			'Date: 1974 May 17',
			'Canonical ID: 1974ATHENS02959_b',
			'TAGS: AMBATIELOS, ANTHONY | GR - Greece; Crete | PINS - Political Affairs',
			'Raw content',
		);
		const tags = metadataOf(plusd)!.tags;
		assert.deepEqual(
			tags.map((t) => [t.code, t.range.start.character]),
			[
				['GR', 28],
				['PINS', 49],
			],
		);
	});

	it('reads a "Viewing cable" page', () => {
		const text = lines(
			'Viewing cable 08MANAMA181, BAHRAINI FM ON ARAB LEAGUE',
			'Reference ID',
			'Created',
			'Released',
			'Classification',
			'Origin',
			'08MANAMA181',
			'2008-03-19 10:10',
			'2011-02-18 21:09',
			'CONFIDENTIAL',
			'Embassy Manama',
			'VZCZCXRO9028',
		);
		assert.equal(metadataOf(text)!.layout, 'viewingCable');
		assert.deepEqual(values(text), {
			id: '08MANAMA181',
			title: 'BAHRAINI FM ON ARAB LEAGUE',
			created: '2008-03-19 10:10',
			released: '2011-02-18 21:09',
			classification: 'CONFIDENTIAL',
			origin: 'Embassy Manama',
		});
	});

	it('reads a PlusD Key: Value synopsis up to "Raw content"', () => {
		const text = lines(
			'ARRESTS OF KALOUDIS',
			'Date: 1974 May 17, 16:00 (Friday)',
			'Canonical ID: 1974ATHENS02959_b',
			'Original Classification: LIMITED OFFICIAL USE',
			'From: Greece Athens',
			'Raw content',
			'LIMITED OFFICIAL USE',
		);
		const metadata = metadataOf(text)!;
		assert.equal(metadata.layout, 'keyValue');
		assert.equal(values(text).id, '1974ATHENS02959_b');
		assert.deepEqual(
			metadata.notices.map((n) => n.text),
			['Raw content'],
		);
	});

	it('reads bare values by their shape (text export and cables.csv)', () => {
		const text = lines(
			'02ADANA386',
			'SOUTHEAST TURKEY PRESS SUMMARY',
			'Wed Nov 20 00:00:00 +0100 2002',
			'UNCLASSIFIED',
			'Consulate Adana',
			'UNCLAS ADANA 0386',
		);
		assert.deepEqual(values(text), {
			id: '02ADANA386',
			title: 'SOUTHEAST TURKEY PRESS SUMMARY',
			created: 'Wed Nov 20 00:00:00 +0100 2002',
			classification: 'UNCLASSIFIED',
			origin: 'Consulate Adana',
		});
		const csv = lines(
			'1',
			'12/28/1966 18:48',
			'66BUENOSAIRES2481',
			'Embassy Buenos Aires',
			'UNCLASSIFIED',
			'66STATE106206',
			'P R 281848Z DEC 66',
		);
		assert.deepEqual(values(csv), {
			other: '1',
			created: '12/28/1966 18:48',
			id: '66BUENOSAIRES2481',
			origin: 'Embassy Buenos Aires',
			classification: 'UNCLASSIFIED',
			references: '66STATE106206',
		});
	});

	it('finds no wrapper in a cable that starts with its header', () => {
		assert.equal(metadataOf(lines('', 'VZCZCXRO7165', 'OO RUEHBI')), undefined);
	});
});
