import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type {
	CodeAction,
	Diagnostic,
	DocumentDiagnosticReport,
	FullDocumentDiagnosticReport,
	PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { fixtureText, seedText } from '../helpers/corpus';
import { waitFor } from '../helpers/waitFor';
import { type ServerSession, startServer } from '../helpers/lspClient';

const PULL = {
	textDocument: { diagnostic: { dynamicRegistration: false } },
	workspace: { configuration: true, diagnostics: { refreshSupport: true } },
};
const FAULT = fixtureText('diagnostics-header-fault.cable');
const SEED_DE_LINE = seedText()
	.split('\n')
	.findIndex((line) => line.startsWith('DE RUEHKO'));

async function pull(session: ServerSession, uri: string): Promise<Diagnostic[]> {
	const report: DocumentDiagnosticReport = await session.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
	assert.equal(report.kind, 'full');
	return (report as FullDocumentDiagnosticReport).items;
}

/** Replaces one whole line (incremental sync), as typing would. */
function replaceLine(session: ServerSession, uri: string, version: number, line: number, text: string): Promise<void> {
	const length = seedText().split('\n')[line]!.length;
	return session.connection.sendNotification('textDocument/didChange', {
		textDocument: { uri, version },
		contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: length } }, text }],
	});
}

describe('diagnostics over LSP (stdio), pulled', () => {
	let session: ServerSession;
	let rules: Record<string, string> = {};
	let refreshes = 0;

	before(async () => {
		session = await startServer(undefined, undefined, PULL);
		session.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
			params.items.map(() => ({ diagnostics: { enable: true, rules } })),
		);
		session.connection.onRequest('workspace/diagnostic/refresh', () => {
			refreshes++;
			return null;
		});
		// Settings asked for before the handler was in place are forgotten.
		await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
	});
	after(() => session.close());

	it('announces pull diagnostics without inter-file or workspace reports, quick fixes and renumbering as a source action', () => {
		const capabilities = session.initializeResult.capabilities;
		assert.deepEqual(capabilities.diagnosticProvider, { interFileDependencies: false, workspaceDiagnostics: false });
		assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.renumberParagraphs'] });
	});

	it('reports a seeded header fault on its DE line, naming the banner', async () => {
		const uri = 'file:///cables/header-fault.cable';
		await session.open(uri, FAULT);
		const [diagnostic, tag] = await pull(session, uri);
		assert.equal(tag?.code, 'cable.tags.unknown');
		assert.equal(diagnostic?.code, 'cable.serial.mismatch');
		assert.equal(diagnostic?.source, 'cable');
		assert.equal(diagnostic?.range.start.line, 2);
		assert.equal(diagnostic?.relatedInformation?.[0]?.location.range.start.line, 8);
	});

	it('reports nothing on the seed, then follows edits: a broken DE serial appears and goes away', async () => {
		const uri = 'file:///cables/07TOKYO374.cable';
		await session.open(uri, seedText());
		assert.deepEqual(await pull(session, uri), []);
		await replaceLine(session, uri, 2, SEED_DE_LINE, 'DE RUEHKO #0375/01 0260754');
		const broken = await pull(session, uri);
		assert.deepEqual(
			broken.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]),
			[['cable.serial.mismatch', SEED_DE_LINE]],
		);
		await replaceLine(session, uri, 3, SEED_DE_LINE, 'DE RUEHKO #0374/01 0260754');
		assert.deepEqual(await pull(session, uri), []);
	});

	it('answers a quick fix for a diagnostic it reported', async () => {
		const uri = 'file:///cables/tag.cable';
		await session.open(uri, seedText().replace('TAGS: PREL PARM', 'TAGS: PREL PARN'));
		const diagnostics = await pull(session, uri);
		const tag = diagnostics.find((diagnostic) => diagnostic.code === 'cable.tags.unknown')!;
		const actions: CodeAction[] = await session.connection.sendRequest('textDocument/codeAction', {
			textDocument: { uri },
			range: tag.range,
			context: { diagnostics: [tag] },
		});
		assert.deepEqual(
			actions.map((action) => [action.title, action.kind, action.edit?.changes?.[uri]?.[0]?.newText]),
			[['Replace PARN with PARM', 'quickfix', 'PARM']],
		);
	});

	it('applies the settings per document and asks the client to refresh when they change', async () => {
		const uri = 'file:///cables/header-fault.cable';
		rules = { 'cable.serial.mismatch': 'off', 'cable.tags.unknown': 'off' };
		const before = refreshes;
		await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
		await waitFor(() => refreshes > before, 'the server');
		assert.deepEqual(await pull(session, uri), []);
		rules = { 'cable.serial.mismatch': 'warning', 'cable.tags.unknown': 'off' };
		await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
		assert.deepEqual(
			(await pull(session, uri)).map((diagnostic) => diagnostic.severity),
			[2],
		);
	});
});

