/**
 * Markdown for hovers, built so that text from a cable (or from a user's dictionary) can
 * never become markup. Every interpolated string is escaped; only fragments made by this
 * module are spliced in as they are. Nothing from a file can therefore open a link, a
 * command URI, an image or HTML in the editor.
 *
 * Each fragment also carries its plain-text rendering, for clients that ask for plain text
 * (terminal editors): the same words without emphasis, code spans or escapes.
 */

/** A Markdown fragment that is safe to render: it was built by this module. */
export class Markdown {
	private constructor(
		readonly value: string,
		/** The same fragment as plain text. */
		readonly plain: string,
	) {}

	static trusted(value: string, plain: string): Markdown {
		return new Markdown(value, plain);
	}
}

/**
 * The literal parts of the `md` templates use only `**bold**` and `*emphasis*` as markup (cable
 * text is a value, never a literal): in plain text the asterisks go and the words stay.
 */
const plainLiteral = (literal: string) => literal.replace(/\*+/g, '');

/** Line breaks folded, as in Markdown, so that cable text cannot start a line of its own. */
const foldLines = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

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
	const flat = foldLines(clip(text));
	const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
	const fence = '`'.repeat(longestRun + 1);
	const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
	return Markdown.trusted(`${fence}${pad}${flat}${pad}${fence}`, flat);
}

function render(part: Part): Markdown {
	if (part instanceof Markdown) return part;
	if (part === undefined) return Markdown.trusted('', '');
	const text = clip(String(part));
	return Markdown.trusted(escapeMarkdown(text), foldLines(text));
}

/** Tagged template: the literal parts are Markdown written here, the values are escaped. */
export function md(strings: TemplateStringsArray, ...values: Part[]): Markdown {
	let value = strings[0]!;
	let plain = plainLiteral(strings[0]!);
	values.forEach((part, index) => {
		// A template has one string more than values.
		const rendered = render(part);
		value += rendered.value + strings[index + 1]!;
		plain += rendered.plain + plainLiteral(strings[index + 1]!);
	});
	return Markdown.trusted(value, plain);
}

/** Joins fragments (and escaped strings) with a separator written in Markdown (plain words: no markup). */
export function join(parts: readonly Part[], separator = ', '): Markdown {
	const rendered = parts.filter((part) => part !== undefined && part !== '').map(render);
	return Markdown.trusted(rendered.map((part) => part.value).join(separator), rendered.map((part) => part.plain).join(separator));
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
	private readonly sections: Markdown[][] = [[]];
	private readonly sources = new Set<string>();
	private lines = 0;
	private omitted = 0;

	line(content: Markdown | undefined): this {
		if (content && content.value.trim() !== '') this.add(content);
		return this;
	}

	private add(line: Markdown): void {
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

	/** Sections split by a rule, lines joined by hard breaks, the footer in italics. */
	toString(): string {
		return this.blocks()
			.map((block) => block.map((line) => line.value).join('  \n'))
			.join('\n\n---\n\n');
	}

	/** For a terminal: one line each, sections split by a blank line, no markup. */
	toPlainText(): string {
		return this.blocks()
			.map((block) => block.map((line) => line.plain).join('\n'))
			.join('\n\n');
	}

	private blocks(): Markdown[][] {
		const blocks = this.sections.filter((section) => section.length > 0);
		if (this.omitted > 0) blocks.push([md`*${this.omitted} more lines left out*`]);
		if (this.sources.size > 0) blocks.push([md`*Sources: ${join([...this.sources], '; ')}*`]);
		return blocks;
	}
}
