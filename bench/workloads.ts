/**
 * The in-process workloads that throughput and growth time against each other: the full
 * analysis an editor asks for on every version of a document, the floor (a bare line scan),
 * and its parts: the parse, each feature on a parsed model, and the parser's searches of the
 * whole text; and the peer the analysis is weighed against, markdown-it's parse of the same bytes.
 */
import MarkdownIt from 'markdown-it';
import { builtInTables } from '../server/src/data/referenceTables';
import { getDiagnostics } from '../server/src/features/diagnostics';
import { DEFAULT_DIAGNOSTIC_SETTINGS } from '../server/src/settings';
import { getDocumentSymbols } from '../server/src/features/documentSymbols';
import { getFoldingRanges } from '../server/src/features/folding';
import { createCableLanguageService } from '../server/src/languageService';
import { lineHints } from '../server/src/model/body';
import { splitLines } from '../server/src/model/lines';
import type { CableModel } from '../server/src/model/types';
import type { BenchInput } from './inputs';

export interface Analysis {
	analyse(inputs: readonly BenchInput[]): number;
	/** The model alone, for a new version of each input. */
	parse(inputs: readonly BenchInput[]): number;
	/** The model of one input, kept (the service forgets it). */
	model(input: BenchInput): CableModel;
}

export function createAnalysis(): Analysis {
	const service = createCableLanguageService();
	let version = 0;
	return {
		/** Parse, outline, folding and diagnostics for a new version of each input; returns a count so nothing is optimised away. */
		analyse(inputs) {
			let items = 0;
			for (const input of inputs) {
				const document = { uri: input.uri, version: ++version, getText: () => input.text };
				items += service.getDocumentSymbols(document).length;
				items += service.getFoldingRanges(document).length;
				items += service.getDiagnostics(document).length;
				service.close(input.uri);
			}
			return items;
		},
		parse(inputs) {
			let lines = 0;
			for (const input of inputs) lines += this.model(input).lineCount;
			return lines;
		},
		model(input) {
			const model = service.getModel({ uri: input.uri, version: ++version, getText: () => input.text });
			service.close(input.uri);
			return model;
		},
	};
}

const FLOOR_TEST = /^\s*\d{1,3}[.)]\s/;

/** The floor: split into lines as the parser does, and one regex test per line. */
export function lineScan(inputs: readonly BenchInput[]): number {
	let hits = 0;
	for (const input of inputs) {
		for (const line of splitLines(input.text)) if (FLOOR_TEST.test(line)) hits++;
	}
	return hits;
}

/** The features of the analysis, called on a parsed model directly (the facade would answer from its per-version cache). */
export const FEATURES: ReadonlyArray<{ readonly name: string; readonly run: (model: CableModel) => number }> = [
	{ name: 'Outline', run: (model) => getDocumentSymbols(model).length },
	{ name: 'Folding', run: (model) => getFoldingRanges(model).length },
	{ name: 'Diagnostics', run: (model) => getDiagnostics(model, builtInTables, DEFAULT_DIAGNOSTIC_SETTINGS).length },
];

/**
 * The part of the parse that reads every character: the line split, then one search of the
 * whole text for each thing that can stand anywhere in a line (`End comment` in any case,
 * `(COMMENT:`, a page serial's eight digits; see `lineHints`).
 */
export function wholeTextSearches(inputs: readonly BenchInput[]): number {
	let marked = 0;
	for (const input of inputs) {
		for (const hint of lineHints(input.text, splitLines(input.text))) if (hint) marked++;
	}
	return marked;
}

/**
 * A reference, not part of the analysis: the cheapest loop that reads every character in
 * JavaScript (counting line breaks and parentheses), the start of any hand-written one-pass scanner.
 */
export function characterPass(inputs: readonly BenchInput[]): number {
	let count = 0;
	for (const { text } of inputs) {
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code === 0x0a || code === 0x28) count++;
		}
	}
	return count;
}

const markdown = new MarkdownIt();

/**
 * The peer: markdown-it's `parse` (block and inline tokens, no rendering) of each input, a
 * JavaScript parser of another plain-text format that editors run on every keystroke.
 */
export function markdownParse(inputs: readonly BenchInput[]): number {
	let tokens = 0;
	for (const input of inputs) tokens += markdown.parse(input.text, {}).length;
	return tokens;
}
