/**
 * The command line declines what the server declines: a file over the size limit (10 MB by
 * default, as `cable.maxFileSize`; `--max-file-size MB` raises it) and anything but a
 * regular file, judged before reading (a 2 GB file is never read), with a message on stderr
 * that names the file and the flag, and exit status 1; a bad flag is a usage error (2).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/corpus';
import { runInProcess } from './host';
import { bytesRead, makeHostileFiles } from '../helpers/hostileFiles';

const SEED = join(REPO_ROOT, 'test', 'fixtures', '07TOKYO374.txt');
const MB = 1024 * 1024;
const folder = mkdtempSync(join(tmpdir(), 'cable-cli-limit-'));
const hostile = makeHostileFiles('cable-cli-hostile-');
after(() => {
	rmSync(folder, { recursive: true, force: true });
	hostile.remove();
});

const run = runInProcess;

/** A file of `bytes` zero bytes that takes no disk space. */
function sparse(name: string, bytes: number): string {
	const path = join(folder, name);
	writeFileSync(path, '');
	truncateSync(path, bytes);
	return path;
}

describe('the command line size limit', () => {
	it('declines a 2 GB file by its size without reading it, naming the flag', async () => {
		const file = sparse('huge.txt', 2 * 1024 * MB);
		const before = bytesRead('self');
		const { status, out, err } = await run('outline', file);
		const read = before === undefined ? undefined : bytesRead('self')! - before;
		assert.equal(status, 1);
		assert.equal(out, '');
		assert.match(err, /huge\.txt is 2048 MB, over the 10 MB limit; to read it, raise the limit with --max-file-size 2048/);
		if (read !== undefined) assert.ok(read < MB, `${read} bytes read`);
	});

	it('takes the server default: a file one byte over 10 MB is declined, one at 10 MB is read', async () => {
		assert.match((await run('outline', sparse('over.txt', 10 * MB + 1))).err, /over\.txt is 10 MB, over the 10 MB limit/);
		assert.equal((await run('outline', sparse('at-limit.txt', 10 * MB))).status, 0);
	});

	it('honours --max-file-size both ways, in either spelling and anywhere among the arguments', async () => {
		const lowered = await run('outline', '--max-file-size', '0.005', SEED);
		assert.equal(lowered.status, 1);
		assert.match(
			lowered.err,
			/07TOKYO374\.txt is 1[0-9](\.\d)? KB, over the 5(\.\d)? KB limit; to read it, raise the limit with --max-file-size 1$/,
		);
		assert.equal((await run('outline', SEED, '--max-file-size=0.5')).status, 0);
		assert.equal((await run('--max-file-size', '20', 'model', sparse('eleven.txt', 11 * MB))).status, 0);
	});

	it('declines a directory, a FIFO and a device, and goes on with the other files', async (t) => {
		if (!hostile.fifo) t.diagnostic('mkfifo is not available here: the FIFO case is left out');
		const link = join(folder, 'zero.txt');
		symlinkSync('/dev/zero', link);
		const { status, out, err } = await run('outline', folder, ...(hostile.fifo ? [hostile.fifo] : []), link, SEED);
		assert.equal(status, 1);
		assert.match(err, /cable-cli-limit-\w+ is a directory, not a regular file/);
		if (hostile.fifo) assert.match(err, /fifo\.json is a named pipe \(FIFO\), not a regular file/);
		assert.match(err, /zero\.txt is a character device, not a regular file/);
		assert.match(out, /SIX PARTY TALKS/, 'the regular file is still read');
	});

	it('treats a bad --max-file-size as a usage error', async () => {
		for (const argv of [
			['outline', SEED, '--max-file-size'],
			['outline', '--max-file-size', 'ten', SEED],
			['outline', '--max-file-size=0', SEED],
			['outline', '--max-size', SEED],
		]) {
			const { status, err } = await run(...argv);
			assert.equal(status, 2, argv.join(' '));
			assert.match(
				err,
				/--max-file-size wants a number of megabytes above 0|Option '--max-file-size ‹value›' argument missing|Unknown option '--max-size'/,
			);
			assert.match(err, /Usage: cable /);
		}
	});

	it('declines a FIFO as the built dist/cli.js, without waiting for a writer', async (t) => {
		if (!hostile.fifo) {
			t.skip('mkfifo is not available here');
			return;
		}
		// The bound only catches a command that blocks in open(); it is never near.
		const result = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), 'outline', hostile.fifo], {
			encoding: 'utf8',
			timeout: 60_000,
		});
		assert.equal(result.status, 1, result.stderr);
		assert.match(result.stderr, /is a named pipe \(FIFO\), not a regular file/);
	});
});
