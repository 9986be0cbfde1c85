import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-types';
import { corpusCables, corpusSkipReason } from '../helpers/corpus';
import { type ServerSession, startServer } from '../helpers/lspClient';
import { foldingProblems, lineLengths, symbolProblems } from '../helpers/structure';

describe('dist/server.js --stdio over every corpus cable', { skip: corpusSkipReason }, () => {
	let server: ServerSession;
	before(async () => {
		server = await startServer();
	});
	after(() => server.close());

	it('answers documentSymbol and foldingRange with valid ranges for each cable', async () => {
		const problems: string[] = [];
		let answered = 0;
		for (const cable of corpusCables()) {
			await server.open(cable.uri, cable.text);
			const textDocument = { uri: cable.uri };
			const [symbols, folds] = await Promise.all([
				server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument }),
				server.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument }),
			]);
			await server.connection.sendNotification('textDocument/didClose', { textDocument });
			const lengths = lineLengths(cable.text);
			problems.push(...symbolProblems(symbols, lengths).map((p) => `${cable.name}: ${p}`));
			problems.push(...foldingProblems(folds, lengths.length).map((p) => `${cable.name}: ${p}`));
			if (symbols.length > 0) answered++;
		}
		assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
		assert.ok(answered > 1000, `only ${answered} cables had an outline`);
	});
});
