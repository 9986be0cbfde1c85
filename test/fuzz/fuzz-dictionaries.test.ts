/**
 * User dictionaries are data: a damaged or hostile file gives either a dictionary of plain
 * strings or an error that names the file and says how to fix it (a JSON fault by line and
 * column only, quoting nothing of the file), never another exception,
 * never a change to Object.prototype, and its meanings show in hovers as text only.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { createCableLanguageService } from '../../server/src/languageService';
import { DICTIONARY_FORMAT_HINT, DictionaryError, parseUserDictionary } from '../../server/src/data/userDictionaries';
import { Random } from '../helpers/random';
import { Campaign } from './campaign';
import { markupProblems } from './markupSafety';
import { MARKUP_PAYLOADS, MUTATORS, randomCodeUnits } from './mutators';

const PATH = '/dictionaries/fuzz.json';

const VALID = JSON.stringify(
	{
		tags: { KDEMAF: { meaning: 'Democracy (local typo of KDEM)', kind: 'program', source: 'desk notes' }, XYZZ: 'A plain meaning' },
		routingIndicators: { RUEHXYZ: 'AMEMBASSY SOMEWHERE', RUEHABC: { station: 'AMCONSUL ELSEWHERE', source: 'ACP 117' } },
	},
	null,
	2,
);

/** Any JSON value, with the keys and strings that trip careless readers. */
function randomJson(random: Random, depth = 0): unknown {
	const roll = random.int(depth > 3 ? 5 : 8);
	if (roll === 0) return null;
	if (roll === 1) return random.chance(0.5);
	if (roll === 2) return random.pick([0, -1, 1e308, 3.5]);
	if (roll <= 4) return random.pick([...MARKUP_PAYLOADS, '', randomCodeUnits(random, random.small(40)), 'x'.repeat(random.small(100_000))]);
	if (roll === 5) return Array.from({ length: random.small(5) }, () => randomJson(random, depth + 1));
	const keys = [
		'tags',
		'routingIndicators',
		'meaning',
		'station',
		'kind',
		'source',
		'__proto__',
		'constructor',
		'PREL',
		'RUEHC',
		randomCodeUnits(random, 4),
	];
	return Object.fromEntries(Array.from({ length: random.small(6) }, () => [random.pick(keys), randomJson(random, depth + 1)]));
}

function dictionaryText(random: Random): string {
	if (random.chance(0.3)) return JSON.stringify(randomJson(random));
	let text = VALID;
	for (let n = random.between(1, 3); n > 0; n--) text = random.pick(MUTATORS).apply(text, random);
	return text;
}

/** What is wrong with the outcome of reading `text`, if anything. */
function problemsOf(text: string): string[] {
	const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).join();
	let dictionary;
	try {
		dictionary = parseUserDictionary(PATH, text);
	} catch (error) {
		if (!(error instanceof DictionaryError)) return [`threw ${String(error)}`];
		const fixable = error.message.includes('Fix the file') || error.message.includes(DICTIONARY_FORMAT_HINT);
		if (!error.message.startsWith(`Cable dictionary ${PATH}`) || !fixable) return [`unclear error: ${error.message}`];
		// Where the JSON breaks, never what is there: the file could be a token.
		const syntax = /^is not valid JSON at line \d+, column \d+$|^is not valid JSON that can be read/;
		return error.reason.startsWith('is not valid JSON') && !syntax.test(error.reason)
			? [`quotes or misplaces the fault: ${error.message}`]
			: [];
	}
	const problems: string[] = [];
	if (Object.getOwnPropertyNames(Object.prototype).join() !== prototypeKeys) problems.push('changed Object.prototype');
	for (const [code, entries] of dictionary.tags) {
		if (entries.some((entry) => typeof entry.meaning !== 'string')) problems.push(`tag ${code}: meaning is not a string`);
	}
	for (const [indicator, entries] of dictionary.routingIndicators) {
		if (entries.some((entry) => typeof entry.station !== 'string')) problems.push(`indicator ${indicator}: station is not a string`);
	}
	const service = createCableLanguageService();
	service.setUserDictionaries([dictionary]);
	for (const code of [...dictionary.tags.keys()].slice(0, 5)) {
		const line = `TAGS: ${code}`;
		const hover = service.getHover({ uri: 'memory://dictionary', version: 1, getText: () => line }, { line: 0, character: 6 });
		if (hover) problems.push(...markupProblems((hover.contents as MarkupContent).value));
	}
	return problems;
}

it('reads any dictionary file as data, or names it with a fix', (t) => {
	const campaign = new Campaign('fuzz-dictionaries.test', { seconds: 2, iterations: Infinity }, { seconds: 120, iterations: Infinity });
	const failures: string[] = [];
	while (failures.length < 5 && campaign.more()) {
		const text = dictionaryText(new Random(campaign.seed));
		const problems = problemsOf(text);
		if (problems.length)
			failures.push(`${problems[0]} for ${JSON.stringify(text.slice(0, 300))}; replay: ${campaign.replay(campaign.seed)}`);
	}
	t.diagnostic(campaign.summary('dictionary files'));
	assert.deepEqual(failures, []);
});
