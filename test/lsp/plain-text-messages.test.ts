/**
 * Every message the server sends (window/showMessage, window/logMessage) is plain text: a
 * file named like a Markdown command link, a dictionary key and a dictionary path shaped
 * the same way come out with no `[…](…)` link and no `command:` URI a client could render.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LogMessageNotification, ShowMessageNotification } from 'vscode-languageserver-protocol';
import { answerWithin } from '../fuzz/waiting';
import { type ServerSession, startServer } from '../helpers/lspClient';
import { waitFor } from '../helpers/waitFor';

const LINK = '[open](command:workbench.action.terminal.new)';
/** A Markdown inline link, or any `command:` URI. */
const LINK_SHAPED = /\[[^\]]*\]\([^)]*\)|command:/i;

describe('messages over LSP are plain text', () => {
	const folder = mkdtempSync(join(tmpdir(), 'cable-lsp-plain-'));
	const keyed = join(folder, 'keyed.json');
	const missing = join(folder, `${LINK}.json`);
	let session: ServerSession;
	const messages: string[] = [];

	before(async () => {
		writeFileSync(keyed, JSON.stringify({ tags: { [LINK]: 3 } }));
		session = await startServer();
		session.connection.onNotification(ShowMessageNotification.type, ({ message }) => void messages.push(message));
		session.connection.onNotification(LogMessageNotification.type, ({ message }) => void messages.push(message));
	});
	after(async () => {
		await session.close();
		rmSync(folder, { recursive: true, force: true });
	});

	it('quotes a link-named oversize file, a link-bearing key and a link-named path without a link', async () => {
		await session.connection.sendNotification('workspace/didChangeConfiguration', {
			settings: { cable: { maxFileSize: 1, dictionaries: [keyed, missing] } },
		});
		const uri = `file:///t/${encodeURIComponent(`${LINK} big.cable`)}`;
		await session.open(uri, 'UNCLASSIFIED\n'.repeat(100_000));
		await answerWithin(
			session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }),
			'the outline of the oversize file',
		);
		await waitFor(() => messages.length >= 2, 'the oversize and the dictionary messages');

		assert.ok(
			messages.some((message) =>
				/\[open\] \(command :workbench\.action\.terminal\.new\) big\.cable is 1\.\d MB, over the 1 MB limit/.test(message),
			),
			messages.join('\n'),
		);
		assert.ok(
			messages.some(
				(message) => /keyed\.json has the wrong shape at "tags\.\[open\]/.test(message) && message.includes(`${folder}/[open] (command :`),
			),
			messages.join('\n'),
		);
		assert.deepEqual(
			messages.filter((message) => LINK_SHAPED.test(message)),
			[],
		);
	});
});
