/**
 * "Go to Symbol in Workspace" over the collection: what a typed query asks for, how well an
 * entry answers it, and the best few answers kept while the collection is scanned.
 *
 * The query is read once (ids it names, id prefix, upper-case words); the scan then costs a few
 * `indexOf`/`startsWith` calls per entry on keys made when the entry was stored, and keeps no more
 * than `limit` candidates, so a query matching 100,000 subjects allocates as little as one
 * matching ten.
 */
import { resolvePost } from '../citations/posts';

/** Queries longer than this are no ids and no subject a user types: the rest is ignored. */
const QUERY_REACH = 200;

/**
 * Ranks by kind of match, lower first: the exact id, then ids that start with the query, then
 * subjects holding every word, tags, origins, and last entries whose words are spread over
 * subject, tags and origin. Within a kind a score below RANK_STEP orders the matches.
 */
export const Rank = { exact: 0, idPrefix: 1, subject: 2, tag: 3, origin: 4, mixed: 5 } as const;
export const RANK_STEP = 1_000_000;

export interface ParsedQuery {
	/** Upper-case words of letters and digits (`TOKYO`, `374`), longest first. */
	readonly words: readonly string[];
	/** Every letter and digit, upper case, no separators (`TOKYO374`): how origins are matched. */
	readonly compact: string;
	/** The id named with its year (`07TOKYO374`): matched exactly. */
	readonly id: string | undefined;
	/** Origin and serial named without a year (`TOKYO 374`): matched exactly in every year. */
	readonly idWithoutYear: string | undefined;
	/** Ids starting with this are id-prefix matches (`07TOKYO37`). */
	readonly idPrefix: string | undefined;
	/** The prefix lacks the year: it is matched after the id's two year digits (`TOKYO37`). */
	readonly prefixAfterYear: boolean;
}

