/**
 * Random incremental edits as an editor sends them: typing and deleting anywhere, half of
 * them in the header lines (mid-line included), pasted cable lines, line breaks of every
 * kind, now and then a range past the end (which the document clamps) or a whole-text
 * replacement. Each change is applied to a local copy as it is made, so that the copy is
 * what the server must hold.
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Random } from '../helpers/random';
import { CABLE_FRAGMENTS, MARKUP_PAYLOADS, randomCodeUnits } from './mutators';

/**
 * Edits keep a document near the size of the cable it started as: a document shrunk below
 * half of it gets pieces of the cable pasted back, one grown past twice it loses large spans.
 */
const targetSize = (source: string) => ({ least: source.length / 2, most: Math.max(2 * source.length, 2_000) });

/** A piece of the cable, as a paste would bring it back. */
function piece(random: Random, source: string, longest: number): string {
	const at = random.int(source.length);
	return source.slice(at, at + random.small(longest));
}

function insertion(random: Random, source: string): string {
	switch (random.int(8)) {
		case 0:
			return '';
		case 1:
			return random.pick(['\n', '\r\n', '\r', '\n\n']);
		case 2:
			return random.pick(CABLE_FRAGMENTS) + (random.chance(0.5) ? '\n' : '');
		case 3:
			return random.pick(MARKUP_PAYLOADS);
		case 4:
			return randomCodeUnits(random, 1 + random.small(20));
		case 5:
			return piece(random, source, 400);
		default:
			return String.fromCharCode(random.between(0x20, 0x7e));
	}
}

/** An offset in a line of the header (the first 40 lines) half of the time, else anywhere. */
export function randomOffset(random: Random, document: TextDocument): number {
	const line = random.chance(0.5) ? random.int(Math.min(document.lineCount, 40)) : random.int(document.lineCount);
	const lineStart = document.offsetAt({ line, character: 0 });
	const lineEnd = line + 1 < document.lineCount ? document.offsetAt({ line: line + 1, character: 0 }) : document.getText().length;
	return lineStart + random.int(lineEnd - lineStart + 1);
}

function randomChange(random: Random, document: TextDocument, source: string): TextDocumentContentChangeEvent {
	if (random.chance(0.002)) return { text: source.slice(0, random.int(source.length + 1)) };
	const length = document.getText().length;
	const size = targetSize(source);
	const start = randomOffset(random, document);
	const deleted = length > size.most ? random.small(20_000) : length < size.least || random.chance(0.5) ? 0 : random.small(300);
	const range = { start: document.positionAt(start), end: document.positionAt(start + deleted) };
	if (random.chance(0.01)) range.end = { line: document.lineCount + random.small(100), character: random.small(1_000) };
	return { range, text: length > size.most ? '' : length < size.least ? piece(random, source, 2_000) : insertion(random, source) };
}

/** One to three changes, applied to `document` (which moves to `version`), as one didChange sends them. */
export function randomChanges(random: Random, document: TextDocument, version: number, source: string): TextDocumentContentChangeEvent[] {
	const changes: TextDocumentContentChangeEvent[] = [];
	for (let n = random.chance(0.8) ? 1 : random.between(2, 3); n > 0; n--) {
		const change = randomChange(random, document, source);
		TextDocument.update(document, [change], version);
		changes.push(change);
	}
	return changes;
}
