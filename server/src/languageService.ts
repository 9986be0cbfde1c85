/**
 * The cable language service: documents in, LSP types out. The server, the command line
 * and the tests all go through this facade; none of it knows about connections.
 */
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-types';
import { getDocumentSymbols } from './features/documentSymbols';
import { getFoldingRanges } from './features/folding';
import type { CableModel } from './model/types';
import { ModelCache } from './modelCache';
import type { CableTextDocument } from './textDocument';

export interface CableLanguageService {
	getModel(document: CableTextDocument): CableModel;
	getDocumentSymbols(document: CableTextDocument): DocumentSymbol[];
	getFoldingRanges(document: CableTextDocument): FoldingRange[];
	/** Forget a closed document. */
	close(uri: string): void;
}

export function createCableLanguageService(): CableLanguageService {
	const models = new ModelCache();
	return {
		getModel: (document) => models.get(document),
		getDocumentSymbols: (document) => getDocumentSymbols(models.get(document)),
		getFoldingRanges: (document) => getFoldingRanges(models.get(document)),
		close: (uri) => models.delete(uri),
	};
}
