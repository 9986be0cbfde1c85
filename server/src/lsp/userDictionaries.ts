/**
 * User dictionaries: JSON files named in the `cable.dictionaries` setting whose entries add
 * to or override the built-in code tables. They are re-read when the setting changes and
 * when one of the files changes on disk, so new entries apply without a restart. A broken
 * file is reported once, by name, and the other tables keep working.
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
import { type FSWatcher, readFileSync, watch } from 'node:fs';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InitializeParams } from 'vscode-languageserver';
import type { UserDictionary } from '../data/referenceTables';
import type { RoutingEntry } from '../data/routingIndicators';
import type { TagEntry } from '../data/tags';
import { cableSettings, isObject } from './configuration';

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

export function loadUserDictionaries(paths: readonly string[]): LoadedDictionaries {
	const dictionaries: UserDictionary[] = [];
	const errors: string[] = [];
	for (const path of paths) {
		let text: string;
		try {
			text = readFileSync(path, 'utf8');
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

/** What the watcher needs from the LSP connection, so that it can be tested without one. */
export interface DictionaryHost {
	/** Pulls the `cable` settings section from the client. */
	fetchSettings(): Promise<unknown>;
	showError(message: string): void;
	apply(dictionaries: readonly UserDictionary[]): void;
}

/** Waits for a burst of file events (editors write in several steps) to settle. */
const RELOAD_DELAY_MS = 150;

export class UserDictionaryWatcher {
	private workspaceFolder: string | undefined;
	private canPullSettings = false;
	private paths: readonly string[] = [];
	private watchers: FSWatcher[] = [];
	private reloadTimer: NodeJS.Timeout | undefined;
	private lastErrors = '';

	constructor(private readonly host: DictionaryHost) {}

	initialize(params: InitializeParams): void {
		this.canPullSettings = params.capabilities.workspace?.configuration === true;
		const folderUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
		this.workspaceFolder = folderUri?.startsWith('file:') ? fileURLToPath(folderUri) : (params.rootPath ?? undefined);
	}

	/** On `workspace/didChangeConfiguration`, with the settings it pushed (if any). */
	async configurationChanged(pushed: unknown): Promise<void> {
		const settings = await cableSettings(pushed, this.canPullSettings ? () => this.host.fetchSettings() : undefined);
		const raw = settings?.dictionaries;
		const paths = Array.isArray(raw) ? raw.filter((path): path is string => typeof path === 'string' && path.trim() !== '') : [];
		this.paths = paths.map((path) => resolveDictionaryPath(path, this.workspaceFolder));
		this.reload();
	}

	reload(): void {
		const { dictionaries, errors } = loadUserDictionaries(this.paths);
		this.host.apply(dictionaries);
		// Say it once per distinct problem, not on every save of an unrelated file.
		const errorKey = errors.join('\n');
		if (errorKey !== this.lastErrors) errors.forEach((error) => this.host.showError(error));
		this.lastErrors = errorKey;
		this.watch();
	}

	/** Watches each file's folder, because editors often save by replacing the file. */
	private watch(): void {
		this.closeWatchers();
		const folders = new Map<string, Set<string>>();
		for (const path of this.paths) {
			const names = folders.get(dirname(path)) ?? new Set<string>();
			names.add(basename(path));
			folders.set(dirname(path), names);
		}
		for (const [folder, names] of folders) {
			try {
				const watcher = watch(folder, (_event, name) => {
					if (name === null || names.has(name.toString())) this.scheduleReload();
				});
				watcher.on('error', () => watcher.close());
				// Watching must never keep a finished process (or a test run) alive.
				watcher.unref();
				this.watchers.push(watcher);
			} catch {
				// A missing folder is already reported as a missing file; nothing to watch.
			}
		}
	}

	private scheduleReload(): void {
		clearTimeout(this.reloadTimer);
		this.reloadTimer = setTimeout(() => this.reload(), RELOAD_DELAY_MS).unref();
	}

	private closeWatchers(): void {
		for (const watcher of this.watchers) watcher.close();
		this.watchers = [];
	}

	dispose(): void {
		clearTimeout(this.reloadTimer);
		this.closeWatchers();
	}
}
