/**
 * Measure 3: TextMate tokenization of the corpus with vscode-textmate, the cable grammar
 * against VS Code's own Markdown grammar on the same bytes in the same run.
 */
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as textmate from 'vscode-textmate';
import { cableGrammar, loadGrammar, splitLines } from '../test/grammar/tokenizer';
import { type BenchInput, corpusInputs, MB, totalBytes } from './inputs';
import type { Plan } from './options';
import { type Findings, mbps, ms, ratio, spread } from './report';
import { median, pairedRuns } from './stats';

/** What VS Code gives each line before it gives up (textMateTokenizationSupport.ts). */
const VSCODE_LINE_BUDGET_MS = 500;
/** `editor.maxTokenizationLineLength`: VS Code leaves longer lines untokenized (and keeps the state). */
const VSCODE_MAX_LINE_LENGTH = 20_000;
const LINE_TARGET_MS = 10;

/**
 * VS Code's markdown-basics grammar as shipped by tm-grammars, with the grammars it embeds
 * (fenced code, HTML) resolved from the same package, as they would be in the editor.
 */
export async function markdownGrammar(): Promise<textmate.IGrammar> {
	const { grammars } = await import('tm-grammars');
	const directory = dirname(require.resolve('tm-grammars/grammars/markdown.json'));
	const names = new Map(grammars.map((grammar) => [grammar.scopeName, grammar.name]));
	return loadGrammar('text.html.markdown', (scope) => {
		const name = names.get(scope);
		return name ? join(directory, `${name}.json`) : undefined;
	});
}

/** Per-line times, kept as the minimum over passes: the line's own cost, without a GC pause that fell on it. */
export class LineTimes {
	readonly times: Float64Array;
	stoppedEarly = 0;
	/** Lines VS Code would not tokenize, and the UTF-8 bytes of those it would (with their line breaks). */
	readonly tooLong: number;
	readonly tokenizedBytes: number;

	constructor(readonly documents: readonly string[][]) {
		this.times = new Float64Array(documents.reduce((n, lines) => n + lines.length, 0)).fill(Number.POSITIVE_INFINITY);
		const lines = documents.flat();
		this.tooLong = lines.filter((line) => line.length >= VSCODE_MAX_LINE_LENGTH).length;
		this.tokenizedBytes = lines.reduce((sum, line) => sum + (line.length < VSCODE_MAX_LINE_LENGTH ? Buffer.byteLength(line) + 1 : 0), 0);
	}

	/** The slowest line: its time, document index and line number. */
	slowest(): { ms: number; document: number; line: number; length: number } {
		let worst = 0;
		for (let i = 1; i < this.times.length; i++) if (this.times[i]! > this.times[worst]!) worst = i;
		let document = 0;
		let line = worst;
		while (line >= this.documents[document]!.length) line -= this.documents[document++]!.length;
		return { ms: this.times[worst]!, document, line, length: this.documents[document]![line]!.length };
	}
}

/**
 * Every document from the initial state, line by line as VS Code does it: tokenizeLine2 with the
 * editor's time budget, lines of 20,000 characters or more left alone.
 */
export function tokenizeAll(grammar: textmate.IGrammar, lineTimes: LineTimes): void {
	let n = 0;
	for (const lines of lineTimes.documents) {
		let state = textmate.INITIAL;
		for (const line of lines) {
			if (line.length >= VSCODE_MAX_LINE_LENGTH) {
				lineTimes.times[n++] = 0;
				continue;
			}
			const start = performance.now();
			const result = grammar.tokenizeLine2(line, state, VSCODE_LINE_BUDGET_MS);
			const time = performance.now() - start;
			state = result.ruleStack;
			if (result.stoppedEarly) lineTimes.stoppedEarly++;
			if (time < lineTimes.times[n]!) lineTimes.times[n] = time;
			n++;
		}
	}
}

export async function tokenization(plan: Plan): Promise<Findings> {
	const inputs: readonly BenchInput[] = corpusInputs().slice(0, plan.tokenizedCables);
	const documents = inputs.map((input) => splitLines(input.text));
	const [cable, markdown] = await Promise.all([cableGrammar(), markdownGrammar()]);
	const cableLines = new LineTimes(documents);
	const markdownLines = new LineTimes(documents);
	const runs = pairedRuns(
		() => tokenizeAll(cable, cableLines),
		() => tokenizeAll(markdown, markdownLines),
		plan.slowRounds,
	);

	const size = cableLines.tokenizedBytes;
	const rate = (time: number) => size / MB / (time / 1000);
	const r = median(runs.ratios);
	const describe = (times: LineTimes) => {
		const worst = times.slowest();
		return { worst, text: `${ms(worst.ms)} (${inputs[worst.document]!.name} line ${worst.line + 1}, ${worst.length} chars)` };
	};
	const slowCable = describe(cableLines);
	const slowMarkdown = describe(markdownLines);
	return {
		method:
			`Every corpus cable (${inputs.length}, ${(totalBytes(inputs) / MB).toFixed(2)} MB) tokenized line by line from the initial state with ` +
			`\`tokenizeLine2\` as VS Code does: with its 500 ms line budget, and leaving alone the ${cableLines.tooLong} lines of 20,000 characters or more ` +
			`that VS Code does not tokenize (\`editor.maxTokenizationLineLength\`), so ${(size / MB).toFixed(2)} MB are tokenized, ` +
			"by `syntaxes/cable.tmLanguage.json` and by VS Code's Markdown grammar (`tm-grammars`' copy of " +
			`markdown-basics, with the grammars it embeds), in alternation, ${plan.slowRounds} rounds after a warm-up. ` +
			"A line's time is its fastest over all passes, so a garbage-collection pause does not count as the line's own cost.",
		tables: [
			{
				columns: ['Grammar', 'Throughput', 'Time per pass', 'Slowest line', 'Lines stopped early'],
				rows: [
					['cable', mbps(rate(median(runs.work))), ms(median(runs.work)), slowCable.text, String(cableLines.stoppedEarly)],
					[
						'Markdown (baseline)',
						mbps(rate(median(runs.baseline))),
						ms(median(runs.baseline)),
						slowMarkdown.text,
						String(markdownLines.stoppedEarly),
					],
					[
						'ratio cable / Markdown',
						`${ratio(r)} the time (spread ${spread(runs.ratios, ratio)})`,
						'',
						ratio(slowCable.worst.ms / slowMarkdown.worst.ms),
						'',
					],
				],
			},
		],
		targets: [
			{ goal: 'no slower than Markdown on the same bytes', measured: `${ratio(r)} Markdown's time`, met: r <= 1 },
			{ goal: `no line over ${LINE_TARGET_MS} ms`, measured: slowCable.text, met: slowCable.worst.ms <= LINE_TARGET_MS },
		],
		notes: [],
	};
}
