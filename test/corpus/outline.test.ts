/**
 * Every real cable through the language service: nothing throws, every range is valid,
 * folds nest, and the outline shows the topical headings and numbered paragraphs that the
 * text shows. What "the text shows" is found here with deliberately strict patterns of
 * its own, not with the parser's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { createCableLanguageService } from '../../server/src/languageService';
import { corpusCables, corpusSkipReason } from '../helpers/corpus';
import { foldingProblems, lineLengths, symbolProblems, walk } from '../helpers/structure';

/** A title between two dashed rules, the form the format guide calls a section heading. */
const BOXED_TITLE = /^-{5,}[ \t]*\n([A-Z][A-Z0-9 ,&/'()-]{0,58}[A-Z)])[ \t]*\n-{5,}[ \t]*$/gm;
/** A numbered paragraph with a plain portion mark at the very start of a line. */
const MARKED_PARAGRAPH = /^¶?(\d{1,2})\. ?\((?:U|C|S|SBU)\) /gm;

function lineOf(text: string, index: number): number {
	let line = 0;
	for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

describe('outline and folding over the corpus', { skip: corpusSkipReason }, () => {
	const service = createCableLanguageService();
	const problems: string[] = [];
	const missing: string[] = [];
	let cables = 0;
	let headingsSeen = 0;
	let paragraphsSeen = 0;

	for (const cable of corpusCables()) {
		cables++;
		const document = { uri: cable.uri, version: 1, getText: () => cable.text };
		const lengths = lineLengths(cable.text);
		let symbols: DocumentSymbol[];
		try {
			symbols = service.getDocumentSymbols(document);
			const folds = service.getFoldingRanges(document);
			problems.push(...symbolProblems(symbols, lengths).map((p) => `${cable.name}: ${p}`));
			problems.push(...foldingProblems(folds, lengths.length).map((p) => `${cable.name}: ${p}`));
		} catch (error) {
			problems.push(`${cable.name}: threw ${error instanceof Error ? error.message : String(error)}`);
			continue;
		}
		// Only LF files: the patterns below count lines by LF.
		if (cable.text.includes('\r')) continue;
		const all = [...walk(symbols)].map(({ symbol }) => symbol);
		const topicLines = new Set(all.filter((s) => s.detail === 'topic').map((s) => `${s.selectionRange.start.line}:${s.name}`));
		const paragraphLines = new Set(
			all.filter((s) => /^\d+\./.test(s.name)).map((s) => `${s.selectionRange.start.line}:${s.name.split('.')[0]}`),
		);
		for (const match of cable.text.matchAll(BOXED_TITLE)) {
			headingsSeen++;
			const line = lineOf(cable.text, match.index) + 1;
			if (!topicLines.has(`${line}:${match[1]}`)) missing.push(`${cable.name}:${line + 1} heading ${match[1]}`);
		}
		for (const match of cable.text.matchAll(MARKED_PARAGRAPH)) {
			paragraphsSeen++;
			const line = lineOf(cable.text, match.index);
			if (!paragraphLines.has(`${line}:${Number(match[1])}`)) missing.push(`${cable.name}:${line + 1} paragraph ${match[1]}`);
		}
	}

	it('reads every cable without a throw, with valid ranges and nested folds', () => {
		assert.ok(cables > 1000, `only ${cables} cables found`);
		assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
	});

	it('shows every boxed heading and every portion-marked paragraph the text has', () => {
		console.log(
			`# corpus outline: ${cables} cables, ${headingsSeen} boxed headings, ${paragraphsSeen} marked paragraphs, ${missing.length} missing`,
		);
		assert.ok(headingsSeen > 100 && paragraphsSeen > 5000, `too few found: ${headingsSeen} headings, ${paragraphsSeen} paragraphs`);
		assert.deepEqual(missing.slice(0, 30), [], `${missing.length} missing`);
	});
});
