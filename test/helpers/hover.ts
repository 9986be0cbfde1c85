/**
 * Hover helpers shared by the unit, LSP and corpus hover tests: where a piece of text is,
 * and a hover's Markdown read back as the words a user sees.
 */
import type { Hover, MarkupContent, Position } from 'vscode-languageserver-types';

/** Position of the `occurrence`-th (1-based) `needle` in `text`, on its second character. */
export function positionOf(text: string, needle: string, occurrence = 1): Position {
	const lines = text.split(/\r\n|\r|\n/);
	let left = occurrence;
	for (let line = 0; line < lines.length; line++) {
		for (let index = lines[line]!.indexOf(needle); index >= 0; index = lines[line]!.indexOf(needle, index + 1)) {
			if (--left === 0) return { line, character: index + Math.min(1, needle.length - 1) };
		}
	}
	throw new Error(`"${needle}" (occurrence ${occurrence}) not found`);
}

/** The hover's Markdown as the words the editor shows: emphasis and escapes removed, code spans kept. */
export function hoverWords(hover: Hover | null | undefined): string {
	if (!hover) return '';
	return (hover.contents as MarkupContent).value.replace(/(?<!\\)\*+/g, '').replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
