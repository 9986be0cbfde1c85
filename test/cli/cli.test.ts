import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseCable } from '../../server/src/model/parse';
import { REPO_ROOT } from '../helpers/corpus';
import { runInProcess } from './host';

const SEED = join(REPO_ROOT, 'test', 'fixtures', '07TOKYO374.txt');

const run = runInProcess;

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

	it("adds the cable's facts to the model: classification, id, date, origin, serial", async () => {
		const { facts, identity, references, ...model } = JSON.parse((await run('model', SEED)).out);
		assert.deepEqual(facts, {
			classification: { level: 'confidential', name: 'CONFIDENTIAL', caveats: [], statedIn: 'banner' },
			id: '07TOKYO374',
			idFrom: 'metadata',
			year: 2007,
			date: '2007-01-26T07:54:00.000Z',
			sent: '2007-01-26T07:54:00.000Z',
			origin: 'Embassy Tokyo',
			post: 'TOKYO',
			serial: 374,
			sections: 3,
			precedence: 'PRIORITY',
		});
		assert.deepEqual(identity, {
			id: '07TOKYO374',
			year: 2007,
			origin: 'TOKYO',
			serial: 374,
			from: 'metadata',
			written: '07TOKYO374',
			headerId: null,
			repairs: [],
		});
		assert.deepEqual(references, { ids: [], blocks: [], mentions: [] });
		// Beside the facts, the model is printed as the parser makes it.
		const text = readFileSync(SEED, 'utf8');
		const parsed = JSON.parse(JSON.stringify(parseCable(text, model.uri, 1)));
		assert.deepEqual(model, parsed);
	});

	it('gives the id a banner makes when the publisher gives none, and null for what a text does not say', async () => {
		const banner = JSON.parse((await run('model', join(REPO_ROOT, 'samples', '10NAIROBI212-seeded-faults.cable'))).out).facts;
		assert.equal(banner.id, '10NAIROBI212');
		assert.equal(banner.idFrom, 'banner');
		const dir = mkdtempSync(join(tmpdir(), 'cable-cli-'));
		try {
			const prose = join(dir, 'notes.txt');
			writeFileSync(prose, 'Shopping list\n- milk\n');
			const facts = JSON.parse((await run('model', prose)).out).facts;
			assert.deepEqual(
				Object.values(facts),
				Object.keys(facts).map(() => null),
			);
			assert.ok(Object.keys(facts).length >= 10);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
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
