/**
 * The workspace indexer over stdio, on a temporary folder: synthetic cables written here (one
 * citing the seed cable), the seed, a few corpus cables when the corpus is there, and files it
 * must skip (not a cable, binary, under node_modules). Progress begins and ends; the index is
 * saved under the storage path and a second start reads no file again; added, changed and
 * deleted files and open documents' edits are reflected; `cable.index.enable: false` reads and
 * writes nothing. Counts come from the `cable/indexStatus` request and the log's summary line.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { CORPUS_DIR, corpusAvailable, corpusFiles, seedText } from '../helpers/corpus';
import type { IndexStatus } from '../../server/src/lsp/indexing/workspaceIndexer';
import { startWorkspaceServer, type WorkspaceSession } from '../helpers/workspaceServer';

const CORPUS_CABLES = 4;
/** Enough files that the first pass reads them on worker threads (fewer are read on the server's thread). */
const BULK_CABLES = 40;

/** A short cable of Tokyo's, `serial` its number, citing `ref` in its REF line. */
function syntheticCable(serial: number, ref: string): string {
	const padded = String(serial).padStart(6, '0');
	return [
		'VZCZCXRO1234',
		'PP RUEHWEB',
		`DE RUEHKO #${String(serial).padStart(4, '0')}/01 0051000`,
		'ZNY CCCCC ZZH',
		'P 051000Z JAN 09',
		'FM AMEMBASSY TOKYO',
		'TO RUEHC/SECSTATE WASHDC PRIORITY 0001',
		'BT',
		`C O N F I D E N T I A L TOKYO ${padded}`,
		'',
		'E.O. 12958: DECL: 01/05/2019',
		'TAGS: PREL JA',
		`SUBJECT: SYNTHETIC CABLE ${serial} FOR THE INDEX TEST`,
		'',
		`REF: ${ref}`,
		'',
		'Classified By: Ambassador for reasons 1.4 (b) and (d)',
		'',
		'1. (C) The first paragraph of a cable written for the test.',
		'',
		'2. (C) The second paragraph.',
		'BT',
		`#${String(serial).padStart(4, '0')}`,
		'NNNN',
		'',
	].join('\n');
}

