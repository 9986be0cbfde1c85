/**
 * The indexer's work-done progress, "Indexing cables 84,000/251,287", cancellable. It begins only
 * when there is something to show (files to read, or a walk of the folders that takes a while),
 * so a workspace already indexed shows nothing, and it reports at most a few times a second.
 */
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';

const TITLE = 'Indexing cables';
/** A walk of the folders shows progress once it has taken this long. */
const WALK_SHOWN_AFTER_MS = 1000;
const REPORT_EVERY_MS = 250;

const count = (n: number) => n.toLocaleString('en-US');

export class IndexProgress {
	private reporter: Promise<WorkDoneProgressServerReporter | undefined> | undefined;
	private readonly started = performance.now();
	private lastReport = 0;

	/** `cancel` is called when the user cancels. */
	constructor(
		private readonly connection: Connection,
		private readonly cancel: () => void,
	) {}

	/** The walk of the folders has found `files` files so far. */
	discovering(files: number): void {
		if (!this.reporter && performance.now() - this.started < WALK_SHOWN_AFTER_MS) return;
		this.report(undefined, `looking for cables: ${count(files)} files`);
	}

	/** `done` of `total` files to read are read: the first and last counts are always shown. */
	reading(done: number, total: number): void {
		this.report(Math.floor((done * 100) / total), `${count(done)}/${count(total)}`, done === 0 || done === total);
	}

	done(): void {
		void this.reporter?.then((reporter) => reporter?.done());
	}

	private report(percentage: number | undefined, message: string, now = false): void {
		const time = performance.now();
		if (!now && this.reporter && time - this.lastReport < REPORT_EVERY_MS) return;
		this.lastReport = time;
		if (!this.reporter) {
			this.reporter = this.connection.window.createWorkDoneProgress().then(
				(reporter) => {
					// Begun even when the work is already over: `done` follows, so the client sees both.
					reporter.begin(TITLE, percentage, message, true);
					reporter.token.onCancellationRequested(this.cancel);
					return reporter;
				},
				// A client that refuses the progress token gets none.
				() => undefined,
			);
			return;
		}
		void this.reporter.then((reporter) => (percentage === undefined ? reporter?.report(message) : reporter?.report(percentage, message)));
	}
}
