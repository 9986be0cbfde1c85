import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, SelectionRange, TextEdit } from 'vscode-languageserver-types';
import { createCableLanguageService } from '../../server/src/languageService';
import { DEFAULT_INLAY_HINT_SETTINGS } from '../../server/src/settings';
import { seedText } from '../helpers/corpus';
import { doc, lines } from '../helpers/documents';

// Issue 17's reading and writing aids on the seed and small fixtures: inlay hints, selection
// ranges, highlights, the rewrap and renumbering as a source action.

const service = createCableLanguageService();
const WHOLE: Range = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };
const ALL_HINTS = { routingStations: true, dates: true, tagMeanings: true, referenceIds: true };
const seed = seedText();
const seedLines = seed.split('\n');

/** The position of the `occurrence`-th (0-based) `word` in the seed, `offset` characters into it. */
function at(word: string, occurrence = 0, offset = 0, text = seed): Position {
	let index = -1;
	for (let n = 0; n <= occurrence; n++) index = text.indexOf(word, index + 1);
	assert.ok(index >= 0, `${word} not found`);
	const before = text.slice(0, index).split('\n');
	return { line: before.length - 1, character: before[before.length - 1]!.length + offset };
}

function textOf(range: Range, text = seed): string {
	const document = TextDocument.create('memory://x', 'cable', 1, text);
	return document.getText(range);
}

