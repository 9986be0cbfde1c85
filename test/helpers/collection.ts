/**
 * An in-memory CableCollection for tests: entries made by `entryOf` from fixture texts, looked
 * up by plain scans (the real index, server/src/collection/, keeps maps; tests hold a handful).
 */
import { entryOf } from '../../server/src/collection/entry';
import type { CableCollection, CableEntry, Citer } from '../../server/src/collection/types';
import { parseCable } from '../../server/src/model/parse';
import { fixtureText, seedText } from './corpus';

export class TestCollection implements CableCollection {
	private readonly list: CableEntry[] = [];

	constructor(
		files: Readonly<Record<string, string>> = {},
		public complete = true,
	) {
		for (const [uri, text] of Object.entries(files)) this.add(uri, text);
	}

	/** Parses `text` as the file `uri` and keeps its entry (replacing the file's previous one). */
	add(uri: string, text: string): CableEntry {
		const entry = entryOf(parseCable(text, uri, 1), text);
		this.list.splice(0, this.list.length, ...this.list.filter((other) => other.uri !== uri), entry);
		return entry;
	}

	byId(id: string): readonly CableEntry[] {
		return this.list.filter((entry) => entry.id === id);
	}

	byUri(uri: string): CableEntry | undefined {
		return this.list.find((entry) => entry.uri === uri);
	}

	citersOf(id: string): readonly Citer[] {
		return this.list.flatMap((entry) =>
			entry.citations.filter((citation) => citation.id === id).map((citation) => ({ entry, range: citation.range })),
		);
	}

	/** Exact id first, then ids, subjects, tags and origins holding the query (case ignored). */
	search(query: string, limit: number): readonly CableEntry[] {
		const wanted = query.trim().toUpperCase();
		const score = (entry: CableEntry) => {
			if (entry.id === wanted) return 0;
			if (entry.id?.includes(wanted)) return 1;
			if (entry.subject.toUpperCase().includes(wanted)) return 2;
			if (entry.tags.includes(wanted) || entry.origin === wanted) return 3;
			return undefined;
		};
		return this.list
			.map((entry) => ({ entry, rank: score(entry) }))
			.filter((scored): scored is { entry: CableEntry; rank: number } => scored.rank !== undefined)
			.sort((a, b) => a.rank - b.rank)
			.slice(0, limit)
			.map(({ entry }) => entry);
	}

	get size(): number {
		return this.list.length;
	}
}

/** Where the fixtures of test/fixtures/navigation/ (and the seed) live in the tests' workspace. */
export const FIXTURE_ROOT = 'file:///cables/';

/** The navigation fixtures and the seed cable, by URI. */
export function navigationFiles(): Record<string, string> {
	const files: Record<string, string> = { [`${FIXTURE_ROOT}07TOKYO374.txt`]: seedText() };
	for (const name of ['07STATE1001.cable', '07TOKYO500.cable', '07TOKYO100.cable', 'copy-07STATE1001.cable']) {
		files[`${FIXTURE_ROOT}${name}`] = fixtureText(`navigation/${name}`);
	}
	return files;
}
