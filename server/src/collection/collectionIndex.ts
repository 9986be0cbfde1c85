/**
 * STAND-IN for H9's CollectionIndex (issue 15), with the agreed API and nothing more: Map-based,
 * a linear search, JSON persistence. The indexer (server/src/lsp/indexing/) is written against
 * this API; the lead drops this file in favour of H9's.
 */
import type { CableCollection, CableEntry, Citer } from './types';

/** What a file looked like when it was read: a changed size or modification time means read it again. */
export interface FileStamp {
	readonly size: number;
	readonly mtimeMs: number;
}

const FORMAT = 'cable-collection-standin/1';

export class CollectionIndex implements CableCollection {
	private readonly byUris = new Map<string, CableEntry>();
	private done = false;

	set(entry: CableEntry): void {
		this.byUris.set(entry.uri, entry);
	}

	delete(uri: string): void {
		this.byUris.delete(uri);
	}

	entries(): Iterable<CableEntry> {
		return this.byUris.values();
	}

	byId(id: string): readonly CableEntry[] {
		return [...this.byUris.values()].filter((entry) => entry.id === id);
	}

	byUri(uri: string): CableEntry | undefined {
		return this.byUris.get(uri);
	}

	citersOf(id: string): readonly Citer[] {
		const citers: Citer[] = [];
		for (const entry of this.byUris.values()) for (const citation of entry.citations) if (citation.id === id) citers.push({ entry, range: citation.range });
		return citers;
	}

	search(query: string, limit: number): readonly CableEntry[] {
		const key = query.trim().toLowerCase();
		return [...this.byUris.values()].filter((entry) => `${entry.id ?? ''} ${entry.subject}`.toLowerCase().includes(key)).slice(0, limit);
	}

	get size(): number {
		return this.byUris.size;
	}

	get complete(): boolean {
		return this.done;
	}

	markComplete(done: boolean): void {
		this.done = done;
	}

	serialize(stamps: ReadonlyMap<string, FileStamp>): Uint8Array {
		return new TextEncoder().encode(JSON.stringify({ format: FORMAT, entries: [...this.byUris.values()], stamps: [...stamps] }));
	}

	static deserialize(bytes: Uint8Array): { index: CollectionIndex; stamps: Map<string, FileStamp> } | undefined {
		try {
			const data = JSON.parse(new TextDecoder().decode(bytes)) as { format?: unknown; entries: CableEntry[]; stamps: [string, FileStamp][] };
			if (data.format !== FORMAT) return undefined;
			const index = new CollectionIndex();
			for (const entry of data.entries) index.set(entry);
			return { index, stamps: new Map(data.stamps) };
		} catch {
			return undefined;
		}
	}
}
