/**
 * Random text and damaged real cables through the parser and every language-service feature:
 * nothing throws, every range lies inside the document, the outline nests, folds are well
 * formed, hovers render no markup from the file (nor from a hostile user dictionary), quick
 * fixes apply, and the same text always gives the same results.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import type { CableModel } from '../../server/src/model/types';
import { parseUserDictionary } from '../../server/src/data/userDictionaries';
import { Random } from '../helpers/random';
import { Campaign } from './campaign';
import { hoverPositions, runFeatures } from './featureChecks';
import { type FuzzInput, fuzzInput } from './inputs';
import { minimize } from './minimize';
import { MARKUP_PAYLOADS } from './mutators';

/** Meanings for codes that cables use everywhere, so that hovers show the payloads. */
const hostileDictionary = parseUserDictionary(
	'/dictionaries/[x](command:workbench.action.quit)<img src=x>.json',
	JSON.stringify({
		tags: Object.fromEntries(
			['PREL', 'PGOV', 'KNNP', 'JA', 'PTER', 'ECON'].map((code, n) => [
				code,
				{ meaning: MARKUP_PAYLOADS[n]!, source: MARKUP_PAYLOADS.at(-n - 1)! },
			]),
		),
		routingIndicators: Object.fromEntries(['RUEHKO', 'RUEHC', 'RUEHBJ'].map((indicator, n) => [indicator, MARKUP_PAYLOADS[n + 6]!])),
	}),
);

function problemsOf(text: string, seed: number): string[] {
	try {
		const positions = (model: CableModel) => hoverPositions(text, model, new Random(seed));
		const first = runFeatures(text, positions, [hostileDictionary]);
		const again = runFeatures(text, positions, [hostileDictionary]);
		if (!isDeepStrictEqual(first.output, again.output)) first.problems.push('the same text gave different results');
		return first.problems;
	} catch (error) {
		return [`threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
	}
}

/** A problem with its numbers taken out, so that a smaller input failing the same way counts. */
const kindOf = (problem: string) => problem.replace(/\d+/g, '#').slice(0, 60);

/** A string literal to paste into a regression test: every character outside printable ASCII escaped, long ones cut. */
function literal(text: string): string {
	const shown = text.slice(0, 2000);
	const escaped = JSON.stringify(shown).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
	return text.length > 2000 ? `${escaped} (first 2000 of ${text.length} characters)` : escaped;
}

function report(input: FuzzInput, problems: readonly string[], replay: string): string {
	const kind = kindOf(problems[0]!);
	const smallest = minimize(input.text, (text) => problemsOf(text, input.seed).some((problem) => kindOf(problem) === kind));
	return [
		`seed ${input.seed}: ${input.recipe}`,
		...problems.slice(0, 5).map((problem) => `  ${problem}`),
		...(problems.length > 5 ? [`  (${problems.length - 5} more)`] : []),
		`  smallest failing input: ${literal(smallest)}`,
		`  replay: ${replay}`,
	].join('\n');
}

it('keeps every feature valid and deterministic on random and mutated cables', (t) => {
	const campaign = new Campaign('fuzz-features.test', { seconds: 10, iterations: Infinity }, { seconds: 900, iterations: Infinity });
	const failures: string[] = [];
	// A few failures are enough to act on; minimizing more would only spend the budget.
	while (failures.length < 3 && campaign.more()) {
		const input = fuzzInput(campaign.seed);
		const problems = problemsOf(input.text, input.seed);
		if (problems.length) failures.push(report(input, problems, campaign.replay(input.seed)));
	}
	t.diagnostic(campaign.summary('inputs'));
	assert.deepEqual(failures, []);
});
