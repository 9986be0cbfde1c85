import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import { createCableLanguageService } from '../../server/src/languageService';
import { seedText } from '../helpers/corpus';
import { doc } from '../helpers/documents';

const service = createCableLanguageService();
const WHOLE: Range = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };

/** The seed with `from` replaced by `to` (first occurrence, or all). */
function seedWith(from: string | RegExp, to: string): string {
	const seed = seedText();
	const broken = seed.replace(from, to);
	assert.notEqual(broken, seed, `${from} not found in the seed`);
	return broken;
}

function actionsFor(text: string, code: string): { diagnostics: Diagnostic[]; actions: CodeAction[]; uri: string } {
	const document = doc(text);
	const diagnostics = service.getDiagnostics(document).filter((diagnostic) => diagnostic.code === code);
	assert.ok(diagnostics.length > 0, `no ${code} diagnostic`);
	return { diagnostics, actions: service.getCodeActions(document, diagnostics[0]!.range, { diagnostics }), uri: document.uri };
}

function applied(text: string, action: CodeAction, uri: string): string {
	const edits = action.edit?.changes?.[uri] ?? [];
	return TextDocument.applyEdits(TextDocument.create(uri, 'cable', 1, text), edits);
}

describe('quick fixes', () => {
	it('replaces an unknown tag by the nearest known tag', () => {
		const text = seedWith(/TAGS: PREL PARM/g, 'TAGS: PREL PARN');
		const { actions, uri } = actionsFor(text, 'cable.tags.unknown');
		assert.equal(actions.length, 1);
		assert.equal(actions[0]!.title, 'Replace PARN with PARM');
		assert.equal(actions[0]!.kind, 'quickfix');
		assert.equal(applied(text, actions[0]!, uri).split('TAGS: PREL PARM').length, 2, 'the first TAGS line is repaired');
	});

	it('renumbers the paragraphs in one action that answers every numbering diagnostic', () => {
		const text = seedWith(/^2\. \(C\)/m, '3. (C)');
		const { diagnostics, actions, uri } = actionsFor(text, 'cable.paragraph.sequence');
		assert.equal(diagnostics.length, 2, 'a gap after 1 and a repeat of 3');
		const all = service.getCodeActions(doc(text, uri), WHOLE, { diagnostics });
		assert.equal(all.length, 1);
		assert.equal(all[0]!.isPreferred, true);
		assert.equal(all[0]!.diagnostics!.length, 2);
		const fixed = applied(text, all[0]!, uri);
		assert.equal(fixed, seedText());
		assert.ok(actions.length === 1);
	});

	it('corrects a SECTION total from the page markers', () => {
		const text = seedWith('SECTION 01 OF 03 TOKYO', 'SECTION 01 OF 04 TOKYO');
		const { actions, uri } = actionsFor(text, 'cable.section.total-mismatch');
		assert.equal(actions[0]!.title, 'Correct the section total to 03 (from the page markers)');
		assert.equal(actions[0]!.isPreferred, true);
		assert.equal(applied(text, actions[0]!, uri), seedText());
	});

	it('inserts a portion mark placeholder for the author to complete', () => {
		const text = seedWith('2. (C) MOFA', '2. MOFA');
		const { actions, uri } = actionsFor(text, 'cable.portion.missing');
		assert.equal(actions[0]!.isPreferred, false);
		const fixed = applied(text, actions[0]!, uri);
		assert.match(fixed, /^2\. \(\?\) MOFA/m);
		const after = service.getDiagnostics(doc(fixed)).filter((diagnostic) => diagnostic.code === 'cable.portion.missing');
		assert.equal(after.length, 1, 'the placeholder stays flagged until the author completes it');
	});

	it('offers nothing for diagnostics of other sources, outside the range, or when only other kinds are asked for', () => {
		const text = seedWith(/TAGS: PREL PARM/g, 'TAGS: PREL PARN');
		const document = doc(text);
		const [diagnostic] = service.getDiagnostics(document);
		assert.ok(diagnostic);
		assert.deepEqual(service.getCodeActions(document, diagnostic.range, { diagnostics: [{ ...diagnostic, source: 'spell' }] }), []);
		const elsewhere: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
		assert.deepEqual(service.getCodeActions(document, elsewhere, { diagnostics: [diagnostic] }), []);
		assert.deepEqual(service.getCodeActions(document, diagnostic.range, { diagnostics: [diagnostic], only: ['refactor'] }), []);
		assert.equal(service.getCodeActions(document, diagnostic.range, { diagnostics: [diagnostic], only: ['quickfix'] }).length, 1);
	});

	it('offers nothing for a diagnostic the document no longer has (the version moved on)', () => {
		const text = seedWith(/TAGS: PREL PARM/g, 'TAGS: PREL PARN');
		const [diagnostic] = service.getDiagnostics(doc(text));
		assert.deepEqual(service.getCodeActions(doc(seedText()), diagnostic!.range, { diagnostics: [diagnostic!] }), []);
	});
});
