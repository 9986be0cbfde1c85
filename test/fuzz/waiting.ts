/**
 * Waiting for a server's answer without hanging the test run: the bound is far beyond any
 * real answer's time, so only a server that stopped answering (or hangs on an input) hits it.
 */
const ANSWER_TIMEOUT_MS = 60_000;

export function answerWithin<T>(promise: Promise<T>, what: string, milliseconds = ANSWER_TIMEOUT_MS): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`no answer to ${what} within ${milliseconds / 1000} s`)), milliseconds);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
