/**
 * The synthetic samples and a spread of real corpus cables, opened in VS Code: every one is a
 * cable with an outline, and the sample with seeded faults shows them as problems with fixes.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Check } from './check';
import { basename, corpusUris, lineMatching, openCable, positionOf, sampleUri, syntheticSampleUris } from './documents';
import { eventually, Skip } from './eventually';

const CORPUS_SAMPLE_SIZE = 8;
const FAULT_SAMPLE = '10NAIROBI212-seeded-faults.cable';

function corpusOrSkip(): vscode.Uri[] {
	const uris = corpusUris(CORPUS_SAMPLE_SIZE);
	if (!uris) throw new Skip('no corpus at ../shared/corpus (set CABLE_CORPUS)');
	return uris;
}

/** Opens each cable and waits for a non-empty outline, naming the ones without. */
async function assertOutlines(uris: readonly vscode.Uri[]): Promise<void> {
	const documents: vscode.TextDocument[] = [];
	for (const uri of uris) documents.push(await openCable(uri));
	await eventually(async () => {
		const empty: string[] = [];
		for (const document of documents) {
			const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
				'vscode.executeDocumentSymbolProvider',
				document.uri,
			);
			if (!symbols?.length) empty.push(basename(document.uri));
		}
		assert.deepEqual(empty, [], 'cables with an empty outline');
	});
}

/** VS Code pulls diagnostics for documents shown in an editor, as users see them. */
async function showFaultSample(): Promise<vscode.TextDocument> {
	const document = await openCable(sampleUri(FAULT_SAMPLE));
	await vscode.window.showTextDocument(document);
	return document;
}

export const sampleChecks: readonly Check[] = [
	{
		name: 'synthetic samples/*.cable open in the cable language',
		run: async () => {
			const uris = syntheticSampleUris();
			assert.ok(uris.length >= 3, `expected at least 3 synthetic samples, found ${uris.length}`);
			for (const uri of uris) await openCable(uri);
		},
	},
	{
		name: `${CORPUS_SAMPLE_SIZE} corpus cables open in the cable language`,
		run: async () => {
			for (const uri of corpusOrSkip()) await openCable(uri);
		},
	},
	{
		name: 'synthetic samples have an outline',
		run: () => assertOutlines(syntheticSampleUris()),
	},
	{
		name: `${CORPUS_SAMPLE_SIZE} corpus cables have an outline`,
		run: () => assertOutlines(corpusOrSkip()),
	},
	{
		name: `${FAULT_SAMPLE}: the DE serial that contradicts the banner is a problem`,
		run: async () => {
			const document = await showFaultSample();
			const faultLines = [lineMatching(document, /^DE /), lineMatching(document, /^UNCLAS /)];
			await eventually(() => {
				const diagnostics = vscode.languages.getDiagnostics(document.uri);
				const described = diagnostics.map((d) => `line ${d.range.start.line + 1}: ${d.message}`).join('; ') || 'none';
				assert.ok(
					diagnostics.some((diagnostic) => faultLines.includes(diagnostic.range.start.line)),
					`no diagnostic on the DE line or the banner (lines ${faultLines.map((line) => line + 1).join(', ')}); diagnostics: ${described}`,
				);
			});
		},
	},
	{
		name: `${FAULT_SAMPLE}: the misspelled tag ECNO has a quick fix to ECON`,
		run: async () => {
			const document = await showFaultSample();
			const position = positionOf(document, /^TAGS:/, 'ECNO');
			await eventually(async () => {
				const actions = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
					'vscode.executeCodeActionProvider',
					document.uri,
					new vscode.Range(position, position),
					vscode.CodeActionKind.QuickFix.value,
				);
				const fix = actions.find((action): action is vscode.CodeAction => action instanceof vscode.CodeAction && /ECON/.test(action.title));
				assert.ok(fix, `quick fixes on ECNO: ${JSON.stringify(actions.map((action) => action.title))}`);
				const edits = fix.edit?.get(document.uri) ?? [];
				assert.deepEqual(
					edits.map((edit) => edit.newText),
					['ECON'],
					`the edits of "${fix.title}"`,
				);
			});
		},
	},
];
