/**
 * Go to Symbol in Workspace (Ctrl+T): cables by id, subject words, tag or origin, in the
 * collection's ranking (the exact id first).
 */
import { type SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import type { CableCollection, CableEntry } from '../../collection/types';

/** Editors show a few dozen; more would only cost time at 250,000 cables. */
export const WORKSPACE_SYMBOL_LIMIT = 200;

export function getWorkspaceSymbols(query: string, collection: CableCollection | undefined): SymbolInformation[] {
	if (!collection) return [];
	return collection.search(query, WORKSPACE_SYMBOL_LIMIT).map((entry) => ({
		name: symbolName(entry),
		kind: SymbolKind.File,
		location: { uri: entry.uri, range: entry.target },
		containerName: entry.subject,
	}));
}

/** The id; a cable whose id is not certain goes by its file's name (a symbol needs a name). */
function symbolName(entry: CableEntry): string {
	if (entry.id) return entry.id;
	const path = withoutQueryOrFragment(entry.uri);
	const name = path.slice(path.lastIndexOf('/') + 1);
	try {
		return decodeURIComponent(name) || entry.uri;
	} catch {
		return name || entry.uri;
	}
}

function withoutQueryOrFragment(uri: string): string {
	const end = uri.search(/[?#]/);
	return end < 0 ? uri : uri.slice(0, end);
}
