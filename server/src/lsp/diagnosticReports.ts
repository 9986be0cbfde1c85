/**
 * Diagnostics over LSP. Clients that pull (`textDocument/diagnostic`, VS Code) get the report
 * for the version they ask about, computed from the cached model; when the document moves on
 * while the settings are fetched, the report is for the latest version. Clients that do not
 * pull get pushed reports: at once when a document opens, debounced while typing, and never one for
 * a version that has moved on. When many documents need reports again (settings or dictionaries
 * changed), they are made one document per macrotask, so requests for any document are answered
 * in between and a document edited meanwhile is not reported for its old version.
 * Settings (`cable.diagnostics.*`) are read per document and forgotten when they change; a client
 * that cannot be asked for them (no `workspace/configuration`, as Neovim 0.7) gets the ones it
 * last sent with `workspace/didChangeConfiguration`.
 */
import { RENUMBER_PARAGRAPHS_KIND } from '../features/sourceActions';
import {
	type CodeAction,
	type Connection,
	type Diagnostic,
	type DiagnosticServerCancellationData,
	DocumentDiagnosticReportKind,
	type InitializeParams,
	ResponseError,
	type ServerCapabilities,
	type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_DIAGNOSTIC_SETTINGS, type DiagnosticSettings, readDiagnosticSettings } from '../settings';
import type { CableLanguageService } from '../languageService';
import { runSafe } from './runSafe';

/** How long typing must pause before a pushed report is computed. */
export const PUSH_DEBOUNCE_MS = 300;

export class DiagnosticReports {
	private pull = false;
	private refreshSupport = false;
	private configurationSupport = false;
	/** The settings the client last pushed, for a client that cannot be asked per document. */
	private pushed: DiagnosticSettings = DEFAULT_DIAGNOSTIC_SETTINGS;
	private readonly settings = new Map<string, Promise<DiagnosticSettings>>();
	private readonly timers = new Map<string, NodeJS.Timeout>();
	/** Documents waiting for a pushed report, with the version each is due for, in order. */
	private readonly queue = new Map<string, number>();
	private draining = false;

	constructor(
		private readonly connection: Connection,
		private readonly documents: TextDocuments<TextDocument>,
		private readonly service: CableLanguageService,
		private readonly log: (message: string) => void,
	) {}

	/** Reads the client's capabilities and returns the server's. */
	initialize(params: InitializeParams): ServerCapabilities {
		const capabilities = params.capabilities;
		this.pull = capabilities.textDocument?.diagnostic !== undefined;
		this.refreshSupport = capabilities.workspace?.diagnostics?.refreshSupport === true;
		this.configurationSupport = capabilities.workspace?.configuration === true;
		return {
			...(this.pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
			// Renumbering is also a source action for the whole cable (issue 17).
			codeActionProvider: { codeActionKinds: ['quickfix', RENUMBER_PARAGRAPHS_KIND] },
		};
	}

	listen(): void {
		const { connection, documents } = this;
		connection.languages.diagnostics.on(async (params, token) => {
			const uri = params.textDocument.uri;
			const settings = await this.settingsFor(uri);
			// Computed in one synchronous step from the document as it is once the settings are
			// in: the report is for the latest version, never for one that has moved on.
			const items = await runSafe<Diagnostic[]>(token, [], 'diagnostics', this.log, () => {
				const document = documents.get(uri);
				return document ? this.service.getDiagnostics(document, settings) : [];
			});
			if (Array.isArray(items)) return { kind: DocumentDiagnosticReportKind.Full, items };
			// The client cancelled: it asks again when it wants a report.
			return new ResponseError<DiagnosticServerCancellationData>(items.code, items.message, { retriggerRequest: false });
		});
		connection.onCodeAction(async (params, token) => {
			const uri = params.textDocument.uri;
			const settings = await this.settingsFor(uri);
			return runSafe<CodeAction[]>(token, [], 'codeAction', this.log, () => {
				const document = documents.get(uri);
				return document ? this.service.getCodeActions(document, params.range, params.context, settings) : [];
			});
		});
		// An editor that has just opened a file shows it at once: only typing is worth waiting out.
		documents.onDidOpen((event) => this.enqueuePush(event.document));
		documents.onDidChangeContent((event) => {
			if (this.queue.get(event.document.uri) !== event.document.version) this.schedulePush(event.document);
		});
		documents.onDidClose((event) => {
			const uri = event.document.uri;
			clearTimeout(this.timers.get(uri));
			this.timers.delete(uri);
			this.queue.delete(uri);
			this.settings.delete(uri);
			if (!this.pull) void connection.sendDiagnostics({ uri, diagnostics: [] });
		});
	}

	/** Settings or tables changed: forget the settings and have every open document's report made again. */
	refresh(): void {
		this.settings.clear();
		if (this.pull) {
			// A client that offers refreshes but then refuses one must not end the server with an unhandled rejection.
			if (this.refreshSupport)
				this.connection.languages.diagnostics
					.refresh()
					.catch((error) => this.log(`The client refused a diagnostics refresh: ${String(error)}`));
			return;
		}
		for (const document of this.documents.all()) this.enqueuePush(document);
	}

	/**
	 * The settings as the client pushed them (or as read for the window): a client that cannot be
	 * asked per document uses them, so its reports are made again once they are in.
	 */
	settingsChanged(settings: DiagnosticSettings): void {
		this.pushed = settings;
		if (!this.configurationSupport) this.refresh();
	}

	private settingsFor(uri: string): Promise<DiagnosticSettings> {
		let settings = this.settings.get(uri);
		if (!settings) {
			settings = this.configurationSupport
				? this.connection.workspace
						.getConfiguration({ scopeUri: uri, section: 'cable' })
						.then(readDiagnosticSettings, () => DEFAULT_DIAGNOSTIC_SETTINGS)
				: Promise.resolve(this.pushed);
			this.settings.set(uri, settings);
		}
		return settings;
	}

	private schedulePush(document: TextDocument): void {
		if (this.pull) return;
		const { uri } = document;
		clearTimeout(this.timers.get(uri));
		this.timers.set(
			uri,
			setTimeout(() => {
				this.timers.delete(uri);
				const latest = this.documents.get(uri);
				if (latest) this.enqueuePush(latest);
			}, PUSH_DEBOUNCE_MS),
		);
	}

	/** Queues a pushed report for this version; the settings are asked for now, while earlier documents are worked on. */
	private enqueuePush(document: TextDocument): void {
		if (this.pull) return;
		void this.settingsFor(document.uri);
		this.queue.set(document.uri, document.version);
		if (!this.draining) {
			this.draining = true;
			setImmediate(() => void this.pushNext());
		}
	}

	/** Pushes the first queued report, then yields to the event loop before the next one. */
	private async pushNext(): Promise<void> {
		const next = this.queue.entries().next();
		if (next.done) {
			this.draining = false;
			return;
		}
		const [uri, version] = next.value;
		this.queue.delete(uri);
		await this.push(uri, version);
		setImmediate(() => void this.pushNext());
	}

	private async push(uri: string, version: number): Promise<void> {
		try {
			const settings = await this.settingsFor(uri);
			const document = this.documents.get(uri);
			// The document moved on (or closed) since it was queued: a newer version has a push of its own.
			if (document?.version !== version) return;
			await this.connection.sendDiagnostics({ uri, version, diagnostics: this.service.getDiagnostics(document, settings) });
		} catch (error) {
			this.log(`diagnostics failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
		}
	}
}
