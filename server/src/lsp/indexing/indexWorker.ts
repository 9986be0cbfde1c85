/**
 * Entry point of `dist/indexWorker.js`: a worker thread of the indexer. It reads the files of
 * each batch it is sent into entries and posts them back as plain objects.
 */
import { parentPort } from 'node:worker_threads';
import { readCable } from './readCable';
import type { BatchReply, BatchRequest } from './workerPool';

parentPort?.on('message', (request: BatchRequest) => {
	const outcomes = request.files.map((file) => readCable(file.path, file.uri, request.maxBytes));
	parentPort!.postMessage({ id: request.id, outcomes } satisfies BatchReply);
});
