/**
 * Issue 17's writing aids in VS Code: completion on a TAGS line and at a paragraph start, the
 * inlay hints on by default (and only those), and "Cable: New Cable" giving a skeleton that
 * draws no diagnostic. Edits go to untitled copies, never to the files other checks read.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CITER_SEED } from '../navigationFolder';
import type { Check } from './check';
import { basename, lineMatching, openCable, seedUri } from './documents';
import { eventually } from './eventually';

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
const hintText = (hint: vscode.InlayHint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join(''));

/** An untitled cable holding `text`, which checks may edit without touching a file. */
async function untitledCable(text: string): Promise<vscode.TextDocument> {
	return vscode.workspace.openTextDocument({ language: 'cable', content: text });
}

/**
 * The seed with a code being typed at the end of its first TAGS line (`… RS JA nucl`) and a new
 * empty line, after a blank one, above paragraph 6: where a writer would type the next number.
 */
async function seedBeingWritten(): Promise<{ document: vscode.TextDocument; tags: vscode.Position; paragraph: vscode.Position }> {
	const seed = await openCable(seedUri());
	const lines = seed.getText().split(/\r?\n/);
	const tagsLine = lineMatching(seed, /^TAGS:/);
	lines[tagsLine] = `${lines[tagsLine]!.trimEnd()} nucl`;
	const sixth = lineMatching(seed, /^6\. \(C\)/);
	assert.equal(lines[sixth - 1]!.trim(), '', 'a blank line precedes paragraph 6 of the seed');
	lines.splice(sixth, 0, '', '');
	const document = await untitledCable(lines.join('\n'));
	return { document, tags: new vscode.Position(tagsLine, lines[tagsLine]!.length), paragraph: new vscode.Position(sixth, 0) };
}

async function completions(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
	const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
	return list.items;
}

async function inlayHints(document: vscode.TextDocument): Promise<vscode.InlayHint[]> {
	const whole = new vscode.Range(0, 0, document.lineCount, 0);
	return vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole);
}

/** `line: label` (1-based) of every hint, for failure messages. */
const describeHints = (hints: readonly vscode.InlayHint[]) =>
	hints.map((hint) => `${hint.position.line + 1}: ${hintText(hint)}`).join('; ') || 'none';

export const writingChecks: readonly Check[] = [
	{
		name: 'completion on a TAGS line offers tag codes with their meanings, matched on meaning words, none already on the line',
		run: async () => {
			const { document, tags } = await seedBeingWritten();
			await eventually(async () => {
				const items = await completions(document, tags);
				const labels = items.map(labelOf);
				// `nucl` matches no code: MNUC and NPT come by the words of their meanings; KNNP is already on the line.
				assert.ok(labels.includes('MNUC') && labels.includes('NPT'), `offered for "nucl": ${labels.slice(0, 20).join(' ')}`);
				assert.equal(labels.includes('KNNP'), false, 'KNNP, already on the line, is offered again');
				const mnuc = items.find((item) => labelOf(item) === 'MNUC')!;
				assert.match(String(mnuc.detail), /nuclear/i, 'the meaning of MNUC as its detail');
				assert.match(
					typeof mnuc.label === 'string' ? '' : String(mnuc.label.detail),
					/nuclear/i,
					'the meaning of MNUC beside its label, as the list shows it',
				);
				const range = mnuc.range instanceof vscode.Range ? mnuc.range : mnuc.range?.replacing;
				assert.equal(range && document.getText(range), 'nucl', 'MNUC replaces the word being typed');
			});
		},
	},
	{
		name: 'completion after a blank line in the body offers the next paragraph number with the marks the cable allows',
		run: async () => {
			const { document, paragraph } = await seedBeingWritten();
			await eventually(async () => {
				// VS Code adds the skeleton snippets (`cable-secret` …) to every list: the numbers are the server's.
				const labels = (await completions(document, paragraph)).map(labelOf).filter((label) => /^\d/.test(label));
				// The seed is CONFIDENTIAL: no SECRET or TOP SECRET mark; the last paragraph's mark first.
				assert.deepEqual(labels, ['6. (C) ', '6. (SBU) ', '6. (U) '], `offered at the new paragraph's start`);
			});
		},
	},
	{
		name: 'inlay hints on the seed: the date in words after the DTG, nothing else (stations and tag meanings are off by default)',
		run: async () => {
			const seed = await openCable(seedUri());
			const dtgLine = lineMatching(seed, /^P 260754Z JAN 07/);
			await eventually(async () => {
				// The seed has no REF line, the other kind on by default.
				assert.deepEqual(describeHints(await inlayHints(seed)), `${dtgLine + 1}: Friday 26 January 2007, 07:54 UTC`);
			});
		},
	},
	{
		name: `inlay hints: a REF item citing a cable in another form shows the cable's id (${CITER_SEED})`,
		run: async () => {
			const folder = vscode.workspace.workspaceFolders?.[0];
			assert.ok(folder, 'no workspace folder open');
			const citer = await openCable(vscode.Uri.joinPath(folder.uri, CITER_SEED));
			const refLine = lineMatching(citer, /^REF:/);
			await eventually(async () => {
				const hints = await inlayHints(citer);
				const onRef = hints.filter((hint) => hint.position.line === refLine).map(hintText);
				assert.deepEqual(onRef, ['07TOKYO374'], `hints of ${basename(citer.uri)}: ${describeHints(hints)}`);
			});
		},
	},
];

