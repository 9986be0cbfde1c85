import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCable } from '../../server/src/model/parse';
import { lines } from '../helpers/documents';

const body = (...content: string[]) => parseCable(lines('UNCLAS ROME 000097', '', ...content), 'memory://body', 1).body!;

describe('paragraphs and portion marks', () => {
	it('reads the paragraph number forms', () => {
		const found = body(
			'1. (C) One.',
			'',
			'¶2. (S//NF) Two.',
			'',
			'3.(SBU) Three.',
			'',
			'4) (U) Four.',
			'',
			'¶5. Unmarked five.',
		).paragraphs;
		assert.deepEqual(
			found.map((p) => p.number),
			[1, 2, 3, 4, 5],
		);
		assert.deepEqual(
			found.map((p) => p.portion?.level),
			['confidential', 'secret', 'unclassified', 'unclassified', undefined],
		);
		assert.deepEqual(found[1]!.portion?.caveats, ['NOFORN']);
		assert.deepEqual(found[2]!.portion?.caveats, ['SBU']);
	});

	it('reads portion marks with releasability and compact caveats', () => {
		const [rel, compact, fouo] = body('1. (C/REL TO UK) A.', '2. (SNF) B.', '3. (U//FOUO) C.').paragraphs;
		assert.deepEqual(rel!.portion?.caveats, ['REL TO UK']);
		assert.deepEqual(compact!.portion?.caveats, ['NOFORN']);
		assert.equal(compact!.portion?.level, 'secret');
		assert.deepEqual(fouo!.portion?.caveats, ['FOUO']);
	});

	it('does not take parentheses that are not classifications for portion marks, nor years for paragraphs', () => {
		const found = body('1. (Afghanistan) Text.', '¶1987.  AS REPORTED', '2.5 MILLION DOLLARS', '2. (B/D) Text.').paragraphs;
		assert.deepEqual(
			found.map((p) => [p.number, p.portion?.marking]),
			[
				[1, undefined],
				[2, undefined],
			],
		);
	});

	it('ends a paragraph at its last text line and names it by its first words', () => {
		const [first] = body(
			'1. (C) SUMMARY: During a January 12 meeting with S/P Director',
			'Krasner, Kawai explained.',
			'',
			'',
			'2. (C) Next.',
		).paragraphs;
		assert.equal(first!.range.end.line, 3);
		assert.equal(first!.preview, 'SUMMARY: During a January 12 meeting with S/P Director…');
	});
});

describe('headings, blocks, page markers and endings', () => {
	it('reads boxed, underlined and inline headings with their sections', () => {
		const found = body(
			'--------------',
			'SIX PARTY TALKS',
			'--------------',
			'',
			'1. (C) A.',
			'',
			'POLITICS, SECURITY, HUMAN RIGHTS',
			'--------------------------------',
			'',
			'2. (C) B.',
			'',
			'------- OVERVIEW -------',
			'3. (C) C.',
		).headings;
		assert.deepEqual(
			found.map((h) => [h.style, h.title.text]),
			[
				['boxed', 'SIX PARTY TALKS'],
				['underlined', 'POLITICS, SECURITY, HUMAN RIGHTS'],
				['inline', 'OVERVIEW'],
			],
		);
		assert.deepEqual(
			found.map((h) => [h.sectionRange.start.line, h.sectionRange.end.line]),
			[
				[2, 6],
				[8, 11],
				[13, 14],
			],
		);
	});

	it('does not take rules without a title, or star rules, for headings', () => {
		assert.deepEqual(body('1. (C) A.', '---------------', '', '*****************', 'Visit our website', '*****************').headings, []);
	});

	it('reads SUMMARY and COMMENT blocks, closed and unclosed', () => {
		const blocks = body(
			'1. (C) SUMMARY: Text.',
			'More. END SUMMARY.',
			'',
			'2. (C) COMMENT: We think so.',
			'END COMMENT.',
			'',
			'3. (C) Fact (COMMENT: aside) here.',
			'',
			'4. (C) Comment: never closed',
			'line two',
			'',
			'5. (U) End.',
		).blocks;
		assert.deepEqual(
			blocks.map((b) => [b.kind, b.range.start.line, b.range.end.line, b.end !== undefined]),
			[
				['summary', 2, 3, true],
				['comment', 5, 6, true],
				['comment', 8, 8, false],
				['comment', 10, 11, false],
			],
		);
	});

	it('reads continuation page markers, own-line and inside reflowed text, and PAGE lines', () => {
		const markers = body(
			'1. (C) A.',
			'TOKYO 00000374 002 OF 003',
			'text (AQIM, LIFG, STATE 00000284 002 OF 002 foreign fighters)',
			'PAGE 02        HO CHI  00838  01 OF 03  170856Z',
		).pageMarkers;
		assert.deepEqual(
			markers.map((m) => [m.style, m.post?.text, m.page.text, m.total?.text]),
			[
				['continuation', 'TOKYO', '002', '003'],
				['continuation', 'STATE', '002', '002'],
				['page', 'HO CHI', '02', undefined],
			],
		);
	});

	it('keeps a paragraph whole across a page marker', () => {
		const [paragraph] = body('1. (C) Start of the', 'TOKYO 00000374 002 OF 003', '', 'end of the paragraph.').paragraphs;
		assert.equal(paragraph!.range.end.line, 5);
	});

	it('reads a Classified By statement made in the first paragraph', () => {
		const found = body('¶1. (U) CLASSIFIED BY THEODORE H. KATTOUF, AMBASSADOR,', 'REASONS 1.5 (B) AND (D).', '', '¶2. (C) Text.');
		assert.equal(found.classifiedBy?.authority?.text, 'THEODORE H. KATTOUF, AMBASSADOR');
		assert.deepEqual(
			found.classifiedBy?.reasons.map((r) => r.text),
			['B', 'D'],
		);
		assert.equal(found.paragraphs.length, 2);
		assert.equal(body('1. (C) Nothing classified by anyone here.').classifiedBy, undefined);
	});

	it('reads the signature on its own line, glued to the last sentence, and NNNN', () => {
		assert.equal(body('1. (U) Text.', 'MESERVE').signature?.text, 'MESERVE');
		assert.equal(body('1. (U) Minimize considered. CLINTON').signature?.text, 'CLINTON');
		const ended = body('1. (U) Text.', 'KISSINGER', 'NNNN');
		assert.equal(ended.signature?.text, 'KISSINGER');
		assert.equal(ended.endOfMessage?.text, 'NNNN');
	});
});
