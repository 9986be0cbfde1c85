/**
 * The watcher half of the user dictionaries (`cable.dictionaries`): re-reads them when the
 * setting changes and when one of the files changes on disk, so new entries apply without a
 * restart. A broken file is reported once, by name, and the other tables keep working. The
 * format and the reading are the core's: server/src/data/userDictionaries.ts.
 */
import { type FSWatcher, watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InitializeParams } from 'vscode-languageserver';
import type { UserDictionary } from '../data/referenceTables';
import { loadUserDictionaries, resolveDictionaryPath } from '../data/userDictionaries';
import type { CableSettings } from '../settings';
import { nodeWorkspace } from './nodeWorkspace';

/** What the watcher needs from the LSP connection, so that it can be tested without one. */
export interface DictionaryHost {
	showError(message: string): void;
	apply(dictionaries: readonly UserDictionary[]): void;
}

/** Waits for a burst of file events (editors write in several steps) to settle. */
const RELOAD_DELAY_MS = 150;

export class UserDictionaryWatcher {
	private workspaceFolder: string | undefined;
	private paths: readonly string[] = [];
	private watchers: FSWatcher[] = [];
	private reloadTimer: NodeJS.Timeout | undefined;
	private lastErrors = '';

	constructor(private readonly host: DictionaryHost) {}

	initialize(params: InitializeParams): void {
		const folderUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
		this.workspaceFolder = folderUri?.startsWith('file:') ? fileURLToPath(folderUri) : (params.rootPath ?? undefined);
	}

	/** The settings were read anew: load the dictionaries `cable.dictionaries` names now. */
	settingsChanged(settings: CableSettings): void {
		this.paths = settings.dictionaries.map((path) => resolveDictionaryPath(path, this.workspaceFolder));
		this.reload();
	}

	reload(): void {
		const { dictionaries, errors } = loadUserDictionaries(this.paths, nodeWorkspace);
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
