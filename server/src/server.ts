/**
 * LSP wiring: documents, capabilities and request handlers. Every handler looks up the
 * document and hands it to the language service; no cable logic lives here.
 */
import {
	type Connection,
	type InitializeResult,
	TextDocumentSyncKind,
	TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createCableLanguageService } from './languageService';
import { runSafe } from './runSafe';
import { UserDictionaryWatcher } from './userDictionaries';

export function startServer(connection: Connection): void {
	const documents = new TextDocuments(TextDocument);
	const service = createCableLanguageService();
	const log = (message: string) => connection.console.error(message);
	let foldingRangeLimit = Number.MAX_SAFE_INTEGER;
	const dictionaries = new UserDictionaryWatcher({
		fetchSettings: () => connection.workspace.getConfiguration('cable'),
		showError: (message) => void connection.window.showErrorMessage(message),
		apply: (loaded) => service.setUserDictionaries(loaded),
	});

	connection.onInitialize((params): InitializeResult => {
		foldingRangeLimit = params.capabilities.textDocument?.foldingRange?.rangeLimit ?? foldingRangeLimit;
		dictionaries.initialize(params);
		return {
			capabilities: {
				textDocumentSync: TextDocumentSyncKind.Incremental,
				documentSymbolProvider: { label: 'Cable' },
				foldingRangeProvider: true,
				hoverProvider: true,
			},
			serverInfo: { name: 'cable-language-server' },
		};
	});

	connection.onDocumentSymbol((params, token) => {
		const document = documents.get(params.textDocument.uri);
		if (!document) return [];
		return runSafe(token, [], 'documentSymbol', log, () => service.getDocumentSymbols(document));
	});

	connection.onFoldingRanges((params, token) => {
		const document = documents.get(params.textDocument.uri);
		if (!document) return [];
		return runSafe(token, [], 'foldingRange', log, () =>
			service.getFoldingRanges(document).slice(0, foldingRangeLimit),
		);
	});

	connection.onHover((params, token) => {
		const document = documents.get(params.textDocument.uri);
		if (!document) return null;
		return runSafe(token, null, 'hover', log, () => service.getHover(document, params.position));
	});

	connection.onInitialized(() => void dictionaries.configurationChanged(undefined));
	connection.onDidChangeConfiguration((change) => void dictionaries.configurationChanged(change.settings));
	connection.onShutdown(() => dictionaries.dispose());

	documents.onDidClose((event) => service.close(event.document.uri));
	documents.listen(connection);
	connection.listen();
}
