/**
 * The rewrap on every real cable: formatting the whole document changes no word (the sequence
 * of non-space tokens is the same), and every edit lies inside one numbered paragraph and
 * leaves the banners, page markers and headings inside it alone. The paragraphs it refills
 * fit in 69 columns, but for words longer than a line.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { createCableLanguageService } from '../../server/src/languageService';
import { corpusCables, corpusSkipReason } from '../helpers/corpus';

const WHOLE: Range = { start: { line: 0, character: 0 }, end: { line: Number.MAX_SAFE_INTEGER, character: 0 } };
const WIDTH = 69;
const tokens = (text: string) => text.split(/\s+/).filter(Boolean);
const onLines = (range: Range, lines: ReadonlySet<number>) => [...lines].some((line) => range.start.line <= line && line <= range.end.line);

describe('rewrap over the corpus', { skip: corpusSkipReason }, () => {
	const service = createCableLanguageService();
	const problems: string[] = [];
	let cables = 0;
	let rewrapped = 0;

	for (const cable of corpusCables()) {
		cables++;
		const document = { uri: cable.uri, version: 1, getText: () => cable.text };
		const model = service.getModel(document);
		const edits = service.getRangeFormatting(document, WHOLE, { lineWidth: WIDTH });
		if (edits.length > 0) rewrapped++;
		const after = TextDocument.applyEdits(TextDocument.create(cable.uri, 'cable', 1, cable.text), edits);
		if (tokens(after).join(' ') !== tokens(cable.text).join(' ')) problems.push(`${cable.name}: the words changed`);
		const paragraphs = model.body?.paragraphs ?? [];
		const kept = new Set<number>();
		for (const block of model.bannerBlocks) for (let line = block.range.start.line; line <= block.range.end.line; line++) kept.add(line);
		for (const marker of model.body?.pageMarkers ?? []) kept.add(marker.range.start.line);
		for (const heading of model.body?.headings ?? []) kept.add(heading.range.start.line);
		for (const edit of edits) {
			const where = `${cable.name}:${edit.range.start.line + 1}`;
			// By lines: an edit takes a run's last line whole, with the trailing blanks the paragraph's range leaves out.
			if (
				!paragraphs.some(
					(paragraph) => paragraph.range.start.line <= edit.range.start.line && edit.range.end.line <= paragraph.range.end.line,
				)
			) {
				problems.push(`${where}: an edit outside the paragraphs`);
			}
			if (onLines(edit.range, kept)) problems.push(`${where}: an edit over a banner, page marker or heading`);
			for (const line of edit.newText.split('\n'))
				if (line.length > WIDTH && line.trim().includes(' ')) problems.push(`${where}: a line of ${line.length} columns`);
		}
	}

	it('changes no word and no line outside the paragraphs it rewraps', () => {
		assert.ok(cables > 1000, `only ${cables} cables`);
		assert.ok(rewrapped > cables / 2, `only ${rewrapped} of ${cables} cables had a paragraph to rewrap`);
		assert.deepEqual(problems.slice(0, 20), []);
	});
});
