/**
 * Values quoted in messages stay text: neither VS Code's notification renderer nor a
 * Markdown renderer finds a link, an autolink or HTML in them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import { plainLines, plainText } from '../../server/src/util/plainText';
import { MARKUP_PAYLOADS } from '../fuzz/mutators';

/** How VS Code's notifications find links (src/vs/base/common/linkedText.ts): no escapes honoured. */
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
/** Markdown with raw HTML let through, without bare-URL linking (a notification does not link those). */
const markdown = new MarkdownIt({ html: true });

const PAYLOADS = [
	...MARKUP_PAYLOADS,
	'[open](command:workbench.action.terminal.new) big.cable',
	'[a](file:///etc/passwd "title")',
	'[x]\n(command:y)',
	'[x](<command:y>)',
	'<command:workbench.action.quit>',
	'COMMAND:x',
];

function linksIn(message: string): string[] {
	const rendered = markdown.render(message);
	return [
		...(message.match(NOTIFICATION_LINK) ?? []),
		...[...rendered.matchAll(/<(?!\/?(?:p|em|strong|code|br|hr|h\d|table|thead|tbody|tr|th|td)>)[^>]*>/g)].map(([tag]) => tag),
	];
}

describe('plain text in messages', () => {
	it('leaves the payloads themselves detectable (the checks can fail)', () => {
		assert.ok(linksIn('Cable: [open](command:workbench.action.terminal.new) big.cable is 12 MB').length > 0);
		assert.ok(linksIn('see <https://evil.com>').length > 0);
	});

	for (const payload of PAYLOADS) {
		it(`quotes ${JSON.stringify(payload)} without a link, autolink, command URI or HTML`, () => {
			const message = `Cable dictionary /x/${plainText(payload)} does not exist.`;
			assert.deepEqual(linksIn(message), [], message);
			assert.doesNotMatch(message, /command:/i);
			assert.equal(plainText(plainText(payload)), plainText(payload), 'a second pass changes nothing');
		});
	}

	it('keeps an ordinary path as it is', () => {
		assert.equal(plainText('/home/me/codes (2024)/tags-v2.json'), '/home/me/codes (2024)/tags-v2.json');
	});

	it('shows invisible and reordering characters as U+FFFD, and cuts long values', () => {
		assert.equal(plainText('a\nb\u202Ec\u0007'), 'a\uFFFDb\uFFFDc\uFFFD');
		assert.equal(plainText('x'.repeat(1000)).length, 301);
		assert.equal(plainText(`${'x'.repeat(9)}😀`, 10), `${'x'.repeat(9)}…`, 'no half surrogate pair');
		assert.equal(plainLines('one [a](command:x)\ntwo'), 'one [a] (command :x)\ntwo');
	});
});
