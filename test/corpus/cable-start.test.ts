/**
 * VS Code's `firstLine` (package.json), the client's detection of cables among `.txt` files and
 * the parser must agree where each real cable starts: one file that opens as a cable but parses
 * as prose, or the reverse, would show the user an empty outline or no cable at all.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cableStartLine } from '../../server/src/model/cableStart';
import { parseCable } from '../../server/src/model/parse';
import type { CableModel } from '../../server/src/model/types';
import { corpusCables, corpusSkipReason, REPO_ROOT } from '../helpers/corpus';

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
const FIRST_LINE = new RegExp(manifest.contributes.languages[0].firstLine);

/** The lines of the parser's first block (wrapper, distribution block, header or banner block), if it found one. */
function firstBlock(model: CableModel): { start: number; end: number } | undefined {
	const blocks = [model.metadata, model.legacyHeader, model.header, model.bannerBlocks[0]].flatMap((block) => (block ? [block.range] : []));
	if (!blocks.length) return undefined;
	const first = blocks.reduce((a, b) => (b.start.line < a.start.line ? b : a));
	return { start: first.start.line, end: first.end.line };
}

/** Where the first few non-blank lines end, those the detection looks at. */
function sniffedLineCount(lines: readonly string[], count = 6): number {
	let seen = 0;
	for (let i = 0; i < lines.length; i++) if (lines[i]!.trim() !== '' && ++seen === count) return i + 1;
	return lines.length;
}

describe('where a cable starts', { skip: corpusSkipReason }, () => {
	it('is the same line for the manifest, the client and the parser on every corpus cable', () => {
		const disagreements: string[] = [];
		let cables = 0;
		for (const cable of corpusCables()) {
			cables++;
			const lines = cable.text.split(/\r\n|\r|\n/);
			const detected = cableStartLine(cable.text);
			const block = firstBlock(parseCable(cable.text, cable.uri, 1));
			// VS Code tries firstLine on the first line only; the client also skips blank lines.
			if (FIRST_LINE.test(lines[0]!) !== (detected === 0))
				disagreements.push(`${cable.name}: firstLine ${FIRST_LINE.test(lines[0]!)}, client line ${detected}`);
			if (detected !== undefined && !(block && block.start <= detected && detected <= block.end)) {
				disagreements.push(
					`${cable.name}: client line ${detected}, parser's first block ${block ? `${block.start}-${block.end}` : 'none'}`,
				);
			}
			if (detected === undefined && block && block.start < sniffedLineCount(lines))
				disagreements.push(`${cable.name}: no cable for the client, the parser's first block at line ${block.start}`);
		}
		assert.ok(cables > 1000, `only ${cables} cables`);
		assert.deepEqual(disagreements, []);
	});
});
