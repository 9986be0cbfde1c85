/**
 * The baseline extension: a LanguageClient that starts a server, and nothing else. Its bundle
 * is what vscode-languageclient alone weighs.
 */
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export function activate(context: ExtensionContext): Promise<void> {
	const server = { module: context.asAbsolutePath('server.js'), transport: TransportKind.ipc };
	client = new LanguageClient('bare', 'Bare', server, { documentSelector: [{ language: 'cable' }] });
	return client.start();
}

export function deactivate(): Promise<void> | undefined {
	return client?.stop();
}
