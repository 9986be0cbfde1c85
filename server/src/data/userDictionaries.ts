/**
 * User dictionaries: JSON files named in the `cable.dictionaries` setting whose entries add
 * to or override the built-in code tables. This is their format and their reading; the shell
 * watches the files (server/src/lsp/userDictionaries.ts).
 *
 * The setting may come from a workspace, so a path may name anything: a FIFO, `/dev/zero`, a
 * 100 MB file, a token. Only regular files up to `cable.dictionaryMaxSize` are read, within a
 * time limit (the workspace's bounded read), and no message ever quotes a file's content.
 *
 * File format (every key optional):
 *
 *     {
 *       "tags": {
 *         "KDEMAF": { "meaning": "Democracy (local typo of KDEM)", "kind": "program", "source": "our desk notes" },
 *         "XYZZ": "A tag meaning given as a plain string"
 *       },
 *       "routingIndicators": {
 *         "RUEHXYZ": "AMEMBASSY SOMEWHERE",
 *         "RUEHABC": { "station": "AMCONSUL ELSEWHERE", "source": "ACP 117 (2014)" }
 *       }
 *     }
 */
import { isAbsolute, resolve } from 'node:path';
import { isObject } from '../util/isObject';
import { jsonFaultPosition } from '../util/jsonSyntax';
import { plainText } from '../util/plainText';
import { formatSize } from '../util/sizes';
import type { CableWorkspace } from '../workspace';
import type { UserDictionary } from './referenceTables';
import type { RoutingEntry } from './routingIndicators';
import type { TagEntry } from './tagTable';

export const DICTIONARY_FORMAT_HINT =
	'Expected {"tags": {"CODE": {"meaning": "...", "kind": "subject"}}, "routingIndicators": {"RUEHXX": "STATION"}}.';

const FIX_THE_FILE = 'Fix the file; the built-in tables are used meanwhile.';
const CHECK_THE_SETTING = 'Check the path in the "cable.dictionaries" setting.';

/** Longest a dictionary key is quoted in a message: codes are a few letters. */
const QUOTED_KEY_LENGTH = 40;

/** A dictionary file that cannot be used: its message names it, says why and how to fix it, and quotes none of its content. */
export class DictionaryError extends Error {
	/** `reason` follows the file name ("does not exist"); anything in it from a file or setting is plain text already. */
	constructor(
		readonly path: string,
		readonly reason: string,
		readonly advice: string,
	) {
		super(`Cable dictionary ${plainText(path)} ${reason}. ${advice}`);
	}
}

/** `"tags.PREL"`: a key path in a message, as plain text. */
const keyPath = (...keys: string[]) => `"${keys.map((key) => plainText(key, QUOTED_KEY_LENGTH)).join('.')}"`;

function wrongShape(path: string, at: string, expected: string): DictionaryError {
	return new DictionaryError(path, `has the wrong shape at ${at}: it must be ${expected}`, DICTIONARY_FORMAT_HINT);
}

function section(json: Record<string, unknown>, key: string, path: string): Record<string, unknown> {
	const value = json[key] ?? {};
	if (!isObject(value)) throw wrongShape(path, keyPath(key), 'an object');
	return value;
}

/** Reads `{"meaning": ...}` or a plain string; `field` names the text property. */
/** An entry's text properties: `field` always, the others (`kind`, `source`) when given. */
type EntryText<Field extends string> = Readonly<Record<Field, string>> & Readonly<Partial<Record<string, string>>>;

function entryText<Field extends string>(value: unknown, field: Field, where: readonly string[], path: string): EntryText<Field> {
	if (typeof value === 'string') return { [field]: value } as EntryText<Field>;
	if (isObject(value) && typeof value[field] === 'string') {
		for (const [key, property] of Object.entries(value)) {
			if (typeof property !== 'string') throw wrongShape(path, keyPath(...where, key), 'a string');
		}
		return value as EntryText<Field>;
	}
	throw wrongShape(path, keyPath(...where), `a string or an object with a "${field}" string`);
}

/** Reads the JSON of `text`; a fault is told by line and column, never by the text around it. */
function parseJson(path: string, text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		const fault = jsonFaultPosition(text);
		const reason = fault
			? `is not valid JSON at line ${fault.line}, column ${fault.column}`
			: 'is not valid JSON that can be read (nested too deeply?)';
		throw new DictionaryError(path, reason, FIX_THE_FILE);
	}
}

