import type { CableModel } from './model/types';
import { parseCable } from './model/parse';
import type { CableTextDocument } from './textDocument';

/**
 * One parse per document version. Entries are keyed by URI and replaced when the version
 * moves on; the least recently used entry goes when the cache is full.
 */
export class ModelCache {
	private readonly entries = new Map<string, CableModel>();

	constructor(private readonly maxEntries = 64) {}

	get(document: CableTextDocument): CableModel {
		const cached = this.entries.get(document.uri);
		if (cached && cached.version === document.version) {
			// Re-insert so that Map order tracks recency.
			this.entries.delete(document.uri);
			this.entries.set(document.uri, cached);
			return cached;
		}
		const model = parseCable(document.getText(), document.uri, document.version);
		this.entries.delete(document.uri);
		this.entries.set(document.uri, model);
		if (this.entries.size > this.maxEntries) {
			const oldest = this.entries.keys().next().value;
			if (oldest !== undefined) this.entries.delete(oldest);
		}
		return model;
	}

	delete(uri: string): void {
		this.entries.delete(uri);
	}
}
