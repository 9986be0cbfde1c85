import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-types';
import { seedText } from '../helpers/corpus';
import { type ServerSession, startServer } from '../helpers/lspClient';
import { foldingProblems, lineLengths, symbolProblems } from '../helpers/structure';

describe('the language server over stdio', () => {
	let server: ServerSession;
	const uri = 'file:///cables/07TOKYO374.cable';
	before(async () => {
		server = await startServer();
		await server.open(uri, seedText());
	});
	after(() => server.close());

	it('answers documentSymbol with the seed outline', async () => {
		const symbols: DocumentSymbol[] = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
		const topics = symbols.filter((s) => s.detail === 'topic').map((s) => s.name);
		assert.deepEqual(topics, ['SIX PARTY TALKS', 'INDIA', 'CENTRAL ASIA', 'RUSSIA', 'CHINA']);
		assert.deepEqual(symbolProblems(symbols, lineLengths(seedText())), []);
	});

	it('answers foldingRange with nested folds', async () => {
		const folds: FoldingRange[] = await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
		assert.ok(folds.length >= 20, `only ${folds.length} folds`);
		assert.deepEqual(foldingProblems(folds, lineLengths(seedText()).length), []);
	});

	it('follows incremental edits: a new heading appears in the outline', async () => {
		await server.connection.sendNotification('textDocument/didChange', {
			textDocument: { uri, version: 2 },
			contentChanges: [
				{
					range: { start: { line: 76, character: 0 }, end: { line: 76, character: 0 } },
					text: '--------------\nNEW TOPIC\n--------------\n',
				},
			],
		});
		const symbols: DocumentSymbol[] = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
		const topics = symbols.filter((s) => s.detail === 'topic').map((s) => s.name);
		assert.deepEqual(topics, ['NEW TOPIC', 'SIX PARTY TALKS', 'INDIA', 'CENTRAL ASIA', 'RUSSIA', 'CHINA']);
	});

	it('answers an empty list for a document it was never sent', async () => {
		const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///unknown.cable' } });
		assert.deepEqual(symbols, []);
	});
});
