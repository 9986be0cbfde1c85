/**
 * The live server over stdio under thousands of random incremental edits, with requests
 * interleaved: many answered after later edits arrived (stale), some cancelled, some at
 * positions outside the document, some for methods nobody serves, some with params of the
 * wrong shape, and malformed JSON-RPC written raw to its stdin. It must keep answering,
 * every answer must fit a version of the document it could have been computed on, its
 * memory must stay flat, and at the end it must hold exactly the text the edits make.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import {
	CancellationTokenSource,
	type CodeAction,
	type Diagnostic,
	type DocumentSymbol,
	type FoldingRange,
	type Hover,
	type Position,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createCableLanguageService } from '../../server/src/languageService';
import { startServer } from '../helpers/lspClient';
import { Random } from '../helpers/random';
import { foldingProblems, lineLengths, rangeProblem, symbolProblems } from '../helpers/structure';
import { Campaign } from './campaign';
import { randomChanges, randomOffset } from './edits';
import { diagnosticProblems, hoverProblems } from './featureChecks';
import { fuzzSources } from './inputs';
import { ODD_NOTIFICATIONS, ODD_REQUESTS, RAW_FRAMES, writeFrame } from './protocolAbuse';
import { answerWithin } from './waiting';

const REQUEST_CANCELLED = -32800;
/** Edits between two points where every answer is awaited, memory is sampled and old versions are dropped. */
const EDITS_PER_ROUND = 100;

interface Tracked {
	readonly uri: string;
	readonly mirror: TextDocument;
	readonly source: string;
	/** Line lengths of every version an answer in flight may have been computed on. */
	readonly versions: Map<number, number[]>;
	diagnostics: Diagnostic[];
}

function residentMegabytes(pid: number): number | undefined {
	try {
		const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) / 1024 : undefined;
	} catch {
		return undefined; // Not Linux: memory is not checked.
	}
}

const mb = (megabytes: number) => `${Math.round(megabytes)} MB`;

/** As it crosses the wire: JSON drops the properties that are undefined. */
const asSent = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Client capabilities of the two ways an editor takes diagnostics. */
const CLIENTS: Record<string, { textDocument?: object; workspace?: object }> = {
	'a client that takes pushed diagnostics': {},
	// It says it can be asked for settings and told to refresh, then answers neither, as a broken client would.
	'a client that pulls diagnostics': {
		textDocument: { diagnostic: {} },
		workspace: { configuration: true, diagnostics: { refreshSupport: true } },
	},
};

