/**
 * The floor of the cold index build: a bare pass that reads every file and splits it into lines
 * in Node, on `threads` worker threads each reading its share of the files. Nothing is parsed:
 * it is what any indexer of these files pays before it reads a field.
 */
import { Worker } from 'node:worker_threads';

/** Plain JavaScript, run as the worker's source: no bundle of its own to build. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
let lines = 0;
for (const path of workerData) lines += readFileSync(path, 'utf8').split('\\n').length;
parentPort.postMessage(lines);
`;

/** Lines read, so that nothing is optimised away. */
export async function readAndSplit(paths: readonly string[], threads: number): Promise<number> {
	const shares = Array.from({ length: threads }, (_, thread) => paths.filter((_, index) => index % threads === thread));
	const counts = await Promise.all(
		shares.map(
			(share) =>
				new Promise<number>((resolve, reject) => {
					const worker = new Worker(WORKER, { eval: true, workerData: share });
					worker.once('message', (lines: number) => {
						resolve(lines);
						void worker.terminate();
					});
					worker.once('error', reject);
				}),
		),
	);
	return counts.reduce((sum, count) => sum + count, 0);
}
