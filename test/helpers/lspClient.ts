/**
 * Starts `dist/server.js --stdio` as an editor would and speaks LSP to it, for the
 * protocol-level tests. Each test gets its own server process.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import {
	type InitializeResult,
	createProtocolConnection,
	type ProtocolConnection,
	StreamMessageReader,
	StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from './corpus';

export const SERVER_PATH = join(REPO_ROOT, 'dist', 'server.js');

export interface ServerSession {
	readonly connection: ProtocolConnection;
	readonly process: ChildProcess;
	/** What the server answered to initialize: its capabilities. */
	readonly initializeResult: InitializeResult;
	/** Sends didOpen for a document with the `cable` language id. */
	open(uri: string, text: string, version?: number): Promise<void>;
	/** Shuts the server down politely and waits for it to exit. */
	close(): Promise<void>;
}

/**
 * `serverPath` lets the benchmark start a bare server on the same library as its baseline;
 * `capabilities` adds client capabilities (pull diagnostics, configuration) to the defaults.
 */
export async function startServer(
	initializationOptions?: unknown,
	serverPath = SERVER_PATH,
	capabilities: { readonly textDocument?: object; readonly workspace?: object } = {},
): Promise<ServerSession> {
	const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
	const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
	connection.listen();
	const initializeResult: InitializeResult = await connection.sendRequest('initialize', {
		processId: process.pid,
		rootUri: null,
		capabilities: {
			textDocument: {
				documentSymbol: { hierarchicalDocumentSymbolSupport: true },
				foldingRange: { lineFoldingOnly: true },
				hover: { contentFormat: ['markdown', 'plaintext'] },
				...capabilities.textDocument,
			},
			...(capabilities.workspace ? { workspace: capabilities.workspace } : {}),
		},
		initializationOptions,
	});
	await connection.sendNotification('initialized', {});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	return {
		connection,
		process: child,
		initializeResult,
		open: (uri, text, version = 1) =>
			connection.sendNotification('textDocument/didOpen', {
				textDocument: { uri, languageId: 'cable', version, text },
			}),
		async close() {
			await connection.sendRequest('shutdown');
			await connection.sendNotification('exit');
			await exited;
			connection.dispose();
		},
	};
}
