/**
 * The server as editors other than VS Code use it (issue 20): Neovim 0.7 cannot be asked for
 * settings and pushes them; Vim's ALE sends diagnostics back without a source, or none at all;
 * terminal clients ask for plain-text hovers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
	type CodeAction,
	type Diagnostic,
	type DocumentSymbol,
	type Hover,
	type PublishDiagnosticsParams,
	type Range,
	SymbolKind,
} from 'vscode-languageserver-protocol';
import { fixtureText, seedText } from '../helpers/corpus';
import { positionOf } from '../helpers/hover';
import { type ServerSession, startServer } from '../helpers/lspClient';
import { waitFor } from '../helpers/waitFor';

const FAULT = fixtureText('diagnostics-header-fault.cable');
const BROKEN_TAG = seedText().replace('TAGS: PREL PARM', 'TAGS: PREL PARN');

describe('a client without workspace/configuration (Neovim 0.7) and with pushed diagnostics', () => {
	let session: ServerSession;
	const published: PublishDiagnosticsParams[] = [];
	const uri = 'file:///cables/header-fault.cable';

	/** The codes and severities of the latest report on `uri` once it differs from `before`. */
	async function reportAfter(before: number): Promise<[string, number][]> {
		await waitFor(() => published.filter((params) => params.uri === uri).length > before, 'a new report');
		return published
			.filter((params) => params.uri === uri)
			.at(-1)!
			.diagnostics.map((diagnostic) => [String(diagnostic.code), diagnostic.severity!]);
	}
	const reports = () => published.filter((params) => params.uri === uri).length;

	before(async () => {
		session = await startServer();
		session.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
			published.push(params);
		});
		session.connection.onRequest('workspace/configuration', () => {
			throw new Error('the client never offered workspace/configuration');
		});
		await session.open(uri, FAULT);
	});
	after(() => session.close());

	it('applies the diagnostics settings it pushes, rule by rule, and switching them all off', async () => {
		assert.deepEqual(await reportAfter(0), [
			['cable.serial.mismatch', 1],
			['cable.tags.unknown', 3],
		]);
		let before = reports();
		const rules = { 'cable.serial.mismatch': 'hint', 'cable.tags.unknown': 'off' };
		await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { cable: { diagnostics: { rules } } } });
		assert.deepEqual(await reportAfter(before), [['cable.serial.mismatch', 4]]);
		before = reports();
		await session.connection.sendNotification('workspace/didChangeConfiguration', {
			settings: { cable: { diagnostics: { enable: false } } },
		});
		assert.deepEqual(await reportAfter(before), []);
	});

	it('keeps the pushed settings for a document opened later', async () => {
		const later = 'file:///cables/later.cable';
		await session.open(later, FAULT);
		await waitFor(() => published.some((params) => params.uri === later), 'the report on opening');
		assert.deepEqual(published.find((params) => params.uri === later)!.diagnostics, []);
	});
});

describe('quick fixes for clients that send diagnostics back without a source, or none (Vim with ALE)', () => {
	let session: ServerSession;
	const uri = 'file:///cables/tag.cable';
	let tag: Diagnostic;

	before(async () => {
		session = await startServer();
		const published = new Promise<PublishDiagnosticsParams>((resolve) =>
			session.connection.onNotification('textDocument/publishDiagnostics', resolve),
		);
		await session.open(uri, BROKEN_TAG);
		tag = (await published).diagnostics.find((diagnostic) => diagnostic.code === 'cable.tags.unknown')!;
		assert.ok(tag);
	});
	after(() => session.close());

	const actionsAt = (range: Range, diagnostics: Diagnostic[]) =>
		session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
	const described = (actions: CodeAction[]) => actions.map((action) => [action.title, action.edit?.changes?.[uri]?.[0]?.newText]);
	const cursorOn = (range: Range): Range => ({
		start: { ...range.start, character: range.start.character + 1 },
		end: { ...range.start, character: range.start.character + 1 },
	});

	it('matches a diagnostic sent back without a source by its code and range', async () => {
		const { source: _source, ...withoutSource } = tag;
		const actions = await actionsAt(tag.range, [withoutSource]);
		assert.deepEqual(described(actions), [['Replace PARN with PARM', 'PARM']]);
		assert.deepEqual(actions[0]!.diagnostics, [withoutSource]);
	});

	it('offers the fix under the cursor when the client sends no diagnostics', async () => {
		assert.deepEqual(described(await actionsAt(cursorOn(tag.range), [])), [['Replace PARN with PARM', 'PARM']]);
	});

	it('offers nothing away from the finding, nor for another tool’s diagnostic there', async () => {
		const caption = positionOf(BROKEN_TAG, 'SUBJECT');
		assert.deepEqual(await actionsAt({ start: caption, end: caption }, []), []);
		assert.deepEqual(await actionsAt(tag.range, [{ ...tag, source: 'spell', code: 'spelling' }]), []);
	});
});

