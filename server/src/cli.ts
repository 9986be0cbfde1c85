/**
 * `cable`: the language service on the command line, for scripts and for reading cables
 * in bulk. It runs the same parse and features as the editor, and declines the same files:
 * over the size limit (`--max-file-size`, the editor's `cable.maxFileSize` default) or not a
 * regular file, judged before a byte is read. `outline` and `model` read the files named;
 * `check`, `export` and `refs` (server/src/cli/) work on whole collections through the host.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMMANDS, commandUsage, type Invocation, parseCommandLine, usage } from './cli/args';
import { type CommandContext, runCheck, runExport, runRefs } from './cli/commands';
import type { CliHost } from './cli/types';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { type CableIdentity, canonicalCableId } from './citations/cableId';
import { type CableReferences, cableReferences } from './citations/references';
import { type CableFacts, cableFacts, type StatedLevel } from './facts/cableFacts';
import { levelName } from './facts/levels';
import { createCableLanguageService } from './languageService';
import { plainText } from './util/plainText';
import { DEFAULT_MAX_FILE_SIZE_MB } from './settings';
import { BYTES_PER_MB, formatSize } from './util/sizes';
import type { CableTextDocument } from './textDocument';
import type { CableWorkspace } from './workspace';

const MAX_FILE_SIZE_FLAG = '--max-file-size';

type Write = (text: string) => void;

/** Runs one command line; files are read through the host (the node file system and worker threads, from cliShell/). */
export async function main(argv: readonly string[], out: Write, err: Write, host: CliHost): Promise<number> {
	const invocation = parseCommandLine(argv);
	if (typeof invocation === 'string') {
		err(`cable: ${invocation}\n\n${usage()}`);
		return 2;
	}
	const { command, operands } = invocation;
	if (invocation.version) {
		out(host.version);
		return 0;
	}
	if (invocation.help || !command) {
		(invocation.help ? out : err)(command ? commandUsage(command) : usage());
		return invocation.help ? 0 : 2;
	}
	const maxBytes = maxBytesOf(invocation);
	if (typeof maxBytes === 'string' || operands.length === 0) {
		err(`cable: ${typeof maxBytes === 'string' ? maxBytes : `${command} wants ${COMMANDS[command].operands}`}\n\n${commandUsage(command)}`);
		return 2;
	}
	const context: CommandContext = { invocation, out, err, host, maxBytes };
	switch (command) {
		case 'check':
			return runCheck(context);
		case 'export':
			return runExport(context);
		case 'refs':
			return runRefs(context);
		default:
			return runPerFile(command, operands, maxBytes, out, err, host.workspace);
	}
}

function maxBytesOf(invocation: Invocation): number | string {
	const value = invocation.values['max-file-size'] as string | undefined;
	if (value === undefined) return DEFAULT_MAX_FILE_SIZE_MB * BYTES_PER_MB;
	const megabytes = Number(value);
	if (value.trim() === '' || !Number.isFinite(megabytes) || megabytes <= 0)
		return `${MAX_FILE_SIZE_FLAG} wants a number of megabytes above 0, not '${plainText(value)}'`;
	return Math.floor(megabytes * BYTES_PER_MB);
}

/** `outline` and `model`: each file read whole through the workspace, as the editor opens it. */
async function runPerFile(
	command: 'outline' | 'model',
	files: readonly string[],
	maxBytes: number,
	out: Write,
	err: Write,
	workspace: CableWorkspace,
): Promise<number> {
	const service = createCableLanguageService();
	let status = 0;
	for (const file of files) {
		const document = await readDocument(file, workspace, maxBytes, err);
		if (!document) {
			status = 1;
			continue;
		}
		if (files.length > 1) out(`== ${file}`);
		if (command === 'outline') out(formatOutline(service.getDocumentSymbols(document)).join('\n'));
		else {
			const model = service.getModel(document);
			const identity = canonicalCableId(model);
			out(
				JSON.stringify(
					{
						...model,
						facts: factsJson(cableFacts(model), identity),
						identity: identityJson(identity),
						references: referencesJson(cableReferences(model, document.getText())),
					},
					null,
					2,
				),
			);
		}
	}
	return status;
}

async function readDocument(
	file: string,
	workspace: CableWorkspace,
	maxBytes: number,
	err: (text: string) => void,
): Promise<CableTextDocument | undefined> {
	const name = plainText(file);
	const tooLarge = (size: number | undefined) =>
		`${size === undefined ? 'grew' : `is ${formatSize(size)}`}, over the ${formatSize(maxBytes)} limit; ` +
		`to read it, raise the limit with ${MAX_FILE_SIZE_FLAG} ${Math.ceil((size ?? maxBytes * 2) / BYTES_PER_MB)}`;
	const read = await workspace.readFile(file, { maxBytes, tooLarge });
	if ('refused' in read) {
		err(`cable: ${name} ${read.refused}`);
		return undefined;
	}
	const { text } = read;
	return { uri: pathToFileURL(resolve(file)).href, version: 1, getText: () => text };
}

/**
 * The facts a script asks about a cable, as plain JSON: every key always present (null when
 * the cable does not say), dates in ISO 8601, levels as the model writes them and in words.
 * One answer for the id: the canonical id (`identity`) wherever it is certain; the facts'
 * own reading (publisher's id, else first banner) only where it is not.
 */
function factsJson(facts: CableFacts, identity: CableIdentity | undefined) {
	const id = facts.cableId;
	return {
		classification: statedJson(facts.overall),
		id: identity?.id ?? id?.normalId ?? null,
		/** Where the id comes from: the publisher's metadata or the header (canonical), else the first banner's post and serial. */
		idFrom: identity?.from ?? (facts.id ? 'metadata' : id ? 'banner' : null),
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

/** The canonical id and how it was made (null when the text does not make it certain). */
function identityJson(identity: CableIdentity | undefined) {
	if (!identity) return null;
	const { id, year, origin, serial, repairs, from, written, headerId } = identity;
	return { id, year, origin, serial, from, written: written ?? null, headerId: headerId ?? null, repairs };
}

/** The REF blocks with their items (kind, letter, the ids each cites) and the body's mentions, as plain JSON. */
function referencesJson(references: CableReferences) {
	return {
		ids: references.ids,
		blocks: references.blocks.map((block, index) => ({
			keyword: block.keyword.text,
			range: block.range,
			items: references.items
				.filter((item) => item.block === index)
				.map((item) => ({ letter: item.letter ?? null, kind: item.kind, text: item.text, ids: item.ids, range: item.range })),
		})),
		mentions: references.mentions.map((mention) => ({
			text: mention.text,
			letter: mention.letter ?? null,
			ids: mention.ids,
			range: mention.range,
		})),
	};
}

function statedJson(stated: StatedLevel | undefined) {
	return stated
		? { level: stated.level, name: levelName(stated.level), caveats: stated.caveats, statedIn: stated.where.replace(/^the /, '') }
		: null;
}

function formatOutline(symbols: readonly DocumentSymbol[], depth = 0): string[] {
	return symbols.flatMap((symbol) => {
		const { line, character } = symbol.selectionRange.start;
		const detail = symbol.detail ? `  — ${symbol.detail}` : '';
		return [
			`${`${line + 1}:${character + 1}`.padEnd(8)}${'  '.repeat(depth)}${symbol.name}${detail}`,
			...formatOutline(symbol.children ?? [], depth + 1),
		];
	});
}
