/**
 * What the benchmark runs on: the real corpus (through the test helpers, so it is found the same
 * way), its largest cables, and synthetic cables of a given size.
 */
import { corpusCables } from '../test/helpers/corpus';
import { syntheticCable } from './syntheticCable';

export interface BenchInput {
	readonly name: string;
	readonly uri: string;
	readonly text: string;
	/** UTF-8 bytes, as the file is on disk: what MB/s figures count. */
	readonly bytes: number;
}

/** Throughput is counted in decimal megabytes. */
export const MB = 1_000_000;

function input(name: string, uri: string, text: string): BenchInput {
	return { name, uri, text, bytes: Buffer.byteLength(text, 'utf8') };
}

let corpus: BenchInput[] | undefined;

export function corpusInputs(): BenchInput[] {
	corpus ??= [...corpusCables()].map((cable) => input(cable.name, cable.uri, cable.text));
	return corpus;
}

export function largestCables(count: number): BenchInput[] {
	return [...corpusInputs()].sort((a, b) => b.bytes - a.bytes).slice(0, count);
}

export function syntheticInput(bytes: number): BenchInput {
	const label = bytes >= MB ? `${+(bytes / MB).toFixed(2)} MB` : `${Math.round(bytes / 1000)} KB`;
	return input(`synthetic ${label}`, `file:///bench/synthetic-${bytes}.cable`, syntheticCable(bytes));
}

export const totalBytes = (inputs: readonly BenchInput[]): number => inputs.reduce((sum, i) => sum + i.bytes, 0);
