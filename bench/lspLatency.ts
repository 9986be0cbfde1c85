/**
 * Measure 2: request latency over stdio, with the server as a child process as an editor runs
 * it, on the largest real cables and on the synthetic multi-megabyte cable, against a no-op
 * round trip made between the requests of the same run.
 */
import { type BenchInput, largestCables, MB, syntheticInput } from './inputs';
import { BenchServer, documentLatencies, emptySamples, type RequestKind, type Samples, warmUp } from './lspSession';
import type { Plan } from './options';
import { type Findings, type Target, bytes, ms, percentiles, ratio } from './report';
import { summarize } from './stats';

const LABELS: Record<RequestKind, string> = {
	noop: 'no-op round trip (baseline)',
	open: 'open (didOpen + first outline)',
	documentSymbol: 'documentSymbol (cached model)',
	foldingRange: 'foldingRange (cached model)',
	hover: 'hover (cached model)',
	outlineAfterEdit: 'documentSymbol after an edit',
	diagnosticsAfterEdit: 'diagnostics after an edit',
};

const HOVER_RATIO = 2;
const REQUEST_BUDGET_MS = 20;

function pooled(all: readonly Samples[]): Samples {
	const merged = emptySamples();
	for (const samples of all) for (const kind of Object.keys(merged) as RequestKind[]) merged[kind].push(...samples[kind]);
	return merged;
}

/** Big inputs get fewer opens and edits: each one costs a parse of megabytes. */
const editsFor = (input: BenchInput, requests: number) => (input.bytes > MB ? Math.max(3, Math.ceil(requests / 4)) : requests);

export async function lspLatency(plan: Plan): Promise<Findings> {
	const cables = largestCables(plan.largestCables);
	const synthetic = syntheticInput(plan.syntheticBytes);
	const server = await BenchServer.start();
	try {
		await warmUp(server, cables[0]!);
		const perCable: Samples[] = [];
		for (const cable of cables) perCable.push(await documentLatencies(server, cable, plan.requests, editsFor(cable, plan.requests)));
		const big = await documentLatencies(server, synthetic, plan.requests, editsFor(synthetic, plan.requests));

		const groups: Array<{ name: string; samples: Samples }> = [
			{ name: `largest cable (${cables[0]!.name}, ${bytes(cables[0]!.bytes)})`, samples: perCable[0]! },
			{ name: `${cables.length} largest cables, pooled`, samples: pooled(perCable) },
			{ name: `${synthetic.name} cable`, samples: big },
		];
		const rows = groups.flatMap(({ name, samples }) => {
			const noop = summarize(samples.noop);
			return (Object.keys(LABELS) as RequestKind[])
				.filter((kind) => samples[kind].length)
				.map((kind) => {
					const s = summarize(samples[kind]);
					return [name, LABELS[kind], String(s.n), ...percentiles(s), kind === 'noop' ? '1×' : ratio(s.p95 / noop.p95)];
				});
		});

		const p95 = (samples: Samples, kind: RequestKind) => summarize(samples[kind]).p95;
		const hoverTarget = (name: string, samples: Samples): Target => {
			const r = p95(samples, 'hover') / p95(samples, 'noop');
			return {
				goal: `hover p95 within ${HOVER_RATIO}× of the no-op (${name})`,
				measured: `${ms(p95(samples, 'hover'))} vs ${ms(p95(samples, 'noop'))}: ${ratio(r)}`,
				met: r <= HOVER_RATIO,
			};
		};
		const budget = (kind: RequestKind): Target => {
			const samples = groups[0]!.samples[kind];
			const goal = `${LABELS[kind]} p95 under ${REQUEST_BUDGET_MS} ms on the largest real cable`;
			if (!samples.length) return { goal, measured: 'not yet: the server offers no diagnostics', met: undefined };
			const value = summarize(samples).p95;
			return {
				goal,
				measured: `${ms(value)} (${ratio(value / p95(groups[0]!.samples, 'noop'))} the no-op)`,
				met: value < REQUEST_BUDGET_MS,
			};
		};
		return {
			method:
				'The server bundle (built like dist/server.js, into out/bench/) started with `--stdio` as a child process by the test client helper, warmed up with the same requests on a copy of the largest cable; each document is opened ' +
				`(didOpen, then documentSymbol as an editor asks at once), then ${plan.requests} rounds of no-op, documentSymbol, foldingRange and hover ` +
				'(hovers on routing indicators, date-time groups, portion marks, caveats, paragraph numbers and plain words spread over the document), ' +
				'in orders that put each request directly after each other one equally often (a balanced Latin square), so that the no-op pays as often as the hover for the garbage of the big answers; ' +
				'then edits (typing and undoing a word mid-document), each followed by documentSymbol and, separately, by diagnostics. ' +
				`The no-op is a request the server does not handle (it answers MethodNotFound): the bare cost of a round trip. Documents over 1 MB get a quarter of the opens and edits. Diagnostics are pulled (\`textDocument/diagnostic\`) as VS Code does${server.diagnostics ? '' : ': the server offers none yet'}.`,
			tables: [{ columns: ['Document', 'Request', 'n', 'p50', 'p95', 'max', 'p95 vs no-op p95'], rows }],
			targets: [
				hoverTarget(groups[1]!.name, groups[1]!.samples),
				hoverTarget(groups[2]!.name, groups[2]!.samples),
				budget('documentSymbol'),
				budget('outlineAfterEdit'),
				budget('diagnosticsAfterEdit'),
			],
			notes: [`Largest cables: ${cables.map((c) => `${c.name} (${bytes(c.bytes)})`).join(', ')}.`],
		};
	} finally {
		await server.shutdown();
	}
}
