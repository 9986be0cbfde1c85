/**
 * Progress of a long command on standard error, when it is a terminal: files done of the total,
 * the rate and the time left, on one line rewritten at most ten times a second and cleared at
 * the end. Nothing at all on a pipe or a file, where it would be noise in a log.
 */
const INTERVAL_MS = 100;
const CLEAR_LINE = '\r\x1b[K';

export class Progress {
	private done = 0;
	private shownAt = 0;
	private shown = false;
	private readonly started = Date.now();

	constructor(
		private readonly total: number,
		private readonly stream: { readonly isTTY?: boolean; write(text: string): unknown },
	) {}

	tick(): void {
		this.done++;
		if (!this.stream.isTTY) return;
		const now = Date.now();
		if (now - this.shownAt < INTERVAL_MS && this.done < this.total) return;
		this.shownAt = now;
		const seconds = (now - this.started) / 1000;
		const rate = seconds > 0 ? this.done / seconds : 0;
		const left = rate > 0 ? (this.total - this.done) / rate : 0;
		this.stream.write(
			`${CLEAR_LINE}${this.done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')} files  ${Math.round(rate).toLocaleString('en-US')}/s  ${duration(left)} left`,
		);
		this.shown = true;
	}

	/** Clears the line, before a message or at the end. */
	clear(): void {
		if (!this.shown) return;
		this.stream.write(CLEAR_LINE);
		this.shown = false;
	}
}

function duration(seconds: number): string {
	if (seconds < 60) return `${Math.ceil(seconds)} s`;
	const minutes = Math.floor(seconds / 60);
	return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
