/**
 * Measure 1: analysis throughput (parse + outline + folding + diagnostics) over the whole
 * corpus and over one synthetic multi-megabyte cable, against the floor of a bare line scan of
 * the same bytes timed in alternation with it.
 */
import { type BenchInput, corpusInputs, MB, syntheticInput, totalBytes } from './inputs';
import type { Plan } from './options';
import { type Findings, bytes, mbps, ms, ratio, spread } from './report';
import { median, pairedRuns } from './stats';
import { type Analysis, characterPass, createAnalysis, FEATURES, lineScan, wholeTextSearches } from './workloads';

const TARGET_RATIO = 3;

export function throughput(plan: Plan): Findings {
	const analysis = createAnalysis();
	const synthetic = syntheticInput(plan.syntheticBytes);
	const sets: Array<{ name: string; inputs: BenchInput[] }> = [
		{ name: `corpus (${corpusInputs().length} cables)`, inputs: corpusInputs() },
		{ name: synthetic.name, inputs: [synthetic] },
	];
	const rows: string[][] = [];
	const parts: string[][] = [];
	const targets = sets.map(({ name, inputs }) => {
		const size = totalBytes(inputs);
		const runs = pairedRuns(
			() => analysis.analyse(inputs),
			() => lineScan(inputs),
			plan.rounds,
		);
		const work = median(runs.work);
		const floor = median(runs.baseline);
		const r = median(runs.ratios);
		const rate = (time: number) => size / MB / (time / 1000);
		rows.push([
			name,
			bytes(size),
			`${mbps(rate(work))} (${ms(work)})`,
			`${mbps(rate(floor))} (${ms(floor)})`,
			ratio(r),
			spread(runs.ratios, ratio),
		]);
		parts.push([name, ...breakdown(analysis, inputs, plan.rounds).map(ratio)]);
		return { goal: `${name}: analysis within ${TARGET_RATIO}× of the floor`, measured: ratio(r), met: r <= TARGET_RATIO };
	});
	return {
		method:
			'Parse + outline + folding + diagnostics through the language service facade, a new document version each time (so every run parses), ' +
			'against the floor: the same bytes split into lines with one regex test per line. ' +
			`Both are timed in alternation, ${plan.rounds} rounds after a warm-up; figures are medians, the ratio is the median of the per-round ratios. ` +
			'The second table splits the analysis into its parts, each timed against the floor the same way: the parse, each feature on the parsed ' +
			'models, and within the parse the part that reads every character (the line split, then one search of the whole text for each thing ' +
			"that can stand anywhere in a line: `End comment` in any case, `(COMMENT:`, a page serial's eight digits). The parts add up to a little " +
			'less than the whole, which also pays for the garbage they leave each other. The last column is a reference, not part of the analysis: ' +
			'the cheapest JavaScript loop that reads every character (it counts line breaks and parentheses), where a hand-written one-pass scanner would start.',
		tables: [
			{ columns: ['Input', 'Size', 'Analysis', 'Floor (line scan)', 'Ratio', 'Ratio spread'], rows },
			{
				columns: [
					'Input',
					'Parse',
					...FEATURES.map((feature) => feature.name),
					'Whole-text searches (in the parse)',
					'One JS pass over the characters',
				],
				rows: parts,
			},
		],
		targets,
		notes: [],
	};
}

/** Each part of the analysis of `inputs` as a multiple of the floor (the parse, each feature, the whole-text searches), then the character-pass reference. */
function breakdown(analysis: Analysis, inputs: readonly BenchInput[], rounds: number): number[] {
	const models = inputs.map((input) => analysis.model(input));
	const against = (work: () => void) => median(pairedRuns(work, () => lineScan(inputs), rounds).ratios);
	return [
		against(() => analysis.parse(inputs)),
		...FEATURES.map((feature) => against(() => models.forEach((model) => feature.run(model)))),
		against(() => wholeTextSearches(inputs)),
		against(() => characterPass(inputs)),
	];
}
