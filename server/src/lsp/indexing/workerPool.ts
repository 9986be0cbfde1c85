/**
 * Worker threads that read batches of files into entries, one batch per worker at a time. The
 * pool lives for one indexing run: a workspace with nothing to read never starts one, and an
 * indexed workspace keeps none idle.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReadOutcome } from './readCable';

export interface BatchFile {
	readonly path: string;
	readonly uri: string;
}

export interface BatchRequest {
	readonly id: number;
	readonly files: readonly BatchFile[];
	readonly maxBytes: number;
}

export interface BatchReply {
	readonly id: number;
	readonly outcomes: readonly ReadOutcome[];
}

interface Pending {
	readonly request: BatchRequest;
	resolve(outcomes: readonly ReadOutcome[]): void;
	reject(error: Error): void;
}

/** One core stays with the server's thread (requests, the event loop); at least one worker. */
export function defaultPoolSize(): number {
	return Math.max(1, availableParallelism() - 1);
}

export class WorkerPool {
	private readonly idle: Worker[] = [];
	private readonly busy = new Map<Worker, Pending>();
	private readonly queue: Pending[] = [];
	private nextId = 0;

	constructor(
		private readonly script: string,
		private readonly size: number,
	) {}

	/** The batch's outcomes; rejects when its worker fails (the caller may read the batch itself). */
	read(files: readonly BatchFile[], maxBytes: number): Promise<readonly ReadOutcome[]> {
		return new Promise((resolve, reject) => {
			this.queue.push({ request: { id: this.nextId++, files, maxBytes }, resolve, reject });
			this.dispatch();
		});
	}

	/** Ends every worker; batches still queued are rejected. */
	async dispose(): Promise<void> {
		for (const pending of this.queue.splice(0)) pending.reject(new Error('indexing stopped'));
		const workers = [...this.idle.splice(0), ...this.busy.keys()];
		await Promise.all(workers.map((worker) => worker.terminate()));
	}

	private dispatch(): void {
		while (this.queue.length) {
			const worker = this.idle.pop() ?? (this.busy.size < this.size ? this.start() : undefined);
			if (!worker) return;
			const pending = this.queue.shift()!;
			this.busy.set(worker, pending);
			worker.postMessage(pending.request);
		}
	}

	private start(): Worker {
		const worker = new Worker(this.script);
		worker.on('message', (reply: BatchReply) => {
			const pending = this.busy.get(worker);
			this.busy.delete(worker);
			this.idle.push(worker);
			if (pending?.request.id === reply.id) pending.resolve(reply.outcomes);
			this.dispatch();
		});
		const fail = (error: Error) => {
			const pending = this.busy.get(worker);
			this.busy.delete(worker);
			const idleAt = this.idle.indexOf(worker);
			if (idleAt >= 0) this.idle.splice(idleAt, 1);
			pending?.reject(error);
			this.dispatch();
		};
		worker.on('error', fail);
		worker.on('exit', (code) => fail(new Error(`index worker exited with ${code}`)));
		return worker;
	}
}
