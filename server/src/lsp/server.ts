/**
 * LSP wiring: documents, capabilities and request handlers. Every handler looks up the
 * document and hands it to the language service; no cable logic lives here.
 */
import {
	type Connection,
	type InitializeResult,
	MarkupKind,
	MessageType,
	ShowMessageNotification,
	TextDocumentSyncKind,
} from 'vscode-languageserver';
import { DiagnosticReports } from './diagnosticReports';
import { COMPLETION_TRIGGER_CHARACTERS, createCableLanguageService } from '../languageService';
import { latestSettings } from './configuration';
import { plainLines, plainText } from '../util/plainText';
import { runSafe } from './runSafe';
import { SizeLimitedDocuments } from './sizeLimit';
import { UserDictionaryWatcher } from './userDictionaries';
import { INDEX_STATUS_REQUEST, WorkspaceIndexer } from './indexing/workspaceIndexer';
import { DEFAULT_SETTINGS } from '../settings';
import { CLASSIFICATION_MARKS_REQUEST, type ClassificationMarksParams } from './classificationMarksRequest';

/** Navigation answers from the workspace's collection; until the indexer sets one, with nothing. */
const NAVIGATION_CAPABILITIES = {
	definitionProvider: true,
	referencesProvider: true,
	documentLinkProvider: { resolveProvider: false },
	callHierarchyProvider: true,
	workspaceSymbolProvider: true,
} as const;

/** Reading and writing aids (issue 17); formatting is range formatting only: it rewraps what the user selects. */
const WRITING_CAPABILITIES = {
	inlayHintProvider: { resolveProvider: false },
	selectionRangeProvider: true,
	documentHighlightProvider: true,
	documentRangeFormattingProvider: true,
} as const;

