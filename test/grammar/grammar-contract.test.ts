/**
 * What the rest of the extension relies on: the committed grammar is the one its source makes,
 * every scope is a standard TextMate name that syntaxes/README.md documents, the default colour
 * rules reach exactly the classification scopes the grammar emits and stay readable on the default
 * dark and light backgrounds, and the language configuration keeps cable codes whole.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/corpus';
import { GRAMMAR_PATH, SCOPE_NAME } from './tokenizer';

const readJson = (path: string) => JSON.parse(readFileSync(join(REPO_ROOT, path), 'utf8'));
const grammar = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'));
const pkg = readJson('package.json');

/** Every `name` and `contentName` in the grammar. */
function emittedScopes(node: unknown, found = new Set<string>()): Set<string> {
	if (Array.isArray(node)) node.forEach((child) => emittedScopes(child, found));
	else if (node && typeof node === 'object') {
		for (const [key, value] of Object.entries(node)) {
			if ((key === 'name' || key === 'contentName') && typeof value === 'string') found.add(value);
			else emittedScopes(value, found);
		}
	}
	return found;
}
const SCOPES = [...emittedScopes(grammar.repository)].sort();
const STANDARD_ROOTS = ['comment', 'constant', 'entity', 'keyword', 'markup', 'punctuation', 'storage', 'string', 'support', 'variable'];
const LEVELS = ['unclassified', 'confidential', 'secret', 'topsecret'];
const CLASSIFICATION = /^constant\.language\.classification\.([a-z]+)\./;

describe('grammar contract', () => {
	it('is generated from syntaxes/cable.tmLanguage.mjs and up to date', () => {
		execFileSync(process.execPath, [join(REPO_ROOT, 'syntaxes', 'cable.tmLanguage.mjs'), '--check'], { stdio: 'pipe' });
	});

	it('is the grammar package.json contributes for the cable language', () => {
		assert.equal(grammar.scopeName, SCOPE_NAME);
		const contributed = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === SCOPE_NAME);
		assert.equal(contributed?.language, 'cable');
		assert.equal(join(REPO_ROOT, contributed.path), GRAMMAR_PATH);
	});

	it('uses standard scope roots with a .cable suffix', () => {
		const odd = SCOPES.filter((scope) => !scope.endsWith('.cable') || !STANDARD_ROOTS.includes(scope.split('.')[0]!));
		assert.deepEqual(odd, []);
	});

	it('gives every classification scope one of the four levels', () => {
		const levels = new Set(SCOPES.map((scope) => CLASSIFICATION.exec(scope)?.[1]).filter(Boolean));
		assert.deepEqual([...levels].sort(), [...LEVELS].sort());
	});

	it('documents every scope it emits, and no other, in syntaxes/README.md', () => {
		const readme = readFileSync(join(REPO_ROOT, 'syntaxes', 'README.md'), 'utf8');
		const documented = new Set([...readme.matchAll(/`([a-z][\w.-]*\.cable)`/g)].map((m) => m[1]!).filter((s) => s !== SCOPE_NAME));
		assert.deepEqual(
			SCOPES.filter((scope) => !documented.has(scope)),
			[],
			'undocumented',
		);
		assert.deepEqual(
			[...documented].filter((scope) => !SCOPES.includes(scope)),
			[],
			'documented but not emitted',
		);
	});
});

describe('language configuration', () => {
	const config = readJson('language-configuration.json');
	const wordPattern = new RegExp(config.wordPattern, 'g');
	const wordAt = (line: string, column: number) =>
		[...line.matchAll(wordPattern)].find((m) => m.index! <= column && column < m.index! + m[0].length)?.[0];

	it('declares no comment syntax and pairs parentheses', () => {
		assert.equal(config.comments, undefined);
		assert.deepEqual(config.brackets, [['(', ')']]);
		// Bracket-pair colours would repaint the parentheses of "(C)" over its classification colour.
		assert.deepEqual(config.colorizedBracketPairs, []);
		assert.deepEqual(config.autoClosingPairs, [{ open: '(', close: ')' }]);
		assert.deepEqual(config.surroundingPairs, [['(', ')']]);
	});

	it('keeps routing indicators, date-time groups, cable ids, portion marks and tags whole', () => {
		const cases: ReadonlyArray<readonly [string, string]> = [
			['TO RUEHC/SECSTATE WASHDC PRIORITY 0137', 'RUEHC'],
			['INFO RUEHAH/AMEMBASSY ASHGABAT PRIORITY 0139', 'RUEHAH'],
			['P 260754Z JAN 07', '260754Z'],
			['Identifier 07TOKYO374', '07TOKYO374'],
			['1. (C) SUMMARY: During a January 12 meeting', '(C)'],
			['¶2. (S//NF) The minister', '(S//NF)'],
			['3. (C/REL TO UK, AUS) Text', '(C/REL TO UK, AUS)'],
			['TAGS: PGOV, ZANU-PF, ZI', 'ZANU-PF'],
			['TAGS: PREL PARM KNNP ZK', 'KNNP'],
			['INFO  LOG-00   NP-00', 'LOG-00'],
		];
		for (const [line, word] of cases) {
			const column = line.indexOf(word);
			for (const at of [column, column + word.length - 1]) assert.equal(wordAt(line, at), word, `${line} @${at}`);
		}
	});
});
