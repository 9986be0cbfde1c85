/**
 * `dist/server.js --stdio` opened on a workspace folder, as an editor that supports work-done
 * progress, settings pulls and dynamic file-watcher registration starts it: for the indexer's
 * protocol tests. Records the server's log lines, progress and watcher registrations.
 */
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
	createProtocolConnection,
	type ProtocolConnection,
	StreamMessageReader,
	StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type { IndexStatus } from '../../server/src/lsp/indexing/workspaceIndexer';
import { SERVER_PATH } from './lspClient';

export interface WorkspaceSession {
	readonly connection: ProtocolConnection;
	/** `window/logMessage` texts, in order. */
	readonly logs: string[];
	/** `$/progress` values (begin, report, end), in order. */
	readonly progress: Array<{ readonly kind: string; readonly title?: string; readonly message?: string }>;
	/** Glob patterns of the file watchers the server registered. */
	readonly watched: string[];
	status(): Promise<IndexStatus>;
	close(): Promise<void>;
}

/** `settings` is the `cable` section the server pulls; `textDocument` adds client capabilities (pull diagnostics). */
export async function startWorkspaceServer(
	folder: string,
	storagePath: string,
	settings: object = {},
	textDocument: object = {},
): Promise<WorkspaceSession> {
	const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
	const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
	const logs: string[] = [];
	const progress: WorkspaceSession['progress'] = [];
	const watched: string[] = [];
	connection.onNotification('window/logMessage', (message: { message: string }) => void logs.push(message.message));
	connection.onNotification('$/progress', (params: { value: WorkspaceSession['progress'][number] }) => void progress.push(params.value));
	connection.onRequest('window/workDoneProgress/create', () => null);
	connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
	connection.onRequest(
		'client/registerCapability',
		(params: { registrations: Array<{ registerOptions?: { watchers?: Array<{ globPattern: string }> } }> }) => {
			for (const registration of params.registrations)
				for (const watcher of registration.registerOptions?.watchers ?? []) watched.push(watcher.globPattern);
			return null;
		},
	);
	connection.onRequest('client/unregisterCapability', () => null);
	connection.listen();
	const uri = pathToFileURL(folder).href;
	await connection.sendRequest('initialize', {
		processId: process.pid,
		rootUri: uri,
		workspaceFolders: [{ uri, name: 'cables' }],
		capabilities: {
			textDocument,
			window: { workDoneProgress: true },
			workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
		},
		initializationOptions: { storagePath },
	});
	await connection.sendNotification('initialized', {});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	return {
		connection,
		logs,
		progress,
		watched,
		status: () => connection.sendRequest<IndexStatus>('cable/indexStatus'),
		async close() {
			await connection.sendRequest('shutdown');
			await connection.sendNotification('exit');
			await exited;
			connection.dispose();
		},
	};
}
