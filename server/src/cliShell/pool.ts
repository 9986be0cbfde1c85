/**
 * Runs a command's task over its files: on `jobs` worker threads in batches, or on this thread
 * for one job, handing each result on in file order however the batches finish, so that the
 * output is the same for any number of jobs. Between batches this thread yields, so that a
 * closed pipe or Ctrl+C is heard.
 */
import { Worker } from 'node:worker_threads';
import type { FileResult, Task } from '../cli/types';
import { analyseFile } from './analyse';

export interface Batch {
	readonly id: number;
	readonly task: Task;
	readonly paths: readonly string[];
	readonly maxBytes: number;
}

export interface BatchResults {
	readonly id: number;
	readonly results: readonly FileResult[];
}

/** Small enough to keep every worker busy to the end and the output flowing; large enough that messages cost little. */
const BATCH_SIZE = 16;

export async function runTask(
	task: Task,
	paths: readonly string[],
	options: { readonly jobs: number; readonly maxBytes: number; readonly workerScript: string },
	each: (result: FileResult) => void,
): Promise<void> {
	const batches: string[][] = [];
	for (let at = 0; at < paths.length; at += BATCH_SIZE) batches.push(paths.slice(at, at + BATCH_SIZE));
	const jobs = Math.min(options.jobs, batches.length);
	if (jobs <= 1) {
		for (const batch of batches) {
			for (const path of batch) each(analyseFile(task, path, options.maxBytes));
			await new Promise((resolve) => setImmediate(resolve));
		}
		return;
	}
	await onWorkers(task, batches, jobs, options, each);
}

function onWorkers(
	task: Task,
	batches: readonly string[][],
	jobs: number,
	options: { readonly maxBytes: number; readonly workerScript: string },
	each: (result: FileResult) => void,
): Promise<void> {
	return new Promise((resolve, reject) => {
		const done = new Map<number, readonly FileResult[]>();
		const workers: Worker[] = [];
		let next = 0;
		let written = 0;
		const finish = (error?: Error) => {
			for (const worker of workers) void worker.terminate();
			if (error) reject(error);
			else resolve();
		};
		const send = (worker: Worker) => {
			if (next < batches.length)
				worker.postMessage({ id: next, task, paths: batches[next++]!, maxBytes: options.maxBytes } satisfies Batch);
		};
		for (let index = 0; index < jobs; index++) {
			const worker = new Worker(options.workerScript);
			workers.push(worker);
			worker.on('message', ({ id, results }: BatchResults) => {
				done.set(id, results);
				send(worker);
				// Batches are handed on in order: a later one waits for those before it.
				while (done.has(written)) {
					for (const result of done.get(written)!) each(result);
					done.delete(written++);
				}
				if (written === batches.length) finish();
			});
			worker.on('error', finish);
			worker.on('exit', (code) => {
				if (written < batches.length) finish(new Error(`a worker thread stopped (exit code ${code})`));
			});
			send(worker);
		}
	});
}
