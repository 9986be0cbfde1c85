/**
 * A code → entries lookup with optional user overrides layered on top, and a "did you
 * mean" search that is only paid for when someone hovers a code the table lacks.
 */

/** Three rows of the distance table, reused by every call: a search makes thousands of calls, and allocating rows for each was most of its cost. */
let rows = new Int32Array(48);

/** Optimal-string-alignment distance (a swap of neighbours counts once), capped at max + 1. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const width = b.length + 1;
	// Three rows of `width` cells, reused in turn: every index below lies inside them.
	if (rows.length < 3 * width) rows = new Int32Array(3 * width);
	// Offsets of the row before the previous one (for swaps), the previous row and the current one.
	let twoBack = 0;
	let previous = width;
	let current = 2 * width;
	for (let j = 0; j < width; j++) rows[previous + j] = j;
	for (let i = 1; i <= a.length; i++) {
		rows[current] = i;
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
			let value = Math.min(rows[previous + j]! + 1, rows[current + j - 1]! + 1, rows[previous + j - 1]! + cost);
			if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
				value = Math.min(value, rows[twoBack + j - 2]! + 1);
			}
			rows[current + j] = value;
			if (value < rowMin) rowMin = value;
		}
		if (rowMin > max) return max + 1;
		const spare = twoBack;
		twoBack = previous;
		previous = current;
		current = spare;
	}
	return rows[previous + b.length]!;
}

export interface NearMatch {
	readonly code: string;
	readonly distance: number;
}

/** Codes bucketed by length, so a search only compares codes that can be close enough. */
class NearMatchIndex {
	private readonly byLength = new Map<number, string[]>();

	constructor(codes: Iterable<string>) {
		for (const code of codes) {
			const bucket = this.byLength.get(code.length);
			if (bucket) bucket.push(code);
			else this.byLength.set(code.length, [code]);
		}
	}

	search(code: string, maxDistance: number): NearMatch[] {
		const matches: NearMatch[] = [];
		for (let length = code.length - maxDistance; length <= code.length + maxDistance; length++) {
			for (const candidate of this.byLength.get(length) ?? []) {
				const distance = editDistance(code, candidate, maxDistance);
				if (distance <= maxDistance) matches.push({ code: candidate, distance });
			}
		}
		return matches.sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code));
	}
}

/** Searches remembered per table; past this many distinct codes the memory starts over. */
const MAX_REMEMBERED_SEARCHES = 10_000;

export class CodeTable<E> {
	private index: NearMatchIndex | undefined;
	/**
	 * Diagnostics search for every unknown code on every edit, and the same unknown codes come
	 * back in document after document; a table never changes, so each search is made once.
	 */
	private readonly searches = new Map<string, NearMatch[]>();

	constructor(
		private readonly entries: ReadonlyMap<string, readonly E[]>,
		private readonly base?: CodeTable<E>,
	) {}

	/** Constant time: one or two Map lookups. */
	get(code: string): readonly E[] | undefined {
		return this.entries.get(code) ?? this.base?.get(code);
	}

	/** A table answering from `overrides` first and from this table for everything else. */
	withOverrides(overrides: ReadonlyMap<string, readonly E[]>): CodeTable<E> {
		return overrides.size === 0 ? this : new CodeTable(overrides, this);
	}

	*codes(): Generator<string> {
		yield* this.entries.keys();
		if (this.base) for (const code of this.base.codes()) if (!this.entries.has(code)) yield code;
	}

	/** Known codes within `maxDistance` edits of `code`, closest first. */
	nearest(code: string, maxDistance: number): NearMatch[] {
		const key = `${maxDistance} ${code}`;
		let found = this.searches.get(key);
		if (!found) {
			this.index ??= new NearMatchIndex(this.codes());
			found = this.index.search(code, maxDistance).filter((match) => match.code !== code);
			if (this.searches.size >= MAX_REMEMBERED_SEARCHES) this.searches.clear();
			this.searches.set(key, found);
		}
		return [...found];
	}
}

/** Groups rows by code, keeping their order (the first row is a table's primary reading). */
export function groupByCode<E>(rows: Iterable<E>, codeOf: (row: E) => string): Map<string, E[]> {
	const grouped = new Map<string, E[]>();
	for (const row of rows) {
		const code = codeOf(row);
		const list = grouped.get(code);
		if (list) list.push(row);
		else grouped.set(code, [row]);
	}
	return grouped;
}
