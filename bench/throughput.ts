/**
 * Measure 1: analysis throughput (parse + outline + folding + diagnostics) over the whole
 * corpus and over one synthetic multi-megabyte cable, against a peer JavaScript parser of the
 * same bytes timed in alternation with it (markdown-it's parse: the target), and against the
 * floor of a bare line scan (context: what any reading of the lines costs).
 */
import { type BenchInput, corpusInputs, MB, syntheticInput, totalBytes } from './inputs';
import type { Plan } from './options';
import { type Findings, bytes, mbps, ms, ratio, spread, type Target } from './report';
import { median, type Paired, pairedRuns } from './stats';
import { type Analysis, characterPass, createAnalysis, FEATURES, lineScan, markdownParse, wholeTextSearches } from './workloads';

/** The analysis takes at most markdown-it's parse time on the corpus (issue 19). */
const TARGET_RATIO = 1;

export function throughput(plan: Plan): Findings {
	const analysis = createAnalysis();
	const synthetic = syntheticInput(plan.syntheticBytes);
	const corpusName = `corpus (${corpusInputs().length} cables)`;
	const sets: Array<{ name: string; inputs: BenchInput[] }> = [
		{ name: corpusName, inputs: corpusInputs() },
		{ name: synthetic.name, inputs: [synthetic] },
	];
	const rows: string[][] = [];
	const parts: string[][] = [];
	const targets: Target[] = [];
	for (const { name, inputs } of sets) {
		const size = totalBytes(inputs);
		const peer = pairedRuns(
			() => analysis.analyse(inputs),
			() => markdownParse(inputs),
			plan.rounds,
		);
		const floor = pairedRuns(
			() => analysis.analyse(inputs),
			() => lineScan(inputs),
			plan.rounds,
		);
		const rate = (time: number) => `${mbps(size / MB / (time / 1000))} (${ms(time)})`;
		const r = median(peer.ratios);
		rows.push([
			name,
			bytes(size),
			rate(median([...peer.work, ...floor.work])),
			rate(median(peer.baseline)),
			ratio(r),
			spread(peer.ratios, ratio),
			rate(median(floor.baseline)),
			ratio(median(floor.ratios)),
		]);
		parts.push([name, ...breakdown(analysis, inputs, plan.rounds).map(ratio)]);
		if (name === corpusName)
			targets.push({
				goal: `${name}: analysis no slower than markdown-it's parse of the same bytes`,
				measured: `${ratio(r)} markdown-it's time (${ms(median(peer.work))} vs ${ms(median(peer.baseline))})`,
				met: r <= TARGET_RATIO,
			});
	}
	return {
		method:
			'Parse + outline + folding + diagnostics through the language service facade, a new document version each time (so every run parses), ' +
			"against a peer: markdown-it's `parse` (block and inline tokens, not rendered; default options) of the same texts, the target. " +
			'And, as context, against the floor: the same bytes split into lines with one regex test per line. ' +
			`Each pair is timed in alternation, ${plan.rounds} rounds after a warm-up; figures are medians, each ratio is the median of the per-round ratios ` +
			"(the analysis's time is the median over both pairs' rounds). " +
			"The second table splits the analysis into its parts: the parse against markdown-it's parse, then each part against the floor the same way: " +
			'the parse, each feature on the parsed ' +
			'models, and within the parse the part that reads every character (the line split, then one search of the whole text for each thing ' +
			"that can stand anywhere in a line: `End comment` in any case, `(COMMENT:`, a page serial's eight digits). The parts add up to a little " +
			'less than the whole, which also pays for the garbage they leave each other. The last column is a reference, not part of the analysis: ' +
			'the cheapest JavaScript loop that reads every character (it counts line breaks and parentheses), where a hand-written one-pass scanner would start.',
		tables: [
			{
				columns: [
					'Input',
					'Size',
					'Analysis',
					"markdown-it's parse",
					'Analysis / markdown-it',
					'Ratio spread',
					'Floor (line scan)',
					'Analysis / floor',
				],
				rows,
			},
			{
				columns: [
					'Input',
					'Parse / markdown-it',
					'Parse / floor',
					...FEATURES.map((feature) => `${feature.name} / floor`),
					'Whole-text searches (in the parse) / floor',
					'One JS pass over the characters / floor',
				],
				rows: parts,
			},
		],
		targets,
		notes: [],
	};
}

/**
 * Each part of the analysis of `inputs`: the parse as a multiple of markdown-it's parse, then as
 * multiples of the floor the parse, each feature, the whole-text searches and the character-pass reference.
 */
function breakdown(analysis: Analysis, inputs: readonly BenchInput[], rounds: number): number[] {
	const models = inputs.map((input) => analysis.model(input));
	const ratioOf = (runs: Paired) => median(runs.ratios);
	const against = (work: () => void) => ratioOf(pairedRuns(work, () => lineScan(inputs), rounds));
	return [
		ratioOf(
			pairedRuns(
				() => analysis.parse(inputs),
				() => markdownParse(inputs),
				rounds,
			),
		),
		against(() => analysis.parse(inputs)),
		...FEATURES.map((feature) => against(() => models.forEach((model) => feature.run(model)))),
		against(() => wholeTextSearches(inputs)),
		against(() => characterPass(inputs)),
	];
}
