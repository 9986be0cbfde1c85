/**
 * The `cable` command's host on node: the file system (through the same CableWorkspace as the
 * server), the config file, worker threads and the terminal. The commands themselves are in
 * server/src/cli/, free of all of these.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CliHost } from '../cli/types';
import { nodeWorkspace } from '../lsp/nodeWorkspace';
import { plainText } from '../util/plainText';
import { absolutePath, listFiles, shownPath } from './files';
import { runTask } from './pool';
import { Progress } from './progress';

/** The rule settings file looked for in the current folder. */
export const CONFIG_FILE = '.cable.json';

export interface Terminal {
	readonly stdoutIsTTY: boolean;
	readonly stderr: { readonly isTTY?: boolean; write(text: string): unknown };
	readonly env: NodeJS.ProcessEnv;
}

/** `workerScript` is dist/cliWorker.js, beside dist/cli.js. `progress` is told before anything is written to stderr. */
export function nodeHost(
	version: string,
	workerScript: string,
	terminal: Terminal,
	onProgress: (progress: Progress | undefined) => void,
): CliHost {
	return {
		workspace: nodeWorkspace,
		version,
		terminal: terminal.stdoutIsTTY,
		// https://no-color.org: any non-empty NO_COLOR turns colour off.
		colour: terminal.stdoutIsTTY && !terminal.env.NO_COLOR,
		readConfig: async (path) => {
			const file = path ?? CONFIG_FILE;
			let text: string;
			try {
				text = await readFile(file, 'utf8');
			} catch (error) {
				if (path === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return { config: undefined };
				return { error: `${plainText(file)} cannot be read` };
			}
			try {
				return { config: JSON.parse(text) as unknown };
			} catch (error) {
				return { error: `${plainText(file)} is not JSON (${plainText(error instanceof Error ? error.message : String(error))})` };
			}
		},
		run: async (task, paths, options, each) => {
			const listing = await listFiles(paths);
			const progress = new Progress(listing.files.length, terminal.stderr);
			onProgress(progress);
			try {
				const jobs = options.jobs > 0 ? options.jobs : availableParallelism();
				await runTask(task, listing.files, { jobs, maxBytes: options.maxBytes, workerScript }, (result) => {
					each(result);
					progress.tick();
				});
			} finally {
				progress.clear();
				onProgress(undefined);
			}
			return { files: listing.files.length, missing: listing.missing };
		},
		uriOf: (file) => pathToFileURL(absolutePath(file)).href,
		fileOf: (uri) => shownPath(fileURLToPath(uri)),
	};
}