export function parseUserDictionary(path: string, text: string): UserDictionary {
	// Editors on Windows may start a UTF-8 file with a byte order mark, which JSON does not allow.
	const json = parseJson(path, text.replace(/^\uFEFF/, ''));
	if (!isObject(json)) throw new DictionaryError(path, 'must hold a JSON object', DICTIONARY_FORMAT_HINT);
	const tags = new Map<string, TagEntry[]>();
	for (const [rawCode, value] of Object.entries(section(json, 'tags', path))) {
		const code = rawCode.trim().toUpperCase();
		const entry = entryText(value, 'meaning', ['tags', rawCode], path);
		tags.set(code, [
			{
				code,
				kind: entry.kind ?? 'user',
				meaning: entry.meaning,
				source: entry.source ?? '',
				verified: true,
				timesSeen: 0,
				dictionary: path,
			},
		]);
	}
	const routingIndicators = new Map<string, RoutingEntry[]>();
	for (const [rawIndicator, value] of Object.entries(section(json, 'routingIndicators', path))) {
		const indicator = rawIndicator.trim().toUpperCase();
		const entry = entryText(value, 'station', ['routingIndicators', rawIndicator], path);
		routingIndicators.set(indicator, [
			{ indicator, station: entry.station, source: entry.source ?? '', rowKind: 'user', timesSeen: 0, dictionary: path },
		]);
	}
	return { path, tags, routingIndicators };
}

/** `${workspaceFolder}/x.json`, `~`-free absolute paths, or paths relative to the workspace folder. */
export function resolveDictionaryPath(raw: string, workspaceFolder: string | undefined): string {
	const expanded = raw.replace(/\$\{workspaceFolder\}/g, workspaceFolder ?? '');
	return isAbsolute(expanded) || workspaceFolder === undefined ? resolve(expanded) : resolve(workspaceFolder, expanded);
}

export interface LoadedDictionaries {
	readonly dictionaries: readonly UserDictionary[];
	readonly errors: readonly DictionaryError[];
}

/** Longest one load of all the dictionaries may take: a file on a hung network share must not hold hovers for long. */
const LOAD_TIMEOUT_MS = 5000;

export interface LoadLimits {
	/** Largest file read, in bytes (`cable.dictionaryMaxSize`). */
	readonly maxBytes: number;
	readonly timeoutMs?: number;
}

/** Reads and parses each file in turn; every failure becomes a DictionaryError, so this never rejects. */
export async function loadUserDictionaries(
	paths: readonly string[],
	workspace: CableWorkspace,
	{ maxBytes, timeoutMs = LOAD_TIMEOUT_MS }: LoadLimits,
): Promise<LoadedDictionaries> {
	const dictionaries: UserDictionary[] = [];
	const errors: DictionaryError[] = [];
	const deadline = Date.now() + timeoutMs;
	for (const path of paths) {
		const late = () =>
			new DictionaryError(path, `was not read within the ${timeoutMs / 1000} s allowed for loading dictionaries`, CHECK_THE_SETTING);
		// Past the deadline nothing more is started: a hung file system would only queue up more stuck calls.
		if (Date.now() >= deadline) {
			errors.push(late());
			continue;
		}
		try {
			const text = await readDictionaryFile(path, workspace, maxBytes, deadline);
			dictionaries.push(parseUserDictionary(path, text));
		} catch (error) {
			errors.push(
				error instanceof DictionaryError ? error : new DictionaryError(path, 'cannot be read (an unexpected error)', CHECK_THE_SETTING),
			);
		}
	}
	return { dictionaries, errors };
}

async function readDictionaryFile(path: string, workspace: CableWorkspace, maxBytes: number, deadline: number): Promise<string> {
	let overLimit = false;
	const tooLarge = (size: number | undefined) => {
		overLimit = true;
		return `${size === undefined ? 'grew' : `is ${formatSize(size)}`}, over the ${formatSize(maxBytes)} limit of the "cable.dictionaryMaxSize" setting`;
	};
	const read = await workspace.readFile(path, { maxBytes, tooLarge, deadline });
	if ('refused' in read)
		throw new DictionaryError(path, read.refused, overLimit ? 'To use a larger file, raise "cable.dictionaryMaxSize".' : CHECK_THE_SETTING);
	return read.text;
}

/** Most failures named in one message; the rest are counted. */
const NAMED_FAILURES = 10;

/** One message for all the failures of a load (5,000 missing files are one notification, not 5,000). */
export function dictionaryProblemsMessage(errors: readonly DictionaryError[]): string | undefined {
	if (errors.length <= 1) return errors[0]?.message;
	const named = errors.slice(0, NAMED_FAILURES).map((error) => `${plainText(error.path)} ${error.reason}`);
	const more = errors.length > NAMED_FAILURES ? `; and ${(errors.length - NAMED_FAILURES).toLocaleString('en-US')} more` : '';
	const advice = [...new Set(errors.map((error) => error.advice))].join(' ');
	return (
		`Cable: ${errors.length.toLocaleString('en-US')} dictionaries in the "cable.dictionaries" setting cannot be used; ` +
		`the built-in tables and the other dictionaries answer meanwhile: ${named.join('; ')}${more}. ${advice}`
	);
}
