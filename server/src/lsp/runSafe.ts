import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver';

/**
 * Runs a request handler after the event loop has had a chance to deliver a cancellation,
 * answers `RequestCancelled` when it came, and turns an unexpected exception into the
 * fallback value (logged) so that one bad document never takes the server down.
 */
export function runSafe<T>(
	token: CancellationToken,
	fallback: T,
	what: string,
	log: (message: string) => void,
	work: () => T,
): Promise<T | ResponseError<void>> {
	return new Promise((resolve) => {
		setImmediate(() => {
			if (token.isCancellationRequested) {
				resolve(cancelled());
				return;
			}
			try {
				const result = work();
				resolve(token.isCancellationRequested ? cancelled() : result);
			} catch (error) {
				log(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
				resolve(fallback);
			}
		});
	});
}

function cancelled(): ResponseError<void> {
	return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
