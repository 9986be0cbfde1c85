/**
 * `cable`: the language service on the command line, for scripts and for reading cables
 * in bulk. It runs the same parse and features as the editor.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { createCableLanguageService } from './languageService';
import type { CableTextDocument } from './textDocument';
import type { CableWorkspace } from './workspace';

const USAGE = `Usage: cable <command> <file>...

Commands:
  outline <file>...   print each cable's outline (line:column, name, detail)
  model <file>...     print the parsed cable model as JSON

Files are read as UTF-8, as an editor would open them.`;

/** Runs one command line; files are read through `workspace` (the node file system from cliMain.ts). */
export function main(argv: readonly string[], out: (text: string) => void, err: (text: string) => void, workspace: CableWorkspace): number {
	const [command, ...files] = argv;
	if (command === '--help' || command === '-h') {
		out(USAGE);
		return 0;
	}
	if (!command || !['outline', 'model'].includes(command) || files.length === 0) {
		err(command && !['outline', 'model'].includes(command) ? `cable: unknown command '${command}'\n\n${USAGE}` : USAGE);
		return 2;
	}
	const service = createCableLanguageService();
	let status = 0;
	for (const file of files) {
		const document = readDocument(file, workspace, err);
		if (!document) {
			status = 1;
			continue;
		}
		if (files.length > 1) out(`== ${file}`);
		if (command === 'outline') out(formatOutline(service.getDocumentSymbols(document)).join('\n'));
		else out(JSON.stringify(service.getModel(document), null, 2));
	}
	return status;
}

function readDocument(file: string, workspace: CableWorkspace, err: (text: string) => void): CableTextDocument | undefined {
	try {
		const text = workspace.readFile(file);
		return { uri: pathToFileURL(resolve(file)).href, version: 1, getText: () => text };
	} catch (error) {
		err(`cable: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
		return undefined;
	}
}

function formatOutline(symbols: readonly DocumentSymbol[], depth = 0): string[] {
	return symbols.flatMap((symbol) => {
		const { line, character } = symbol.selectionRange.start;
		const detail = symbol.detail ? `  — ${symbol.detail}` : '';
		return [`${`${line + 1}:${character + 1}`.padEnd(8)}${'  '.repeat(depth)}${symbol.name}${detail}`, ...formatOutline(symbol.children ?? [], depth + 1)];
	});
}
