/**
 * VS Code tokenizes every visible line in its renderer, so the grammar's cost must grow in proportion
 * to the line (the rules are at the top of syntaxes/cable.tmLanguage.mjs). Lines that once took half a
 * second, and every line of the seed and of the grammar fixtures with long runs of one character or a
 * short motif inserted, each tokenized in the state it has in its file, are timed at two run lengths in
 * the same test: the long one may cost at most a small multiple of what proportion predicts from the
 * short one, and no more than a multiple of a prose line as long. Times are CPU time of this process,
 * the best of a few tries, so that a busy machine slows every figure alike.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as textmate from 'vscode-textmate';
import { REPO_ROOT, seedText } from '../helpers/corpus';
import { parseAssertionFile } from './assertionFile';
import { cableGrammar, splitLines } from './tokenizer';

const SHORT = 700;
const LONG = 19_000;
/**
 * Long time over short time, divided by long length over short length: at most 2 measured, 5 to 13
 * for the quadratic patterns this test was written for (27 for a purely quadratic one).
 */
const MAX_SLOPE = 4;
/** A long line against a prose line as long: dense tokens cost up to 6.5 times as much, the quadratic patterns this test was written for 80 to 120 times. */
const MAX_TIMES_PROSE = 20;
const MOTIFS = [' ', '-', '(', '1', 'A', '.', '/', ':', '(C) ', '--(C) '];
/** Fixture lines timed with the long run, per motif: those whose short run cost most. */
const LONG_PER_MOTIF = 3;

interface Context {
	readonly where: string;
	readonly text: string;
	readonly state: textmate.StateStack;
}

interface Case {
	readonly name: string;
	readonly state: textmate.StateStack;
	readonly line: (runLength: number) => string;
}

const repeat = (motif: string, length: number) => motif.repeat(Math.ceil(length / motif.length)).slice(0, length);

