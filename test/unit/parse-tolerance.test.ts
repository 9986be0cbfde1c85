import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCable } from '../../server/src/model/parse';
import { seedText } from '../helpers/corpus';
import { lineLengths, modelRanges, rangeProblem } from '../helpers/structure';

describe('tolerant parsing', () => {
	const inputs: Record<string, string> = {
		empty: '',
		'only blank lines': '\n\n   \n',
		'CRLF seed': seedText().replace(/\n/g, '\r\n'),
		'CR seed': seedText().replace(/\n/g, '\r'),
		'seed without final newline': seedText().trimEnd(),
		'truncated mid-header': seedText().slice(0, 400),
		'header lines only': 'DE\nZNY\nP 999999Z FOO 07\nFM\nTO\nINFO\nBT\n',
		'banner without serial': 'C O N F I D E N T I A L SECTION\nE.O.\nTAGS:\nSUBJECT:\nREF:\nClassified By:\n',
		'long reflowed line': `1. (C) ${'WORDS AND MORE WORDS '.repeat(5000)}END SUMMARY. TOKYO 00000374 002 OF 003 (COMMENT: x`,
		binary: String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536)),
		// Found by fuzzing (test/fuzz): the smallest inputs that once threw or left a range outside the text.
		'E.O. line holding U+2028': 'E.O.N\u2028A',
	};
	for (const [name, text] of Object.entries(inputs)) {
		it(`never throws and keeps every range inside the document: ${name}`, () => {
			const model = parseCable(text, 'memory://tolerance', 1);
			const lengths = lineLengths(text);
			assert.equal(model.lineCount, lengths.length);
			const problems = [...modelRanges(model)].map((range) => rangeProblem(range, lengths)).filter(Boolean);
			assert.deepEqual(problems, []);
		});
	}

	it('gives the same model for the same text', () => {
		assert.deepEqual(parseCable(seedText(), 'a', 1), parseCable(seedText(), 'a', 1));
	});
});
