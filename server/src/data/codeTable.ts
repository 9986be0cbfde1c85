/**
 * A code → entries lookup with optional user overrides layered on top, and a "did you
 * mean" search that is only paid for when someone hovers a code the table lacks.
 */

/** Optimal-string-alignment distance (a swap of neighbours counts once), capped at max + 1. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let previousRow: number[] = [];
	let row = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const twoBack = previousRow;
		previousRow = row;
		row = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, twoBack[j - 2] + 1);
			row[j] = value;
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > max) return max + 1;
	}
	return row[b.length];
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

export class CodeTable<E> {
	private index: NearMatchIndex | undefined;

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
		this.index ??= new NearMatchIndex(this.codes());
		return this.index.search(code, maxDistance).filter((match) => match.code !== code);
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
