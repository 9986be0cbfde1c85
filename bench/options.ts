/**
 * Command-line options and the amounts of work they imply. `--quick` is a smoke run: every
 * measure runs once on less input (the collection measure on 5,000 cables), and BENCHMARKS.md is left
 * alone. `--only=a,b` runs some measures; `--cables=a,b` sets the workspace sizes of the collection
 * and command-line measures.
 */
export interface Plan {
	readonly quick: boolean;
	readonly only: ReadonlySet<string> | undefined;
	/** Timed rounds of each in-process comparison (after one warm-up round). */
	readonly rounds: number;
	/** The same for the comparisons that take seconds a round: tokenization and growth. */
	readonly slowRounds: number;
	/** Requests of each kind per document in the LSP latency measure. */
	readonly requests: number;
	readonly largestCables: number;
	/** Corpus cables tokenized (in file order); all of them unless quick. */
	readonly tokenizedCables: number;
	readonly syntheticBytes: number;
	/** The 1x input of the growth measure; 4x and 16x are made from it. */
	readonly growthBytes: number;
	/** Server starts timed for the startup figure. */
	readonly starts: number;
	/** Cables in each synthetic workspace of the collection measure (`--cables=25000,250000` overrides). */
	readonly collectionSizes: readonly number[];
	/** Rounds of definition, references and workspace symbol requests in the collection measure. */
	readonly collectionRequests: number;
	/** Rounds of `cable check` (1 and 2 jobs) and `cable export` on each workspace up to 25,000 cables (larger ones get one). */
	readonly cliRounds: number;
}

export function planFrom(argv: readonly string[]): Plan {
	const quick = argv.includes('--quick');
	const only = argv
		.find((arg) => arg.startsWith('--only='))
		?.slice('--only='.length)
		.split(',');
	const cables = argv
		.find((arg) => arg.startsWith('--cables='))
		?.slice('--cables='.length)
		.split(',')
		.map(Number);
	return {
		quick,
		only: only ? new Set(only) : undefined,
		rounds: quick ? 1 : 7,
		slowRounds: quick ? 1 : 3,
		requests: quick ? 5 : 40,
		largestCables: quick ? 3 : 10,
		tokenizedCables: quick ? 150 : Number.POSITIVE_INFINITY,
		syntheticBytes: quick ? 1_000_000 : 5_000_000,
		growthBytes: quick ? 100_000 : 500_000,
		starts: quick ? 2 : 10,
		collectionSizes: cables ?? (quick ? [5_000] : [25_000, 250_000]),
		collectionRequests: quick ? 40 : 100,
		cliRounds: quick ? 1 : 3,
	};
}
