/**
 * The two in-process workloads that throughput and growth time against each other: the full
 * analysis an editor asks for on every version of a document, and the floor, a bare line scan.
 */
import { createCableLanguageService } from '../server/src/languageService';
import { splitLines } from '../server/src/model/lines';
import type { BenchInput } from './inputs';

export function createAnalysis(): { analyse: (inputs: readonly BenchInput[]) => number } {
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
