import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hover, Position } from 'vscode-languageserver-types';
import { seedText } from '../helpers/corpus';
import { hoverWords, positionOf } from '../helpers/hover';
import { type ServerSession, startServer } from '../helpers/lspClient';

const SEED_URI = 'file:///seed/07TOKYO374.cable';

describe('hover over LSP (stdio) on the seed cable', () => {
	const seed = seedText();
	let session: ServerSession;

	before(async () => {
		session = await startServer();
		await session.open(SEED_URI, seed);
	});
	after(() => session.close());

	async function hoverAt(position: Position): Promise<string> {
		const hover = await session.connection.sendRequest<Hover | null>('textDocument/hover', {
			textDocument: { uri: SEED_URI },
			position,
		});
		return hoverWords(hover);
	}

	/** A position on the caption's TAGS line (the metadata block has its own copy). */
	function tagPosition(code: string): Position {
		const { line } = positionOf(seed, 'TAGS: PREL');
		return { line, character: seed.split(/\r?\n/)[line]!.search(new RegExp(`(?<=\\s)${code}\\b`)) };
	}

	const tags: [string, RegExp][] = [
		['PREL', /subject tag: External Political Relations/],
		['PARM', /subject tag: Arms Controls and Disarmament \(meaning unverified/],
		['KNNP', /program tag: Nuclear Nonproliferation/],
		['ZK', /region tag: .*Central Asia/],
		['IN', /country tag: India/],
		['KN', /country tag: North Korea/],
		['KS', /country tag: South Korea/],
		['AS', /country tag: Australia/],
		['CH', /country tag: China/],
		['RS', /country tag: Russia/],
		['JA', /country tag: Japan/],
	];
	for (const [code, meaning] of tags) {
		it(`decodes the tag ${code}`, async () => {
			const words = await hoverAt(tagPosition(code));
			assert.match(words, new RegExp(`^${code} · `));
			assert.match(words, meaning);
			assert.match(words, /Sources: /);
		});
	}

	const codes: [string, RegExp[]][] = [
		['RUEHKO', [/routing indicator of station AMEMBASSY TOKYO/, /the station that sent this cable/]],
		['RUEHC', [/routing indicator of station DEPT OF STATE WASHINGTON DC/, /action addressee `SECSTATE WASHDC`/, /PRIORITY/, /`0137`/]],
		['RHEHAAA', [/WHITE HOUSE COMMUNICATIONS CENTER WASHINGTON DC/, /information addressee `NSC WASHDC`/]],
		['RHMFISS', [/DMS gateway/, /not the indicator, names the addressee/, /`COMUSJAPAN YOKOTA AB JA`/]],
		['P 260754Z JAN 07', [/precedence PRIORITY/, /Friday 26 January 2007, 07:54 UTC/, /matches the metadata Created time/]],
		['ZNY CCCCC', [/ZNY — security warning: the message is classified/, /CCCCC — classification: CONFIDENTIAL/]],
		['(C)', [/portion mark: this paragraph is CONFIDENTIAL/]],
		['E.O. 12958', [/Executive Order 12958/, /in force 1995–2009/, /Declassify on Wednesday 25 January 2017/]],
		['1.4(b)', [/1\.4\(b\) — foreign government information/]],
		['SIPDIS', [/SIPRNet distribution/]],
	];
	for (const [needle, meanings] of codes) {
		it(`decodes ${needle}`, async () => {
			const words = await hoverAt(positionOf(seed, needle));
			for (const meaning of meanings) assert.match(words, meaning);
		});
	}

	it('answers with the hovered element as the range', async () => {
		const hover = await session.connection.sendRequest<Hover>('textDocument/hover', {
			textDocument: { uri: SEED_URI },
			position: positionOf(seed, 'RHEHAAA'),
		});
		const start = positionOf(seed, 'RHEHAAA');
		assert.deepEqual(hover.range, { start: { line: start.line, character: 0 }, end: { line: start.line, character: 'RHEHAAA'.length } });
	});
});

describe('user dictionaries over LSP', () => {
	const folder = mkdtempSync(join(tmpdir(), 'cable-lsp-dictionaries-'));
	const good = join(folder, 'codes.json');
	const broken = join(folder, 'broken.json');
	const text = 'TAGS: PREL XQZQ\n';
	let session: ServerSession;
	const errors: string[] = [];

	before(async () => {
		writeFileSync(good, JSON.stringify({ tags: { XQZQ: { meaning: 'Our own tag', kind: 'program' } } }));
		writeFileSync(broken, '{ "tags": ');
		session = await startServer();
		session.connection.onNotification('window/showMessage', (message: { type: number; message: string }) => {
			if (message.type === 1) errors.push(message.message);
		});
		await session.open('file:///t/dictionary.cable', text);
	});
	after(async () => {
		await session.close();
		rmSync(folder, { recursive: true, force: true });
	});

	const hoverXqzq = async () =>
		hoverWords(
			await session.connection.sendRequest<Hover | null>('textDocument/hover', {
				textDocument: { uri: 'file:///t/dictionary.cable' },
				position: { line: 0, character: 12 },
			}),
		);

	it('applies a dictionary named in the settings without a restart', async () => {
		assert.match(await hoverXqzq(), /not a known TAGS code/);
		await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { cable: { dictionaries: [good] } } });
		assert.match(await hoverXqzq(), /XQZQ · program tag: Our own tag/);
	});

	it('reports a broken dictionary by name and keeps the rest working', async () => {
		await session.connection.sendNotification('workspace/didChangeConfiguration', {
			settings: { cable: { dictionaries: [good, broken] } },
		});
		assert.match(await hoverXqzq(), /Our own tag/);
		assert.equal(errors.length, 1);
		assert.match(errors[0]!, /broken\.json is not valid JSON/);
	});
});
