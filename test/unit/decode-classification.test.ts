import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeLevel, decodeMarking, decodeSecurityLetters, decodeSecuritySignal } from '../../server/src/decode/classification';

describe('classification', () => {
	it('reads the security line letters', () => {
		const cases: [string, string, string | undefined][] = [
			['CCCCC', 'CONFIDENTIAL', 'confidential'],
			['UUUUU', 'UNCLASSIFIED', 'unclassified'],
			['EEEEE', 'UNCLASSIFIED EFTO (encrypted for transmission only)', 'unclassified'],
			['SSSSS', 'SECRET', 'secret'],
			['TTTTT', 'TOP SECRET', 'topSecret'],
		];
		for (const [letters, meaning, level] of cases) {
			const decoding = decodeSecurityLetters(letters);
			assert.equal(decoding.classification?.meaning, meaning, letters);
			assert.equal(decoding.level, level, letters);
			assert.equal(decoding.irregular, undefined, letters);
		}
	});

	it('notices special-category letters and short groups', () => {
		const special = decodeSecurityLetters('SSSAA');
		assert.equal(special.level, 'secret');
		assert.deepEqual(
			special.specialCategories.map((category) => category.letter),
			['A'],
		);
		assert.match(decodeSecurityLetters('CCCC').irregular ?? '', /4 letters/);
	});

	it('reads the operating signals', () => {
		assert.match(decodeSecuritySignal('ZNY')?.meaning ?? '', /classified/);
		assert.match(decodeSecuritySignal('ZNR')?.meaning ?? '', /unclassified/);
		assert.match(decodeSecuritySignal('ZZH')?.meaning ?? '', /not found/);
		assert.equal(decodeSecuritySignal('ZXQ'), undefined);
	});

	it('names each level', () => {
		assert.equal(decodeLevel('topSecret').name, 'TOP SECRET');
		assert.match(decodeLevel('secret').definition.meaning, /serious/);
	});

	it('decodes captions and portion-mark caveats by any written form', () => {
		assert.match(decodeMarking('SIPDIS').definition?.meaning ?? '', /SIPRNet/);
		assert.equal(decodeMarking('NF').name, 'NOFORN');
		assert.equal(decodeMarking('REL TO UK, CAN').name, 'REL TO');
		assert.equal(decodeMarking('rel uk').name, 'REL TO');
		assert.equal(decodeMarking('ROGER CHANNEL').name, 'ROGER');
		assert.equal(decodeMarking('ROGER CHANNEL').definition?.verified, false);
		for (const caption of ['NODIS', 'EXDIS', 'LIMDIS', 'STADIS', 'FOUO', 'SBU', 'SENSITIVE']) {
			assert.ok(decodeMarking(caption).definition, caption);
		}
		assert.equal(decodeMarking('DEPT FOR NEA').definition, undefined);
	});
});
