import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SymbolKind } from 'vscode-languageserver-types';
import { createCableLanguageService } from '../../server/src/languageService';
import { seedText } from '../helpers/corpus';
import { doc, lines } from '../helpers/documents';
import { lineLengths, symbolProblems, walk } from '../helpers/structure';

const service = createCableLanguageService();

describe('outline of the seed cable', () => {
	const symbols = service.getDocumentSymbols(doc(seedText()));
	const top = symbols.map((s) => s.name);

	it('lists metadata, header, caption and its repetition (named by their subject), the topical sections and the signature in order', () => {
		assert.deepEqual(top, [
			'Metadata',
			'Header',
			'S/P DIRECTOR KRASNER MEETS DIRECTOR GENERAL FOR NORTH AMERICAN AFFAIRS KAWAI',
			'S/P DIRECTOR KRASNER MEETS DIRECTOR GENERAL FOR NORTH AMERICAN AFFAIRS KAWAI',
			'1. (C) SUMMARY: During a January 12 meeting with S/P Director…',
			'2. (C) MOFA North American Affairs Director General Chikao Kawai…',
			'SIX PARTY TALKS',
			'INDIA',
			'CENTRAL ASIA',
			'RUSSIA',
			'CHINA',
			'MESERVE',
		]);
	});

	it('puts each numbered paragraph under its topical section', () => {
		const children = (name: string) => symbols.find((s) => s.name === name)!.children!.map((c) => c.name.split('.')[0]);
		assert.deepEqual(children('SIX PARTY TALKS'), ['3', '4', '5', '6']);
		assert.deepEqual(children('INDIA'), ['7', '8']);
		assert.deepEqual(children('CENTRAL ASIA'), ['9']);
		assert.deepEqual(children('RUSSIA'), ['10']);
		assert.deepEqual(children('CHINA'), ['11', '12', '13']);
	});

	it('puts the repeated caption beside the first, not inside it, so breadcrumbs do not name the subject twice', () => {
		const [caption, repeated] = [symbols[2]!, symbols[3]!];
		for (const [block, start, end] of [
			[caption, 35, 47],
			[repeated, 49, 61],
		] as const) {
			assert.equal(block.kind, SymbolKind.Struct);
			assert.deepEqual([block.range.start.line, block.range.end.line], [start, end]);
			assert.deepEqual(
				block.children!.map((c) => c.name),
				['C O N F I D E N T I A L', 'SIPDIS', 'SIPDIS', 'E.O. 12958', 'TAGS', 'SUBJECT', 'Classified By'],
			);
		}
	});

	it('shows the summary inside the paragraph that holds it, and the addressees under TO and INFO', () => {
		assert.deepEqual(
			symbols[4]!.children!.map((c) => c.name),
			['Summary'],
		);
		const header = symbols[1]!;
		const info = header.children!.find((c) => c.name === 'INFO')!;
		assert.equal(info.detail, '14 addressees');
		assert.equal(info.children![0]!.name, 'RUEHAH');
		assert.equal(info.children![0]!.detail, 'AMEMBASSY ASHGABAT PRIORITY 0139');
	});

	it('has valid ranges: inside the document, selection inside range, children inside parents', () => {
		assert.deepEqual(symbolProblems(symbols, lineLengths(seedText())), []);
	});

	it('selects the paragraph number, so the outline jumps to it', () => {
		const third = [...walk(symbols)].find(({ symbol }) => symbol.name.startsWith('3. '))!.symbol;
		assert.deepEqual(third.selectionRange, { start: { line: 93, character: 0 }, end: { line: 93, character: 2 } });
	});
});

describe('outline of other shapes', () => {
	it('places a telegram section banner in the body inside the topic it falls in', () => {
		const text = lines(
			'S E C R E T SECTION 01 OF 02 STATE 000001',
			'SUBJECT: TEST',
			'',
			'--------',
			'TOPIC ONE',
			'--------',
			'1. (S) First.',
			'',
			'S E C R E T SECTION 02 OF 02 STATE 000001',
			'SUBJECT: TEST',
			'',
			'2. (S) Second.',
		);
		const symbols = service.getDocumentSymbols(doc(text));
		assert.deepEqual(
			symbols.map((s) => s.name),
			['TEST', 'TOPIC ONE'],
		);
		assert.deepEqual(
			symbols[1]!.children!.map((c) => c.name),
			['1. (S) First.', 'TEST', '2. (S) Second.'],
		);
		assert.deepEqual(symbolProblems(symbols, lineLengths(text)), []);
	});

	it('names a paragraph by its first sentence, joined across its wrapped lines and cut at a word', () => {
		const text = lines(
			'1. (U) Ambassador Smith met the',
			'minister today. He said little.',
			'',
			'2. (C) Amb. Smith met Dr.',
			'Jones in the U.S. at 2 p.m.',
			'Friday. More followed.',
			'',
			'3. (S) The minister of finance told the Ambassador that the',
			'government would not raise taxes this year.',
			'',
			'4. (U) Summary. The talks',
			'went well. Both sides agreed.',
			'',
			'5. (U) Heading without a stop',
			'',
			'The text below it.',
		);
		assert.deepEqual(
			service.getDocumentSymbols(doc(text)).map((s) => s.name),
			[
				'1. (U) Ambassador Smith met the minister today.',
				'2. (C) Amb. Smith met Dr. Jones in the U.S. at 2 p.m. Friday.',
				'3. (S) The minister of finance told the Ambassador that the…',
				'4. (U) Summary. The talks went well.',
				'5. (U) Heading without a stop',
			],
		);
	});

	it('stops at the result limit', () => {
		const text = Array.from({ length: 50 }, (_, i) => `${i + 1}. (U) Paragraph.`).join('\n');
		const symbols = createCableLanguageService({ resultLimit: 10 }).getDocumentSymbols(doc(text));
		assert.equal([...walk(symbols)].length, 10);
	});

	it('gives an empty outline for an empty document', () => {
		assert.deepEqual(service.getDocumentSymbols(doc('')), []);
	});

	it('follows an edit, though it answers repeated requests for one version from what it kept', () => {
		const uri = 'memory://test/edited.cable';
		const before = doc(lines('1. (U) First.', '2. (U) Second.'), uri);
		const first = service.getDocumentSymbols(before);
		assert.equal(service.getDocumentSymbols(before), first);
		const after = service.getDocumentSymbols(doc(lines('1. (U) First.', '2. (U) Second.', '3. (C) Third.'), uri));
		assert.deepEqual(
			after.map((s) => s.name),
			['1. (U) First.', '2. (U) Second.', '3. (C) Third.'],
		);
		assert.equal(service.getFoldingRanges(doc(lines('1. (U) First.', 'more', '2. (U) Second.', 'more'), uri)).length, 2);
	});
});
