/**
 * One-letter queries (`a`, `s`): nearly every subject has a word starting with the letter, so the
 * scan would rank almost every entry. Instead each letter queried gets a column of every slot's
 * rank for it, made on its first query and kept current as slots change; a query then reads the
 * column twice (count by rank, then take the best) and ranks only the entries it can keep.
 */
import { Rank, RANK_STEP } from './search';

/** Letters and digits that get a column: at most 36 of 2 bytes a slot. */
const COLUMN_LETTER = /^[A-Z0-9]$/;
/** A one-letter query matches by subject (score below 2,000), by tag or by origin (+0 or +1). */
const SCORES = 2_000;
/** Codes of matches: subject, tag and origin scores; any code above is no match. */
const CODES = (Rank.mixed - Rank.subject) * SCORES;
const NO_MATCH = 0xffff;

export class LetterRanks {
	private readonly columns = new Map<string, Uint16Array>();

	constructor(
		/** The slot's rank for a one-letter query, -1 when it does not match (or the slot is empty). */
		private readonly rankOf: (slot: number, letter: string) => number,
		private readonly slotCount: () => number,
	) {}

	static handles(words: readonly string[]): boolean {
		return words.length === 1 && COLUMN_LETTER.test(words[0]!);
	}

	touch(slot: number): void {
		for (const [letter, column] of this.columns) {
			const grown = column.length > slot ? column : this.grow(letter, column);
			grown[slot] = encode(this.rankOf(slot, letter));
		}
	}

	/** Calls `keep` with every slot whose rank is among the best `limit` (ties at the last rank included). */
	best(letter: string, limit: number, keep: (slot: number, rank: number) => void): void {
		const column = this.column(letter);
		const count = this.slotCount();
		const byCode = new Uint32Array(CODES);
		for (let slot = 0; slot < count; slot++) if (column[slot] !== NO_MATCH) byCode[column[slot]!]!++;
		let last = 0;
		for (let taken = 0; last < CODES && taken + byCode[last]! < limit; last++) taken += byCode[last]!;
		for (let slot = 0; slot < count; slot++) if (column[slot]! <= last) keep(slot, decode(column[slot]!));
	}

	private column(letter: string): Uint16Array {
		const known = this.columns.get(letter);
		if (known) return known;
		const count = this.slotCount();
		const column = new Uint16Array(Math.max(count, 1024));
		for (let slot = 0; slot < column.length; slot++) column[slot] = slot < count ? encode(this.rankOf(slot, letter)) : NO_MATCH;
		this.columns.set(letter, column);
		return column;
	}

	private grow(letter: string, column: Uint16Array): Uint16Array {
		const grown = new Uint16Array(Math.max(column.length * 2, this.slotCount())).fill(NO_MATCH);
		grown.set(column);
		this.columns.set(letter, grown);
		return grown;
	}
}

/** Ranks from subject on, as one code in rank order. */
function encode(rank: number): number {
	return rank < 0 ? NO_MATCH : (Math.floor(rank / RANK_STEP) - Rank.subject) * SCORES + (rank % RANK_STEP);
}

function decode(code: number): number {
	return (Math.floor(code / SCORES) + Rank.subject) * RANK_STEP + (code % SCORES);
}