describe('hovers for a client that asks for plain text first', () => {
	let plain: ServerSession;
	let markdown: ServerSession;
	const uri = 'file:///cables/07TOKYO374.cable';
	const seed = seedText();

	before(async () => {
		plain = await startServer(undefined, undefined, { textDocument: { hover: { contentFormat: ['plaintext', 'markdown'] } } });
		markdown = await startServer();
		await plain.open(uri, seed);
		await markdown.open(uri, seed);
	});
	after(async () => {
		await plain.close();
		await markdown.close();
	});

	const hoverOn = (session: ServerSession, needle: string) =>
		session.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(seed, needle) });

	for (const needle of ['RUEHKO', 'PARM', 'E.O. 12958', 'P 260754Z JAN 07', 'ZNY CCCCC']) {
		it(`reads ${needle} without markup, one line per line`, async () => {
			const hover = await hoverOn(plain, needle);
			assert.equal((hover.contents as { kind: string }).kind, 'plaintext');
			const text = (hover.contents as { value: string }).value;
			assert.doesNotMatch(text, /[`*\\]|---|  \n/, text);
			const shown = await hoverOn(markdown, needle);
			// The same lines as the Markdown hover, with its emphasis, code spans and escapes gone.
			const markdownLines = (shown.contents as { value: string }).value
				.split(/ {2}\n|\n\n---\n\n/)
				.map((line) => line.replace(/(?<!\\)[*`]+/g, '').replace(/\\([!-/:-@[-`{-~])/g, '$1'));
			assert.deepEqual(text.split(/\n\n?/), markdownLines);
			assert.deepEqual(hover.range, shown.range);
		});
	}

	it('names the station behind RUEHKO in words a terminal shows as they are', async () => {
		const text = ((await hoverOn(plain, 'RUEHKO')).contents as { value: string }).value;
		assert.match(text, /routing indicator of station AMEMBASSY TOKYO/);
		assert.match(text, /\n\nSources: /);
	});
});

/** Eglot's imenu before Emacs 29: the outline flattened, one menu per symbol kind, entries grouped under their parent's name. */
function imenuByKind(symbols: readonly DocumentSymbol[]): Map<SymbolKind, Map<string, string[]>> {
	const menus = new Map<SymbolKind, Map<string, string[]>>();
	const visit = (symbol: DocumentSymbol, container: string) => {
		const menu = menus.get(symbol.kind) ?? new Map<string, string[]>();
		menus.set(symbol.kind, menu);
		menu.set(container, [...(menu.get(container) ?? []), symbol.name]);
		for (const child of symbol.children ?? []) visit(child, container ? `${container}::${symbol.name}` : symbol.name);
	};
	for (const symbol of symbols) visit(symbol, '');
	return menus;
}

describe('outline kinds for menus made per kind (Emacs imenu)', () => {
	let session: ServerSession;
	const uri = 'file:///cables/07TOKYO374.cable';
	let menus: Map<SymbolKind, Map<string, string[]>>;

	before(async () => {
		session = await startServer();
		await session.open(uri, seedText());
		menus = imenuByKind(await session.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }));
	});
	after(() => session.close());

	it('has four menus: the parts, their lines, the lines’ items, the paragraphs', () => {
		assert.deepEqual([...menus.keys()].sort(), [SymbolKind.Property, SymbolKind.Constant, SymbolKind.String, SymbolKind.Struct].sort());
	});

	it('lists the cable’s parts in reading order in one menu', () => {
		const parts = menus.get(SymbolKind.Struct)!.get('')!;
		assert.deepEqual(parts.slice(0, 2), ['Metadata', 'Header']);
		assert.deepEqual(parts.slice(4, 9), ['SIX PARTY TALKS', 'INDIA', 'CENTRAL ASIA', 'RUSSIA', 'CHINA']);
		assert.equal(parts[2], parts[3], 'the caption and its repetition');
	});

	it('keeps the addressee lists among the header lines, in order, and the addressees under their list', () => {
		const header = menus.get(SymbolKind.Property)!.get('Header')!;
		assert.deepEqual(header.slice(-4), ['260754Z JAN 07', 'FM', 'TO', 'INFO']);
		assert.equal(menus.get(SymbolKind.Constant)!.get('Header::INFO')![0], 'RUEHAH');
	});

	it('lists the numbered paragraphs in order, under their topic', () => {
		const paragraphs = menus.get(SymbolKind.String)!;
		assert.deepEqual(
			paragraphs.get('INDIA')!.map((name) => name.split('.')[0]),
			['7', '8'],
		);
		assert.deepEqual(
			paragraphs.get('')!.map((name) => name.split('.')[0]),
			['1', '2'],
		);
	});
});
