/**
 * Navigation between the cables of the open folder (the samples and two cables citing them,
 * test/vscode/navigationFolder.ts), asked through the commands VS Code runs for F12, Shift+F12,
 * Ctrl+T and the call hierarchy: the server indexes the folder, then answers from it.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CITED_OSLO, CITED_SEED, CITER_BOTH, CITER_SEED, DECOY } from '../navigationFolder';
import type { Check } from './check';
import { basename, lineMatching, openCable } from './documents';
import { eventually } from './eventually';

function inFolder(name: string): vscode.Uri {
	const folder = vscode.workspace.workspaceFolders?.[0];
	if (!folder) throw new Error('no folder is open: the suite expects the navigation folder');
	return vscode.Uri.joinPath(folder.uri, name);
}

/** The position on the first occurrence of `text` in the document, a character into it. */
function positionAt(document: vscode.TextDocument, text: string): vscode.Position {
	const line = lineMatching(document, new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
	return new vscode.Position(line, document.lineAt(line).text.indexOf(text) + 1);
}

/** `file:line` (1-based), sorted: what a user reads in the references view. */
const where = (locations: ReadonlyArray<{ uri: vscode.Uri; range: vscode.Range }>) =>
	locations.map((location) => `${basename(location.uri)}:${location.range.start.line + 1}`).sort();

async function definitionTargets(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
	const found = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
		'vscode.executeDefinitionProvider',
		uri,
		position,
	);
	return found.map((target) => ('targetUri' in target ? target.targetUri : target.uri).toString());
}

/** The REF line of a citing cable, 1-based, as `file:line`. */
async function refLine(name: string): Promise<string> {
	const document = await openCable(inFolder(name));
	return `${name}:${lineMatching(document, /^REF:/) + 1}`;
}

/** `id file` of each answer: a symbol is named by the cable's id, then its subject and tags. */
async function symbolNames(query: string): Promise<string[]> {
	const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query);
	return found.map((symbol) => `${symbol.name.split(' ')[0]} ${basename(symbol.location.uri)}`);
}

export const navigationChecks: readonly Check[] = [
	{
		name: 'F12 on a REF item opens the cited cable of the folder',
		run: async () => {
			const citer = await openCable(inFolder(CITER_BOTH));
			await eventually(async () => {
				assert.deepEqual(await definitionTargets(citer.uri, positionAt(citer, '07 TOKYO 374')), [inFolder(CITED_SEED).toString()], 'REF A');
				assert.deepEqual(await definitionTargets(citer.uri, positionAt(citer, '09 OSLO 517')), [inFolder(CITED_OSLO).toString()], 'REF B');
			});
		},
	},
	{
		name: 'Shift+F12 on a cable lists the cables citing it, at their REF lines',
		run: async () => {
			const seed = await openCable(inFolder(CITED_SEED));
			const expected = [
				...(await Promise.all([CITER_BOTH, CITER_SEED].map(refLine))),
				`${CITED_SEED}:${lineMatching(seed, /^07TOKYO374$/) + 1}`,
			].sort();
			await eventually(async () => {
				const found = await vscode.commands.executeCommand<vscode.Location[]>(
					'vscode.executeReferenceProvider',
					seed.uri,
					positionAt(seed, 'SUBJECT:'),
				);
				// VS Code asks with the declaration: the seed names itself in its metadata's id field.
				assert.deepEqual(where(found), expected);
			});
		},
	},
	{
		name: 'Ctrl+T finds a cable by id, typed in any form, exact id first, and by subject words',
		run: async () => {
			await eventually(async () => {
				for (const query of ['07TOKYO374', '07tokyo374', 'TOKYO 374']) {
					const names = await symbolNames(query);
					assert.equal(names[0], `07TOKYO374 ${CITED_SEED}`, `${query}: ${names.join('; ')}`);
					assert.ok(names.includes(`07TOKYO3741 ${DECOY}`), `${query}: the cable whose id starts alike is found too: ${names.join('; ')}`);
				}
				assert.deepEqual(await symbolNames('arctic rescue'), [`09OSLO517 ${CITED_OSLO}`]);
			});
		},
	},
	{
		name: 'Cable: Show Citations is a command; the citations hierarchy lists who cites the seed',
		run: async () => {
			// Run from the palette in the UI check: showing an editor here would race the checks that show theirs.
			assert.ok((await vscode.commands.getCommands(true)).includes('cable.showCitations'), 'cable.showCitations is not registered');
			const citer = await openCable(inFolder(CITER_BOTH));
			await eventually(async () => {
				const [item] = await vscode.commands.executeCommand<vscode.CallHierarchyItem[]>(
					'vscode.prepareCallHierarchy',
					citer.uri,
					positionAt(citer, '07 TOKYO 374'),
				);
				assert.equal(item?.name, '07TOKYO374');
				const incoming = await vscode.commands.executeCommand<vscode.CallHierarchyIncomingCall[]>('vscode.provideIncomingCalls', item);
				assert.deepEqual(incoming.map((call) => basename(call.from.uri)).sort(), [CITER_BOTH, CITER_SEED]);
			});
		},
	},
];
