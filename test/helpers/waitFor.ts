/** Polls until `condition` holds, failing with `what` once `timeoutMs` has passed: no fixed sleeps. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

/**
 * Asks `ask` again until its answer satisfies `holds` and returns that answer, failing with `what`
 * and the last answer once `timeoutMs` has passed: for answers a server gives once it has caught up.
 */
export async function waitForAnswer<T>(ask: () => Promise<T>, holds: (answer: T) => boolean, what: string, timeoutMs = 15000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const answer = await ask();
		if (holds(answer)) return answer;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last answer ${JSON.stringify(answer)}`);
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}