async function eventually(
	session: WorkspaceSession,
	what: string,
	holds: (status: IndexStatus) => boolean,
	timeoutMs = 15000,
): Promise<IndexStatus> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const status = await session.status();
		if (holds(status)) return status;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last status ${JSON.stringify(status)}`);
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}

const summaryOf = (session: WorkspaceSession) => session.logs.find((line) => line.startsWith('Cable index'));

describe('the workspace indexer over LSP', () => {
	const root = mkdtempSync(join(tmpdir(), 'cable-index-'));
	const folder = join(root, 'cables');
	const storage = join(root, 'storage');
	let cables = 0;
	let files = 0;

	before(() => {
		mkdirSync(join(folder, 'nested'), { recursive: true });
		mkdirSync(join(folder, 'node_modules'), { recursive: true });
		writeFileSync(join(folder, '07TOKYO374.txt'), seedText());
		writeFileSync(join(folder, '09TOKYO1001.cable'), syntheticCable(1001, '07 TOKYO 374'));
		writeFileSync(join(folder, 'nested', '09TOKYO1002.txt'), syntheticCable(1002, 'A. 07 TOKYO 374 B. TOKYO 1001'));
		cables += 3;
		mkdirSync(join(folder, 'bulk'));
		for (let serial = 2000; serial < 2000 + BULK_CABLES; serial++)
			writeFileSync(join(folder, 'bulk', `09TOKYO${serial}.cable`), syntheticCable(serial, `TOKYO ${serial - 1}`));
		cables += BULK_CABLES;
		files += BULK_CABLES;
		writeFileSync(join(folder, 'notes.txt'), 'Meeting notes, not a cable.\n');
		writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x55, 0x4e, 0x43, 0x4c, 0x41, 0x53, 0x00, 0x01, 0x02]));
		files += 5; // the three cables, the notes and the binary file (known, so that they are not read again)
		writeFileSync(join(folder, 'node_modules', '09TOKYO1003.cable'), syntheticCable(1003, 'TOKYO 1001'));
		writeFileSync(join(folder, 'readme.md'), syntheticCable(1004, 'TOKYO 1001'));
		if (corpusAvailable) {
			for (const name of corpusFiles().slice(0, CORPUS_CABLES)) copyFileSync(join(CORPUS_DIR, 'cables', name), join(folder, name));
			cables += CORPUS_CABLES;
			files += CORPUS_CABLES;
		} else {
			console.log(`corpus cables left out of the indexed folder: corpus not found at ${CORPUS_DIR}`);
		}
	});
	after(() => rmSync(root, { recursive: true, force: true }));

	it('indexes the folder with progress, skips what is not a cable, and saves the index', async () => {
		const session = await startWorkspaceServer(folder, storage);
		try {
			const status = await eventually(session, 'the first pass', (s) => s.complete);
			assert.deepEqual(status, { files, cables, complete: true });
			assert.deepEqual(session.watched, ['**/*.cable', '**/*.txt']);
			const summary = summaryOf(session);
			assert.match(summary ?? '', new RegExp(`read ${files} files \\(\\d+ bytes on \\d+ worker threads\\)`), summary);
			assert.match(summary ?? '', /1 not cables, 0 over cable.maxFileSize, 1 binary, 0 unreadable/, summary);
			await eventually(session, 'the end of the progress', () => session.progress.some((value) => value.kind === 'end'));
			const begin = session.progress.find((value) => value.kind === 'begin');
			assert.equal(begin?.title, 'Indexing cables');
			assert.ok(
				session.progress.some((value) => value.message === `${files}/${files}`),
				JSON.stringify(session.progress),
			);
			assert.equal(session.progress.at(-1)?.kind, 'end');
		} finally {
			await session.close();
		}
		assert.equal(readdirSync(storage).filter((name) => name.endsWith('.index')).length, 1, 'one index file under the storage path');
	});

	it('starts again from the saved index without reading a file or showing progress', async () => {
		const session = await startWorkspaceServer(folder, storage);
		try {
			assert.deepEqual(await eventually(session, 'the pass', (s) => s.complete), { files, cables, complete: true });
			const summary = summaryOf(session);
			assert.match(summary ?? '', new RegExp(`${files} files unchanged; 0 cables read; read 0 files`), summary);
			assert.deepEqual(session.progress, []);
		} finally {
			await session.close();
		}
	});

	it('follows files added, changed and deleted, and open documents edited and closed', async () => {
		const session = await startWorkspaceServer(folder, storage);
		const changed = (path: string, type: 1 | 2 | 3) =>
			session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path).href, type }] });
		try {
			await eventually(session, 'the pass', (s) => s.complete);
			const added = join(folder, 'nested', '09TOKYO1005.txt');
			writeFileSync(added, syntheticCable(1005, 'TOKYO 1002'));
			await changed(added, 1);
			await eventually(session, 'the added cable', (s) => s.cables === cables + 1 && s.files === files + 1);

			// The notes become a cable; the added cable stops being one (a .txt file is one only while it looks like one).
			writeFileSync(join(folder, 'notes.txt'), syntheticCable(1006, 'TOKYO 1001'));
			await changed(join(folder, 'notes.txt'), 2);
			await eventually(session, 'the changed notes', (s) => s.cables === cables + 2);
			writeFileSync(added, 'No longer a cable.\n');
			await changed(added, 2);
			await eventually(session, 'the changed cable', (s) => s.cables === cables + 1 && s.files === files + 1);

			unlinkSync(added);
			await changed(added, 3);
			await eventually(session, 'the deleted file', (s) => s.files === files && s.cables === cables + 1);
			// Deleting a folder deletes its files.
			rmSync(join(folder, 'nested'), { recursive: true });
			await changed(join(folder, 'nested'), 3);
			await eventually(session, 'the deleted folder', (s) => s.files === files - 1 && s.cables === cables);

			// A document open in the editor counts with its text, saved or not; closed, the disk's text counts again.
			const draft = pathToFileURL(join(folder, '09TOKYO1007.cable')).href;
			await session.connection.sendNotification('textDocument/didOpen', {
				textDocument: { uri: draft, languageId: 'cable', version: 1, text: 'draft' },
			});
			await session.connection.sendNotification('textDocument/didChange', {
				textDocument: { uri: draft, version: 2 },
				contentChanges: [{ text: syntheticCable(1007, 'TOKYO 1001') }],
			});
			await eventually(session, 'the edited draft', (s) => s.cables === cables + 1);
			await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: draft } });
			await eventually(session, 'the closed draft (never saved)', (s) => s.cables === cables);
		} finally {
			await session.close();
		}
	});

	it('reads and writes nothing when cable.index.enable is false', async () => {
		const otherStorage = join(root, 'storage-off');
		const session = await startWorkspaceServer(folder, otherStorage, { index: { enable: false } });
		try {
			// The settings pull comes after initialized: the status request queued behind it sees the applied settings.
			await session.connection
				.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///none.cable' }, position: { line: 0, character: 0 } })
				.catch(() => null);
			assert.deepEqual(await session.status(), { files: 0, cables: 0, complete: false });
			assert.deepEqual(session.watched, []);
		} finally {
			await session.close();
		}
		assert.deepEqual(session.progress, []);
		assert.equal(summaryOf(session), undefined);
		assert.throws(() => readdirSync(otherStorage), /ENOENT/);
	});
});
