/**
 * Where the real-cable corpus lives: ../shared/corpus beside the repository, or $CABLE_CORPUS.
 * Suites that need it skip with this message when it is absent, so a clone without the
 * shared material still runs every other test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Bundles that include this file sit at different depths under out/ (tests, benchmark): walk up to package.json. */
function repositoryRoot(from: string): string {
	for (let dir = from; dirname(dir) !== dir; dir = dirname(dir)) if (existsSync(join(dir, 'package.json'))) return dir;
	throw new Error(`no package.json above ${from}`);
}

export const REPO_ROOT = repositoryRoot(__dirname);
export const CORPUS_DIR = process.env.CABLE_CORPUS ?? resolve(REPO_ROOT, '..', 'shared', 'corpus');
const CABLES_DIR = join(CORPUS_DIR, 'cables');

export const corpusAvailable = existsSync(CABLES_DIR);
export const corpusSkipReason = corpusAvailable
	? false
	: `corpus not found at ${CABLES_DIR} (set CABLE_CORPUS to the folder holding cables/)`;

export interface CorpusCable {
	readonly name: string;
	readonly uri: string;
	/** Decoded as UTF-8, as an editor opening the file would show it. */
	readonly text: string;
}

export function corpusFiles(): string[] {
	return corpusAvailable
		? readdirSync(CABLES_DIR)
				.filter((name) => name.endsWith('.txt'))
				.sort()
		: [];
}

export function* corpusCables(): Generator<CorpusCable> {
	for (const name of corpusFiles()) {
		const path = join(CABLES_DIR, name);
		yield { name, uri: `file://${path}`, text: readFileSync(path, 'utf8') };
	}
}

/** The seed cable, kept as a fixture in the repository. */
export function seedText(): string {
	return readFileSync(join(REPO_ROOT, 'test', 'fixtures', '07TOKYO374.txt'), 'utf8');
}

export function fixtureText(name: string): string {
	return readFileSync(join(REPO_ROOT, 'test', 'fixtures', name), 'utf8');
}
