/**
 * The cable language service: documents in, LSP types out. The server, the command line
 * and the tests all go through this facade; none of it knows about connections.
 */
import type {
	CallHierarchyIncomingCall,
	CallHierarchyItem,
	CallHierarchyOutgoingCall,
	CodeAction,
	CodeActionContext,
	CompletionItem,
	CompletionList,
	Diagnostic,
	DocumentHighlight,
	DocumentLink,
	DocumentSymbol,
	FoldingRange,
	Hover,
	InlayHint,
	Location,
	LocationLink,
	MarkupKind,
	Position,
	Range,
	SelectionRange,
	SymbolInformation,
	TextEdit,
} from 'vscode-languageserver-types';
import type { CableCollection } from './collection/types';
import { builtInTables, type UserDictionary, withUserDictionaries } from './data/referenceTables';
import { getDocumentSymbols } from './features/documentSymbols';
import { getFoldingRanges } from './features/folding';
import { getHover } from './features/hover';
import { type ClassificationMarks, getClassificationMarks } from './features/classificationMarks';
import { getCodeActions } from './features/codeActions';
import { getCompletion, resolveCompletion } from './features/completion/completion';
import { getDiagnostics } from './features/diagnostics';
import { cableSpans } from './features/navigation/cableSpans';
import { incomingCalls, outgoingCalls, prepareCallHierarchy } from './features/navigation/callHierarchy';
import { getDefinition } from './features/navigation/definition';
import { getDocumentLinks } from './features/navigation/documentLinks';
import { getReferences } from './features/navigation/references';
import { getWorkspaceSymbols } from './features/navigation/workspaceSymbols';
import { getDocumentHighlights } from './features/documentHighlights';
import { getRangeFormatting } from './features/formatting';
import { getInlayHints } from './features/inlayHints';
import { getSelectionRanges } from './features/selectionRanges';
import { getSourceActions } from './features/sourceActions';
import {
	DEFAULT_DIAGNOSTIC_SETTINGS,
	DEFAULT_FORMAT_SETTINGS,
	DEFAULT_INLAY_HINT_SETTINGS,
	type DiagnosticSettings,
	type FormatSettings,
	type InlayHintSettings,
} from './settings';
import type { CableModel } from './model/types';
import { ModelCache } from './modelCache';
import { perModel } from './util/perModel';
import type { CableTextDocument } from './textDocument';

export { COMPLETION_TRIGGER_CHARACTERS } from './features/completion/completion';

export interface CableLanguageService {
	getModel(document: CableTextDocument): CableModel;
	/** The outline; the same array for every request on one version, so callers must not change it. */
	getDocumentSymbols(document: CableTextDocument): DocumentSymbol[];
	/** The folds; kept per version like the outline. */
	getFoldingRanges(document: CableTextDocument): FoldingRange[];
	/** In Markdown, or in plain text for a client that asks for it (`format`). */
	getHover(document: CableTextDocument, position: Position, format?: MarkupKind): Hover | null;
	/** Malformed and self-contradicting header fields, from the cached model of this version. */
	getDiagnostics(document: CableTextDocument, settings?: DiagnosticSettings): Diagnostic[];
	/** Quick fixes for the cable diagnostics in `context` that touch `range`; source actions (renumber paragraphs) when `context.only` asks for them. */
	getCodeActions(document: CableTextDocument, range: Range, context: CodeActionContext, settings?: DiagnosticSettings): CodeAction[];
	/** What may be written at `position`: tags, addressees, caption lines, paragraph starts, dates. */
	getCompletion(document: CableTextDocument, position: Position): CompletionList;
	/** The item with its documentation (a tag's readings and sources, an indicator's stations). */
	resolveCompletionItem(item: CompletionItem): CompletionItem;
	/** Layers the user's dictionaries over the built-in code tables (the next hover uses them). */
	setUserDictionaries(dictionaries: readonly UserDictionary[]): void;
	/**
	 * The workspace's cables, which navigation, REF hovers and the collection diagnostics read.
	 * Until one is set those answer nothing (hovers still resolve REF items to ids).
	 */
	setCollection(collection: CableCollection | undefined): void;
	/** The cable(s) the id under the cursor names, in the collection. */
	getDefinition(document: CableTextDocument, position: Position): LocationLink[] | null;
	/** Links on the ids of cables the collection holds. */
	getDocumentLinks(document: CableTextDocument): DocumentLink[];
	/** The REF items of the collection citing the cable under the cursor (this one on its own id, header or caption). */
	getReferences(document: CableTextDocument, position: Position, includeDeclaration: boolean): Location[];
	prepareCallHierarchy(document: CableTextDocument, position: Position): CallHierarchyItem[] | null;
	/** The cables citing the item's. */
	getIncomingCalls(item: CallHierarchyItem): CallHierarchyIncomingCall[];
	/** The cables the item's cites; `document` is the item's file when it is open (its edits count). */
	getOutgoingCalls(item: CallHierarchyItem, document?: CableTextDocument): CallHierarchyOutgoingCall[];
	getWorkspaceSymbols(query: string): SymbolInformation[];
	// ---- writing cables (issue 17)
	/** Station, date, tag meaning and cited-id hints inside `range`, the kinds `settings` switches on. */
	getInlayHints(document: CableTextDocument, range: Range, settings?: InlayHintSettings): InlayHint[];
	/** For each position, the chain word → field → line → block → telegram section → document. */
	getSelectionRanges(document: CableTextDocument, positions: readonly Position[]): SelectionRange[];
	/** The other occurrences of the tag, routing indicator, cable id or paragraph number under the cursor. */
	getDocumentHighlights(document: CableTextDocument, position: Position): DocumentHighlight[];
	/** The numbered paragraphs `range` touches, rewrapped to the line width; never a word changed. */
	getRangeFormatting(document: CableTextDocument, range: Range, settings?: FormatSettings): TextEdit[];
	// ---- end of writing cables
	/** The banners and portion marks with their levels, for an editor to colour. */
	getClassificationMarks(document: CableTextDocument): ClassificationMarks;
	/** Forget a closed document. */
	close(uri: string): void;
}

