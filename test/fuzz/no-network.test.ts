/**
 * Nothing opens a network connection: the server runs a whole session (cables full of URLs,
 * hovers everywhere, diagnostics, quick fixes, dictionaries named by URL-like paths) with
 * every socket, name lookup and process start of Node replaced by a recorder that throws
 * (networkGuard.cjs), and the record must stay empty. The dictionary errors of that session
 * are also what a user sees: one message naming every bad file, saying how to fix them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Diagnostic, ShowMessageNotification } from 'vscode-languageserver-protocol';
import { resolveDictionaryPath } from '../../server/src/data/userDictionaries';
import { REPO_ROOT, seedText } from '../helpers/corpus';
import { type ServerSession, startServer } from '../helpers/lspClient';
import { MARKUP_PAYLOADS } from './mutators';
import { answerWithin } from './waiting';

const GUARD = join(REPO_ROOT, 'test', 'fuzz', 'networkGuard.cjs');

describe('the language server and the network', () => {
	const folder = mkdtempSync(join(tmpdir(), 'cable-no-network-'));
	const record = join(folder, 'attempts.log');
	const broken = join(folder, 'broken.json');
	const urlLike = ['https://dictionaries.example/cable.json', '//fileserver.example/share/cable.json', 'ftp://mirror.example/tags.json'];
	const messages: string[] = [];
	let server: ServerSession;

	before(async () => {
		writeFileSync(broken, '{ "tags": ');
		// Only the server started here inherits the guard.
		const nodeOptions = process.env.NODE_OPTIONS;
		process.env.NODE_OPTIONS = `${nodeOptions ?? ''} --require ${JSON.stringify(GUARD)}`;
		process.env.NETWORK_GUARD_LOG = record;
		try {
			server = await startServer(undefined, undefined, { textDocument: { diagnostic: {} }, workspace: { configuration: true } });
		} finally {
			if (nodeOptions === undefined) delete process.env.NODE_OPTIONS;
			else process.env.NODE_OPTIONS = nodeOptions;
			delete process.env.NETWORK_GUARD_LOG;
		}
		server.connection.onRequest('workspace/configuration', () => [{ dictionaries: [...urlLike, broken] }]);
		server.connection.onNotification(ShowMessageNotification.type, ({ message }) => {
			messages.push(message);
		});
	});
	after(() => rmSync(folder, { recursive: true, force: true }));

	it('records a connection attempt when there is one (the guard works)', () => {
		const script = "try { require('node:net').connect(9, '127.0.0.1') } catch {}";
		spawnSync(process.execPath, ['--require', GUARD, '-e', script], { env: { ...process.env, NETWORK_GUARD_LOG: record } });
		assert.match(readFileSync(record, 'utf8'), /node:net\.connect\(9, "127\.0\.0\.1"\)/);
		rmSync(record);
	});

	it('opens no socket, looks up no name and starts no process in a whole session', async () => {
		const hostile = [
			seedText(),
			...MARKUP_PAYLOADS,
			'See http://www.state.gov and https://wikileaks.org/cable/2007/01/07TOKYO374.html',
		].join('\n');
		const uri = 'file:///network/hostile.cable';
		await server.open(uri, hostile);
		const textDocument = { uri };
		const ask = <T>(method: string, params: object = {}) =>
			answerWithin(server.connection.sendRequest<T>(method, { textDocument, ...params }), method);
		await ask('textDocument/documentSymbol');
		await ask('textDocument/foldingRange');
		const lines = hostile.split('\n');
		for (let line = 0; line < lines.length; line++) {
			for (let character = 0; character <= lines[line]!.length; character += 10)
				await ask('textDocument/hover', { position: { line, character } });
		}
		const { items } = await ask<{ items: Diagnostic[] }>('textDocument/diagnostic');
		const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
		await ask('textDocument/codeAction', { range: whole, context: { diagnostics: items } });
		// Dictionaries named by URL-like paths, pushed twice: read as files, never fetched.
		for (let n = 0; n < 2; n++) {
			await server.connection.sendNotification('workspace/didChangeConfiguration', {
				settings: { cable: { dictionaries: [...urlLike, broken] } },
			});
		}
		await ask('textDocument/hover', { position: { line: 0, character: 1 } });
		await server.close();
		assert.ok(readFileSync(`${record}.guarded`, 'utf8').split('\n').includes(String(server.process.pid)), 'the guard ran in the server');
		assert.equal(existsSync(record) ? readFileSync(record, 'utf8') : '', '');
	});

	it('told the user once, in one message, about the dictionaries it could not read, and how to fix them', () => {
		const about = messages.filter((message) => message.includes('"cable.dictionaries"'));
		assert.equal(about.length, 1, messages.join(' | '));
		for (const path of urlLike) {
			// The server resolves a path as the setting's documentation says (no workspace folder here: from its working directory).
			assert.ok(about[0]!.includes(`${resolveDictionaryPath(path, undefined)} does not exist; `), `${path}: ${about[0]}`);
		}
		assert.ok(about[0]!.includes(`${broken} is not valid JSON at line 1, column 11.`), about[0]);
		assert.match(
			about[0]!,
			/Check the path in the "cable\.dictionaries" setting\. Fix the file; the built-in tables are used meanwhile\.$/,
		);
	});
});
