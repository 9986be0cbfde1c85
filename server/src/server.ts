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

export function startServer(connection: Connection): void {
	const documents = new TextDocuments(TextDocument);
	const service = createCableLanguageService();
	const log = (message: string) => connection.console.error(message);
	let foldingRangeLimit = Number.MAX_SAFE_INTEGER;

	connection.onInitialize((params): InitializeResult => {
		foldingRangeLimit = params.capabilities.textDocument?.foldingRange?.rangeLimit ?? foldingRangeLimit;
		return {
			capabilities: {
				textDocumentSync: TextDocumentSyncKind.Incremental,
				documentSymbolProvider: { label: 'Cable' },
				foldingRangeProvider: true,
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

	documents.onDidClose((event) => service.close(event.document.uri));
	documents.listen(connection);
	connection.listen();
}
