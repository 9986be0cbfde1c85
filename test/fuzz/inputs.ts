/**
 * Fuzz inputs, each made from one seed and the corpus (so `FUZZ_SEED=<seed>` makes it again):
 * mostly real cables with a few named mutations, some spliced from two cables, some
 * cable-shaped fragments in random order, some random code units.
 */
import { corpusCables, seedText } from '../helpers/corpus';
import { Random } from '../helpers/random';
import { CABLE_FRAGMENTS, MARKUP_PAYLOADS, MUTATORS, randomCodeUnits } from './mutators';

export interface FuzzInput {
	readonly seed: number;
	/** What was done, for the failure report: `07TOKYO374.txt + truncate + tabs`. */
	readonly recipe: string;
	readonly text: string;
}

interface Source {
	readonly name: string;
	readonly text: string;
}

let sources: Source[] | undefined;

/** The corpus when it is there, else the seed cable kept in the repository. */
export function fuzzSources(): readonly Source[] {
	sources ??= [...corpusCables()].map(({ name, text }) => ({ name, text }));
	if (sources.length === 0) sources = [{ name: '07TOKYO374.txt', text: seedText() }];
	return sources;
}

function mutated(random: Random, source: Source): { recipe: string; text: string } {
	let text = source.text;
	const names: string[] = [];
	for (let n = random.between(1, 4); n > 0; n--) {
		const mutator = random.pick(MUTATORS);
		text = mutator.apply(text, random);
		names.push(mutator.name);
	}
	return { recipe: [source.name, ...names].join(' + '), text };
}

function spliced(random: Random, a: Source, b: Source): { recipe: string; text: string } {
	const cutA = random.int(a.text.length + 1);
	const cutB = random.int(b.text.length + 1);
	return { recipe: `${a.name} (to ${cutA}) + ${b.name} (from ${cutB})`, text: a.text.slice(0, cutA) + b.text.slice(cutB) };
}

function fragments(random: Random): string {
	const lines: string[] = [];
	for (let n = random.small(120); n >= 0; n--) {
		const piece = random.pick([...CABLE_FRAGMENTS, ...CABLE_FRAGMENTS, ...MARKUP_PAYLOADS, randomCodeUnits(random, random.small(30))]);
		lines.push(random.chance(0.2) ? `${piece} ${random.pick(CABLE_FRAGMENTS)}` : piece);
	}
	return lines.join(random.pick(['\n', '\r\n', '\r', '\n\n']));
}

export function fuzzInput(seed: number, from: readonly Source[] = fuzzSources()): FuzzInput {
	const random = new Random(seed);
	const roll = random.int(100);
	let made: { recipe: string; text: string };
	if (roll < 70) made = mutated(random, random.pick(from));
	else if (roll < 80) made = spliced(random, random.pick(from), random.pick(from));
	else if (roll < 92) made = { recipe: 'cable fragments', text: fragments(random) };
	else made = { recipe: 'random code units', text: randomCodeUnits(random, random.small(20_000)) };
	return { seed, ...made };
}
