/**
 * Retries an assertion until it holds: the extension activates, the language server starts
 * and parses asynchronously, so the first answers can be empty. A check that stays false
 * fails after a bounded wait with the last assertion message, which says what was seen.
 */
const POLL_MS = 200;
export const WAIT_MS = Number(process.env.CABLE_E2E_WAIT_MS ?? 20_000);

export async function eventually<T>(attempt: () => T | Promise<T>, timeoutMs = WAIT_MS): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		try {
			return await attempt();
		} catch (error) {
			if (Date.now() >= deadline) {
				throw new Error(`still failing after ${timeoutMs / 1000} s: ${error instanceof Error ? error.message : String(error)}`);
			}
		}
		await new Promise((resolve) => setTimeout(resolve, POLL_MS));
	}
}

/** Thrown by a check that cannot run here (no corpus), reported as skipped. */
export class Skip extends Error {}
