/**
 * Whether a hover's Markdown can show anything but text. It is rendered the most permissive
 * way an LSP client's renderer would: raw HTML let through, and bare links made as eagerly
 * as any linkifier makes them, from `http(s)://`, `//host`, `www.`, e-mail addresses, IP
 * addresses and any `name.tld` whatever its top-level domain (markdown-it's `linkify` only
 * knows a list of them; other linkifiers and future lists know more). The HTML that comes out
 * may only hold the elements our own templates write.
 */
import MarkdownIt from 'markdown-it';

const renderer = new MarkdownIt({ html: true, linkify: true });
// The entries of a TLD list are pieces of a regular expression: this one takes any name.
renderer.linkify.set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true }).tlds('[a-z\\u00a1-\\uffff]{2,63}', true);

/** Paragraphs, emphasis, code spans, hard breaks and section rules: what the hover templates use. */
const TEMPLATE_ELEMENTS = new Set(['p', 'strong', 'em', 'code', 'br', 'hr']);

export function renderMarkdown(markdown: string): string {
	return renderer.render(markdown);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** What a reader sees of rendered Markdown: the text, without elements, entities decoded. */
export function visibleText(markdown: string): string {
	return renderMarkdown(markdown)
		.replace(/<[^>]*>/g, '')
		.replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ENTITIES[name]!)
		.trim();
}

/** The elements a hover would show beyond the templates' own, e.g. `a href="command:x"`, `img src=…`. */
export function markupProblems(markdown: string): string[] {
	const html = renderMarkdown(markdown);
	const problems: string[] = [];
	for (const [, tag, name] of html.matchAll(/<\/?(([a-zA-Z][\w-]*)[^>]*)>/g)) {
		if (!TEMPLATE_ELEMENTS.has(name!.toLowerCase())) problems.push(`renders <${tag}> from ${JSON.stringify(markdown.slice(0, 300))}`);
	}
	return problems;
}
