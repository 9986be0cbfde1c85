/**
 * Timing and summary statistics. These machines are noisy, so every figure is a median over
 * repeated runs, reported with its spread, and compared with a baseline timed alongside it.
 */
import { performance } from 'node:perf_hooks';

export interface Summary {
	readonly n: number;
	readonly min: number;
	readonly p50: number;
	readonly p95: number;
	readonly max: number;
}

/** Nearest-rank percentile of already sorted samples. */
function percentile(sorted: readonly number[], p: number): number {
	if (!sorted.length) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function summarize(samples: readonly number[]): Summary {
	const sorted = [...samples].sort((a, b) => a - b);
	return {
		n: sorted.length,
		min: sorted[0] ?? Number.NaN,
		p50: percentile(sorted, 50),
		p95: percentile(sorted, 95),
		max: sorted[sorted.length - 1] ?? Number.NaN,
	};
}

export const median = (samples: readonly number[]): number => summarize(samples).p50;

/** Milliseconds that `work` takes. */
export function timeMs(work: () => void): number {
	const start = performance.now();
	work();
	return performance.now() - start;
}

export async function timeMsAsync(work: () => Promise<unknown>): Promise<number> {
	const start = performance.now();
	await work();
	return performance.now() - start;
}

/** Collects garbage between runs when node was started with --expose-gc, so one run's garbage is not billed to the next. */
export function settle(): void {
	(globalThis as { gc?: () => void }).gc?.();
}

export interface Paired {
	/** Milliseconds per run of the measured work and of its baseline, in run order. */
	readonly work: number[];
	readonly baseline: number[];
	/** work / baseline, run by run: the ratio of each pair, so drift in machine speed cancels. */
	readonly ratios: number[];
}

/**
 * Times `work` and `baseline` in alternation, after `warmup` untimed rounds, so both see the
 * same machine state; the order within a round alternates too.
 */
export function pairedRuns(work: () => void, baseline: () => void, rounds: number, warmup = 1): Paired {
	for (let i = 0; i < warmup; i++) {
		work();
		baseline();
	}
	const result: Paired = { work: [], baseline: [], ratios: [] };
	for (let i = 0; i < rounds; i++) {
		let w: number;
		let b: number;
		if (i % 2 === 0) {
			w = settledTime(work);
			b = settledTime(baseline);
		} else {
			b = settledTime(baseline);
			w = settledTime(work);
		}
		result.work.push(w);
		result.baseline.push(b);
		result.ratios.push(w / b);
	}
	return result;
}

function settledTime(work: () => void): number {
	settle();
	return timeMs(work);
}