describe('diagnostics over LSP (stdio), pushed to a client that does not pull', () => {
	let session: ServerSession;
	const published: PublishDiagnosticsParams[] = [];
	/** Called on every report as it arrives, so a test can act between two of them. */
	let onPublish: (params: PublishDiagnosticsParams) => void = () => {};

	before(async () => {
		session = await startServer();
		session.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
			published.push(params);
			onPublish(params);
		});
	});
	after(() => session.close());

	it('does not announce pull diagnostics', () => {
		assert.equal(session.initializeResult.capabilities.diagnosticProvider, undefined);
	});

	it('publishes the report of an opened document at once, before answering the next request', async () => {
		const uri = 'file:///cables/opened.cable';
		await session.open(uri, FAULT);
		// A report held back for the typing pause would arrive after this answer.
		await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
		const reports = published.filter((params) => params.uri === uri);
		assert.deepEqual(
			reports.map((params) => [params.version, params.diagnostics.map((diagnostic) => diagnostic.code)]),
			[[1, ['cable.serial.mismatch', 'cable.tags.unknown']]],
		);
	});

	it('publishes the opened version, then once typing pauses, for the latest version only', async () => {
		const uri = 'file:///cables/typing.cable';
		await session.open(uri, seedText(), 1);
		for (let version = 2; version <= 6; version++) {
			await replaceLine(session, uri, version, SEED_DE_LINE, `DE RUEHKO #037${version}/01 0260754`);
		}
		// Stale versions would have been published before the latest, never after it.
		await waitFor(() => published.some((params) => params.uri === uri && params.version === 6), 'the server');
		const reports = published.filter((params) => params.uri === uri);
		assert.deepEqual(
			reports.map((params) => params.version),
			[1, 6],
		);
		assert.deepEqual(
			reports[1]!.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]),
			[['cable.serial.mismatch', SEED_DE_LINE]],
		);
	});

	it('answers requests between the reports of a refresh, and drops the report of a document edited meanwhile', async () => {
		// More documents than the server keeps parsed, so each report of the refresh costs a parse, as in a large workspace.
		const uris = Array.from({ length: 100 }, (_, index) => `file:///cables/many-${index}.cable`);
		const edited = uris.at(-1)!;
		for (const uri of uris) await session.open(uri, FAULT);
		await waitFor(() => uris.every((uri) => published.some((params) => params.uri === uri)), 'the reports on opening', 30_000);
		const start = published.length;
		let reportsBeforeAnswer = -1;
		onPublish = () => {
			onPublish = () => {};
			// Sent once the refresh has begun: the server must read and answer them before it has finished.
			void session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uris[0] } }).then(() => {
				reportsBeforeAnswer = published.length - start;
			});
			void session.connection.sendNotification('textDocument/didChange', {
				textDocument: { uri: edited, version: 2 },
				contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }],
			});
		};
		await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
		const refreshed = () => published.slice(start);
		await waitFor(
			() =>
				uris.slice(0, -1).every((uri) => refreshed().some((params) => params.uri === uri)) &&
				refreshed().some((params) => params.uri === edited && params.version === 2),
			'the reports of the refresh',
			30_000,
		);
		assert.ok(
			reportsBeforeAnswer >= 0 && reportsBeforeAnswer < uris.length - 1,
			`the request was answered after ${reportsBeforeAnswer} of ${uris.length - 1} reports`,
		);
		assert.deepEqual(
			refreshed()
				.filter((params) => params.uri === edited)
				.map((params) => params.version),
			[2],
		);
		for (const uri of uris) await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
	});

	it('clears the diagnostics of a closed document', async () => {
		const uri = 'file:///cables/typing.cable';
		await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
		await waitFor(() => published.at(-1)?.uri === uri && published.at(-1)!.diagnostics.length === 0, 'the server');
	});
});
