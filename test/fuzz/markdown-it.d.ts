/** The part of markdown-it (which ships no types) that markupSafety.ts uses. */
declare module 'markdown-it' {
	interface LinkifyMatch {
		url: string;
	}
	interface Linkify {
		set(options: { fuzzyLink?: boolean }): Linkify;
		add(prefix: string, rule: { validate: RegExp; normalize: (match: LinkifyMatch) => void }): Linkify;
	}
	export default class MarkdownIt {
		constructor(options?: { html?: boolean; linkify?: boolean });
		readonly linkify: Linkify;
		render(source: string): string;
	}
}
