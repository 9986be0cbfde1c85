/**
 * The watcher half of the user dictionaries (`cable.dictionaries`): re-reads them when the
 * setting changes and when one of the files changes on disk, so new entries apply without a
 * restart. The problems of a load are reported in one message, once, and the other tables
 * keep working. The format and the reading are the core's: server/src/data/userDictionaries.ts.
 */
import { type FSWatcher, watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InitializeParams } from 'vscode-languageserver';
import type { UserDictionary } from '../data/referenceTables';
import { dictionaryProblemsMessage, type LoadedDictionaries, loadUserDictionaries, resolveDictionaryPath } from '../data/userDictionaries';
import { type CableSettings, DEFAULT_SETTINGS } from '../settings';
import { bytesOf } from '../util/sizes';
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
	private maxBytes = bytesOf(DEFAULT_SETTINGS.dictionaryMaxSize);
	private watchers: FSWatcher[] = [];
	private reloadTimer: NodeJS.Timeout | undefined;
	private lastMessage: string | undefined;
	/** Numbers the loads: only the latest one's dictionaries are applied. */
	private loads = 0;
	private loading: Promise<void> = Promise.resolve();

	constructor(private readonly host: DictionaryHost) {}

	initialize(params: InitializeParams): void {
		const folderUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
		this.workspaceFolder = folderUri?.startsWith('file:') ? fileURLToPath(folderUri) : (params.rootPath ?? undefined);
	}

	/** The settings were read anew: load the dictionaries `cable.dictionaries` names; resolves once they apply. */
	settingsChanged(settings: CableSettings): Promise<void> {
		this.paths = settings.dictionaries.map((path) => resolveDictionaryPath(path, this.workspaceFolder));
		this.maxBytes = bytesOf(settings.dictionaryMaxSize);
		return this.reload();
	}

	/** Reads the files again; resolves once their dictionaries are applied (or a newer load has taken over). */
	reload(): Promise<void> {
		const load = ++this.loads;
		this.watch();
		this.loading = loadUserDictionaries(this.paths, nodeWorkspace, { maxBytes: this.maxBytes }).then((loaded) => {
			if (load === this.loads) this.applyLoaded(loaded);
		});
		return this.loading;
	}

	/** Resolves once the files the latest settings name are read and applied: a hover waits for it rather than answer from the old tables. */
	async settled(): Promise<void> {
		let current: Promise<void>;
		do {
			current = this.loading;
			await current;
		} while (current !== this.loading);
	}

	private applyLoaded({ dictionaries, errors }: LoadedDictionaries): void {
		this.host.apply(dictionaries);
		const message = dictionaryProblemsMessage(errors);
		// Say it once per distinct set of problems, not on every save of an unrelated file.
		if (message !== undefined && message !== this.lastMessage) this.host.showError(message);
		this.lastMessage = message;
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
		this.reloadTimer = setTimeout(() => void this.reload(), RELOAD_DELAY_MS).unref();
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
