/**
 * Go to Symbol in Workspace (Ctrl+T): cables by id, subject words, tag or origin, in the
 * collection's ranking (the exact id first).
 *
 * Editors filter the answers again by the symbol's name: VS Code keeps a symbol only when the
 * typed text (or its first word) fuzzy-matches the name, and sends the server only that first
 * word. So the name carries everything a cable is found by (`07TOKYO374 · S/P DIRECTOR KRASNER
 * MEETS … · PREL PGOV JA`); with the id alone, a search by subject words or tag found the cables
 * and VS Code showed none of them.
 */
import { type SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import type { CableCollection, CableEntry } from '../../collection/types';

/** Editors show a few dozen; more would only cost time at 250,000 cables. */
export const WORKSPACE_SYMBOL_LIMIT = 200;

export function getWorkspaceSymbols(query: string, collection: CableCollection | undefined): SymbolInformation[] {
	if (!collection) return [];
	return collection.search(query, WORKSPACE_SYMBOL_LIMIT).map((entry) => ({
		name: [cableName(entry), entry.subject, entry.tags.join(' ')].filter((part) => part !== '').join(' · '),
		kind: SymbolKind.File,
		location: { uri: entry.uri, range: entry.target },
		containerName: [entry.date?.slice(0, 10), entry.classification].filter((part) => part !== undefined).join(' · '),
	}));
}

/** The id; a cable whose id is not certain goes by its file's name (a symbol needs a name). */
function cableName(entry: CableEntry): string {
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
