import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../../server/src/cli';
import { nodeWorkspace } from '../../server/src/lsp/nodeWorkspace';
import { REPO_ROOT } from '../helpers/corpus';

const SEED = join(REPO_ROOT, 'test', 'fixtures', '07TOKYO374.txt');

async function run(...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const status = await main(argv, (text) => out.push(text), (text) => err.push(text), nodeWorkspace);
	return { status, out: out.join('\n'), err: err.join('\n') };
}

describe('the cable command line', () => {
	it('prints the outline with 1-based positions', async () => {
		const { status, out } = await run('outline', SEED);
		assert.equal(status, 0);
		assert.match(out, /^90:1 {4}SIX PARTY TALKS {2}— topic$/m);
		assert.match(out, /^94:1 {6}3\. \(C\) Dr\. Krasner told Kawai/m);
		assert.match(out, /^17:1 {6}DE {2}— RUEHKO #0374\/01 0260754$/m);
	});

	it('prints the model as JSON', async () => {
		const model = JSON.parse((await run('model', SEED)).out);
		assert.equal(model.header.de.serial, '0374');
		assert.equal(model.body.headings.length, 5);
	});

	it('says what went wrong: unknown command, no file, unreadable file', async () => {
		assert.equal((await run('frobnicate', SEED)).status, 2);
		assert.match((await run('frobnicate', SEED)).err, /unknown command 'frobnicate'/);
		assert.equal((await run('outline')).status, 2);
		const missing = await run('outline', '/nonexistent/cable.txt');
		assert.equal(missing.status, 1);
		assert.match(missing.err, /\/nonexistent\/cable\.txt does not exist/);
	});

	it('runs as the built dist/cli.js', async () => {
		const result = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), 'outline', SEED], { encoding: 'utf8' });
		assert.equal(result.status, 0, result.stderr);
		assert.match(result.stdout, /CHINA {2}— topic/);
	});
});
