/**
 * `cable`: the language service on the command line, for scripts and for reading cables
 * in bulk. It runs the same parse and features as the editor.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { type CableFacts, cableFacts, type StatedLevel } from './facts/cableFacts';
import { levelName } from './facts/levels';
import { createCableLanguageService } from './languageService';
import type { CableTextDocument } from './textDocument';
import type { CableWorkspace } from './workspace';

const USAGE = `Usage: cable <command> <file>...

Commands:
  outline <file>...   print each cable's outline (line:column, name, detail)
  model <file>...     print the parsed cable model as JSON, with what it says about
                      the cable under "facts": classification, id, date, origin, serial

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
		else {
			const model = service.getModel(document);
			out(JSON.stringify({ ...model, facts: factsJson(cableFacts(model)) }, null, 2));
		}
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

/**
 * The facts a script asks about a cable, as plain JSON: every key always present (null when
 * the cable does not say), dates in ISO 8601, levels as the model writes them and in words.
 */
function factsJson(facts: CableFacts) {
	const id = facts.cableId;
	return {
		classification: statedJson(facts.overall),
		id: id?.normalId ?? null,
		/** Where the id comes from: the publisher's metadata, or the first banner's post and serial. */
		idFrom: facts.id ? 'metadata' : id ? 'banner' : null,
		year: facts.year ?? null,
		date: facts.date?.toISOString() ?? null,
		/** The date-time group's date; `date` falls back on the publisher's Created time. */
		sent: facts.sent?.toISOString() ?? null,
		origin: facts.origin ?? null,
		post: id?.origin ?? null,
		serial: facts.serial ?? null,
		sections: facts.sections ?? null,
		precedence: facts.precedence ? facts.precedence.highest.word : null,
	};
}

function statedJson(stated: StatedLevel | undefined) {
	return stated ? { level: stated.level, name: levelName(stated.level), caveats: stated.caveats, statedIn: stated.where.replace(/^the /, '') } : null;
}

function formatOutline(symbols: readonly DocumentSymbol[], depth = 0): string[] {
	return symbols.flatMap((symbol) => {
		const { line, character } = symbol.selectionRange.start;
		const detail = symbol.detail ? `  — ${symbol.detail}` : '';
		return [`${`${line + 1}:${character + 1}`.padEnd(8)}${'  '.repeat(depth)}${symbol.name}${detail}`, ...formatOutline(symbol.children ?? [], depth + 1)];
	});
}
