/**
 * The collection in memory: entries by uri, by canonical id, and the reverse of the citation
 * graph (who cites an id), all kept current one entry at a time as the indexer sets and
 * deletes files, so no request ever walks the whole set but search.
 *
 * Built for the whole release (251,287 cables): strings that repeat (origins, classifications,
 * dates, tag lists) are stored once; entries live in a dense slot array that search scans with
 * keys made when the entry is stored; a single entry or citer is kept bare rather than in a
 * one-element array.
 */
import { type FileStamp, readCollection, writeCollection } from './persistence';
import {
	afterIdYear,
	atWordStart,
	Mark,
	parseQuery,
	type ParsedQuery,
	Rank,
	RANK_STEP,
	SlotText,
	spreadMatch,
	subjectKey,
	subjectScore,
	tagScore,
	tagsKey,
	TopK,
} from './search';
import { LetterRanks } from './letterRanks';
import { RangePool } from './rangePool';
import { TagIndex } from './tagIndex';
import type { CableCollection, CableEntry, Citer } from './types';

export type { FileStamp } from './persistence';

/** One value, or several: most ids have one entry and most cited ids one citer. */
type OneOrMore<T> = T | T[];

export class CollectionIndex implements CableCollection {
	/** Stored entries by slot; a deleted entry leaves a hole that the next new uri fills. */
	private readonly slots: (CableEntry | undefined)[] = [];
	private readonly subjectKeys: string[] = [];
	private readonly tagKeys: string[] = [];
	private readonly freeSlots: number[] = [];
	private readonly slotByUri = new Map<string, number>();
	private readonly entriesById = new Map<string, OneOrMore<CableEntry>>();
	private readonly citersById = new Map<string, OneOrMore<Citer>>();
	/** Ids' two year digits and how many ids have them: where a query without a year looks. */
	private readonly years = new Map<string, number>();
	private readonly strings = new Map<string, string>();
	private readonly tagLists = new Map<string, readonly string[]>();
	private readonly ranges = new RangePool();
	private readonly tagged = new TagIndex<CableEntry>();
	private readonly letters = new LetterRanks(
		(slot, letter) => this.letterRank(slot, letter),
		() => this.slots.length,
	);
	private readonly text = new SlotText(
		(slot) => this.record(slot),
		() => this.slots.length,
	);
	private done = false;

	get size(): number {
		return this.slotByUri.size;
	}

	/** False until the indexer says its first pass is done (and again while it redoes one). */
	get complete(): boolean {
		return this.done;
	}

	markComplete(done: boolean): void {
		this.done = done;
	}

	/** Stores `entry`, replacing the entry of the same uri and the citations it made. */
	set(entry: CableEntry): void {
		this.store(this.shared(entry));
	}

	/** Stores an entry whose repeated strings are already shared (as `deserialize` reads them). */
	private store(stored: CableEntry): void {
		let slot = this.slotByUri.get(stored.uri);
		if (slot !== undefined) {
			this.unlink(this.slots[slot]!);
			this.tagged.remove(tagsOf(this.tagKeys[slot]!), this.slots[slot]!);
		} else {
			slot = this.freeSlots.pop() ?? this.slots.length;
			this.slotByUri.set(stored.uri, slot);
		}
		this.slots[slot] = stored;
		this.subjectKeys[slot] = subjectKey(stored.subject);
		const tags = this.intern(tagsKey(stored.tags));
		this.tagKeys[slot] = tags;
		this.tagged.add(tagsOf(tags), stored);
		this.text.touch(slot);
		this.letters.touch(slot);
		this.link(stored);
	}

	delete(uri: string): void {
		const slot = this.slotByUri.get(uri);
		if (slot === undefined) return;
		this.unlink(this.slots[slot]!);
		this.tagged.remove(tagsOf(this.tagKeys[slot]!), this.slots[slot]!);
		this.slots[slot] = undefined;
		this.subjectKeys[slot] = '';
		this.tagKeys[slot] = '';
		this.text.touch(slot);
		this.letters.touch(slot);
		this.slotByUri.delete(uri);
		this.freeSlots.push(slot);
	}

	*entries(): IterableIterator<CableEntry> {
		for (const entry of this.slots) if (entry) yield entry;
	}

	byUri(uri: string): CableEntry | undefined {
		const slot = this.slotByUri.get(uri);
		return slot === undefined ? undefined : this.slots[slot];
	}

	byId(id: string): readonly CableEntry[] {
		return many(this.entriesById.get(id));
	}

	citersOf(id: string): readonly Citer[] {
		return many(this.citersById.get(id));
	}