function cpuMs(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

describe('grammar time is linear in the line length', () => {
	let grammar: textmate.IGrammar;
	const prose = repeat('The minister said that the talks would resume in the spring, after the elections. ', LONG + 50);

	/** The least CPU time of `tries` tokenizations of `line` from `state`. */
	const cost = (line: string, state: textmate.StateStack, tries: number) => {
		let best = Infinity;
		for (let i = 0; i < tries; i++) {
			const start = cpuMs();
			grammar.tokenizeLine(line, state, 0);
			best = Math.min(best, cpuMs() - start);
		}
		return best;
	};

	/**
	 * A case's short and long line and the prose line, timed in turn so that a change in the machine's
	 * load touches all three alike; the best of each.
	 */
	function measure(c: Case) {
		const short = c.line(SHORT);
		const long = c.line(LONG);
		let [shortMs, longMs, proseMs] = [Infinity, Infinity, Infinity];
		for (let i = 0; i < 2; i++) {
			shortMs = Math.min(shortMs, cost(short, c.state, 3));
			longMs = Math.min(longMs, cost(long, c.state, 1));
			proseMs = Math.min(proseMs, cost(prose, textmate.INITIAL, 1));
		}
		return { name: c.name, shortMs: Math.max(shortMs, 0.01), longMs, proseMs, lengths: long.length / short.length };
	}

	/** What is wrong with a measured case. */
	function judge(m: ReturnType<typeof measure>) {
		const slope = m.longMs / m.shortMs / m.lengths;
		const timesProse = m.longMs / m.proseMs;
		const failures: string[] = [];
		if (slope > MAX_SLOPE)
			failures.push(`${m.name}: ${m.longMs.toFixed(1)} ms long, ${m.shortMs.toFixed(2)} ms short (slope ${slope.toFixed(1)})`);
		if (timesProse > MAX_TIMES_PROSE) failures.push(`${m.name}: ${m.longMs.toFixed(1)} ms, ${timesProse.toFixed(1)} times a prose line`);
		return { failures, longMs: m.longMs, slope, timesProse };
	}

	const summary = (results: ReadonlyArray<ReturnType<typeof judge>>) => {
		const most = (pick: (r: ReturnType<typeof judge>) => number) => Math.max(...results.map(pick));
		return `slowest ${most((r) => r.longMs).toFixed(1)} ms, at most ${most((r) => r.timesProse).toFixed(1)} times prose, steepest slope ${most((r) => r.slope).toFixed(2)}`;
	};

	before(async () => {
		grammar = await cableGrammar();
		for (let i = 0; i < 3; i++) grammar.tokenizeLine(prose.slice(0, SHORT), textmate.INITIAL, 0);
	});

	it('tokenizes the lines reported slow in proportion to their length', (t) => {
		const atTop = (name: string, line: (n: number) => string): Case => ({ name, state: textmate.INITIAL, line });
		const cases = [
			atTop('"--(C) " repeated', (n) => repeat('--(C) ', n)),
			atTop('":  (C) " repeated', (n) => repeat(':  (C) ', n)),
			atTop('"x  1. (C) " repeated', (n) => repeat('x  1. (C) ', n)),
			atTop('SUBJECT then blanks', (n) => `SUBJECT: ${' '.repeat(n)}TALKS`),
			atTop('SUBJECT within a line then blanks', (n) => `E.O. 12958: N/A SUBJECT: TALKS ${' '.repeat(n)}x`),
			atTop('REF within a line then blanks', (n) => `SEE REF: A${' '.repeat(n)}x`),
			atTop('dashes then blanks', (n) => `-----${' '.repeat(n)}x`),
			atTop('dashes, title, blanks', (n) => `----- TITLE${' '.repeat(n)}x`),
		];
		const results = cases.map(measure).map(judge);
		t.diagnostic(`reported lines: ${summary(results)}`);
		assert.deepEqual(
			results.flatMap((r) => r.failures),
			[],
		);
	});

	it('tokenizes fixture lines with long runs inserted in proportion to their length', (t) => {
		const contexts: Context[] = [];
		const fixtures = join(REPO_ROOT, 'test', 'fixtures', 'grammar');
		const files: Array<readonly [string, readonly string[]]> = [
			['07TOKYO374.txt', splitLines(seedText())],
			...readdirSync(fixtures)
				.filter((name) => name.endsWith('.cable'))
				.sort()
				.map((name) => [name, parseAssertionFile(readFileSync(join(fixtures, name), 'utf8')).source] as const),
		];
		// A line that the grammar reads like one already taken (same state, same scopes) adds only time.
		const alike = new Map<string, textmate.StateStack[]>();
		let lineCount = 0;
		for (const [name, lines] of files) {
			let state = textmate.INITIAL;
			lines.forEach((text, i) => {
				const { tokens, ruleStack } = grammar.tokenizeLine(text, state, 0);
				const scopes = [...new Set(tokens.map((token) => token.scopes.join(' ')))].join('\n');
				const states = alike.get(scopes) ?? alike.set(scopes, []).get(scopes)!;
				if (!states.some((s) => s.equals(state))) {
					states.push(state);
					contexts.push({ where: `${name}:${i + 1}`, text, state });
				}
				lineCount++;
				state = ruleStack;
			});
		}

		// After the first word (the keyword of a field), in the middle, at the end.
		const cases = contexts.flatMap((c) => {
			const points = new Set([/^\s*\S+\s?/.exec(c.text)?.[0].length ?? 0, Math.floor(c.text.length / 2), c.text.length]);
			return MOTIFS.flatMap((motif) =>
				[...points].map((at) => ({
					motif,
					name: `${c.where} ${JSON.stringify(motif)} at ${at}`,
					state: c.state,
					line: (n: number) => c.text.slice(0, at) + repeat(motif, n) + c.text.slice(at),
				})),
			);
		});
		const shortMs = new Map(cases.map((c) => [c, cost(c.line(SHORT), c.state, 1)]));
		const costliest = MOTIFS.flatMap((motif) =>
			cases
				.filter((c) => c.motif === motif)
				.sort((a, b) => shortMs.get(b)! - shortMs.get(a)!)
				.slice(0, LONG_PER_MOTIF),
		);
		const results = costliest.map(measure).map(judge);
		t.diagnostic(
			`${lineCount} lines, ${contexts.length} read differently, ${cases.length} with ${SHORT}-character runs, the ${costliest.length} costliest with ${LONG}: ${summary(results)}`,
		);
		assert.deepEqual(
			results.flatMap((r) => r.failures),
			[],
		);
	});
});
