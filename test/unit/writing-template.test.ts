import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createCableLanguageService } from '../../server/src/languageService';
import { REPO_ROOT } from '../helpers/corpus';
import { doc } from '../helpers/documents';

// The new-cable skeletons (snippets/cable.json, inserted by "Cable: New Cable"): accepted with
// their sample values, each is a whole cable the parser reads in full and no rule faults.

interface Snippet {
	readonly prefix: readonly string[];
	readonly body: readonly string[];
}
const snippets = JSON.parse(readFileSync(join(REPO_ROOT, 'snippets', 'cable.json'), 'utf8')) as Record<string, Snippet>;

/**
 * The text VS Code inserts when every tab stop keeps its sample value: `${1:text}` and a
 * choice's first option, mirrors (`$1`, `${1}`) repeat the value, the final `$0` is empty.
 */
function filledIn(body: readonly string[]): string {
	const text = body.join('\n');
	const values = new Map<string, string>();
	for (const match of text.matchAll(/\$\{(\d+):([^}]*)\}/g)) values.set(match[1]!, match[2]!);
	for (const match of text.matchAll(/\$\{(\d+)\|([^,|]*)[^}]*\|\}/g)) values.set(match[1]!, match[2]!);
	return text
		.replace(/\$\{(\d+):[^}]*\}/g, (_, stop: string) => values.get(stop)!)
		.replace(/\$\{(\d+)\|[^}]*\|\}/g, (_, stop: string) => values.get(stop)!)
		.replace(/\$\{?(\d+)\}?/g, (_, stop: string) => values.get(stop) ?? '');
}

describe('the new-cable template', () => {
	const service = createCableLanguageService();

	it('offers an unclassified, a confidential and a secret skeleton', () => {
		const prefixes = Object.values(snippets).flatMap((snippet) => snippet.prefix);
		for (const level of ['unclassified', 'confidential', 'secret']) assert.ok(prefixes.includes(`cable-${level}`), level);
	});

	it('is checked: a skeleton with a portion mark above its classification is faulted', () => {
		const text = filledIn(snippets['Confidential cable']!.body).replace('2. (C)', '2. (S)');
		assert.ok(service.getDiagnostics(doc(text)).length > 0);
	});

	for (const [name, snippet] of Object.entries(snippets)) {
		it(`${name}: filled in with its sample values, reads as a whole cable with no diagnostic`, () => {
			const text = filledIn(snippet.body);
			assert.doesNotMatch(text, /\$/, 'every tab stop is filled');
			const document = doc(text);
			assert.deepEqual(
				service.getDiagnostics(document).map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`),
				[],
			);
			const model = service.getModel(document);
			assert.ok(model.header?.dtg && model.header.de && model.header.addressLists.length === 2, 'the routing header');
			const caption = model.bannerBlocks[0]?.caption;
			assert.ok(model.bannerBlocks[0]?.banner && caption?.eo && caption.tags && caption.subject, 'the banner and the caption');
			assert.deepEqual(
				model.body?.paragraphs.map((paragraph) => paragraph.number),
				[1, 2, 3],
			);
			assert.equal(model.body?.signature?.text, 'SCHIEFFER');
		});
	}
});
