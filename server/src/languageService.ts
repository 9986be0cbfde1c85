/**
 * The cable language service: documents in, LSP types out. The server, the command line
 * and the tests all go through this facade; none of it knows about connections.
 */
import type { CodeAction, CodeActionContext, Diagnostic, DocumentSymbol, FoldingRange, Hover, Position, Range } from 'vscode-languageserver-types';
import { builtInTables, type UserDictionary, withUserDictionaries } from './data/referenceTables';
import { getDocumentSymbols } from './features/documentSymbols';
import { getFoldingRanges } from './features/folding';
import { getHover } from './features/hover';
import { getCodeActions } from './features/codeActions';
import { getDiagnostics } from './features/diagnostics';
import { DEFAULT_DIAGNOSTIC_SETTINGS, type DiagnosticSettings } from './settings';
import type { CableModel } from './model/types';
import { ModelCache } from './modelCache';
import { perModel } from './util/perModel';
import type { CableTextDocument } from './textDocument';

export interface CableLanguageService {
	getModel(document: CableTextDocument): CableModel;
	/** The outline; the same array for every request on one version, so callers must not change it. */
	getDocumentSymbols(document: CableTextDocument): DocumentSymbol[];
	/** The folds; kept per version like the outline. */
	getFoldingRanges(document: CableTextDocument): FoldingRange[];
	getHover(document: CableTextDocument, position: Position): Hover | null;
	/** Malformed and self-contradicting header fields, from the cached model of this version. */
	getDiagnostics(document: CableTextDocument, settings?: DiagnosticSettings): Diagnostic[];
	/** Quick fixes for the cable diagnostics in `context` that touch `range`. */
	getCodeActions(document: CableTextDocument, range: Range, context: CodeActionContext, settings?: DiagnosticSettings): CodeAction[];
	/** Layers the user's dictionaries over the built-in code tables (the next hover uses them). */
	setUserDictionaries(dictionaries: readonly UserDictionary[]): void;
	/** Forget a closed document. */
	close(uri: string): void;
}

export interface CableLanguageServiceOptions {
	/** Most outline entries and folds returned for one document; the rest are left out. */
	readonly resultLimit?: number;
}

export function createCableLanguageService(options: CableLanguageServiceOptions = {}): CableLanguageService {
	const models = new ModelCache();
	const limit = options.resultLimit;
	let tables = builtInTables;
	// Editors ask for the outline several times per version (outline view, breadcrumbs, sticky scroll).
	const symbols = perModel((model) => getDocumentSymbols(model, limit));
	const folds = perModel((model) => getFoldingRanges(model, limit));
	return {
		getModel: (document) => models.get(document),
		getDocumentSymbols: (document) => symbols(models.get(document)),
		getFoldingRanges: (document) => folds(models.get(document)),
		getHover: (document, position) => getHover(models.get(document), position, tables, document.getText()),
		getDiagnostics: (document, settings = DEFAULT_DIAGNOSTIC_SETTINGS) => getDiagnostics(models.get(document), tables, settings),
		getCodeActions: (document, range, context, settings = DEFAULT_DIAGNOSTIC_SETTINGS) =>
			getCodeActions(models.get(document), tables, settings, range, context),
		setUserDictionaries: (dictionaries) => {
			tables = withUserDictionaries(dictionaries);
		},
		close: (uri) => models.delete(uri),
	};
}