for (const [client, clientCapabilities] of Object.entries(CLIENTS)) {
	it(`survives thousands of random edits, stale and cancelled requests and malformed JSON-RPC from ${client}`, async (t) => {
		const campaign = new Campaign('fuzz-server.test', { seconds: 60, iterations: 3000 }, { seconds: 1200, iterations: 100_000 });
		const random = new Random(campaign.firstSeed);
		const server = await startServer(undefined, undefined, clientCapabilities);
		const { connection } = server;
		const capabilities = server.initializeResult.capabilities;
		let stderr = '';
		server.process.stderr!.on('data', (chunk) => (stderr += chunk));
		// Waiting for answers ends at once, with the reason, when the server dies.
		const died = new Promise<never>((_, reject) =>
			server.process.once('exit', (code) => reject(new Error(`the server exited (${code}): ${stderr}`))),
		);
		died.catch(() => undefined); // Reported where answers are awaited.
		const answers = (promises: Promise<void>[], what: string) => answerWithin(Promise.race([Promise.all(promises), died]), what);
		const failuresLogged: string[] = [];
		connection.onNotification('window/logMessage', ({ message }: { message: string }) => {
			if (/ failed: /.test(message)) failuresLogged.push(message);
		});

		const problems: string[] = [];
		const sources = fuzzSources();
		const documents: Tracked[] = [];
		for (let n = 0; n < 3; n++) {
			const source = random.pick(sources).text;
			const uri = `file:///fuzz/document-${n}.cable`;
			const mirror = TextDocument.create(uri, 'cable', 1, source);
			documents.push({ uri, mirror, source, versions: new Map([[1, lineLengths(source)]]), diagnostics: [] });
			await server.open(uri, source);
		}
		const byUri = new Map(documents.map((document) => [document.uri, document]));
		connection.onNotification(
			'textDocument/publishDiagnostics',
			({ uri, version, diagnostics }: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
				const tracked = byUri.get(uri);
				if (!tracked) return;
				// Published for the version they name, or (when they name none) for some version still in flight.
				const since = version ?? Math.min(...tracked.versions.keys());
				check(
					tracked,
					since,
					(lengths) => diagnostics.flatMap((diagnostic) => diagnosticProblems(diagnostic, lengths)),
					'published diagnostics',
				);
				tracked.diagnostics = diagnostics;
			},
		);

		/** Passes when the answer fits one of the versions from `since` to the current one. */
		function check(tracked: Tracked, since: number, problemsIn: (lengths: number[]) => string[], what: string): void {
			const candidates = [...tracked.versions].filter(([version]) => version >= since);
			const found = candidates.map(([, lengths]) => problemsIn(lengths));
			if (found.length && found.every((list) => list.length > 0))
				problems.push(`${what} on ${tracked.uri} (versions ${since}-${tracked.mirror.version}): ${found.at(-1)![0]}`);
		}

		const pending: Promise<void>[] = [];
		function ask<T>(
			tracked: Tracked,
			method: string,
			params: object,
			problemsIn: (answer: T, lengths: number[]) => string[],
			cancel: boolean,
		): void {
			const since = tracked.mirror.version;
			const source = new CancellationTokenSource();
			const answer = connection.sendRequest<T>(method, params, source.token);
			if (cancel) source.cancel();
			pending.push(
				answer.then(
					(result) => check(tracked, since, (lengths) => problemsIn(result, lengths), method),
					(error: { code?: number; message?: string }) => {
						if (!(cancel && error.code === REQUEST_CANCELLED)) problems.push(`${method} answered ${error.code}: ${error.message}`);
					},
				),
			);
		}

		function randomPosition(tracked: Tracked): Position {
			const { mirror } = tracked;
			if (random.chance(0.15))
				return random.pick([
					{ line: mirror.lineCount + random.small(1000), character: 0 },
					{ line: 0, character: 1_000_000 },
					{ line: -1, character: -1 },
				]);
			return mirror.positionAt(randomOffset(random, mirror));
		}

		function randomRequest(tracked: Tracked): void {
			const textDocument = { uri: tracked.uri };
			const cancel = random.chance(0.1);
			switch (random.int(capabilities.codeActionProvider ? 5 : capabilities.diagnosticProvider ? 4 : 3)) {
				case 0:
					return ask<DocumentSymbol[]>(
						tracked,
						'textDocument/documentSymbol',
						{ textDocument },
						(symbols, lengths) => symbolProblems(symbols, lengths),
						cancel,
					);
				case 1:
					return ask<FoldingRange[]>(
						tracked,
						'textDocument/foldingRange',
						{ textDocument },
						(folds, lengths) => foldingProblems(folds, lengths.length),
						cancel,
					);
				case 2: {
					const position = randomPosition(tracked);
					return ask<Hover | null>(
						tracked,
						'textDocument/hover',
						{ textDocument, position },
						(hover, lengths) => hoverProblems(hover, position, lengths),
						cancel,
					);
				}
				case 3:
					if (!capabilities.diagnosticProvider) return;
					return ask<{ items?: Diagnostic[] }>(
						tracked,
						'textDocument/diagnostic',
						{ textDocument },
						(report, lengths) => (report.items ?? []).flatMap((diagnostic) => diagnosticProblems(diagnostic, lengths)),
						cancel,
					);
				default: {
					const start = randomPosition(tracked);
					// The diagnostics the client last saw: often of an older version, as in an editor.
					const context = { diagnostics: tracked.diagnostics };
					return ask<CodeAction[]>(
						tracked,
						'textDocument/codeAction',
						{ textDocument, range: { start, end: start }, context },
						(actions, lengths) =>
							actions.flatMap((action) =>
								(action.edit?.changes?.[tracked.uri] ?? []).flatMap((edit) => rangeProblem(edit.range, lengths) ?? []),
							),
						cancel,
					);
				}
			}
		}

		function misbehave(): void {
			const roll = random.int(3);
			if (roll === 0) {
				const frame = random.pick(RAW_FRAMES);
				writeFrame(server.process.stdin!, frame.body, frame.header);
			} else if (roll === 1) {
				const request = random.pick(ODD_REQUESTS);
				pending.push(
					connection.sendRequest(request.method, request.params).then(
						() => {
							if (request.errorCode !== undefined) problems.push(`${request.name}: answered without error ${request.errorCode}`);
						},
						(error: { code?: number }) => {
							if (request.errorCode !== undefined && error.code !== request.errorCode)
								problems.push(`${request.name}: error ${error.code}, expected ${request.errorCode}`);
						},
					),
				);
			} else {
				const notification = random.pick(ODD_NOTIFICATIONS);
				void connection.sendNotification(notification.method, notification.params);
			}
		}

		const memory: number[] = [];
		let requests = 0;
		let misbehaviours = 0;
		while (campaign.more()) {
			const tracked = random.pick(documents);
			const version = tracked.mirror.version + 1;
			const contentChanges = randomChanges(random, tracked.mirror, version, tracked.source);
			tracked.versions.set(version, lineLengths(tracked.mirror.getText()));
			void connection.sendNotification('textDocument/didChange', { textDocument: { uri: tracked.uri, version }, contentChanges });
			for (let n = random.chance(0.4) ? random.between(1, 3) : 0; n > 0; n--, requests++) randomRequest(random.pick(documents));
			if (random.chance(0.02)) {
				misbehave();
				misbehaviours++;
			}
			if (campaign.tried % EDITS_PER_ROUND === 0) {
				await answers(pending.splice(0), `the requests of edits ${campaign.tried - EDITS_PER_ROUND}-${campaign.tried}`);
				for (const document of documents)
					for (const old of [...document.versions.keys()]) if (old < document.mirror.version) document.versions.delete(old);
				const megabytes = residentMegabytes(server.process.pid!);
				if (megabytes !== undefined) memory.push(megabytes);
			}
		}
		await answers(pending.splice(0), 'the last requests');

		// The server must hold the very text the edits make: its answers equal a fresh parse of the local copy.
		const reference = createCableLanguageService();
		for (const tracked of documents) {
			const textDocument = { uri: tracked.uri };
			const local = { uri: tracked.uri, version: tracked.mirror.version, getText: () => tracked.mirror.getText() };
			const symbols = await answerWithin(connection.sendRequest('textDocument/documentSymbol', { textDocument }), 'the final outline');
			assert.deepEqual(symbols, asSent(reference.getDocumentSymbols(local)), `outline of ${tracked.uri} after the edits`);
			const folds = await answerWithin(connection.sendRequest('textDocument/foldingRange', { textDocument }), 'the final folding');
			assert.deepEqual(folds, asSent(reference.getFoldingRanges(local)), `folding of ${tracked.uri} after the edits`);
		}
		await server.close();

		const settled = memory.slice(Math.floor(memory.length / 3));
		t.diagnostic(
			`${campaign.summary('edits')}: ${requests} requests, ${misbehaviours} malformed or unknown messages; ` +
				(settled.length
					? `server memory ${mb(memory[0]!)} after the first round, ${mb(settled[0]!)} after warm-up, ${mb(Math.max(...settled))} at most, ${mb(settled.at(-1)!)} at the end`
					: 'server memory not measured'),
		);
		assert.deepEqual(problems.slice(0, 20), [], `replay: ${campaign.replay(campaign.firstSeed, campaign.tried, client)}`);
		assert.deepEqual(failuresLogged.slice(0, 5), [], 'a feature threw on an edited document');
		if (settled.length > 1) {
			const warm = settled[0]!;
			assert.ok(Math.max(...settled) < warm * 1.5 + 50, `server memory grew from ${mb(warm)} to ${mb(Math.max(...settled))}`);
		}
	});
}
