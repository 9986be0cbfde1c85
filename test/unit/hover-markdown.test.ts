import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { code, escapeMarkdown, md } from '../../server/src/util/markdown';
import { createCableLanguageService } from '../../server/src/languageService';
import { markupProblems, renderMarkdown, visibleText } from '../fuzz/markupSafety';
import { doc, lines } from '../helpers/documents';
import { positionOf } from '../helpers/hover';

/** Text a linkifier would make a link of, or Markdown markup of, and a backslash of its own to keep. */
const HOSTILE_TEXTS = [
	'//evil.example/p',
	'see //intranet.example/a?b=c now',
	'www.x.org',
	'evil.example',
	'sub.evil.example/path?q=1#frag',
	'a@b.org',
	'mailto:a@b.org',
	'http://x.org/p',
	'HTTPS://X.ORG',
	'ftp://files.example/x',
	'1.2.3.4',
	'xn--p1ai.xn--p1ai',
	'command:workbench.action.quit',
	'[x](command:workbench.action.quit) ![i](http://a/b.png) <img src=x> &amp;',
	'- item',
	'1. item',
	'# heading',
	'`code` **bold** _it_ ~~gone~~ | cell |',
	'a\\.b',
	'U.S. E.O. 1.4(b) S/P 07:54',
];

describe('safe Markdown', () => {
	it('breaks up what a linkifier would link, and the reader still sees the text as written', () => {
		for (const text of HOSTILE_TEXTS) {
			const escaped = escapeMarkdown(text);
			assert.deepEqual(markupProblems(escaped), [], escaped);
			assert.doesNotMatch(renderMarkdown(escaped), /<a|<img/, escaped);
			assert.equal(visibleText(escaped), text, escaped);
		}
	});

	it('is checked with a renderer that links bare domains, www., //host, e-mail and IP addresses', () => {
		for (const text of ['see evil.example', '//evil.example/p', 'www.x.org', 'a@b.org', '1.2.3.4', 'http://x.org']) {
			assert.notDeepEqual(markupProblems(text), [], text);
		}
	});

	it('escapes everything that could become a link, image, HTML or entity', () => {
		const escaped = escapeMarkdown('[x](command:workbench.action.quit) ![i](http://a/b.png) <img src=x> &amp; a@b.org www.evil.example');
		assert.doesNotMatch(escaped, /(?<!\\)[[\]<>&@!]/);
		assert.doesNotMatch(escaped, /http:\/\//);
		assert.doesNotMatch(escaped, /www\./);
	});

	it('folds line breaks so text cannot open a block, and neutralises line-start markers', () => {
		assert.equal(escapeMarkdown('a\n# b\r\nc'), 'a \\# b c');
		assert.equal(escapeMarkdown('- item'), '\\- item');
		assert.equal(escapeMarkdown('1. item'), '1\\. item');
	});

	it('leaves ordinary punctuation readable', () => {
		assert.equal(
			escapeMarkdown("Friday 26 January 2007, 07:54 UTC (S/P Director's)"),
			"Friday 26 January 2007, 07:54 UTC (S/P Director's)",
		);
	});

	it('escapes interpolated values but not the template', () => {
		assert.equal(md`**${'*bold*'}**`.value, '**\\*bold\\***');
		assert.equal(md`a ${md`*b*`} c`.value, 'a *b* c');
	});

	it('puts cable text in a code span longer than any backtick run inside', () => {
		assert.equal(code('PREL').value, '`PREL`');
		assert.equal(code('a`b').value, '``a`b``');
		assert.equal(code('`x').value, '`` `x ``');
	});
});

describe('hover on a hostile cable', () => {
	const hostile = lines(
		'VZCZCXYZ0000',
		'P 260754Z JAN 07',
		'FM AMEMBASSY [TOKYO](command:workbench.action.quit)',
		'TO RUEHC/<img src=x onerror=alert(1)> PRIORITY 0137',
		'INFO RUEHXX/![pixel](http://tracker.example/p.png)',
		'C O N F I D E N T I A L TOKYO 000374',
		'E.O. 12958: DECL: [click](javascript:alert(1))',
		'TAGS: PREL OVIP (<script>alert(1)</script>) [X](command:rm)',
		'SUBJECT: <b>SEE</b> http://evil.example/[x](command:y) www.evil.example a@b.org //evil.example/p evil.example 10.0.0.1',
		'REF: A. TOKYO 123 <a href="x">',
		'',
		'1. (C) Text.',
	);
	const service = createCableLanguageService();
	const document = doc(hostile);
	const allText = hostile.split('\n');
	// Hover every character of the cable and gather what the hovers would render.
	const rendered: string[] = [];
	allText.forEach((lineText, line) => {
		for (let character = 0; character < lineText.length; character++) {
			const hover = service.getHover(document, { line, character });
			if (hover) rendered.push((hover.contents as MarkupContent).value);
		}
	});

	it('hovers many places of the cable', () => {
		assert.ok(rendered.length > 50, `${rendered.length} hovers`);
		assert.ok(service.getHover(document, positionOf(hostile, 'RUEHXX')));
	});

	it('never lets cable text become a link, image, command URI or HTML', () => {
		for (const markdown of rendered) {
			// Inside code spans anything goes; outside them no markup character may be live.
			const outsideCode = markdown.replace(/(`+)[\s\S]*?\1/g, '');
			assert.doesNotMatch(outsideCode, /(?<!\\)[[<>&]/, markdown);
			assert.doesNotMatch(outsideCode, /(?<!\\)!(?=\\?\[)/, markdown);
			assert.doesNotMatch(outsideCode, /https?:\/\/|(?<!\\)www\.|(?<!\\)@/, markdown);
			assert.doesNotMatch(outsideCode, /(?<!\\)\]\(/, markdown);
		}
	});

	it('renders no link or image under a linkifying renderer, and shows cable text as written', () => {
		for (const markdown of rendered) {
			assert.doesNotMatch(renderMarkdown(markdown), /<a|<img/, markdown);
			// The cable holds no backslash: any the reader saw would be an escape gone wrong.
			assert.doesNotMatch(visibleText(markdown), /\\/, markdown);
		}
		const summary = visibleText((service.getHover(document, positionOf(hostile, 'VZCZC'))!.contents as MarkupContent).value);
		const subject = allText.find((line) => line.startsWith('SUBJECT: '))!.slice('SUBJECT: '.length);
		assert.ok(summary.includes(`Subject: ${subject}`), summary);
		assert.ok(summary.includes('From: AMEMBASSY [TOKYO](command:workbench.action.quit)'), summary);
	});

	it('never lets a code span end early', () => {
		for (const markdown of rendered) {
			for (const span of markdown.match(/(`+)[\s\S]*?\1/g) ?? []) assert.doesNotMatch(span, /\n/, span);
		}
	});
});