	search(query: string, limit: number): readonly CableEntry[] {
		const parsed = parseQuery(query);
		if (!parsed || limit <= 0) return [];
		const best = new TopK<CableEntry>(limit);
		const exact = this.exactMatches(parsed);
		for (const entry of exact) best.offer(Rank.exact * RANK_STEP, entry);
		// The exact ids are all there is to show when they fill the list.
		if (best.full) return best.sorted();
		if (LetterRanks.handles(parsed.words)) this.letters.best(parsed.words[0]!, limit, (slot, rank) => best.offer(rank, this.slots[slot]!));
		else this.scan(parsed, exact, best);
		return best.sorted();
	}

	serialize(stamps: ReadonlyMap<string, FileStamp>): Uint8Array {
		return writeCollection(this.entries(), stamps);
	}

	/** The index and file stamps `serialize` wrote; undefined for bytes it did not write (corrupt, cut short, another version). */
	static deserialize(bytes: Uint8Array): { index: CollectionIndex; stamps: Map<string, FileStamp> } | undefined {
		const read = readCollection(bytes);
		if (!read) return undefined;
		const index = new CollectionIndex();
		for (const entry of read.entries) index.store(entry);
		return { index, stamps: read.stamps };
	}

	/** The entry as stored: its repeated strings and tag list shared with other entries. */
	private shared(entry: CableEntry): CableEntry {
		return {
			uri: entry.uri,
			id: entry.id,
			subject: entry.subject,
			date: entry.date,
			origin: entry.origin === undefined ? undefined : this.intern(entry.origin),
			classification: entry.classification === undefined ? undefined : this.intern(entry.classification),
			tags: this.tagList(entry.tags),
			target: this.ranges.shared(entry.target),
			citations: entry.citations.map((citation) => ({ id: citation.id, range: this.ranges.shared(citation.range) })),
		};
	}

	private intern(text: string): string {
		const known = this.strings.get(text);
		if (known !== undefined) return known;
		this.strings.set(text, text);
		return text;
	}

	private tagList(tags: readonly string[]): readonly string[] {
		const key = tags.join('\n');
		const known = this.tagLists.get(key);
		if (known) return known;
		const list = Object.freeze(tags.map((tag) => this.intern(tag)));
		this.tagLists.set(key, list);
		return list;
	}

	private link(entry: CableEntry): void {
		if (entry.id !== undefined) {
			add(this.entriesById, entry.id, entry);
			const year = entry.id.slice(0, 2);
			this.years.set(year, (this.years.get(year) ?? 0) + 1);
		}
		for (const citation of entry.citations) add(this.citersById, citation.id, { entry, range: citation.range });
	}

	private unlink(entry: CableEntry): void {
		if (entry.id !== undefined) {
			remove(this.entriesById, entry.id, (stored) => stored === entry);
			const year = entry.id.slice(0, 2);
			const count = (this.years.get(year) ?? 1) - 1;
			if (count > 0) this.years.set(year, count);
			else this.years.delete(year);
		}
		for (const citation of entry.citations) remove(this.citersById, citation.id, (citer) => citer.entry === entry);
	}

	/** Entries whose id the query names: with its year, or in every year the collection holds. */
	private exactMatches(parsed: ParsedQuery): CableEntry[] {
		if (parsed.id !== undefined) return [...this.byId(parsed.id)];
		if (parsed.idWithoutYear === undefined) return [];
		const found: CableEntry[] = [];
		for (const year of this.years.keys()) found.push(...this.byId(`${year}${parsed.idWithoutYear}`));
		return found;
	}

	/**
	 * Every other entry that matches, ranked by the best kind of match it makes, into `best`.
	 * Candidates come from the search text: records where the longest word starts a word, ids
	 * starting with the prefix, records whose origin starts with the words run together; and from
	 * the tag index: entries with a tag the longest word starts. Each is then ranked on its own
	 * keys, once. Each scan reads the whole text (at 250,000 cables most of a query's time), so
	 * one scan serves all three whenever the longest word begins the others.
	 */
	private scan(parsed: ParsedQuery, exact: readonly CableEntry[], best: TopK<CableEntry>): void {
		const { words, compact, idPrefix, prefixAfterYear } = parsed;
		const { slots, subjectKeys, tagKeys } = this;
		const seen = new Uint8Array(slots.length);
		for (const entry of exact) seen[this.slotByUri.get(entry.uri)!] = 1;
		const spacedWords = words.map((word) => ` ${word}`);
		const startsId =
			idPrefix === undefined
				? () => false
				: prefixAfterYear
					? (id: string) => isYearDigits(id) && id.startsWith(idPrefix, 2)
					: (id: string) => id.startsWith(idPrefix);
		const rankSlot = (slot: number) => {
			if (seen[slot]) return;
			seen[slot] = 1;
			const entry = slots[slot]!;
			const rank =
				entry.id !== undefined && startsId(entry.id)
					? Rank.idPrefix * RANK_STEP + entry.id.length
					: wordRank(subjectKeys[slot]!, tagKeys[slot]!, entry.origin, words, spacedWords, compact);
			if (rank >= 0) best.offer(rank, entry);
		};
		const first = words[0]!;
		// The longest word is found wherever it starts a word: at an id's start too (after the
		// record's mark), and after an id's year digits when the prefix comes without a year.
		const idsFound = idPrefix === undefined || idPrefix.startsWith(first);
		if (!idsFound) {
			const needle = prefixAfterYear ? idPrefix! : `${Mark.id}${idPrefix}`;
			this.text.find(needle, prefixAfterYear ? afterIdYear : anywhere, rankSlot);
		}
		this.text.find(first, idsFound && prefixAfterYear ? atWordStartOrAfterIdYear : atWordStart, rankSlot);
		// `NEW DELHI` finds NEWDELHI, where neither word starts a word.
		if (words.length > 1 && !compact.startsWith(first)) this.text.find(`${Mark.origin}${compact}`, anywhere, rankSlot);
		this.rankTagged(first, best, (entry) => rankSlot(this.slotByUri.get(entry.uri)!));
	}

