import { join } from 'node:path';
import { main } from '../../server/src/cli';
import { nodeHost } from '../../server/src/cliShell/host';
import { REPO_ROOT } from '../helpers/corpus';

/** The command run in this process, as dist/cli.js runs it, on a pipe (no terminal, no colour). */
export async function runInProcess(...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const host = nodeHost(
		'0.0.0-test',
		join(REPO_ROOT, 'dist', 'cliWorker.js'),
		{ stdoutIsTTY: false, stderr: { write: () => true }, env: {} },
		() => {},
	);
	const status = await main(
		argv,
		(text) => out.push(text),
		(text) => err.push(text),
		host,
	);
	return { status, out: out.join('\n'), err: err.join('\n') };
}
