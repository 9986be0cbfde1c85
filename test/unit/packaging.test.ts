/**
 * The .vsix holds what VS Code runs: every bundle the build writes for the extension and its
 * server (the index's worker threads included) is let through .vscodeignore, whose first rule
 * leaves everything else out.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/corpus';

describe('the packaged extension', () => {
	it('includes every bundle the extension and the server load', () => {
		const kept = new Set(
			readFileSync(join(REPO_ROOT, '.vscodeignore'), 'utf8')
				.split('\n')
				.filter((line) => line.startsWith('!'))
				.map((line) => line.slice(1).trim()),
		);
		// dist/cli.js (and its worker threads' dist/cliWorker.js) is the command line, installed from npm, not part of the editor extension.
		const commandLine = new Set(['cli.js', 'cliWorker.js']);
		const loaded = readdirSync(join(REPO_ROOT, 'dist')).filter((name) => name.endsWith('.js') && !commandLine.has(name));
		assert.ok(loaded.includes('server.js') && loaded.includes('indexWorker.js'), `built: ${loaded.join(', ')}`);
		assert.deepEqual(
			loaded.filter((name) => !kept.has(`dist/${name}`)),
			[],
		);
	});
});
