/**
 * The VS Code side: starts the language server, opens cable-looking `.txt` files as cables,
 * colours classification markings (classificationColors.ts) and offers commands to switch any
 * file to the cable language, to show a cable's citations and to start a new cable from a
 * skeleton. Its messages go through `vscode.l10n` (English only for now).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { looksLikeCable } from '../../server/src/model/cableStart';
import { ClassificationColors } from './classificationColors';

const LANGUAGE_ID = 'cable';
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
	context.subscriptions.push(
		vscode.commands.registerCommand('cable.treatAsCable', treatAsCable),
		vscode.commands.registerTextEditorCommand('cable.showCitations', showCitations),
		vscode.commands.registerCommand('cable.newCable', newCable),
		vscode.workspace.onDidOpenTextDocument(detectCable),
	);
	vscode.workspace.textDocuments.forEach(detectCable);

	const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
	const serverOptions: ServerOptions = {
		run: { module: serverModule, transport: TransportKind.ipc },
		debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
	};
	const clientOptions: LanguageClientOptions = {
		documentSelector: [{ language: LANGUAGE_ID }],
		synchronize: { configurationSection: 'cable' },
		// The server keeps its index of the workspace's cables here (it registers its own file watchers).
		initializationOptions: { storagePath: (context.storageUri ?? context.globalStorageUri).fsPath },
	};
	client = new LanguageClient('cable', 'Cable Language Server', serverOptions, clientOptions);
	await client.start();
	context.subscriptions.push(new ClassificationColors(client, LANGUAGE_ID));
}

/**
 * "Cable: Treat This File as a Cable": from the palette, the active editor's file; from the
 * explorer's or an editor tab's context menu, the file(s) clicked, opened if they were not.
 */
async function treatAsCable(clicked?: vscode.Uri, selected?: readonly vscode.Uri[]): Promise<void> {
	const uris = selected?.length ? selected : clicked instanceof vscode.Uri ? [clicked] : [];
	if (uris.length === 0) {
		const editor = vscode.window.activeTextEditor;
		if (!editor) {
			void vscode.window.showInformationMessage(vscode.l10n.t('Open a file first, then run "Cable: Treat This File as a Cable".'));
			return;
		}
		await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
		return;
	}
	for (const uri of uris) {
		const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), LANGUAGE_ID);
		await vscode.window.showTextDocument(document, { preview: uris.length === 1 });
	}
}

/**
 * The server answers citations as a call hierarchy: "cited by" are its incoming calls. Peek Call
 * Hierarchy opens it in the direction last used; Show Incoming Calls only turns an open hierarchy
 * that shows outgoing calls (alone, it did nothing), so it follows to open on "cited by".
 */
async function showCitations(): Promise<void> {
	await vscode.commands.executeCommand('editor.showCallHierarchy');
	await vscode.commands.executeCommand('editor.showIncomingCalls');
}

export function deactivate(): Thenable<void> | undefined {
	return client?.stop();
}

/** The skeletons of snippets/cable.json, by the name they have there, and the level a caller may name; labels in the display language, read when asked. */
const skeletons = () =>
	[
		{ label: vscode.l10n.t('Unclassified'), level: 'unclassified', snippet: 'Unclassified cable' },
		{ label: vscode.l10n.t('Confidential'), level: 'confidential', snippet: 'Confidential cable' },
		{ label: vscode.l10n.t('Secret'), level: 'secret', snippet: 'Secret cable' },
	] as const;

/**
 * "Cable: New Cable": an untitled cable holding the skeleton of the chosen classification, its
 * first tab stop selected. A level given as the argument (`"args": "secret"` in a keybinding)
 * skips the quick pick; any other argument is ignored, as the palette passes none.
 */
async function newCable(level?: unknown): Promise<void> {
	const named = typeof level === 'string' ? skeletons().find((skeleton) => skeleton.level === level.trim().toLowerCase()) : undefined;
	const choice =
		named ?? (await vscode.window.showQuickPick(skeletons(), { placeHolder: vscode.l10n.t('Classification of the new cable') }));
	if (!choice) return;
	const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
	await vscode.window.showTextDocument(document);
	// The contributed snippet by name: the skeleton is written once, in snippets/cable.json.
	await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: LANGUAGE_ID, name: choice.snippet });
}

function detectCable(document: vscode.TextDocument): void {
	if (document.languageId !== 'plaintext' || !document.uri.path.toLowerCase().endsWith('.txt')) return;
	if (!vscode.workspace.getConfiguration('cable', document.uri).get<boolean>('detectTextFiles', true)) return;
	if (looksLikeCable(document.getText())) {
		void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
	}
}
