/**
 * Large and hostile files through the live server: a 50 MB cable is declined with one
 * message that names the setting to raise, the setting is honoured both ways, and a 5 MB
 * single line or a binary file opened as a cable is answered (never hangs the editor).
 * No wall-clock budgets here: the bound only catches a server that stopped answering.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
	type Diagnostic,
	type DocumentSymbol,
	type FoldingRange,
	type Hover,
	ShowMessageNotification,
} from 'vscode-languageserver-protocol';
import { seedText } from '../helpers/corpus';
import { type ServerSession, startServer } from '../helpers/lspClient';
import { Random } from '../helpers/random';
import { foldingProblems, lineLengths, symbolProblems } from '../helpers/structure';
import { diagnosticProblems, hoverProblems } from './featureChecks';
import { answerWithin } from './waiting';

const MB = 1024 * 1024;

/** The seed cable again and again, as a bundle of cables is. */
function bundle(bytes: number): string {
	const cable = seedText();
	return cable.repeat(Math.ceil(bytes / cable.length));
}

/** Random bytes read as UTF-8, as an editor shows a binary file it is told to open. */
function binary(bytes: number): string {
	const random = new Random(7);
	return Buffer.from(Array.from({ length: bytes }, () => random.int(256))).toString('utf8');
}

describe('large and hostile files', () => {
	let server: ServerSession;
	const warnings: string[] = [];
	let uris = 0;

	before(async () => {
		server = await startServer(undefined, undefined, { textDocument: { diagnostic: {} } });
		server.connection.onNotification(ShowMessageNotification.type, ({ message }) => {
			warnings.push(message);
		});
	});
	after(() => server.close());

	async function opened(name: string, text: string): Promise<{ uri: string; ask: <T>(method: string, params?: object) => Promise<T> }> {
		const uri = `file:///large/${++uris}/${name}`;
		await server.open(uri, text);
		const ask = <T>(method: string, params: object = {}) =>
			answerWithin(server.connection.sendRequest<T>(method, { textDocument: { uri }, ...params }), `${method} on ${name}`);
		return { uri, ask };
	}

	/** Every message so far: a request that waits behind the server's work flushes them. */
	async function messagesFor(name: string): Promise<string[]> {
		await answerWithin(
			server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: 'file:///large/none' } }),
			'a request after the warning',
		);
		return warnings.filter((message) => message.includes(name));
	}

	it('declines a 50 MB cable with one message that says which setting to raise', async () => {
		const name = 'bundle-50MB.txt';
		const { uri, ask } = await opened(name, bundle(50 * MB));
		assert.deepEqual(await ask<DocumentSymbol[]>('textDocument/documentSymbol'), []);
		assert.deepEqual(await ask<FoldingRange[]>('textDocument/foldingRange'), []);
		assert.equal(await ask<Hover | null>('textDocument/hover', { position: { line: 3, character: 2 } }), null);
		assert.deepEqual((await ask<{ items: Diagnostic[] }>('textDocument/diagnostic')).items, []);
		await server.connection.sendNotification('textDocument/didChange', {
			textDocument: { uri, version: 2 },
			contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
		});
		assert.deepEqual(await ask<DocumentSymbol[]>('textDocument/documentSymbol'), []);

		const messages = await messagesFor(name);
		assert.equal(messages.length, 1, messages.join('\n'));
		assert.match(messages[0]!, /bundle-50MB\.txt is 50(\.\d)? MB, over the 10 MB limit of the "cable\.maxFileSize" setting/);
		assert.match(messages[0]!, /raise "cable\.maxFileSize"/);
	});

	it('honours cable.maxFileSize: a lower limit declines a file, raising it brings the features back', async () => {
		const name = 'bundle-2MB.txt';
		const { ask } = await opened(name, bundle(2 * MB));
		assert.ok((await ask<DocumentSymbol[]>('textDocument/documentSymbol')).length > 0, 'within the default limit');

		await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { cable: { maxFileSize: 1 } } });
		assert.deepEqual(await ask<DocumentSymbol[]>('textDocument/documentSymbol'), []);
		assert.match((await messagesFor(name)).join('\n'), /bundle-2MB\.txt is 2(\.\d)? MB, over the 1 MB limit/);

		await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { cable: { maxFileSize: 3 } } });
		assert.ok((await ask<DocumentSymbol[]>('textDocument/documentSymbol')).length > 0, 'within the raised limit');
		assert.equal((await messagesFor(name)).length, 1, 'told once');
		await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { cable: {} } });
	});

	for (const [name, text] of [
		[
			'a 5 MB single line',
			seedText()
				.replace(/\r?\n/g, ' ')
				.repeat(Math.ceil((5 * MB) / seedText().length)),
		],
		['a binary file', binary(MB)],
	] as const) {
		it(`answers every request on ${name}, with valid results`, async () => {
			const { ask } = await opened(name.replace(/ /g, '-'), text);
			const lengths = lineLengths(text);
			assert.deepEqual(symbolProblems(await ask<DocumentSymbol[]>('textDocument/documentSymbol'), lengths), []);
			assert.deepEqual(foldingProblems(await ask<FoldingRange[]>('textDocument/foldingRange'), lengths.length), []);
			for (const character of [0, 7, 20_000, 2_500_000, lengths[0]!]) {
				const position = { line: 0, character };
				assert.deepEqual(hoverProblems(await ask<Hover | null>('textDocument/hover', { position }), position, lengths), []);
			}
			const { items } = await ask<{ items: Diagnostic[] }>('textDocument/diagnostic');
			assert.deepEqual(
				items.flatMap((diagnostic) => diagnosticProblems(diagnostic, lengths)),
				[],
			);
		});
	}
});
