/**
 * The language server as an editor runs it (the server bundle with `--stdio`, a child process),
 * with the few timed exchanges the latency and growth measures make of it.
 */
import { readFileSync } from 'node:fs';
import type { Position } from 'vscode-languageserver-types';
import { type ServerSession, startServer } from '../test/helpers/lspClient';
import { SERVER } from './builds';
import type { BenchInput } from './inputs';
import { timeMsAsync } from './stats';

/** Client capabilities beyond the helper's defaults: VS Code pulls diagnostics, so the benchmark does too. */
const PULL_DIAGNOSTICS = { textDocument: { diagnostic: {} } };

export class BenchServer {
	/** Diagnostics are measured when the server offers them (they were added while this benchmark was written). */
	readonly diagnostics: boolean;

	private constructor(readonly session: ServerSession) {
		this.diagnostics = session.initializeResult.capabilities.diagnosticProvider !== undefined;
	}

	static async start(serverPath = SERVER): Promise<BenchServer> {
		return new BenchServer(await startServer(undefined, serverPath, PULL_DIAGNOSTICS));
	}

	diagnosticsFor(uri: string): Promise<unknown> {
		return this.request('textDocument/diagnostic', { textDocument: { uri } });
	}

	request(method: string, params?: object): Promise<unknown> {
		return this.session.connection.sendRequest(method, params);
	}

	/** A request no server handles: the reply (MethodNotFound) is the bare cost of a round trip. */
	noop(): Promise<unknown> {
		return this.request('cable/benchmarkNoop', {}).catch(() => undefined);
	}

	change(uri: string, version: number, change: object): Promise<void> {
		return this.session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
	}

	close(uri: string): Promise<void> {
		return this.session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
	}

	/** Resident set size of the server process, from /proc (Linux). */
	rssBytes(): number {
		const pid = this.session.process.pid!;
		const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		if (!kb) throw new Error(`no VmRSS for process ${pid}`);
		return Number(kb[1]) * 1024;
	}

	shutdown(): Promise<void> {
		return this.session.close();
	}
}

export type RequestKind = 'noop' | 'open' | 'documentSymbol' | 'foldingRange' | 'hover' | 'outlineAfterEdit' | 'diagnosticsAfterEdit';
export type Samples = Record<RequestKind, number[]>;

export const emptySamples = (): Samples => ({
	noop: [],
	open: [],
	documentSymbol: [],
	foldingRange: [],
	hover: [],
	outlineAfterEdit: [],
	diagnosticsAfterEdit: [],
});

/**
 * One document through the editor's life: opened (didOpen, then the outline the editor asks
 * for at once), asked for outline, folds and hovers on a cached model, then edited: each edit
 * followed by the outline, then by diagnostics when the server has them.
 */
export async function documentLatencies(server: BenchServer, input: BenchInput, requests: number, edits = requests): Promise<Samples> {
	const samples = emptySamples();
	const textDocument = { uri: input.uri };
	const outline = () => server.request('textDocument/documentSymbol', { textDocument });
	const opens = Math.max(2, Math.ceil(edits / 8));
	for (let i = 0; i < opens; i++) {
		if (i > 0) await server.close(input.uri);
		samples.open.push(
			await timeMsAsync(async () => {
				await server.session.open(input.uri, input.text, 1);
				await outline();
			}),
		);
	}
	const positions = hoverPositions(input.text);
	const cached: Array<[RequestKind, (round: number) => Promise<unknown>]> = [
		['noop', () => server.noop()],
		['documentSymbol', outline],
		['foldingRange', () => server.request('textDocument/foldingRange', { textDocument })],
		['hover', (round) => server.request('textDocument/hover', { textDocument, position: positions[round % positions.length] })],
	];
	for (let round = 0; round < requests; round++) {
		// Every request follows every other one equally often, so that each pays as often for the
		// garbage the big answers (outline, folds) leave, the no-op baseline included.
		for (const k of BALANCED_ORDERS[round % BALANCED_ORDERS.length]!) {
			const [kind, send] = cached[k]!;
			samples[kind].push(await timeMsAsync(() => send(round)));
		}
	}
	const typing = new Toggle(input.text);
	let version = 1;
	for (let i = 0; i < edits; i++) {
		const v = ++version;
		samples.outlineAfterEdit.push(
			await timeMsAsync(async () => {
				await server.change(input.uri, v, typing.next());
				await outline();
			}),
		);
	}
	if (server.diagnostics) {
		for (let i = 0; i < edits; i++) {
			const v = ++version;
			samples.diagnosticsAfterEdit.push(
				await timeMsAsync(async () => {
					await server.change(input.uri, v, typing.next());
					await server.diagnosticsFor(input.uri);
				}),
			);
		}
	}
	await server.close(input.uri);
	return samples;
}

/** The same requests on a copy of `input`, untimed, so that the server's code is warm when timing starts. */
export async function warmUp(server: BenchServer, input: BenchInput, requests = 10): Promise<void> {
	await documentLatencies(server, { ...input, uri: `${input.uri}.warm-up` }, requests);
}

/** Typing and undoing a word at the end of the middle line, so the document stays what it was. */
class Toggle {
	private typed = false;
	private readonly line: number;
	private readonly end: number;

	constructor(text: string) {
		const lines = text.split(/\r\n|\r|\n/);
		this.line = Math.floor(lines.length / 2);
		this.end = lines[this.line]!.length;
	}

	next(): object {
		const start = { line: this.line, character: this.end };
		this.typed = !this.typed;
		return this.typed
			? { range: { start, end: start }, text: ' EDIT' }
			: { range: { start, end: { line: this.line, character: this.end + 5 } }, text: '' };
	}
}

/**
 * A balanced Latin square for four requests (Williams): over its four rows, each request comes
 * directly after each other request exactly once.
 */
const BALANCED_ORDERS: ReadonlyArray<readonly number[]> = [
	[0, 1, 3, 2],
	[1, 2, 0, 3],
	[2, 3, 1, 0],
	[3, 0, 2, 1],
];

/**
 * Where a reader would hover: routing indicators, date-time groups, portion marks, caveats,
 * E.O. lines and paragraph numbers, evenly spread over the document, plus plain words.
 */
const HOVER_TARGET = /\bRUE[A-Z]{3,5}\b|\b\d{6}Z\b|\((?:C|S|U|SBU)\)|\bSIPDIS\b|\bE\.O\.|^\d{1,3}\.|\bthe\b/gm;

function hoverPositions(text: string, count = 24): Position[] {
	const offsets = [...text.matchAll(HOVER_TARGET)].map((match) => match.index + 1);
	if (!offsets.length) return [{ line: 0, character: 0 }];
	const step = Math.max(1, Math.floor(offsets.length / count));
	const chosen = offsets.filter((_, n) => n % step === 0).slice(0, count);
	// Offsets ascend, so one walk through the line breaks places them all.
	let line = 0;
	let lineStart = 0;
	return chosen.map((offset) => {
		for (let next = text.indexOf('\n', lineStart); next >= 0 && next < offset; next = text.indexOf('\n', lineStart)) {
			line++;
			lineStart = next + 1;
		}
		return { line, character: offset - lineStart };
	});
}
