/**
 * Markdown for hovers, built so that text from a cable (or from a user's dictionary) can
 * never become markup. Every interpolated string is escaped; only fragments made by this
 * module are spliced in as they are. Nothing from a file can therefore open a link, a
 * command URI, an image or HTML in the editor.
 */

/** A Markdown fragment that is safe to render: it was built by this module. */
export class Markdown {
	private constructor(readonly value: string) {}

	static trusted(value: string): Markdown {
		return new Markdown(value);
	}
}

type Part = string | number | Markdown | undefined;

/**
 * Linkifiers (markdown-it's `linkify`, GFM's autolinks, and fuzzier ones that link any
 * `host.tld`) find links in the text between escapes, so an escape in the right place breaks
 * a link up while the reader still sees the same characters:
 * - a `.` before anything but a space, punctuation or the end, so that no run of text holds a
 *   domain name (`evil.example`, `www.x.org`, `1.2.3.4`); a `.` before a space or punctuation
 *   ends a sentence or an abbreviation and cannot join two labels;
 * - the first `/` of `//`, which starts a protocol-relative link (`//intranet.example/p`);
 * - a `:` after a letter and before anything but a space, which ends a scheme (`http:`,
 *   `mailto:`, `command:`), and any `:` before a `/`.
 * `07:54` and `S/P` are left as they are: no linkifier reads them as a link.
 */
const LINK_PUNCTUATION = /\.(?![\s\p{P}]|$)|\/(?=\/)|(?<=\p{L}):(?!\s|$)|:(?=\/)/gu;

/**
 * Escapes what could turn text into markup (CommonMark lets a backslash precede any ASCII
 * punctuation):
 * - always: \ ` * _ { } [ ] < > & ! | ~ # @ — links and images need brackets, HTML needs
 *   `<`, entities `&`, e-mail autolinks `@`; the rest are emphasis, tables and headings;
 * - what a linkifier builds a bare link from (see LINK_PUNCTUATION);
 * - a leading `-`, `+`, `=` or `1.` that could start a list or a heading.
 * Line breaks are folded so that text cannot start a new block. Everything else is left
 * alone so that times (`07:54`) and punctuation read normally.
 */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\r\n\u2028\u2029]+/g, ' ')
		.replace(/[\\`*_{}[\]<>&!|~#@]/g, (char) => `\\${char}`)
		.replace(LINK_PUNCTUATION, '\\$&')
		.replace(/^([-+=])/, '\\$1')
		.replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Text longer than this is cut short (with an ellipsis): a field of a reflowed cable can run
 * to 100,000 characters, and a hover that long would bury the editor. The longest text of
 * the built-in tables (a tag's sources) is about 900.
 */
const MAX_SHOWN_LENGTH = 1000;

function clip(text: string): string {
	if (text.length <= MAX_SHOWN_LENGTH) return text;
	// Never cut a surrogate pair in half.
	const end = /[\ud800-\udbff]/.test(text[MAX_SHOWN_LENGTH - 1]!) ? MAX_SHOWN_LENGTH - 1 : MAX_SHOWN_LENGTH;
	return `${text.slice(0, end)}…`;
}

/** Cable text shown as written, in a code span long enough to hold any backticks inside. */
export function code(text: string): Markdown {
	const flat = clip(text).replace(/[\r\n\u2028\u2029]+/g, ' ');
	const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
	const fence = '`'.repeat(longestRun + 1);
	const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
	return Markdown.trusted(`${fence}${pad}${flat}${pad}${fence}`);
}

function render(part: Part): string {
	if (part === undefined) return '';
	if (part instanceof Markdown) return part.value;
	return escapeMarkdown(clip(String(part)));
}

/** Tagged template: the literal parts are Markdown written here, the values are escaped. */
export function md(strings: TemplateStringsArray, ...values: Part[]): Markdown {
	let out = strings[0]!;
	values.forEach((value, index) => {
		// A template has one string more than values.
		out += render(value) + strings[index + 1]!;
	});
	return Markdown.trusted(out);
}

/** Joins fragments (and escaped strings) with a separator written in Markdown. */
export function join(parts: readonly Part[], separator = ', '): Markdown {
	return Markdown.trusted(parts.filter((part) => part !== undefined && part !== '').map(render).join(separator));
}

/**
 * A hover body: lines (joined with hard breaks), sections (split by a rule) and, last, the
 * sources every meaning shown came from. Empty lines are dropped so that callers can add
 * optional lines without checks.
 */
/**
 * Lines past this many are left out of a hover, and counted: a damaged line can repeat a
 * code thousands of times, each of which would get a line. Real cables need at most 45.
 */
const MAX_HOVER_LINES = 60;

export class HoverText {
	private readonly sections: string[][] = [[]];
	private readonly sources = new Set<string>();
	private lines = 0;
	private omitted = 0;

	line(content: Markdown | undefined): this {
		if (content && content.value.trim() !== '') this.add(content.value);
		return this;
	}

	private add(line: string): void {
		if (this.lines === MAX_HOVER_LINES) {
			this.omitted++;
			return;
		}
		this.lines++;
		this.sections.at(-1)!.push(line);
	}

	section(): this {
		if (this.sections.at(-1)!.length > 0) this.sections.push([]);
		return this;
	}

	source(source: string): this {
		if (source.trim() !== '') this.sources.add(source.trim());
		return this;
	}

	/** Adds another hover's sections after this one's, and its sources to this one's. */
	append(other: HoverText): this {
		this.section();
		for (const section of other.sections) {
			for (const line of section) this.add(line);
			this.section();
		}
		this.omitted += other.omitted;
		for (const source of other.sources) this.sources.add(source);
		return this;
	}

	get isEmpty(): boolean {
		return this.sections.every((section) => section.length === 0);
	}

	toString(): string {
		const blocks = this.sections.filter((section) => section.length > 0).map((section) => section.join('  \n'));
		if (this.omitted > 0) blocks.push(md`*${this.omitted} more lines left out*`.value);
		if (this.sources.size > 0) blocks.push(md`*Sources: ${join([...this.sources], '; ')}*`.value);
		return blocks.join('\n\n---\n\n');
	}
}
