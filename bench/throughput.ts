/**
 * Measure 1: analysis throughput (parse + outline + folding + diagnostics) over the whole
 * corpus and over one synthetic multi-megabyte cable, against the floor of a bare line scan of
 * the same bytes timed in alternation with it.
 */
import { type BenchInput, corpusInputs, MB, syntheticInput, totalBytes } from './inputs';
import type { Plan } from './options';
import { type Findings, bytes, mbps, ms, ratio, spread } from './report';
import { median, pairedRuns } from './stats';
import { createAnalysis, lineScan } from './workloads';

const TARGET_RATIO = 3;

export function throughput(plan: Plan): Findings {
	const analysis = createAnalysis();
	const synthetic = syntheticInput(plan.syntheticBytes);
	const sets: Array<{ name: string; inputs: BenchInput[] }> = [
		{ name: `corpus (${corpusInputs().length} cables)`, inputs: corpusInputs() },
		{ name: synthetic.name, inputs: [synthetic] },
	];
	const rows: string[][] = [];
	const targets = sets.map(({ name, inputs }) => {
		const size = totalBytes(inputs);
		const runs = pairedRuns(() => analysis.analyse(inputs), () => lineScan(inputs), plan.rounds);
		const work = median(runs.work);
		const floor = median(runs.baseline);
		const r = median(runs.ratios);
		const rate = (time: number) => (size / MB) / (time / 1000);
		rows.push([name, bytes(size), `${mbps(rate(work))} (${ms(work)})`, `${mbps(rate(floor))} (${ms(floor)})`, ratio(r), spread(runs.ratios, ratio)]);
		return { goal: `${name}: analysis within ${TARGET_RATIO}× of the floor`, measured: ratio(r), met: r <= TARGET_RATIO };
	});
	return {
		method:
			'Parse + outline + folding + diagnostics through the language service facade, a new document version each time (so every run parses), ' +
			'against the floor: the same bytes split into lines with one regex test per line. ' +
			`Both are timed in alternation, ${plan.rounds} rounds after a warm-up; figures are medians, the ratio is the median of the per-round ratios.`,
		tables: [{ columns: ['Input', 'Size', 'Analysis', 'Floor (line scan)', 'Ratio', 'Ratio spread'], rows }],
		targets,
		notes: [],
	};
}
