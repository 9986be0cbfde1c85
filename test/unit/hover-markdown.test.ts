import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { code, escapeMarkdown, md } from '../../server/src/util/markdown';
import { createCableLanguageService } from '../../server/src/languageService';
import { doc, lines } from '../helpers/documents';
import { positionOf } from '../helpers/hover';

describe('safe Markdown', () => {
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
		assert.equal(escapeMarkdown("Friday 26 January 2007, 07:54 UTC (S/P Director's)"), "Friday 26 January 2007, 07:54 UTC (S/P Director's)");
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
		'SUBJECT: <b>SEE</b> http://evil.example/[x](command:y) www.evil.example a@b.org',
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

	it('never lets a code span end early', () => {
		for (const markdown of rendered) {
			for (const span of markdown.match(/(`+)[\s\S]*?\1/g) ?? []) assert.doesNotMatch(span, /\n/, span);
		}
	});
});
