/**
 * Measure 5: the same measures at 1x, 4x and 16x the input (synthetic cables), to show that
 * cost grows linearly: the growth exponent log(t16 / t1) / log(16) is 1 for linear cost and 2
 * for quadratic. Each measure's baseline is measured at the same sizes and shows the same.
 */
import { cableGrammar, splitLines } from '../test/grammar/tokenizer';
import { type BenchInput, MB, syntheticInput } from './inputs';
import { BenchServer, documentLatencies, type RequestKind, type Samples, warmUp } from './lspSession';
import type { Plan } from './options';
import { type Findings, bytes, fixed, ms } from './report';
import { median, pairedRuns } from './stats';
import { LineTimes, markdownGrammar, tokenizeAll } from './tokenization';
import { createAnalysis, lineScan } from './workloads';

const SCALES = [1, 4, 16] as const;
/** Linear up to noise: 16^1.15 ≈ 24, half again the 16 that linear cost gives. */
const MAX_EXPONENT = 1.15;

interface Row {
	readonly measure: string;
	readonly baseline: boolean;
	/** Median milliseconds at each scale. */
	readonly times: number[];
}

const exponent = (times: readonly number[]) => Math.log(times[2]! / times[0]!) / Math.log(16);

async function inProcess(inputs: readonly BenchInput[], rounds: number): Promise<Row[]> {
	const analysis = createAnalysis();
	const [cable, markdown] = await Promise.all([cableGrammar(), markdownGrammar()]);
	const rows: Row[] = [
		{ measure: 'analysis (parse + outline + folding + diagnostics)', baseline: false, times: [] },
		{ measure: 'floor: line scan', baseline: true, times: [] },
		{ measure: 'tokenization, cable grammar', baseline: false, times: [] },
		{ measure: 'tokenization, Markdown grammar', baseline: true, times: [] },
	];
	for (const input of inputs) {
		const analysed = pairedRuns(
			() => analysis.analyse([input]),
			() => lineScan([input]),
			rounds,
		);
		rows[0]!.times.push(median(analysed.work));
		rows[1]!.times.push(median(analysed.baseline));
		const lines = new LineTimes([splitLines(input.text)]);
		const tokenized = pairedRuns(
			() => tokenizeAll(cable, lines),
			() => tokenizeAll(markdown, lines),
			rounds,
		);
		rows[2]!.times.push(median(tokenized.work));
		rows[3]!.times.push(median(tokenized.baseline));
	}
	return rows;
}

const LSP_KINDS: ReadonlyArray<readonly [RequestKind, string, boolean]> = [
	['noop', 'LSP no-op round trip', true],
	['open', 'LSP open (didOpen + first outline)', false],
	['documentSymbol', 'LSP documentSymbol (cached model)', false],
	['outlineAfterEdit', 'LSP documentSymbol after an edit', false],
	['diagnosticsAfterEdit', 'LSP diagnostics after an edit', false],
];

async function overStdio(inputs: readonly BenchInput[], requests: number): Promise<Row[]> {
	const server = await BenchServer.start();
	try {
		await warmUp(server, inputs[0]!);
		const samples: Samples[] = [];
		for (const input of inputs) samples.push(await documentLatencies(server, input, requests));
		return LSP_KINDS.filter(([kind]) => samples[0]![kind].length).map(([kind, measure, baseline]) => ({
			measure,
			baseline,
			times: samples.map((s) => median(s[kind])),
		}));
	} finally {
		await server.shutdown();
	}
}

export async function growth(plan: Plan): Promise<Findings> {
	const inputs = SCALES.map((scale) => syntheticInput(plan.growthBytes * scale));
	const rounds = plan.slowRounds;
	const rows = [...(await inProcess(inputs, rounds)), ...(await overStdio(inputs, Math.min(plan.requests, 8)))];
	const perMb = (time: number, input: BenchInput) => `${ms(time / (input.bytes / MB))}/MB`;
	const ours = rows.filter((row) => !row.baseline);
	const superlinear = ours.filter((row) => exponent(row.times) > MAX_EXPONENT);
	return {
		method:
			`Synthetic cables of ${inputs.map((input) => bytes(input.bytes)).join(', ')} (1x, 4x, 16x). In-process measures: median of ${rounds} rounds ` +
			'in alternation with their baseline; LSP measures: medians over requests to one server. ' +
			'Growth exponent = log(t16x / t1x) / log 16: 1 is linear, 2 quadratic; below 1, fixed costs still show at 1x.',
		tables: [
			{
				columns: ['Measure', ...SCALES.map((s) => `${s}x`), 'per MB at 1x', 'per MB at 16x', 'Growth exponent'],
				rows: rows.map((row) => [
					row.baseline ? `${row.measure} (baseline)` : row.measure,
					...row.times.map(ms),
					perMb(row.times[0]!, inputs[0]!),
					perMb(row.times[2]!, inputs[2]!),
					fixed(exponent(row.times)),
				]),
			},
		],
		targets: [
			{
				goal: `cost grows linearly: every measure's growth exponent at most ${MAX_EXPONENT}`,
				measured: superlinear.length
					? superlinear.map((row) => `${row.measure}: ${fixed(exponent(row.times))}`).join('; ')
					: `highest ${fixed(Math.max(...ours.map((row) => exponent(row.times))))}`,
				met: superlinear.length === 0,
			},
		],
		notes: [],
	};
}