const isDigitCode = (code: number) => code >= 48 && code <= 57;
/** Letters and digits of any script count as word characters; punctuation and spaces do not. */
const isWordCode = (code: number) => isDigitCode(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0;

/** `2007 TOKYO 374`, `07TOKYO0374`, `tokyo374`: optional year, the post's letters, the serial. */
const ID_FORM = /^(\d{2}|\d{4})?([A-Z]+)(\d{1,7})$/;
/** `07TOKYO3`, `07TOK`: a year then letters, maybe the start of a serial. */
const ID_START = /^\d{2}[A-Z]/;
/** A four-digit year, as written after the serial (`TOKYO 374 2007`, `TOKYO 374 (2007)`). */
const FULL_YEAR = /^(?:19|20)\d{2}$/;

export function parseQuery(query: string): ParsedQuery | undefined {
	const upper = query.slice(0, QUERY_REACH).trim().toUpperCase();
	const words = upper.split(/[^A-Z0-9\u00C0-\uFFFF]+/).filter((word) => word !== '');
	if (words.length === 0) return undefined;
	const compact = words.join('');
	const named = withTrailingYear(words) ?? namedId(compact);
	return {
		words: [...words].sort((a, b) => b.length - a.length),
		compact,
		id: named?.year !== undefined ? `${named.year}${named.rest}` : undefined,
		idWithoutYear: named && named.year === undefined ? named.rest : undefined,
		...idPrefixOf(compact, named),
	};
}

interface NamedId {
	/** Two digits, when written. */
	readonly year: string | undefined;
	/** Origin (aliases resolved) and serial without leading zeros. */
	readonly rest: string;
}

/** `TOKYO 374 2007`: read as `2007TOKYO374`, since run together the year would lengthen the serial. */
function withTrailingYear(words: readonly string[]): NamedId | undefined {
	const year = words[words.length - 1]!;
	if (words.length < 3 || !FULL_YEAR.test(year)) return undefined;
	return namedId(`${year}${words.slice(0, -1).join('')}`);
}

function namedId(text: string): NamedId | undefined {
	const match = ID_FORM.exec(text);
	if (!match) return undefined;
	const [, yearText, letters, serialText] = match;
	if (yearText && yearText.length === 4 && !/^(19|20)/.test(yearText)) return undefined;
	const serial = Number(serialText);
	if (serial <= 0) return undefined;
	const origin = resolvePost(letters!)?.origin ?? letters!;
	return { year: yearText?.slice(-2), rest: `${origin}${serial}` };
}

function idPrefixOf(compact: string, named: NamedId | undefined): Pick<ParsedQuery, 'idPrefix' | 'prefixAfterYear'> {
	if (named) return { idPrefix: `${named.year ?? ''}${named.rest}`, prefixAfterYear: named.year === undefined };
	if (ID_START.test(compact)) return { idPrefix: compact, prefixAfterYear: false };
	return { idPrefix: undefined, prefixAfterYear: false };
}

/** The key a subject is searched by: upper case (V8 hands back the same string when it already is). */
export function subjectKey(subject: string): string {
	return subject.toUpperCase();
}

/** The key tags are searched by: ` PREL PGOV JA ` (each tag between spaces). */
export function tagsKey(tags: readonly string[]): string {
	return tags.length === 0 ? ' ' : ` ${tags.join(' ').toUpperCase()} `;
}

/** A subject word already matched as whole word outranks any number of earlier partial ones. */
const PARTIAL_WORD = 1_000;
const MAX_POSITION = PARTIAL_WORD - 1;

/**
 * How well a subject holds every word as the start of one of its words, lower better: words
 * matched only as prefixes count most, then how far into the subject they stand; -1 when a
 * word is missing.
 */
export function subjectScore(key: string, words: readonly string[]): number {
	let partial = 0;
	let positions = 0;
	for (const word of words) {
		const found = wordStart(key, word);
		if (found < 0) return -1;
		if (found >= PARTIAL_WORD) partial++;
		positions += found % PARTIAL_WORD;
	}
	return partial * PARTIAL_WORD + Math.min(positions, MAX_POSITION);
}

/**
 * Where `word` starts a word of `key`: the first whole-word occurrence, else the first prefix
 * occurrence plus PARTIAL_WORD; -1 when none.
 */
function wordStart(key: string, word: string): number {
	let partialAt = -1;
	for (let at = key.indexOf(word); at >= 0; at = key.indexOf(word, at + 1)) {
		if (at > 0 && isWordCode(key.charCodeAt(at - 1))) continue;
		const end = at + word.length;
		if (end === key.length || !isWordCode(key.charCodeAt(end))) return Math.min(at, MAX_POSITION);
		if (partialAt < 0) partialAt = Math.min(at, MAX_POSITION) + PARTIAL_WORD;
	}
	return partialAt;
}

/** Every word a tag or the start of one: 0 when all are whole tags, else how many are not; -1 when one is missing. */
export function tagScore(key: string, spacedWords: readonly string[]): number {
	let partial = 0;
	for (const spaced of spacedWords) {
		const at = key.indexOf(spaced);
		if (at < 0) return -1;
		if (key.charCodeAt(at + spaced.length) !== 32) partial++;
	}
	return partial;
}

/** Whether each word is found somewhere in the subject, the tags or the origin. */
export function spreadMatch(
	subject: string,
	tags: string,
	origin: string | undefined,
	words: readonly string[],
	spacedWords: readonly string[],
): boolean {
	for (let index = 0; index < words.length; index++) {
		const word = words[index]!;
		if (wordStart(subject, word) < 0 && !tags.includes(spacedWords[index]!) && !origin?.startsWith(word)) return false;
	}
	return true;
}

/** What decides between two matches of the same rank: newer first, then the id, then the uri. */
export interface Ranked {
	readonly date: string | undefined;
	readonly id: string | undefined;
	readonly uri: string;
}

export function tieOrder(a: Ranked, b: Ranked): number {
	if (a.date !== b.date) {
		if (a.date === undefined) return 1;
		if (b.date === undefined) return -1;
		return a.date > b.date ? -1 : 1;
	}
	if (a.id !== b.id) {
		if (a.id === undefined) return 1;
		if (b.id === undefined) return -1;
		return a.id < b.id ? -1 : 1;
	}
	return a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0;
}

/** Negative when `a` ranks before `b`. */
function compareRanked<T extends Ranked>(rankA: number, a: T, rankB: number, b: T): number {
	return rankA !== rankB ? rankA - rankB : tieOrder(a, b);
}

/**
 * The best `limit` items offered, in order. A max-heap on the worst kept item: an offer worse
 * than it costs one comparison and no allocation.
 */
export class TopK<T extends Ranked> {
	private readonly items: T[] = [];
	private readonly ranks: number[] = [];

	constructor(private readonly limit: number) {}

	get full(): boolean {
		return this.items.length >= this.limit;
	}

	/** Whether an item of this rank would be kept: false once the list is full of better ones. */
	accepts(rank: number, item: T): boolean {
		return this.items.length < this.limit || compareRanked(rank, item, this.ranks[0]!, this.items[0]!) < 0;
	}

	offer(rank: number, item: T): void {
		const { items, ranks } = this;
		if (this.limit <= 0) return;
		if (items.length < this.limit) {
			items.push(item);
			ranks.push(rank);
			this.siftUp(items.length - 1);
		} else if (compareRanked(rank, item, ranks[0]!, items[0]!) < 0) {
			items[0] = item;
			ranks[0] = rank;
			this.siftDown(0);
		}
	}

	sorted(): T[] {
		const order = this.items.map((_, index) => index);
		order.sort((a, b) => compareRanked(this.ranks[a]!, this.items[a]!, this.ranks[b]!, this.items[b]!));
		return order.map((index) => this.items[index]!);
	}

	/** `a` is kept above `b` when it ranks after it. */
	private worse(a: number, b: number): boolean {
		return compareRanked(this.ranks[a]!, this.items[a]!, this.ranks[b]!, this.items[b]!) > 0;
	}

	private swap(a: number, b: number): void {
		const { items, ranks } = this;
		[items[a], items[b]] = [items[b]!, items[a]!];
		[ranks[a], ranks[b]] = [ranks[b]!, ranks[a]!];
	}

	private siftUp(index: number): void {
		while (index > 0) {
			const parent = (index - 1) >> 1;
			if (!this.worse(index, parent)) return;
			this.swap(index, parent);
			index = parent;
		}
	}

	private siftDown(index: number): void {
		const size = this.items.length;
		for (;;) {
			const left = 2 * index + 1;
			const right = left + 1;
			let worst = index;
			if (left < size && this.worse(left, worst)) worst = left;
			if (right < size && this.worse(right, worst)) worst = right;
			if (worst === index) return;
			this.swap(index, worst);
			index = worst;
		}
	}
}

// ---------------------------------------------------------------- the scanned text

/** Slots per block of search text: small enough that an edit rebuilds little, large enough that a scan makes few calls. */
const BLOCK_BITS = 10;
const BLOCK_SIZE = 1 << BLOCK_BITS;

/**
 * Field marks of a slot's record: `\n` id `\u0001` subject `\u0003` origin. None is a word
 * character. Tags are not in the text: the tag index finds them in tie order.
 */
export const Mark = { id: '\n', subject: '\u0001', origin: '\u0003' } as const;

/**
 * The records of all slots as one string per block of slots, so that a scan is one `indexOf`
 * loop per block over every id, subject, tag and origin instead of several calls per entry. A
 * block is rebuilt on the first scan after one of its slots changed.
 */
export class SlotText {
	private readonly texts: (string | undefined)[] = [];
	private readonly starts: Int32Array[] = [];

	constructor(
		/** The slot's record (`''` for an empty slot). */
		private readonly record: (slot: number) => string,
		private readonly slotCount: () => number,
	) {}

	touch(slot: number): void {
		this.texts[slot >> BLOCK_BITS] = undefined;
	}

	/**
	 * Calls `visit` once for each slot whose record holds `needle` where `accept` agrees, in slot
	 * order. `accept` sees the block's text and where the needle stands in it.
	 */
	find(needle: string, accept: (text: string, at: number) => boolean, visit: (slot: number) => void): void {
		const blocks = Math.ceil(this.slotCount() / BLOCK_SIZE);
		for (let block = 0; block < blocks; block++) {
			const text = this.texts[block] ?? this.build(block);
			const starts = this.starts[block]!;
			let record = 0;
			for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
				if (!accept(text, at)) continue;
				while (starts[record + 1]! <= at) record++;
				visit(block * BLOCK_SIZE + record);
				// One visit per slot: go on from the next record.
				at = starts[record + 1]! - 1;
			}
		}
	}

	private build(block: number): string {
		const first = block * BLOCK_SIZE;
		const last = Math.min(first + BLOCK_SIZE, this.slotCount());
		const starts = new Int32Array(BLOCK_SIZE + 1);
		const records: string[] = [];
		let length = 0;
		for (let slot = first; slot < last; slot++) {
			starts[slot - first] = length;
			const record = this.record(slot);
			records.push(record);
			length += record.length;
		}
		// Records past the last slot start at the end, so that any position falls within a record.
		starts.fill(length, last - first);
		const text = records.join('');
		this.texts[block] = text;
		this.starts[block] = starts;
		return text;
	}
}

/** Whether `at` starts a word: the text before it is no letter or digit. */
export function atWordStart(text: string, at: number): boolean {
	return at === 0 || !isWordCode(text.charCodeAt(at - 1));
}

/** Whether `at`, where an id's serial-side prefix was found, follows the record's mark and two year digits. */
export function afterIdYear(text: string, at: number): boolean {
	return at >= 3 && text.charCodeAt(at - 3) === 10 && isDigitCode(text.charCodeAt(at - 2)) && isDigitCode(text.charCodeAt(at - 1));
}