function applied(text: string, edits: TextEdit[]): string {
	return TextDocument.applyEdits(TextDocument.create('memory://x', 'cable', 1, text), edits);
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('inlay hints', () => {
	it('by default, the date in words after the DTG and no station or tag meaning', () => {
		const hints = service.getInlayHints(doc(seed), WHOLE, DEFAULT_INLAY_HINT_SETTINGS);
		assert.deepEqual(
			hints.map((hint) => [hint.position, hint.label]),
			[[{ line: 18, character: 16 }, 'Friday 26 January 2007, 07:54 UTC']],
		);
	});

	it('each kind when switched on: the station after an addressee indicator, the meaning after a tag', () => {
		const hints = service.getInlayHints(doc(seed), WHOLE, ALL_HINTS);
		const label = (position: Position) =>
			hints.find((hint) => hint.position.line === position.line && hint.position.character === position.character)?.label;
		assert.equal(label(at('RUEHKO', 0, 6)), 'AMEMBASSY TOKYO', 'the DE line');
		assert.equal(label(at('RUEHMO/', 0, 6)), 'AMEMBASSY MOSCOW');
		assert.equal(label(at('TAGS: PREL', 0, 10)), 'External Political Relations (Political Affairs)');
		assert.equal(label(at('JA\n', 1, 2)), 'Japan');
		// The relay line's indicator is a transit station and says little.
		assert.equal(label(at('RUEHDBU', 0, 7)), undefined);
		// Only the hints inside the range asked for.
		const tagsLine = at('TAGS: PREL').line;
		const inLine = service.getInlayHints(
			doc(seed),
			{ start: { line: tagsLine, character: 0 }, end: { line: tagsLine, character: 100 } },
			ALL_HINTS,
		);
		assert.equal(inLine.length, 11);
	});

	it('the cable id a REF item cites, when the item does not already write it as an id', () => {
		const text = seed.replace('\n\nClassified By', '\nREF: A. TOKYO 123\n     B. 06STATE45678\n\nClassified By');
		const hints = service.getInlayHints(doc(text), WHOLE, { ...DEFAULT_INLAY_HINT_SETTINGS, dates: false });
		assert.deepEqual(
			hints.map((hint) => [hint.label, textOf({ start: { ...hint.position, character: 0 }, end: hint.position }, text)]),
			[['07TOKYO123', 'REF: A. TOKYO 123']],
		);
	});
});

/** The chain from the innermost range out, as text. */
function chainOf(selection: SelectionRange | undefined): Range[] {
	const ranges: Range[] = [];
	for (let current = selection; current; current = current.parent) ranges.push(current.range);
	return ranges;
}

describe('selection ranges', () => {
	it('grow from a tag to the TAGS line, the caption, the telegram section and the document, each containing the last', () => {
		const [selection] = service.getSelectionRanges(doc(seed), [at('KNNP', 1, 2)]);
		const ranges = chainOf(selection);
		const texts = ranges.map((range) => textOf(range));
		assert.equal(texts[0], 'KNNP');
		assert.ok(texts.includes('TAGS: PREL PARM KNNP ZK IN KN KS AS CH RS JA'), 'the line');
		assert.ok(
			texts.some((text) => text.startsWith('E.O. 12958') && text.includes('and (d)')),
			'the caption',
		);
		assert.ok(
			texts.some((text) => text.startsWith('C O N F I D E N T I A L SECTION 01 OF 03') && text.includes('1. (C) SUMMARY')),
			'the telegram section',
		);
		assert.equal(texts[texts.length - 1], seed, 'the document');
		for (let n = 1; n < ranges.length; n++)
			assert.ok(textOf(ranges[n]!).includes(texts[n - 1]!) && texts[n] !== texts[n - 1], `step ${n} grows`);
	});

	it('grow from a word of a paragraph to its line and the paragraph', () => {
		const [selection] = service.getSelectionRanges(doc(seed), [at('luncheon', 0, 3)]);
		const texts = chainOf(selection).map((range) => textOf(range));
		assert.equal(texts[0], 'luncheon');
		assert.equal(texts[1], seedLines[at('luncheon').line]);
		assert.ok(texts.some((text) => text.startsWith('2. (C) MOFA') && text.includes('First North American Affairs Division.')));
	});

	it('answer one chain per position', () => {
		assert.equal(service.getSelectionRanges(doc(seed), [at('KNNP'), at('luncheon'), { line: 0, character: 0 }]).length, 3);
	});
});

describe('document highlights', () => {
	const highlighted = (position: Position, text = seed) =>
		service.getDocumentHighlights(doc(text), position).map((highlight) => textOf(highlight.range, text));

	it('a tag in both captions and in the publisher tags', () => {
		assert.deepEqual(highlighted(at('KNNP', 1)), ['KNNP', 'KNNP', 'KNNP']);
		assert.equal(service.getDocumentHighlights(doc(seed), at('KNNP', 1))[0]!.range.start.line, at('Tags:').line);
	});

	it('a routing indicator on the relay line and the addressee line', () => {
		const ranges = service.getDocumentHighlights(doc(seed), at('RUEHDBU')).map((highlight) => highlight.range.start.line);
		assert.deepEqual(ranges, [at('RUEHDBU').line, at('RUEHDBU', 1).line]);
	});

	it('a paragraph number written twice', () => {
		const text = lines(
			'UNCLASSIFIED TOKYO 000374',
			'',
			'SUBJECT: X',
			'',
			'1. (U) One.',
			'',
			'2. (U) Two.',
			'',
			'2. (U) Again.',
			'',
			'3. (U) Three.',
		);
		assert.deepEqual(
			service.getDocumentHighlights(doc(text), at('2. (U) Two', 0, 0, text)).map((highlight) => highlight.range.start.line),
			[6, 8],
		);
	});

	it('nothing on plain words', () => {
		assert.deepEqual(highlighted(at('luncheon')), []);
	});
});

describe('rewrap', () => {
	const width = { lineWidth: 69 };

	it('refills each numbered paragraph to 69 columns, the number and portion mark on its first line, no word changed', () => {
		const formatted = applied(seed, service.getRangeFormatting(doc(seed), WHOLE, width));
		assert.notEqual(formatted, seed);
		assert.deepEqual(words(formatted), words(seed));
		const out = formatted.split('\n');
		const first = out.findIndex((line) => line.startsWith('2. (C) MOFA'));
		assert.equal(out[first], '2. (C) MOFA North American Affairs Director General Chikao Kawai (who');
		// The header, banners and caption are as they were (the caption's 70-column line too).
		const captionEnd = seedLines.findIndex((line) => line.startsWith('1. (C) SUMMARY'));
		assert.deepEqual(out.slice(0, captionEnd), seedLines.slice(0, captionEnd));
		assert.ok(
			out.slice(captionEnd).every((line) => line.length <= 69),
			'the body fits in 69 columns',
		);
	});

	it('joins a sentence broken by a page gap, and only the paragraphs the range touches', () => {
		const start = at('3. (C) Dr. Krasner');
		const edits = service.getRangeFormatting(doc(seed), { start, end: start }, width);
		assert.ok(edits.length > 0);
		for (const edit of edits) assert.ok(edit.range.start.line >= start.line && edit.range.end.line < at('4. (C)').line);
		const formatted = applied(seed, edits);
		assert.match(formatted, /not in a position\sat present/);
		assert.equal(formatted.split('\n').length < seedLines.length, true, 'the blank line inside the sentence is gone');
	});

	it('keeps tables, indented and listed lines, and hard breaks after a colon', () => {
		const text = lines(
			'UNCLASSIFIED TOKYO 000374',
			'',
			'SUBJECT: X',
			'',
			'1. (U) Participants in the meeting, which was held at the Ministry of Foreign Affairs on',
			'Tuesday:',
			'Ambassador Schieffer',
			'DCM Donovan',
			'',
			'2. (U) Figures:',
			'   Country      Amount',
			'   Japan        100',
			'- first point that is long enough to be a line of its own in any cable',
			'- second point',
		);
		const formatted = applied(text, service.getRangeFormatting(doc(text), WHOLE, width));
		assert.equal(
			formatted,
			lines(
				'UNCLASSIFIED TOKYO 000374',
				'',
				'SUBJECT: X',
				'',
				'1. (U) Participants in the meeting, which was held at the Ministry of',
				'Foreign Affairs on Tuesday:',
				'Ambassador Schieffer',
				'DCM Donovan',
				'',
				'2. (U) Figures:',
				'   Country      Amount',
				'   Japan        100',
				'- first point that is long enough to be a line of its own in any cable',
				'- second point',
			),
		);
	});

	it('keeps two spaces after a full stop, and a word longer than the line whole', () => {
		const long = 'x'.repeat(80);
		const text = lines('UNCLASSIFIED TOKYO 000374', '', 'SUBJECT: X', '', `1. (U) One.  Two ${long} three`, 'four.');
		const formatted = applied(text, service.getRangeFormatting(doc(text), WHOLE, { lineWidth: 30 }));
		assert.equal(formatted.split('\n').slice(4).join('\n'), lines('1. (U) One.  Two', long, 'three four.'));
	});
});

describe('renumbering as a source action', () => {
	const text = seed.replace('3. (C) Dr. Krasner', '5. (C) Dr. Krasner');

	it('is offered to the Source Action menu for the whole cable, with the quick fix edit', () => {
		const actions = service.getCodeActions(
			doc(text),
			{ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
			{ diagnostics: [], only: ['source'] },
		);
		assert.equal(actions.length, 1);
		assert.equal(actions[0]!.kind, 'source.renumberParagraphs');
		const edits = Object.values(actions[0]!.edit!.changes!)[0]!;
		assert.equal(applied(text, edits), seed);
	});

	it('is not listed among quick fixes, nor when the numbering is right', () => {
		// The numbering findings' own quick fix is offered (a client may send no diagnostics), never the source action.
		const kinds = (only?: string[]) => service.getCodeActions(doc(text), WHOLE, { diagnostics: [], only }).map((action) => action.kind);
		assert.deepEqual(kinds(['quickfix']), ['quickfix']);
		assert.deepEqual(kinds(), ['quickfix']);
		assert.deepEqual(service.getCodeActions(doc(seed), WHOLE, { diagnostics: [], only: ['source.renumberParagraphs'] }), []);
	});
});
