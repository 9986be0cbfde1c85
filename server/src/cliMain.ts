/** Entry point of `dist/cli.js`, the `cable` command. */
import { join } from 'node:path';
import { main } from './cli';
import { nodeHost } from './cliShell/host';
import type { Progress } from './cliShell/progress';

// `cable … | head -1`: once the reader has gone, nothing more is worth writing; end quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});

/** package.json's version, written in by esbuild.mjs. */
declare const CABLE_VERSION: string;

let progress: Progress | undefined;
const host = nodeHost(
	CABLE_VERSION,
	join(__dirname, 'cliWorker.js'),
	{ stdoutIsTTY: process.stdout.isTTY === true, stderr: process.stderr, env: process.env },
	(current) => {
		progress = current;
	},
);

void main(
	process.argv.slice(2),
	// On a terminal stdout and stderr share the screen: the progress line goes before either is written.
	(text) => {
		progress?.clear();
		process.stdout.write(`${text}\n`);
	},
	(text) => {
		progress?.clear();
		process.stderr.write(`${text}\n`);
	},
	host,
).then((status) => {
	process.exitCode = status;
});
