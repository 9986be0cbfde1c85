/**
 * The collection: every cable of the workspace, known by a compact entry, so that citations can
 * be followed both ways and any cable found by id or subject without opening it. At the scale of
 * the whole release (251,287 cables) an entry must stay small: what navigation, search, hovers
 * and the citation graph need, nothing of the text.
 *
 * The core defines the entry, how a model becomes one, and the read-only view features use; the
 * shell (server/src/lsp/indexing/) fills a collection from the files of the workspace.
 */
import type { Range } from 'vscode-languageserver-types';

/** A citation of another cable by this one, at the REF item (or body mention) that makes it. */
export interface EntryCitation {
	/** Canonical id of the cited cable (`08STATE74879`). */
	readonly id: string;
	readonly range: Range;
}

/** What the collection knows of one cable. */
export interface CableEntry {
	readonly uri: string;
	/** Canonical id (`07TOKYO374`); undefined when the text does not make it certain. */
	readonly id: string | undefined;
	/** The SUBJECT as one line, `''` when there is none. */
	readonly subject: string;
	/** When it was sent, ISO 8601 in UTC (`2007-01-26T07:54Z`, or `2007-01-26` when only the day is known). */
	readonly date: string | undefined;
	/** The originating post as in ids (`TOKYO`). */
	readonly origin: string | undefined;
	/** The overall classification as the cable states it (`SECRET//NOFORN`). */
	readonly classification: string | undefined;
	readonly tags: readonly string[];
	/** Where the cable names itself (its id, else its caption or first line): where a jump to it lands. */
	readonly target: Range;
	/** The cables it cites, in document order; one per citing item and id. */
	readonly citations: readonly EntryCitation[];
}

/** A citing cable, at the place that cites. */
export interface Citer {
	readonly entry: CableEntry;
	readonly range: Range;
}

/** What features read; the workspace index implements it, tests build one in memory. */
export interface CableCollection {
	/** Entries holding this canonical id: one, or several when files duplicate a cable. */
	byId(id: string): readonly CableEntry[];
	byUri(uri: string): CableEntry | undefined;
	/** Every cable that cites `id`, at each citation. */
	citersOf(id: string): readonly Citer[];
	/** Cables for a query typed in "Go to Symbol in Workspace": the exact id first, then ids, subjects, tags, origins. */
	search(query: string, limit: number): readonly CableEntry[];
	readonly size: number;
	/** False while the first indexing pass runs: answers may miss cables not read yet. */
	readonly complete: boolean;
}
