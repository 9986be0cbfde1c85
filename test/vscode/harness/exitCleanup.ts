/**
 * Cleanup for what the harness starts outside its own process (a detached code-server group,
 * chromium, temporary folders) when the process ends before its finally blocks run. On
 * SIGINT, SIGTERM or SIGHUP, which otherwise end node at once, each resource first gets a
 * few seconds to close gracefully (chromium removes its own temporary files only then); on
 * exit, only the synchronous part can run.
 */
import { constants } from 'node:os';

interface Cleanup {
	readonly now: () => void;
	readonly graceful: (() => Promise<unknown>) | undefined;
}

const GRACE_MS = 5_000;
const cleanups = new Set<Cleanup>();
let installed = false;

/**
 * Registers a synchronous cleanup, and optionally a graceful one tried first on a signal.
 * Returns the function to call once the resource has been released normally.
 */
export function cleanupOnExit(now: () => void, graceful?: () => Promise<unknown>): () => void {
	install();
	const cleanup = { now, graceful };
	cleanups.add(cleanup);
	return () => cleanups.delete(cleanup);
}

function runNow(): void {
	for (const { now } of cleanups) {
		try {
			now();
		} catch {
			// keep going: the others still need to run
		}
	}
	cleanups.clear();
}

function install(): void {
	if (installed) return;
	installed = true;
	process.once('exit', runNow);
	let signalled = false;
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.on(signal, () => {
			const code = 128 + constants.signals[signal];
			if (signalled) process.exit(code); // a second signal: no more waiting
			signalled = true;
			const closing = [...cleanups].map(({ graceful }) => graceful?.().catch(() => undefined));
			const grace = new Promise((resolve) => setTimeout(resolve, GRACE_MS).unref());
			void Promise.race([Promise.all(closing), grace]).then(() => process.exit(code));
		});
	}
}