export interface CableLanguageServiceOptions {
	/** Most outline entries and folds returned for one document; the rest are left out. */
	readonly resultLimit?: number;
	/** The clock completion dates a new DTG and DECL date by; tests fix it. */
	readonly now?: () => Date;
}

export function createCableLanguageService(options: CableLanguageServiceOptions = {}): CableLanguageService {
	const models = new ModelCache();
	const limit = options.resultLimit;
	const now = options.now ?? (() => new Date());
	let tables = builtInTables;
	let collection: CableCollection | undefined;
	const text = (document: CableTextDocument) => document.getText();
	// Editors ask for the outline several times per version (outline view, breadcrumbs, sticky scroll).
	const symbols = perModel((model) => getDocumentSymbols(model, limit));
	const folds = perModel((model) => getFoldingRanges(model, limit));
	return {
		getModel: (document) => models.get(document),
		getDocumentSymbols: (document) => symbols(models.get(document)),
		getFoldingRanges: (document) => folds(models.get(document)),
		getHover: (document, position, format) => getHover(models.get(document), position, tables, text(document), collection, format),
		getDiagnostics: (document, settings = DEFAULT_DIAGNOSTIC_SETTINGS) =>
			getDiagnostics(models.get(document), tables, settings, collection && { collection, text: text(document) }),
		getCodeActions: (document, range, context, settings = DEFAULT_DIAGNOSTIC_SETTINGS) => [
			...getCodeActions(models.get(document), tables, settings, range, context),
			...getSourceActions(models.get(document), tables, context),
		],
		getCompletion: (document, position) => getCompletion(models.get(document), text(document), position, tables, now()),
		resolveCompletionItem: (item) => resolveCompletion(item, tables),
		setUserDictionaries: (dictionaries) => {
			tables = withUserDictionaries(dictionaries);
		},
		setCollection: (next) => {
			collection = next;
		},
		getDefinition: (document, position) => getDefinition(models.get(document), text(document), position, collection),
		getDocumentLinks: (document) => getDocumentLinks(models.get(document), text(document), collection),
		getReferences: (document, position, includeDeclaration) =>
			getReferences(models.get(document), text(document), position, includeDeclaration, collection),
		prepareCallHierarchy: (document, position) => prepareCallHierarchy(models.get(document), text(document), position, collection),
		getIncomingCalls: (item) => incomingCalls(item, collection),
		getOutgoingCalls: (item, document) =>
			outgoingCalls(
				item,
				collection,
				document && document.uri === item.uri ? cableSpans(models.get(document), text(document)).entry : undefined,
			),
		getWorkspaceSymbols: (query) => getWorkspaceSymbols(query, collection),
		getInlayHints: (document, range, settings = DEFAULT_INLAY_HINT_SETTINGS) =>
			getInlayHints(models.get(document), text(document), range, tables, settings),
		getSelectionRanges: (document, positions) => getSelectionRanges(models.get(document), text(document), positions),
		getDocumentHighlights: (document, position) => getDocumentHighlights(models.get(document), text(document), position),
		getRangeFormatting: (document, range, settings = DEFAULT_FORMAT_SETTINGS) =>
			getRangeFormatting(models.get(document), text(document), range, settings.lineWidth),
		getClassificationMarks: (document) => getClassificationMarks(models.get(document)),
		close: (uri) => models.delete(uri),
	};
}
