/** The part of markdown-it (which ships no types) that markupSafety.ts and the benchmark use. */
declare module 'markdown-it' {
	interface Linkify {
		set(options: { fuzzyLink?: boolean; fuzzyEmail?: boolean; fuzzyIP?: boolean }): Linkify;
		tlds(list: string | string[], keepOld?: boolean): Linkify;
	}
	export default class MarkdownIt {
		constructor(options?: { html?: boolean; linkify?: boolean });
		readonly linkify: Linkify;
		render(source: string): string;
		/** The token stream, without rendering it. */
		parse(source: string, env: object): unknown[];
	}
}
