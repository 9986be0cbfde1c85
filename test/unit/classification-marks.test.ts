/**
 * What the editor colours (issue 20): the banners and portion marks of a cable with their
 * levels, each range exactly the marking's text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCableLanguageService } from '../../server/src/languageService';
import { seedText } from '../helpers/corpus';
import { doc } from '../helpers/documents';
import type { Range } from 'vscode-languageserver-types';

const service = createCableLanguageService();
const textAt = (text: string, range: Range) => {
	assert.equal(range.start.line, range.end.line);
	return text.split('\n')[range.start.line]!.slice(range.start.character, range.end.character);
};

describe('classification marks', () => {
	it("gives the seed's banners as confidential and each portion mark with the level it writes", () => {
		const seed = seedText();
		const marks = service.getClassificationMarks(doc(seed));
		assert.ok(marks.banners.length >= 2, `${marks.banners.length} banners`);
		for (const banner of marks.banners) {
			assert.equal(banner.level, 'confidential');
			assert.equal(textAt(seed, banner.range), 'C O N F I D E N T I A L');
		}
		assert.ok(marks.portions.length >= 6, `${marks.portions.length} portion marks`);
		const written = { '(U)': 'unclassified', '(C)': 'confidential' } as Record<string, string>;
		for (const portion of marks.portions) assert.equal(portion.level, written[textAt(seed, portion.range)], textAt(seed, portion.range));
		assert.ok(marks.portions.some((portion) => portion.level === 'confidential'));
	});

	it('tells a secret paragraph from the confidential ones around it', () => {
		const text = seedText().replace('2. (C) MOFA', '2. (S) MOFA');
		const levels = service.getClassificationMarks(doc(text)).portions.map((portion) => portion.level);
		assert.equal(levels.filter((level) => level === 'secret').length, 1);
	});

	it('colours nothing in a text that is not a cable', () => {
		assert.deepEqual(service.getClassificationMarks(doc('Dear all,\nthe (C) in this note is a copyright sign.\n')), {
			banners: [],
			portions: [],
		});
	});
});