export function startServer(connection: Connection): void {
	const fetchSettings = () => connection.workspace.getConfiguration('cable');
	// A notification, not window/showMessageRequest (which expects an answer): a client that
	// refuses that request would otherwise reject a promise nobody awaits and end the server.
	// Messages quote file names, paths and keys: as plain text, never a link the client would render.
	const show = (type: MessageType, message: string) =>
		void connection.sendNotification(ShowMessageNotification.type, { type, message: plainText(message, Number.POSITIVE_INFINITY) });
	// Documents over `cable.maxFileSize` are kept in sync but left out: every feature declines them.
	const documents = new SizeLimitedDocuments({
		warn: (message) => show(MessageType.Warning, message),
	});
	const service = createCableLanguageService();
	const log = (message: string) => connection.console.error(plainLines(message));
	let foldingRangeLimit = Number.MAX_SAFE_INTEGER;
	let hoverFormat: MarkupKind = MarkupKind.Markdown;
	const diagnostics = new DiagnosticReports(connection, documents, service, log);
	const dictionaries = new UserDictionaryWatcher({
		showError: (message) => show(MessageType.Error, message),
		apply: (loaded) => {
			service.setUserDictionaries(loaded);
			diagnostics.refresh();
		},
	});

	// ---- The workspace's cables (issue 15): indexed in the background into the collection the
	// features read (server/src/lsp/indexing/), kept current by watched files and open documents.
	const indexer = new WorkspaceIndexer({
		connection,
		log,
		openDocument: (uri) => {
			const document = documents.get(uri);
			return document && { text: document.getText(), model: service.getModel(document) };
		},
		useCollection: (collection) => {
			service.setCollection(collection);
			// Diagnostics that need the collection (a REF citing a later cable, duplicates) change with it.
			diagnostics.refresh();
		},
	});
	documents.onDidChangeContent(({ document }) => indexer.documentChanged(document.uri));
	documents.onDidClose(({ document }) => indexer.documentClosed(document.uri));
	connection.onDidChangeWatchedFiles(({ changes }) => indexer.filesChanged(changes));
	connection.onRequest(INDEX_STATUS_REQUEST, () => indexer.status());
	// ---- end of the workspace index

	// ---- writing cables (issue 17): inlay hints, selection ranges, highlights, rewrap. Their settings
	// are window-scoped, read with the others; the editor is asked to fetch hints again when they change.
	let writing = { inlayHints: DEFAULT_SETTINGS.inlayHints, format: DEFAULT_SETTINGS.format };
	let inlayHintRefresh = false;
	const writingSettingsChanged = (next: typeof writing) => {
		const hintsChanged = JSON.stringify(next.inlayHints) !== JSON.stringify(writing.inlayHints);
		writing = next;
		if (hintsChanged && inlayHintRefresh) void connection.languages.inlayHint.refresh().catch(() => undefined);
	};
	connection.languages.inlayHint.on((params, token) => {
		const document = documents.get(params.textDocument.uri);
		if (!document) return [];
		return runSafe(token, [], 'inlayHint', log, () => service.getInlayHints(document, params.range, writing.inlayHints));
	});
	connection.onSelectionRanges((params, token) => {
		const document = documents.get(params.textDocument.uri);
		if (!document) return [];
		return runSafe(token, [], 'selectionRange', log, () => service.getSelectionRanges(document, params.positions));
	});
	connection.onDocumentHighlight((params, token) => {
		const document = documents.get(params.textDocument.uri);
		if (!document) return [];
		return runSafe(token, [], 'documentHighlight', log, () => service.getDocumentHighlights(document, params.position));
	});
	connection.onDocumentRangeFormatting((params, token) => {
		const document = documents.get(params.textDocument.uri);
		if (!document) return [];
		return runSafe(token, [], 'rangeFormatting', log, () => service.getRangeFormatting(document, params.range, writing.format));
	});
	// ---- end of writing cables

	// ---- per-feature switches (issue 20): hover and outline answer nothing while switched off.
	let features = { hover: DEFAULT_SETTINGS.hover, outline: DEFAULT_SETTINGS.outline };
	// ---- classification colours (issue 20): VS Code's client decorates what this answers.
	connection.onRequest(CLASSIFICATION_MARKS_REQUEST, (params: ClassificationMarksParams, token) => {
		const document = documents.get(params.textDocument.uri);
		const none = { banners: [], portions: [] };
		if (!document) return none;
		return runSafe(token, none, 'classificationMarks', log, () => service.getClassificationMarks(document));
	});

	let canPullSettings = false;
	// The window-scoped settings, read once per change and handed to those that use them
	// (diagnostics settings are resource-scoped: DiagnosticReports pulls them per document from a
	// client that can be asked, and uses these for one that cannot).
	const settingsChanged = latestSettings(
		() => (canPullSettings ? fetchSettings : undefined),
		(settings) => {
			void dictionaries.settingsChanged(settings);
			documents.settingsChanged(settings);
			indexer.settingsChanged(settings);
			writingSettingsChanged({ inlayHints: settings.inlayHints, format: settings.format });
			features = { hover: settings.hover, outline: settings.outline };
			diagnostics.settingsChanged(settings.diagnostics);
		},
	);

	connection.onInitialize((params): InitializeResult => {
		foldingRangeLimit = params.capabilities.textDocument?.foldingRange?.rangeLimit ?? foldingRangeLimit;
		// Terminal editors that list plain text first (Vim's ALE, Emacs' eglot without markdown-mode) show Markdown as written.
		hoverFormat =
			params.capabilities.textDocument?.hover?.contentFormat?.[0] === MarkupKind.PlainText ? MarkupKind.PlainText : MarkupKind.Markdown;
		canPullSettings = params.capabilities.workspace?.configuration === true;
		inlayHintRefresh = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
		dictionaries.initialize(params);
		indexer.initialize(params);
		return {
			capabilities: {
				textDocumentSync: TextDocumentSyncKind.Incremental,
				documentSymbolProvider: { label: 'Cable' },
				foldingRangeProvider: true,
				hoverProvider: true,
				completionProvider: { resolveProvider: true, triggerCharacters: [...COMPLETION_TRIGGER_CHARACTERS] },
				...NAVIGATION_CAPABILITIES,
				...WRITING_CAPABILITIES,
				...diagnostics.initialize(params),
			},
			serverInfo: { name: 'cable-language-server' },
		};
	});

	connection.onDocumentSymbol((params, token) => {
		const document = documents.get(params.textDocument.uri);
		if (!document || !features.outline.enable) return [];
		return runSafe(token, [], 'documentSymbol', log, () => service.getDocumentSymbols(document));
	});

	connection.onFoldingRanges((params, token) => {
		const document = documents.get(params.textDocument.uri);
		if (!document) return [];
		return runSafe(token, [], 'foldingRange', log, () => service.getFoldingRanges(document).slice(0, foldingRangeLimit));
	});

	connection.onHover(async (params, token) => {
		// Right after a settings change, answer from the dictionaries it names, not the old ones.
		await dictionaries.settled();
		const document = documents.get(params.textDocument.uri);
		if (!document || !features.hover.enable) return null;
		return runSafe(token, null, 'hover', log, () => service.getHover(document, params.position, hoverFormat));
	});

	// ---- completion (issue 17): the same tables as hovers, so the dictionaries must have settled too
	connection.onCompletion(async (params, token) => {
		await dictionaries.settled();
		const document = documents.get(params.textDocument.uri);
		if (!document) return null;
		return runSafe(token, null, 'completion', log, () => service.getCompletion(document, params.position));
	});
	connection.onCompletionResolve((item, token) =>
		runSafe(token, item, 'completionResolve', log, () => service.resolveCompletionItem(item)),
	);
	// ---- end of completion

	// ---- navigation between cables (definition, links, references, citations, workspace symbols)
	connection.onDefinition((params, token) => {
		const document = documents.get(params.textDocument.uri);
		if (!document) return null;
		return runSafe(token, null, 'definition', log, () => service.getDefinition(document, params.position));
	});
	connection.onDocumentLinks((params, token) => {
		const document = documents.get(params.textDocument.uri);
		if (!document) return [];
		return runSafe(token, [], 'documentLink', log, () => service.getDocumentLinks(document));
	});
	connection.onReferences((params, token) => {
		const document = documents.get(params.textDocument.uri);
		if (!document) return [];
		return runSafe(token, [], 'references', log, () => service.getReferences(document, params.position, params.context.includeDeclaration));
	});
	connection.languages.callHierarchy.onPrepare((params, token) => {
		const document = documents.get(params.textDocument.uri);
		if (!document) return null;
		return runSafe(token, null, 'prepareCallHierarchy', log, () => service.prepareCallHierarchy(document, params.position));
	});
	connection.languages.callHierarchy.onIncomingCalls((params, token) =>
		runSafe(token, [], 'incomingCalls', log, () => service.getIncomingCalls(params.item)),
	);
	connection.languages.callHierarchy.onOutgoingCalls((params, token) =>
		runSafe(token, [], 'outgoingCalls', log, () => service.getOutgoingCalls(params.item, documents.get(params.item.uri))),
	);
	connection.onWorkspaceSymbol((params, token) =>
		runSafe(token, [], 'workspaceSymbol', log, () => service.getWorkspaceSymbols(params.query)),
	);
	// ---- end of navigation

	connection.onInitialized(() => {
		void settingsChanged(undefined);
	});
	connection.onDidChangeConfiguration((change) => {
		void settingsChanged(change.settings);
		// Forgets the settings at once: a report asked for next is made with the new ones.
		diagnostics.refresh();
	});
	connection.onShutdown(async () => {
		dictionaries.dispose();
		await indexer.dispose();
	});

	documents.onDidClose((event) => service.close(event.document.uri));
	diagnostics.listen();
	documents.listen(connection);
	connection.listen();
}
