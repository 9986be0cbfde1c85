/**
 * The benchmark's server (out/bench/server.js, its index worker beside it) opened on a workspace
 * folder as VS Code opens one: work-done progress, settings pulls, watched files, and the
 * storage path where the index persists. Times are counted from the spawn of the process.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
	createProtocolConnection,
	type ProtocolConnection,
	StreamMessageReader,
	StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type { IndexStatus } from '../server/src/lsp/indexing/workspaceIndexer';
import { SERVER } from './builds';

/** How often the index status is asked for while waiting: a small cost beside what is waited for. */
const POLL_MS = 50;
/** Far beyond any build this measure makes (250,000 cables take minutes): past it something is broken. */
const TIMEOUT_MS = 30 * 60 * 1000;

export class WorkspaceSession {
	/** `window/logMessage` texts, in order. */
	readonly logs: string[] = [];

	private constructor(
		readonly connection: ProtocolConnection,
		private readonly pid: number,
		/** performance.now() at the spawn. */
		readonly started: number,
		private readonly exited: Promise<void>,
	) {}

	/** `serverPath`: another build of the server (an A/B comparison), its index worker beside it. */
	static async start(folder: string, storagePath: string, serverPath = SERVER): Promise<WorkspaceSession> {
		const started = performance.now();
		const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
		const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
		const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
		const session = new WorkspaceSession(connection, child.pid!, started, exited);
		connection.onNotification('window/logMessage', (message: { message: string }) => void session.logs.push(message.message));
		connection.onNotification('$/progress', () => undefined);
		connection.onNotification('textDocument/publishDiagnostics', () => undefined);
		connection.onRequest('window/workDoneProgress/create', () => null);
		connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
		connection.onRequest('client/registerCapability', () => null);
		connection.onRequest('client/unregisterCapability', () => null);
		connection.listen();
		const uri = pathToFileURL(folder).href;
		await connection.sendRequest('initialize', {
			processId: process.pid,
			rootUri: uri,
			workspaceFolders: [{ uri, name: 'cables' }],
			capabilities: {
				window: { workDoneProgress: true },
				workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, symbol: {} },
				textDocument: { definition: { linkSupport: true }, references: {} },
			},
			initializationOptions: { storagePath },
		});
		await connection.sendNotification('initialized', {});
		return session;
	}

	/** Milliseconds since the spawn. */
	elapsed(): number {
		return performance.now() - this.started;
	}

	status(): Promise<IndexStatus> {
		return this.connection.sendRequest<IndexStatus>('cable/indexStatus');
	}

	/** Milliseconds from the spawn until the index is complete with at least `cables` cables. */
	async untilIndexed(cables: number): Promise<number> {
		return this.until(async () => {
			const status = await this.status();
			return status.complete && status.cables >= cables;
		}, `${cables} cables indexed`);
	}

	/** Milliseconds from the spawn until `holds`, asked again and again; throws after TIMEOUT_MS. */
	async until(holds: () => Promise<boolean>, what: string, pollMs = POLL_MS): Promise<number> {
		for (;;) {
			if (await holds()) return this.elapsed();
			if (this.elapsed() > TIMEOUT_MS)
				throw new Error(`no ${what} after ${TIMEOUT_MS / 1000} s; last status ${JSON.stringify(await this.status())}`);
			await new Promise((resolve) => setTimeout(resolve, pollMs));
		}
	}

	request<T = unknown>(method: string, params?: object): Promise<T> {
		return this.connection.sendRequest<T>(method, params);
	}

	/** A request no server handles: the reply (MethodNotFound) is the bare cost of a round trip. */
	noop(): Promise<unknown> {
		return this.request('cable/benchmarkNoop', {}).catch(() => undefined);
	}

	open(uri: string, text: string): Promise<void> {
		return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version: 1, text } });
	}

	/** Resident set size of the server process, from /proc (Linux). */
	rssBytes(): number {
		const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
		if (!kb) throw new Error(`no VmRSS for process ${this.pid}`);
		return Number(kb[1]) * 1024;
	}

	/** Shutdown (the server saves its index first), exit, and the process gone. */
	async close(): Promise<void> {
		await this.request('shutdown');
		await this.connection.sendNotification('exit');
		await this.exited;
		this.connection.dispose();
	}
}