	/**
	 * Ranks entries with a tag that `first` starts, each tag's in tie order, until the rest cannot
	 * be kept. Those the scan did not rank match by tags at best (rank tag + 0 with the tag equal
	 * to `first`, tag + 1 without it: `first` is then no whole tag) or as a mix, so a tag's walk
	 * stops at the first entry that would not be kept even with that rank.
	 */
	private rankTagged(first: string, best: TopK<CableEntry>, rank: (entry: CableEntry) => void): void {
		for (const tag of this.tagged.tagsStartingWith(first)) {
			const least = Rank.tag * RANK_STEP + (tag === first ? 0 : 1);
			for (const entry of this.tagged.entries(tag)) {
				if (!best.accepts(least, entry)) break;
				rank(entry);
			}
		}
	}

	/** The rank of a slot for a one-letter query (no id can start with one letter, so it is by words alone). */
	private letterRank(slot: number, letter: string): number {
		const entry = this.slots[slot];
		return entry ? wordRank(this.subjectKeys[slot]!, this.tagKeys[slot]!, entry.origin, [letter], [` ${letter}`], letter) : -1;
	}

	/** What the search text holds of a slot: its id, subject, tags and origin after their marks. */
	private record(slot: number): string {
		const entry = this.slots[slot];
		if (!entry) return '';
		return `${Mark.id}${entry.id ?? ''}${Mark.subject}${this.subjectKeys[slot]}${Mark.origin}${entry.origin ?? ''}`;
	}
}

const anywhere = () => true;
/** The tags of a tags key: what a word is found at the start of (` PREL PGOV ` holds PREL and PGOV). */
const tagsOf = (key: string) => key.split(' ').filter((tag) => tag !== '');
const atWordStartOrAfterIdYear = (text: string, at: number) => atWordStart(text, at) || afterIdYear(text, at);
const isYearDigits = (id: string) => isDigit(id.charCodeAt(0)) && isDigit(id.charCodeAt(1));
const isDigit = (code: number) => code >= 48 && code <= 57;

/** The rank an entry earns by the query's words, or -1 when it does not match. */
function wordRank(
	subject: string,
	tags: string,
	origin: string | undefined,
	words: readonly string[],
	spacedWords: readonly string[],
	compact: string,
): number {
	const subjectRank = subjectScore(subject, words);
	if (subjectRank >= 0) return Rank.subject * RANK_STEP + subjectRank;
	const tagRank = tagScore(tags, spacedWords);
	if (tagRank >= 0) return Rank.tag * RANK_STEP + tagRank;
	if (origin?.startsWith(compact)) return Rank.origin * RANK_STEP + (origin.length === compact.length ? 0 : 1);
	if (words.length > 1 && spreadMatch(subject, tags, origin, words, spacedWords)) return Rank.mixed * RANK_STEP;
	return -1;
}

function many<T>(value: OneOrMore<T> | undefined): readonly T[] {
	if (value === undefined) return [];
	return Array.isArray(value) ? value : [value];
}

function add<T>(map: Map<string, OneOrMore<T>>, key: string, value: T): void {
	const known = map.get(key);
	if (known === undefined) map.set(key, value);
	else if (Array.isArray(known)) known.push(value);
	else map.set(key, [known, value]);
}

function remove<T>(map: Map<string, OneOrMore<T>>, key: string, matches: (value: T) => boolean): void {
	const known = map.get(key);
	if (known === undefined) return;
	if (!Array.isArray(known)) {
		if (matches(known)) map.delete(key);
		return;
	}
	const kept = known.filter((value) => !matches(value));
	if (kept.length === 0) map.delete(key);
	else map.set(key, kept.length === 1 ? kept[0]! : kept);
}
