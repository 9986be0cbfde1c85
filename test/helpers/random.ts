/**
 * A seeded random generator: the same seed gives the same sequence on every machine, so a
 * fuzz failure can be replayed from the seed it prints, and synthetic inputs are the same
 * bytes on every run.
 */

/** mulberry32: small, fast and good enough to vary test input (not for anything secret). */
export function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export class Random {
	private readonly next: () => number;

	constructor(readonly seed: number) {
		this.next = seeded(seed);
	}

	/** An integer in 0..max-1 (0 when max is 0). */
	int(max: number): number {
		return Math.floor(this.next() * max);
	}

	/** An integer in min..max, both included. */
	between(min: number, max: number): number {
		return min + this.int(max - min + 1);
	}

	/** A count or length in 0..max where small values are as likely as large orders of magnitude. */
	small(max: number): number {
		return Math.min(max, Math.floor(Math.exp(this.next() * Math.log(max + 1))) - 1);
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		return items[this.int(items.length)]!;
	}
}
