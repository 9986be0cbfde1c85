import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { navigationFiles, FIXTURE_ROOT } from '../helpers/collection';
import { positionOf } from '../helpers/hover';
import { type ServerSession, startServer } from '../helpers/lspClient';

// Navigation over stdio. Until the workspace indexer gives the server a collection, every
// navigation request answers "nothing" (never an error); the collection-backed answers are
// tested through the language service (test/unit/navigation-*.test.ts).

const files = navigationFiles();
const STATE = `${FIXTURE_ROOT}07STATE1001.cable`;

describe('navigation over LSP (stdio), before the workspace is indexed', () => {
	let session: ServerSession;
	const text = files[STATE]!;
	const textDocument = { uri: STATE };

	before(async () => {
		session = await startServer();
		await session.open(STATE, text);
	});
	after(() => session.close());

	it('announces definition, references, document links, call hierarchy and workspace symbols', () => {
		const capabilities = session.initializeResult.capabilities;
		assert.equal(capabilities.definitionProvider, true);
		assert.equal(capabilities.referencesProvider, true);
		assert.deepEqual(capabilities.documentLinkProvider, { resolveProvider: false });
		assert.equal(capabilities.callHierarchyProvider, true);
		assert.equal(capabilities.workspaceSymbolProvider, true);
	});

	it('answers each request with nothing', async () => {
		const position = positionOf(text, 'TOKYO 374');
		const request = <T>(method: string, params: object) => session.connection.sendRequest<T>(method, params);
		assert.equal(await request('textDocument/definition', { textDocument, position }), null);
		assert.deepEqual(await request('textDocument/references', { textDocument, position, context: { includeDeclaration: true } }), []);
		assert.deepEqual(await request('textDocument/documentLink', { textDocument }), []);
		assert.equal(await request('textDocument/prepareCallHierarchy', { textDocument, position }), null);
		const item = {
			name: '07STATE1001',
			kind: 1,
			uri: STATE,
			range: { start: position, end: position },
			selectionRange: { start: position, end: position },
			data: { id: '07STATE1001' },
		};
		assert.deepEqual(await request('callHierarchy/incomingCalls', { item }), []);
		assert.deepEqual(await request('callHierarchy/outgoingCalls', { item }), []);
		assert.deepEqual(await request('workspace/symbol', { query: '07TOKYO374' }), []);
	});

	it('still resolves the REF item under the mouse to its cable id in the hover', async () => {
		const hover = await session.connection.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', {
			textDocument,
			position: positionOf(text, 'TOKYO 374'),
		});
		assert.match(hover?.contents.value ?? '', /Reference A: `07TOKYO374`/);
	});

	it('answers nothing for a document it was never sent', async () => {
		const unknown = { uri: 'file:///nowhere/unknown.cable' };
		assert.equal(
			await session.connection.sendRequest('textDocument/definition', { textDocument: unknown, position: { line: 0, character: 0 } }),
			null,
		);
		assert.deepEqual(await session.connection.sendRequest('textDocument/documentLink', { textDocument: unknown }), []);
	});
});
