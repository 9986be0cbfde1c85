/**
 * Entries by tag, each tag's entries in the order search breaks ties in (newest first), so that
 * a tag query ranks the few entries it shows instead of the 100,000 that carry `PREL`.
 *
 * Kept sorted lazily: a stored or deleted entry waits beside its tag's list until a search next
 * reads that tag, which then merges the waiting entries in once. Loading 250,000 entries thus
 * costs one sort per tag searched, and an edit one merge.
 */
import { type Ranked, tieOrder } from './search';

interface TagList<T> {
	/** In tie order. */
	sorted: T[];
	/** Stored since the last read, in no order. */
	added: T[];
	/** Deleted since the last read. */
	removed: Set<T> | undefined;
}

export class TagIndex<T extends Ranked> {
	private readonly lists = new Map<string, TagList<T>>();

	/** `tags` upper case, as search compares them. */
	add(tags: readonly string[], entry: T): void {
		for (const tag of tags) {
			let list = this.lists.get(tag);
			if (!list) this.lists.set(tag, (list = { sorted: [], added: [], removed: undefined }));
			list.added.push(entry);
		}
	}

	remove(tags: readonly string[], entry: T): void {
		for (const tag of tags) {
			const list = this.lists.get(tag);
			if (list) (list.removed ??= new Set()).add(entry);
		}
	}

	/** Tags that start with `prefix`, the tag equal to it first (its entries rank best). */
	tagsStartingWith(prefix: string): string[] {
		const found: string[] = [];
		for (const tag of this.lists.keys()) if (tag.startsWith(prefix)) found.push(tag);
		return found.sort((a, b) => (a === prefix ? -1 : b === prefix ? 1 : 0));
	}

	/** The entries of `tag` in tie order. */
	entries(tag: string): readonly T[] {
		const list = this.lists.get(tag);
		if (!list) return [];
		const { removed } = list;
		if (removed) {
			list.sorted = list.sorted.filter((entry) => !removed.has(entry));
			list.added = list.added.filter((entry) => !removed.has(entry));
			list.removed = undefined;
		}
		if (list.added.length > 0) {
			list.sorted = merge(list.sorted, list.added.sort(tieOrder));
			list.added = [];
		}
		if (list.sorted.length === 0) this.lists.delete(tag);
		return list.sorted;
	}
}

/** Two lists in tie order as one. */
function merge<T extends Ranked>(a: readonly T[], b: readonly T[]): T[] {
	if (a.length === 0) return b as T[];
	const merged = new Array<T>(a.length + b.length);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < a.length && j < b.length) merged[k++] = tieOrder(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
	while (i < a.length) merged[k++] = a[i++]!;
	while (j < b.length) merged[k++] = b[j++]!;
	return merged;
}
