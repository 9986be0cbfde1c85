import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FoldingRangeKind } from 'vscode-languageserver-types';
import { createCableLanguageService } from '../../server/src/languageService';
import { seedText } from '../helpers/corpus';
import { doc, lines } from '../helpers/documents';
import { foldingProblems } from '../helpers/structure';

const service = createCableLanguageService();

describe('folding the seed cable', () => {
	const folds = service.getFoldingRanges(doc(seedText()));
	const at = (line: number) => folds.find((f) => f.startLine === line);

	it('folds each header block as a region', () => {
		for (const [start, end] of [
			[0, 13],
			[14, 34],
			[41, 47],
			[49, 61],
		] as const) {
			assert.deepEqual(at(start), { startLine: start, endLine: end, kind: FoldingRangeKind.Region });
		}
	});

	it('folds the address list, the wrapped subject, each topical section and each paragraph', () => {
		assert.deepEqual(at(21), { startLine: 21, endLine: 34, kind: FoldingRangeKind.Region });
		assert.equal(at(43)?.endLine, 44);
		for (const [heading, end] of [
			[88, 156],
			[158, 201],
			[203, 226],
			[232, 250],
			[252, 284],
		])
			assert.equal(at(heading!)?.endLine, end);
		for (const paragraph of [64, 78, 93, 115, 131, 151, 163, 187, 208, 237, 257, 273])
			assert.ok(at(paragraph), `paragraph at ${paragraph}`);
	});

	it('folds the telegram section from its banner, not as a region', () => {
		assert.deepEqual(at(35), { startLine: 35, endLine: 285 });
	});

	it('Fold All Regions hides the headers and captions and leaves every paragraph in view', () => {
		const hidden = new Set<number>();
		for (const fold of folds.filter((f) => f.kind === FoldingRangeKind.Region))
			for (let line = fold.startLine + 1; line <= fold.endLine; line++) hidden.add(line);
		for (const paragraph of [64, 78, 93, 115, 131, 151, 163, 187, 208, 237, 257, 273])
			assert.ok(!hidden.has(paragraph), `paragraph at ${paragraph} hidden`);
		for (const header of [1, 15, 34, 42, 56]) assert.ok(hidden.has(header), `header line ${header} in view`);
	});

	it('nests every fold', () => {
		assert.deepEqual(foldingProblems(folds, seedText().split('\n').length), []);
	});
});

describe('folding other shapes', () => {
	it('drops a telegram section that would cross a topical section, keeping the topic', () => {
		const text = lines(
			'--------',
			'TOPIC',
			'--------',
			'1. (S) One.',
			'more',
			'',
			'S E C R E T SECTION 02 OF 02 STATE 000001',
			'SUBJECT: TEST',
			'',
			'2. (S) Two.',
			'more',
			'',
			'--------',
			'OTHER',
			'--------',
			'3. (S) Three.',
			'more',
		);
		const folds = service.getFoldingRanges(doc(text));
		assert.ok(folds.some((f) => f.startLine === 0 && f.endLine === 10));
		assert.ok(!folds.some((f) => f.startLine === 6 && f.endLine === 16));
		assert.deepEqual(foldingProblems(folds, 17), []);
	});

	it('folds SUMMARY blocks that span paragraphs without breaking nesting', () => {
		const text = lines('1. (C) SUMMARY: A', 'b', '', '2. (C) C', 'd END SUMMARY.', 'e', '', '3. (C) F', 'g');
		const folds = service.getFoldingRanges(doc(text));
		assert.deepEqual(foldingProblems(folds, 9), []);
		assert.ok(folds.some((f) => f.startLine === 0));
		assert.ok(folds.some((f) => f.startLine === 3 && f.endLine === 5));
	});
});
