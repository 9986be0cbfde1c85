/**
 * Whether a hover's Markdown can show anything but text. It is rendered the most permissive
 * way an editor would: raw HTML let through, and bare links made the way GitHub-flavoured
 * Markdown (VS Code's hover renderer) makes them, from `http(s)://`, `www.` and e-mail
 * addresses. The HTML that comes out may only hold the elements our own templates write.
 */
import MarkdownIt from 'markdown-it';

const renderer = new MarkdownIt({ html: true, linkify: true });
// Not bare `example.com`: GFM does not link those, and built-in sources cite sites by name.
renderer.linkify.set({ fuzzyLink: false }).add('www.', {
	validate: /^[\w-]+(?:\.[\w-]+)*/,
	normalize: (match) => {
		match.url = `http://${match.url}`;
	},
});

/** Paragraphs, emphasis, code spans, hard breaks and section rules: what the hover templates use. */
const TEMPLATE_ELEMENTS = new Set(['p', 'strong', 'em', 'code', 'br', 'hr']);

/** The elements a hover would show beyond the templates' own, e.g. `a href="command:x"`, `img src=…`. */
export function markupProblems(markdown: string): string[] {
	const html = renderer.render(markdown);
	const problems: string[] = [];
	for (const [, tag, name] of html.matchAll(/<\/?(([a-zA-Z][\w-]*)[^>]*)>/g)) {
		if (!TEMPLATE_ELEMENTS.has(name!.toLowerCase())) problems.push(`renders <${tag}> from ${JSON.stringify(markdown.slice(0, 300))}`);
	}
	return problems;
}