const described = (diagnostics: readonly vscode.Diagnostic[]) =>
	diagnostics.map((d) => `line ${d.range.start.line + 1} (${vscode.DiagnosticSeverity[d.severity]}): ${d.message}`);

/** Waits for the document's first non-empty diagnostics (proof that they were computed) and returns them. */
const firstDiagnostics = (document: vscode.TextDocument) =>
	eventually(() => {
		const diagnostics = vscode.languages.getDiagnostics(document.uri);
		assert.ok(diagnostics.length > 0, 'no diagnostics yet');
		return diagnostics;
	});

/** Types at the current tab stop of the snippet being filled, as a user does; VS Code updates its mirrors. */
async function fillTabStop(editor: vscode.TextEditor, text: string): Promise<void> {
	await vscode.commands.executeCommand('type', { text });
	await eventually(() => assert.ok(editor.document.getText().includes(text), `typed "${text}" is not in the document`));
}

/** Shows an editor and types in it: run alone, after the checks that show theirs. */
export const newCableChecks: readonly Check[] = [
	{
		name: 'Cable: New Cable "confidential" opens an untitled skeleton; filled in, it draws no diagnostic',
		run: async () => {
			await vscode.commands.executeCommand('cable.newCable', 'confidential');
			const editor = await eventually(() => {
				const active = vscode.window.activeTextEditor;
				assert.ok(
					active?.document.isUntitled && active.document.getText().includes('C O N F I D E N T I A L'),
					'no untitled confidential cable in front',
				);
				return active;
			});
			const document = editor.document;
			assert.equal(document.languageId, 'cable');
			for (const line of [/^E\.O\. 12958: DECL: /, /^TAGS: PREL JA$/, /^Classified By: /, /^1\. \(C\) /, /^3\. \(C\) /])
				lineMatching(document, line);
			assert.equal(document.getText(editor.selection), '9140', 'the first tab stop, selected');
			// The sample values number the draft 07TOKYO374, as the seed in this folder: a note says so, nothing worse.
			const samples = await firstDiagnostics(document);
			assert.deepEqual(described(samples), [
				`line ${samples[0]!.range.start.line + 1} (Information): Another file holds cable 07TOKYO374 with different contents: 07TOKYO374.txt.`,
			]);
			// Tab stop 3 is the serial, mirrored in the banner: a number of its own leaves nothing to say.
			await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
			await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
			assert.equal(document.getText(editor.selection), '0374', 'tab stop 3, the serial');
			await fillTabStop(editor, '0421');
			assert.match(document.getText(), /^C O N F I D E N T I A L TOKYO 000421$/m, 'the banner mirrors the serial');
			await eventually(() =>
				assert.deepEqual(described(vscode.languages.getDiagnostics(document.uri)), [], 'diagnostics of the filled skeleton'),
			);
			await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
		},
	},
];
