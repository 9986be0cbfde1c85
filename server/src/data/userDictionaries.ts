/**
 * User dictionaries: JSON files named in the `cable.dictionaries` setting whose entries add
 * to or override the built-in code tables. This is their format and their reading; the shell
 * watches the files (server/src/lsp/userDictionaries.ts).
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
import type { CableWorkspace } from '../workspace';
import type { UserDictionary } from './referenceTables';
import type { RoutingEntry } from './routingIndicators';
import type { TagEntry } from './tagTable';

export const DICTIONARY_FORMAT_HINT =
	'Expected {"tags": {"CODE": {"meaning": "...", "kind": "subject"}}, "routingIndicators": {"RUEHXX": "STATION"}}.';

/** A dictionary file that cannot be used, with a message that names it and says how to fix it. */
export class DictionaryError extends Error {}

function section(json: Record<string, unknown>, key: string, path: string): Record<string, unknown> {
	const value = json[key] ?? {};
	if (!isObject(value)) throw new DictionaryError(`Cable dictionary ${path}: "${key}" must be an object. ${DICTIONARY_FORMAT_HINT}`);
	return value;
}

/** Reads `{"meaning": ...}` or a plain string; `field` names the text property. */
function entryText(value: unknown, field: string, where: string, path: string): Record<string, string> {
	if (typeof value === 'string') return { [field]: value };
	if (isObject(value) && typeof value[field] === 'string') {
		for (const [key, property] of Object.entries(value)) {
			if (typeof property !== 'string') throw new DictionaryError(`Cable dictionary ${path}: "${where}.${key}" must be a string. ${DICTIONARY_FORMAT_HINT}`);
		}
		return value as Record<string, string>;
	}
	throw new DictionaryError(`Cable dictionary ${path}: "${where}" must be a string or an object with a "${field}" string. ${DICTIONARY_FORMAT_HINT}`);
}

export function parseUserDictionary(path: string, text: string): UserDictionary {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new DictionaryError(`Cable dictionary ${path} is not valid JSON (${reason}). Fix the file; the built-in tables are used meanwhile.`);
	}
	if (!isObject(json)) throw new DictionaryError(`Cable dictionary ${path} must hold a JSON object. ${DICTIONARY_FORMAT_HINT}`);
	const tags = new Map<string, TagEntry[]>();
	for (const [rawCode, value] of Object.entries(section(json, 'tags', path))) {
		const code = rawCode.trim().toUpperCase();
		const entry = entryText(value, 'meaning', `tags.${rawCode}`, path);
		tags.set(code, [
			{ code, kind: entry.kind ?? 'user', meaning: entry.meaning, source: entry.source ?? '', verified: true, timesSeen: 0, dictionary: path },
		]);
	}
	const routingIndicators = new Map<string, RoutingEntry[]>();
	for (const [rawIndicator, value] of Object.entries(section(json, 'routingIndicators', path))) {
		const indicator = rawIndicator.trim().toUpperCase();
		const entry = entryText(value, 'station', `routingIndicators.${rawIndicator}`, path);
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
	readonly errors: readonly string[];
}

export function loadUserDictionaries(paths: readonly string[], workspace: CableWorkspace): LoadedDictionaries {
	const dictionaries: UserDictionary[] = [];
	const errors: string[] = [];
	for (const path of paths) {
		let text: string;
		try {
			text = workspace.readFile(path);
		} catch (error) {
			const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${String(error)})`;
			errors.push(`Cable dictionary ${path} ${reason}. Check the path in the "cable.dictionaries" setting.`);
			continue;
		}
		try {
			dictionaries.push(parseUserDictionary(path, text));
		} catch (error) {
			errors.push(error instanceof DictionaryError ? error.message : String(error));
		}
	}
	return { dictionaries, errors };
}
