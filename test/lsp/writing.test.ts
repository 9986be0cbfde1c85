import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, DocumentHighlight, InlayHint, Range, SelectionRange, TextEdit } from 'vscode-languageserver-types';
import { seedText } from '../helpers/corpus';
import { positionOf } from '../helpers/hover';
import { type ServerSession, startServer } from '../helpers/lspClient';

// Issue 17's aids as an editor reaches them: inlay hints (and their settings), selection
// ranges, highlights, range formatting and the renumbering source action, over stdio.

const URI = 'file:///seed/07TOKYO374.cable';
const WHOLE: Range = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };

describe('writing aids over LSP (stdio)', () => {
	const seed = seedText();
	let session: ServerSession;

	before(async () => {
		session = await startServer();
		await session.open(URI, seed);
	});
	after(() => session.close());

	const request = <T>(method: string, params: object) =>
		session.connection.sendRequest<T>(method, { textDocument: { uri: URI }, ...params });
	const hints = () => request<InlayHint[]>('textDocument/inlayHint', { range: WHOLE });

	it('advertises the providers and the source action kind', () => {
		const capabilities = session.initializeResult.capabilities;
		assert.ok(capabilities.inlayHintProvider && capabilities.selectionRangeProvider && capabilities.documentHighlightProvider);
		assert.ok(capabilities.documentRangeFormattingProvider);
		assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.renumberParagraphs'] });
	});

	it('gives the default hints, and the kinds the settings switch on once they change', async () => {
		assert.deepEqual(
			(await hints()).map((hint) => hint.label),
			['Friday 26 January 2007, 07:54 UTC'],
		);
		await session.connection.sendNotification('workspace/didChangeConfiguration', {
			settings: { cable: { inlayHints: { tagMeanings: true, dates: false } } },
		});
		let labels: unknown[] = [];
		for (let attempt = 0; attempt < 100 && !labels.includes('Japan'); attempt++) labels = (await hints()).map((hint) => hint.label);
		assert.ok(labels.includes('Japan') && !labels.includes('Friday 26 January 2007, 07:54 UTC'), String(labels));
		await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { cable: {} } });
	});

	it('answers selection ranges growing from a tag', async () => {
		// The caption's KNNP (the metadata's is the first), the cursor on its second letter.
		const tag = positionOf(seed, 'KNNP', 2);
		const [selection] = await request<SelectionRange[]>('textDocument/selectionRange', { positions: [tag] });
		let depth = 0;
		for (let current: SelectionRange | undefined = selection; current; current = current.parent) depth++;
		assert.deepEqual(selection!.range, {
			start: { line: tag.line, character: tag.character - 1 },
			end: { line: tag.line, character: tag.character + 3 },
		});
		assert.ok(depth >= 5, `only ${depth} steps`);
	});

	it('highlights a routing indicator where it recurs', async () => {
		const highlights = await request<DocumentHighlight[]>('textDocument/documentHighlight', { position: positionOf(seed, 'RUEHDBU') });
		assert.equal(highlights.length, 2);
	});

	it('rewraps the paragraphs of a range at cable.format.lineWidth', async () => {
		const position = positionOf(seed, '2. (C) MOFA');
		const options = { tabSize: 4, insertSpaces: false };
		const at69 = await request<TextEdit[]>('textDocument/rangeFormatting', { range: { start: position, end: position }, options });
		assert.equal(at69[0]!.newText.split('\n')[0], '2. (C) MOFA North American Affairs Director General Chikao Kawai (who');
		await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { cable: { format: { lineWidth: 40 } } } });
		let first = '';
		for (let attempt = 0; attempt < 100 && first.length !== 34; attempt++) {
			const edits = await request<TextEdit[]>('textDocument/rangeFormatting', { range: { start: position, end: position }, options });
			first = edits[0]!.newText.split('\n')[0]!;
		}
		assert.equal(first, '2. (C) MOFA North American Affairs');
		await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { cable: {} } });
	});

	it('offers renumbering to the Source Action menu', async () => {
		const renumbered = seed.replace('3. (C) Dr. Krasner', '5. (C) Dr. Krasner');
		const uri = 'file:///seed/renumbered.cable';
		await session.open(uri, renumbered);
		const actions = await session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
			textDocument: { uri },
			range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
			context: { diagnostics: [], only: ['source'] },
		});
		assert.deepEqual(
			actions.map((action) => action.kind),
			['source.renumberParagraphs'],
		);
	});
});
