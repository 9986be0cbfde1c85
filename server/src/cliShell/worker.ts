/**
 * Entry point of `dist/cliWorker.js`: a worker thread of the `cable` command. It analyses the
 * files of each batch it is sent and posts the results back as plain objects.
 */
import { parentPort } from 'node:worker_threads';
import { analyseFile } from './analyse';
import type { Batch, BatchResults } from './pool';

parentPort?.on('message', ({ id, task, paths, maxBytes }: Batch) => {
	parentPort!.postMessage({ id, results: paths.map((path) => analyseFile(task, path, maxBytes)) } satisfies BatchResults);
});
