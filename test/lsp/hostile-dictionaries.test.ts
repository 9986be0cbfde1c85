/**
 * `dist/server.js --stdio` given dictionary paths a hostile workspace could set: a FIFO, a
 * link to /dev/zero, a 100 MB file, a directory, a token file and 5,000 missing files. It
 * keeps answering hovers and shutdown, reads none of them (the kernel's count of the bytes
 * it read stays small, and its peak memory under twice its own baseline: reading the 100 MB
 * file alone would pass that), shows one message that quotes no content, and still applies
 * the good dictionary among them. And when a client answers two settings pulls out of
 * order, the later request's settings win.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-types';
import { answerWithin } from '../fuzz/waiting';
import { hoverWords } from '../helpers/hover';
import { bytesRead, makeHostileFiles, peakMemory, TOKEN } from '../helpers/hostileFiles';
import { type ServerSession, startServer } from '../helpers/lspClient';
import { waitFor } from '../helpers/waitFor';

const MB = 1024 * 1024;
const URI = 'file:///t/hostile.cable';
const files = makeHostileFiles('cable-lsp-hostile-');
after(() => files.remove());

function hoverXqzq(session: ServerSession): Promise<string> {
	const hover = session.connection.sendRequest<Hover | null>('textDocument/hover', {
		textDocument: { uri: URI },
		position: { line: 0, character: 12 },
	});
	return answerWithin(hover, 'a hover').then(hoverWords);
}

describe('hostile dictionary paths over LSP', () => {
	let session: ServerSession;
	const errors: string[] = [];

	before(async () => {
		session = await startServer();
		session.connection.onNotification('window/showMessage', (message: { type: number; message: string }) => {
			if (message.type === 1) errors.push(message.message);
		});
		await session.open(URI, 'TAGS: PREL XQZQ\n');
	});

	it('declines them all in one message, keeps answering, reads none of them and stays small', async (t) => {
		if (!files.fifo) t.diagnostic('mkfifo is not available here: the FIFO is left out of this test');
		assert.match(await hoverXqzq(session), /not a known TAGS code/);
		const pid = session.process.pid!;
		const readBefore = bytesRead(pid);
		const peakBefore = peakMemory(pid);

		const bad = [files.zero, files.sparse, files.directory, files.token, files.tokenInJson, ...(files.fifo ? [files.fifo] : [])];
		const paths = [...bad, files.good, ...files.missing(5000)];
		await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { cable: { dictionaries: paths } } });
		assert.match(await hoverXqzq(session), /XQZQ · program tag: Our own tag/, 'the good dictionary applies');
		await waitFor(() => errors.length > 0, 'the message about the bad dictionaries');

		assert.equal(errors.length, 1, errors.join('\n'));
		assert.match(
			errors[0]!,
			new RegExp(`^Cable: ${(paths.length - 1).toLocaleString('en-US')} dictionaries in the "cable\\.dictionaries" setting cannot be used`),
		);
		assert.match(errors[0]!, /zero\.json is a character device, not a regular file; .*sparse\.json is 100 MB, over the 4 MB limit/);
		assert.match(errors[0]!, /token\.json is not valid JSON at line 1, column 1; /);
		assert.ok(!errors[0]!.includes(TOKEN.slice(0, 6)), 'no content quoted');
		assert.match(errors[0]!, /; and 4,99\d more\. Check the path in the "cable\.dictionaries" setting\. /);

		const read = readBefore === undefined ? undefined : bytesRead(pid)! - readBefore;
		if (read === undefined) t.diagnostic('/proc/<pid>/io is not readable here: bytes read not checked');
		else assert.ok(read < 8 * MB, `the server read ${read} bytes`);
		const peakAfter = peakMemory(pid);
		if (peakBefore === undefined || peakAfter === undefined) t.diagnostic('/proc/<pid>/status is not readable here: memory not checked');
		else assert.ok(peakAfter < peakBefore * 2, `peak memory ${peakBefore} -> ${peakAfter} bytes`);
		t.diagnostic(`the server read ${read ?? '?'} bytes; peak memory ${peakBefore ?? '?'} -> ${peakAfter ?? '?'} bytes`);
	});

	it('still shuts down when asked', async () => {
		await answerWithin(session.close(), 'shutdown and exit');
	});
});

describe('settings pulls answered out of order over LSP', () => {
	let session: ServerSession;
	/** Pending `workspace/configuration` requests from the server, in the order they came. */
	const pulls: ((settings: object) => void)[] = [];

	before(async () => {
		session = await startServer(undefined, undefined, { workspace: { configuration: true } });
		session.connection.onRequest('workspace/configuration', () => new Promise((resolve) => pulls.push((settings) => resolve([settings]))));
		await session.open(URI, 'TAGS: PREL XQZQ\n');
		// The pulls after `initialized` (the server asked before the handler was there, or after): answered empty.
		await hoverXqzq(session);
		pulls.splice(0).forEach((answer) => answer({}));
	});
	after(() => session.close());

	it('applies the settings of the later change when its pull is answered first', async () => {
		// A hover answered after a change comes after the pulls that change made: the stream keeps order.
		await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
		await hoverXqzq(session);
		const older = pulls.splice(0);
		await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
		await hoverXqzq(session);
		const newer = pulls.splice(0);
		// Each change pulls the window settings once; diagnostics may pull per document besides.
		assert.ok(older.length > 0 && newer.length > 0, `${older.length} then ${newer.length} pulls`);
		newer.forEach((answer) => answer({ dictionaries: [files.good] }));
		older.forEach((answer) => answer({ dictionaries: [] }));
		// The answers are written once their promises settle: after this turn, ahead of the hover.
		await new Promise(setImmediate);
		assert.match(await hoverXqzq(session), /XQZQ · program tag: Our own tag/);
	});
});
