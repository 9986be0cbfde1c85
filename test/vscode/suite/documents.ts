/**
 * The cables the extension-host checks open: the seed fixture, the synthetic samples and a
 * spread of the real corpus, found from the extension's own folder (the repository).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { eventually } from './eventually';

export const EXTENSION_ID = 'cable-tools.cable-language';
const CABLE = 'cable';

export function extension(): vscode.Extension<unknown> {
	const found = vscode.extensions.getExtension(EXTENSION_ID);
	if (!found) throw new Error(`extension ${EXTENSION_ID} is not loaded in this extension host`);
	return found;
}

const repo = (...parts: string[]) => join(extension().extensionPath, ...parts);

export const seedUri = () => vscode.Uri.file(repo('test', 'fixtures', '07TOKYO374.txt'));

export function sampleUri(name: string): vscode.Uri {
	return vscode.Uri.file(repo('samples', name));
}

export function syntheticSampleUris(): vscode.Uri[] {
	return readdirSync(repo('samples'))
		.filter((name) => name.endsWith('.cable'))
		.map(sampleUri);
}

/** `count` corpus cables spread evenly over the sorted list, or undefined without a corpus. */
export function corpusUris(count: number): vscode.Uri[] | undefined {
	const cables = join(process.env.CABLE_CORPUS ?? repo('..', 'shared', 'corpus'), 'cables');
	if (!existsSync(cables)) return undefined;
	const names = readdirSync(cables)
		.filter((name) => name.endsWith('.txt'))
		.sort();
	const step = Math.max(1, Math.floor(names.length / count));
	return names
		.filter((_, index) => index % step === 0)
		.slice(0, count)
		.map((name) => vscode.Uri.file(join(cables, name)));
}

/**
 * Opens a document and waits until it is in the cable language: `.cable` files are cables by
 * extension, `.txt` files become cables when the client recognises their first lines.
 * Changing the language replaces the document object, so the current one is returned.
 */
export async function openCable(uri: vscode.Uri): Promise<vscode.TextDocument> {
	await vscode.workspace.openTextDocument(uri);
	return eventually(() => {
		const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === uri.toString());
		if (document?.languageId !== CABLE) {
			throw new Error(`${basename(uri)} is in language "${document?.languageId}", expected "${CABLE}"`);
		}
		return document;
	});
}

export function basename(uri: vscode.Uri): string {
	return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The first line matching `pattern`, as a 0-based number; throws when there is none. */
export function lineMatching(document: vscode.TextDocument, pattern: RegExp): number {
	for (let line = 0; line < document.lineCount; line++) {
		if (pattern.test(document.lineAt(line).text)) return line;
	}
	throw new Error(`no line of ${basename(document.uri)} matches ${pattern}`);
}

/** The position a few characters into the first occurrence of `word` on a line matching `line`. */
export function positionOf(document: vscode.TextDocument, line: RegExp, word: string): vscode.Position {
	const number = lineMatching(document, line);
	return new vscode.Position(number, document.lineAt(number).text.indexOf(word) + 2);
}
