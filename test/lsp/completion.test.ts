import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, CompletionList, Position } from 'vscode-languageserver-types';
import { seedText } from '../helpers/corpus';
import { positionOf } from '../helpers/hover';
import { type ServerSession, startServer } from '../helpers/lspClient';

const SEED_URI = 'file:///seed/07TOKYO374.cable';

describe('completion over LSP (stdio) on the seed cable', () => {
	const seed = seedText();
	let session: ServerSession;

	before(async () => {
		session = await startServer();
		await session.open(SEED_URI, seed);
	});
	after(() => session.close());

	const complete = (position: Position, triggerCharacter?: string) =>
		session.connection.sendRequest<CompletionList | null>('textDocument/completion', {
			textDocument: { uri: SEED_URI },
			position,
			context: triggerCharacter ? { triggerKind: 2, triggerCharacter } : { triggerKind: 1 },
		});

	it('announces completion with resolve and its trigger characters', () => {
		const provider = session.initializeResult.capabilities.completionProvider;
		assert.equal(provider?.resolveProvider, true);
		assert.deepEqual(provider?.triggerCharacters, [' ', '(', '/']);
	});

	it('offers tags at the end of the caption TAGS line, without those it has, and resolves one', async () => {
		// The writer has typed a space after the last code.
		const uri = 'file:///seed/typing.cable';
		const typing = seed.replace('TAGS: PREL PARM KNNP ZK IN KN KS AS CH RS JA\n', 'TAGS: PREL PARM KNNP ZK IN KN KS AS CH RS JA \n');
		await session.open(uri, typing);
		const { line } = positionOf(typing, 'TAGS: PREL');
		const end = typing.split('\n')[line]!.length;
		const list = await session.connection.sendRequest<CompletionList | null>('textDocument/completion', {
			textDocument: { uri },
			position: { line, character: end },
			context: { triggerKind: 2, triggerCharacter: ' ' },
		});
		assert.ok(list && list.items.length > 0 && list.items.length <= 200);
		const labels = list.items.map((item) => item.label);
		assert.ok(!labels.includes('PREL') && !labels.includes('JA'));
		assert.ok(labels.includes('PGOV'));
		for (const item of list.items) {
			const range = (item.textEdit as { range: { start: Position; end: Position } }).range;
			assert.deepEqual(range, { start: { line, character: end }, end: { line, character: end } });
		}
		const resolved = await session.connection.sendRequest<CompletionItem>(
			'completionItem/resolve',
			list.items.find((item) => item.label === 'PGOV'),
		);
		assert.match((resolved.documentation as { value: string }).value, /subject tag: Internal Governmental Affairs/);
	});

	it('offers the allowed portion marks after a paragraph number', async () => {
		const { line } = positionOf(seed, '13. (U)');
		const list = await complete({ line, character: 5 }, '(');
		assert.deepEqual(
			list?.items.map((item) => item.label),
			['C', 'SBU', 'U'],
		);
	});

	it('answers an empty list in running text and keeps every range inside the document', async () => {
		const { line } = positionOf(seed, 'Krasner, Director General');
		const list = await complete({ line, character: 200 }, ' ');
		assert.deepEqual(list?.items ?? [], []);
	});
});
