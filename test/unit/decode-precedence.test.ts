import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeDtgPrecedence, decodePrecedenceWord, decodeProsign } from '../../server/src/decode/precedence';

describe('precedence', () => {
	it('reads the doubled prosigns ZZ, OO, PP and RR', () => {
		assert.deepEqual(
			['ZZ', 'OO', 'PP', 'RR'].map((prosign) => decodeProsign(prosign).precedence?.word),
			['FLASH', 'IMMEDIATE', 'PRIORITY', 'ROUTINE'],
		);
		assert.equal(decodeProsign('NN').precedence, undefined);
		assert.equal(decodeProsign('PO').precedence, undefined);
	});

	it('reads single and dual DTG precedence', () => {
		const single = decodeDtgPrecedence(['P']);
		assert.equal(single.action?.word, 'PRIORITY');
		assert.equal(single.dual, false);
		const dual = decodeDtgPrecedence(['O', 'R']);
		assert.equal(dual.dual, true);
		assert.equal(dual.action?.word, 'IMMEDIATE');
		assert.equal(dual.info?.word, 'ROUTINE');
	});

	it('reads addressee precedence words, NIACT and truncated letters', () => {
		assert.equal(decodePrecedenceWord('PRIORITY').precedence?.letter, 'P');
		const niact = decodePrecedenceWord('NIACT  IMMEDIATE');
		assert.equal(niact.precedence?.word, 'IMMEDIATE');
		assert.match(niact.niact?.meaning ?? '', /Night Action/);
		assert.equal(decodePrecedenceWord('P').precedence?.word, 'PRIORITY');
		assert.equal(decodePrecedenceWord('flash').precedence?.letter, 'Z');
		assert.equal(decodePrecedenceWord('URGENT').precedence, undefined);
	});
});
