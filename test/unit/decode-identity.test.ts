import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalizeId } from '../../server/src/citations/cableId';
import { cableIdFor, decodeCableId } from '../../server/src/decode/identity';
import { fullYear } from '../../server/src/model/calendar';

describe('cable identity', () => {
	it('splits an id into year, origin and serial, and finds the post', () => {
		const decoding = decodeCableId('07TOKYO374');
		assert.equal(decoding?.year, 2007);
		assert.equal(decoding?.origin, 'TOKYO');
		assert.equal(decoding?.serial, 374);
		assert.equal(decoding?.originator?.station, 'AMEMBASSY TOKYO');
	});

	it('reads PlusD canonical ids and old two-digit years', () => {
		const canonical = decodeCableId('1974ATHENS02959_b');
		assert.deepEqual([canonical?.year, canonical?.origin, canonical?.serial], [1974, 'ATHENS', 2959]);
		assert.equal(decodeCableId('66BUENOSAIRES2481')?.year, 1966);
		assert.equal(decodeCableId('10STATE284')?.originator?.routingIndicator, 'RUEHC');
	});

	it('sees through the damaged ids the publisher produced', () => {
		const section = decodeCableId('08SCTION02OF02SAOPAULO335');
		assert.equal(section?.origin, 'SAOPAULO');
		assert.equal(section?.damage, 'SCTION02OF02');
		assert.equal(decodeCableId('09EFTOLONDON2239')?.origin, 'LONDON');
		const doubled = decodeCableId('7575LIBREVILLE1895');
		assert.deepEqual([doubled?.year, doubled?.origin], [1975, 'LIBREVILLE']);
	});

	it('reads misspelt SECTION words glued into an id as the canonical id does', () => {
		for (const written of [
			'08SECTON01OF02MANAMA492',
			'08SECTIO01OF02MANAMA492',
			'08SQCTION01OF02MANAMA492',
			'08ECTION01OF02MANAMA492',
			'08SECTION01GF02MANAMA492',
		]) {
			const decoding = decodeCableId(written);
			assert.deepEqual([decoding?.origin, decoding?.normalId], ['MANAMA', '08MANAMA492'], written);
			assert.equal(decoding?.normalId, canonicalizeId(written)?.id, `${written}: hover and canonical id agree`);
		}
		assert.equal(decodeCableId('08SECTION01OF02MANAMA492')?.damage, 'SECTION01OF02');
	});

	it('leaves origins that only look damaged alone', () => {
		assert.equal(decodeCableId('07TOKYO374')?.damage, undefined);
		assert.equal(decodeCableId('08SEXTANT01OF02MANAMA492')?.damage, undefined, 'a word three edits from SECTION');
	});

	it('rejects what is not an id', () => {
		assert.equal(decodeCableId('Embassy Tokyo'), undefined);
	});

	it('builds the id a banner or REF names', () => {
		assert.equal(cableIdFor('TOKYO', '000374', 2007), '07TOKYO374');
		assert.equal(cableIdFor('BUENOS AIRES', '2481', 1966), '66BUENOSAIRES2481');
		assert.equal(fullYear(7), 2007);
		assert.equal(fullYear(74), 1974);
	});
});
