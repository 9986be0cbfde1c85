/**
 * Completion helpers: a text with the cursor written as `|`, the answer of the language
 * service there (on a fixed clock), and what applying an item makes of the cursor's line.
 */
import type { CompletionItem, CompletionList, Position, TextEdit } from 'vscode-languageserver-types';
import { type CableLanguageService, createCableLanguageService } from '../../server/src/languageService';
import { doc } from './documents';

/** 6 December 2026, 15:30 UTC: the DTG for now is `061530Z DEC 26`. */
export const NOW = new Date(Date.UTC(2026, 11, 6, 15, 30));

export function fixedClockService(): CableLanguageService {
	return createCableLanguageService({ now: () => NOW });
}

export interface Completed {
	readonly list: CompletionList;
	readonly labels: string[];
	/** The line the cursor is on after applying the item with `label`. */
	apply(label: string): string;
}

export function completeAt(marked: string, service = fixedClockService()): Completed {
	const offset = marked.indexOf('|');
	if (offset < 0) throw new Error('no | cursor in the text');
	const text = marked.slice(0, offset) + marked.slice(offset + 1);
	const before = text.slice(0, offset).split('\n');
	const position: Position = { line: before.length - 1, character: before[before.length - 1]!.length };
	const list = service.getCompletion(doc(text), position);
	const lineText = text.split('\n')[position.line]!;
	return {
		list,
		labels: list.items.map((item) => item.label),
		apply(label) {
			const item = list.items.find((candidate) => candidate.label === label);
			if (!item) throw new Error(`no item ${label} among ${list.items.map((candidate) => candidate.label).join(', ')}`);
			return applyToLine(lineText, position, item);
		},
	};
}

/** The line after the item's edit, with snippet placeholders shown as their default text. */
export function applyToLine(lineText: string, position: Position, item: CompletionItem): string {
	const edit = item.textEdit as TextEdit;
	if (edit.range.start.line !== position.line || edit.range.end.line !== position.line) throw new Error('edit leaves the line');
	if (edit.range.end.character > lineText.length || edit.range.start.character > edit.range.end.character)
		throw new Error('edit outside the line');
	const newText = item.insertTextFormat === 2 ? snippetDefaults(edit.newText) : edit.newText;
	return lineText.slice(0, edit.range.start.character) + newText + lineText.slice(edit.range.end.character);
}

function snippetDefaults(snippet: string): string {
	return snippet
		.replace(/\$\{\d+:([^}]*)\}/g, '$1')
		.replace(/\$\d+/g, '')
		.replace(/\\([$}\\])/g, '$1');
}

/** Items in the order the editor shows them before any filtering: by sortText, then label. */
export function inOrder(list: CompletionList): string[] {
	return [...list.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((item) => item.label);
}
