/**
 * Runs the synthetic assertion files in test/fixtures/grammar: each element of the format (and
 * the older and damaged forms the grammar tolerates) with the scopes it must and must not get.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/corpus';
import { parseAssertionFile } from './assertionFile';
import { SCOPE_NAME, cableGrammar, tokenizeLines, tokensIn } from './tokenizer';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'grammar');
const files = readdirSync(FIXTURES)
	.filter((name) => name.endsWith('.cable'))
	.sort();

describe('grammar assertion files', () => {
	it('finds the fixtures', () => assert.ok(files.length >= 5, `only ${files.length} files in ${FIXTURES}`));

	for (const name of files) {
		it(name, async () => {
			const file = parseAssertionFile(readFileSync(join(FIXTURES, name), 'utf8'));
			assert.equal(file.scopeName, SCOPE_NAME);
			assert.ok(file.assertions.length > 0, 'the file asserts nothing');
			const lines = tokenizeLines(await cableGrammar(), file.source);
			const failures: string[] = [];
			for (const a of file.assertions) {
				const line = lines[a.sourceLine]!;
				for (let column = a.start; column < a.end; column++) {
					const token = tokensIn(line, column, column + 1)[0];
					const scopes = token?.scopes ?? [];
					const missing = a.scopes.filter((scope) => !scopes.includes(scope));
					const present = a.excluded.filter((scope) => scopes.includes(scope));
					if (missing.length === 0 && present.length === 0) continue;
					const problems = [...missing.map((s) => `missing ${s}`), ...present.map((s) => `unwanted ${s}`)];
					failures.push(
						`${name}:${a.fileLine} column ${column} ${JSON.stringify(token?.text ?? '')}: ${problems.join(', ')} (has ${scopes.slice(1).join(' ') || 'no scope'})`,
					);
					break;
				}
			}
			assert.deepEqual(failures, []);
		});
	}
});
