/**
 * Plain text for the messages the server shows and logs. VS Code's notifications turn
 * `[label](href)` into a link whenever the href starts with `command:`, `file:` or `http(s)://`,
 * whatever backslashes precede the brackets, and Markdown views also link `<https://…>`. A file
 * name, a path, a setting or a dictionary key quoted in a message could thus become a button
 * that runs a command, so every such value passes through `plainText` on its way in, and the
 * server passes each whole message through it once more before sending it.
 */

/** Longest value quoted in a message; a longer one (a 100 KB dictionary key) is cut. */
const QUOTED_LENGTH = 300;

/**
 * Control characters (a newline would start a fake message line) and the bidirectional
 * controls that can reorder what a reader sees. Built from escapes: no raw controls in source.
 */
const INVISIBLE = new RegExp('[\\u0000-\\u001f\\u007f-\\u009f\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]', 'g');

/**
 * `value` with nothing a message renderer could make a link of: `](` and `][` are spaced apart
 * (no inline or reference link), angle brackets become single guillemets (no autolink or
 * HTML), `command:` loses its colon's contact (no command URI), and invisible characters show
 * as U+FFFD. Cut to `maxLength` UTF-16 units, with an ellipsis. Applying it twice changes nothing more.
 */
export function plainText(value: string, maxLength = QUOTED_LENGTH): string {
	return cut(value, maxLength)
		.replace(INVISIBLE, '\uFFFD')
		.replace(/\](?=[([])/g, '] ')
		.replace(/</g, '\u2039')
		.replace(/>/g, '\u203A')
		.replace(/(command):/gi, '$1 :');
}

/** `plainText` line by line, uncut: for log messages such as stack traces. */
export function plainLines(text: string): string {
	return text
		.split(/\r?\n/)
		.map((line) => plainText(line, Number.POSITIVE_INFINITY))
		.join('\n');
}

function cut(value: string, maxLength: number): string {
	if (value.length <= maxLength) return value;
	// Never leave half a surrogate pair before the ellipsis.
	const end = /[\uD800-\uDBFF]/.test(value.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
	return `${value.slice(0, end)}…`;
}
