/**
 * The workspace's cables, indexed in the background into the collection the features read
 * (issue 15). On start the persisted index is loaded and handed to the features at once; then
 * the workspace folders are walked, every file whose size or modification time changed (or that
 * is new) is read on worker threads, vanished files are dropped, and the index is saved. After
 * that, watched-file events and open documents' edits keep it current.
 */
import { existsSync, type Stats, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	type Connection,
	DidChangeWatchedFilesNotification,
	type Disposable,
	type FileEvent,
	FileChangeType,
	type InitializeParams,
} from 'vscode-languageserver';
import { CollectionIndex } from '../../collection/collectionIndex';
import type { FileStamp } from '../../collection/persistence';
import { entryOf, sameEntry } from '../../collection/entry';
import type { CableCollection } from '../../collection/types';
import type { CableModel } from '../../model/types';
import { type CableSettings, type IndexSettings } from '../../settings';
import { isObject } from '../../util/isObject';
import { bytesOf } from '../../util/sizes';
import { discoverFiles, fileUri } from './discovery';
import { globMatcher } from './globs';
import { buildOf, indexFilePath, loadIndex, saveIndex } from './indexStore';
import { IndexProgress } from './progress';
import { type ReadOutcome, readCable, type SkipReason } from './readCable';
import { type BatchFile, defaultPoolSize, WorkerPool } from './workerPool';

/** What `cable/indexStatus` answers (for tests and for clients that want to show it). */
export interface IndexStatus {
	/** Files the index knows the stamp of (cables and files found not to be cables). */
	readonly files: number;
	readonly cables: number;
	readonly complete: boolean;
}

export const INDEX_STATUS_REQUEST = 'cable/indexStatus';

export interface IndexerHost {
	readonly connection: Connection;
	log(message: string): void;
	/** The open document's text and its current model, unless it is not open or over the size limit. */
	openDocument(uri: string): { readonly text: string; readonly model: CableModel } | undefined;
	/** Hands the collection to the features; called again when the persisted index replaces the empty one and when a pass ends. */
	useCollection(collection: CableCollection): void;
}

/** Fewer files than this are read on the server's thread, between requests: starting workers would cost more. */
const IN_PROCESS_LIMIT = 32;
/** Files per message to a worker: few enough messages, small enough batches to share out evenly. */
const BATCH_SIZE = 64;
/** Files stat-ed between two turns of the event loop when comparing with the persisted stamps (a few ms). */
const STAT_SLICE = 1000;
/** An edited document's entry follows its text after this pause in typing. */
const EDIT_DELAY_MS = 300;
/** Changes after the first pass are saved after this quiet time (and on shutdown). */
const SAVE_DELAY_MS = 2000;
const WORKER_SCRIPT = join(__dirname, 'indexWorker.js');
/** The code that makes entries: the worker bundle holds the same core as the server's. */
const BUILD = buildOf(WORKER_SCRIPT);

interface Run {
	stopped: boolean;
}

/** What a pass did, for its log line; `workers` is 0 when the files were read on the server's thread. */
type Counts = Record<SkipReason | 'cables' | 'unchanged' | 'read' | 'workers', number> & { bytes: number };

export class WorkspaceIndexer {
	private index = new CollectionIndex();
	/** By uri: what each known file looked like when read (cables and non-cables alike). */
	private stamps = new Map<string, FileStamp>();
	private roots: string[] = [];
	private storagePath: string | undefined;
	private canWatch = false;
	private settings: (IndexSettings & { readonly maxBytes: number }) | undefined;
	private inScope: (path: string) => boolean = () => false;
	private run: Run | undefined;
	private running: Promise<void> = Promise.resolve();
	private loaded = false;
	private dirty = false;
	private saveTimer: NodeJS.Timeout | undefined;
	private watchers: Promise<Disposable | undefined> | undefined;
	/** Open documents whose entry comes from their text in the editor, not from the disk. */
	private readonly live = new Set<string>();
	private readonly editTimers = new Map<string, NodeJS.Timeout>();

	constructor(private readonly host: IndexerHost) {}

	/** The workspace folders (file: ones only), the storage path and whether the client watches files for the server. */
	initialize(params: InitializeParams): void {
		const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
		this.roots = folders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
		const options = params.initializationOptions;
		this.storagePath =
			isObject(options) && typeof options.storagePath === 'string' && options.storagePath !== '' ? options.storagePath : undefined;
		this.canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
	}

	/** The first settings start the indexer; a change of the index settings or of the size limit runs it again. */
	settingsChanged(settings: CableSettings): void {
		const next = { ...settings.index, maxBytes: bytesOf(settings.maxFileSize) };
		if (JSON.stringify(next) === JSON.stringify(this.settings)) return;
		const starting = this.settings === undefined;
		this.settings = next;
		const included = globMatcher(next.include);
		const excluded = globMatcher(next.exclude);
		this.inScope = (path) => {
			const relativePath = this.relativeToRoot(path);
			return relativePath !== undefined && included(relativePath) && !excluded(relativePath);
		};
		if (!next.enable) {
			if (!starting) this.turnOff();
			return;
		}
		if (!this.roots.length) return;
		this.watch(next.include);
		this.restart();
	}

	/** Created, changed and deleted files, as the client's watcher reports them. */
	filesChanged(changes: readonly FileEvent[]): void {
		if (!this.settings?.enable || !this.roots.length) return;
		for (const change of changes) {
			if (!change.uri.startsWith('file:')) continue;
			if (change.type === FileChangeType.Deleted) this.forget(change.uri);
			else if (this.inScope(fileURLToPath(change.uri)) && !this.live.has(change.uri)) this.readOne(change.uri);
		}
	}

	/** An open document changed: after a pause in typing, its entry follows its text. */
	documentChanged(uri: string): void {
		if (!this.settings?.enable || !uri.startsWith('file:') || !this.inScope(fileURLToPath(uri))) return;
		clearTimeout(this.editTimers.get(uri));
		this.editTimers.set(
			uri,
			setTimeout(() => {
				this.editTimers.delete(uri);
				const open = this.host.openDocument(uri);
				if (!open) return;
				const entry = entryOf(open.model, open.text);
				// Opening a file fires this too: an entry that reads as the indexed one changes
				// nothing, and must not cost a save of the whole index (seconds at 250,000 cables).
				if (!this.live.has(uri) && sameEntry(entry, this.index.byUri(uri))) return;
				this.live.add(uri);
				// The entry is the editor's text, perhaps unsaved: the next start must read the file again.
				this.stamps.delete(uri);
				this.index.set(entry);
				this.changed();
			}, EDIT_DELAY_MS),
		);
	}

	/** A closed document's entry comes from the disk again (its edits may not have been saved). */
	documentClosed(uri: string): void {
		clearTimeout(this.editTimers.get(uri));
		this.editTimers.delete(uri);
		if (!this.live.delete(uri)) return;
		if (this.settings?.enable && this.inScope(fileURLToPath(uri))) this.readOne(uri);
	}

	status(): IndexStatus {
		return { files: this.stamps.size, cables: this.index.size, complete: this.index.complete };
	}

	/** On shutdown: stops indexing, saves what changed. */
	async dispose(): Promise<void> {
		if (this.run) this.run.stopped = true;
		await this.running;
		for (const timer of this.editTimers.values()) clearTimeout(timer);
		clearTimeout(this.saveTimer);
		await this.save();
	}

	private relativeToRoot(path: string): string | undefined {
		for (const root of this.roots) {
			const relativePath = relative(root, path);
			if (relativePath && !relativePath.startsWith('..') && !isAbsolute(relativePath))
				return sep === '/' ? relativePath : relativePath.split(sep).join('/');
		}
		return undefined;
	}

	private restart(): void {
		if (this.run) this.run.stopped = true;
		const run: Run = { stopped: false };
		this.run = run;
		this.running = this.running
			.then(() => this.indexWorkspace(run))
			.catch((error: unknown) => this.host.log(`Cable index: indexing failed: ${String(error)}`));
	}

	private turnOff(): void {
		if (this.run) this.run.stopped = true;
		void this.watchers?.then((registration) => registration?.dispose());
		this.watchers = undefined;
		this.index = new CollectionIndex();
		this.stamps = new Map();
		this.loaded = false;
		this.dirty = false;
		this.host.useCollection(this.index);
	}

	/** Asks the client to report changes to the files the include globs name. */
	private watch(include: readonly string[]): void {
		if (!this.canWatch) return;
		const previous = this.watchers;
		this.watchers = (async () => {
			await previous?.then((registration) => registration?.dispose());
			return this.host.connection.client
				.register(DidChangeWatchedFilesNotification.type, { watchers: include.map((globPattern) => ({ globPattern })) })
				.catch(() => undefined);
		})();
	}

	private async indexWorkspace(run: Run): Promise<void> {
		if (run.stopped) return;
		const started = performance.now();
		const settings = this.settings!;
		if (!this.loaded) await this.loadPersisted();
		this.index.markComplete(false);
		const counts: Counts = { cables: 0, unchanged: 0, read: 0, workers: 0, bytes: 0, tooLarge: 0, unreadable: 0, binary: 0, notCable: 0 };
		const progress = new IndexProgress(this.host.connection, () => (run.stopped = true));
		try {
			const discovery = await discoverFiles(
				this.roots,
				settings,
				() => run.stopped,
				(found) => progress.discovering(found),
			);
			if (run.stopped) return;
			const files = new Map<string, string>();
			for (const path of discovery.files) files.set(fileUri(path), path);
			this.dropVanished(files);
			const toRead = await this.changedFiles(files, run);
			counts.unchanged = files.size - toRead.length;
			await this.readFiles(toRead, settings.maxBytes, run, progress, counts);
			if (!run.stopped) {
				this.index.markComplete(true);
				this.host.useCollection(this.index);
			}
			this.host.log(summary(this.index.size, counts, discovery.unreadableFolders, run.stopped, performance.now() - started));
		} finally {
			progress.done();
			await this.save();
		}
	}

	private async loadPersisted(): Promise<void> {
		this.loaded = true;
		const persisted = await loadIndex(this.storeFile());
		if (!persisted) return;
		// Documents edited before the load keep their live entries.
		for (const uri of this.live) {
			const entry = this.index.byUri(uri);
			if (entry) persisted.index.set(entry);
			persisted.stamps.delete(uri);
		}
		this.index = persisted.index;
		this.stamps = persisted.stamps;
		this.host.useCollection(this.index);
	}

	/** Files known from the last session (or an earlier pass) that are no longer there or no longer included. */
	private dropVanished(files: ReadonlyMap<string, string>): void {
		const vanished = new Set<string>();
		for (const uri of this.stamps.keys()) if (!files.has(uri)) vanished.add(uri);
		for (const entry of this.index.entries()) if (!files.has(entry.uri) && !this.live.has(entry.uri)) vanished.add(entry.uri);
		for (const uri of vanished) this.forget(uri);
	}

	/**
	 * The files to read: new ones, and those whose size or modification time is not the stamp's.
	 * Stat-ed synchronously, a slice at a time with requests answered between slices: at 250,000
	 * files a promise per stat (through libuv's thread pool) cost several times the calls themselves.
	 */
	private async changedFiles(files: ReadonlyMap<string, string>, run: Run): Promise<BatchFile[]> {
		const toRead: BatchFile[] = [];
		let stated = 0;
		for (const [uri, path] of files) {
			if (run.stopped) break;
			if (this.live.has(uri)) continue;
			const known = this.stamps.get(uri);
			if (!known || !sameStamp(statOf(path), known)) toRead.push({ uri, path });
			if (known && ++stated % STAT_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
		}
		return toRead;
	}

	private async readFiles(files: readonly BatchFile[], maxBytes: number, run: Run, progress: IndexProgress, counts: Counts): Promise<void> {
		if (!files.length) return;
		progress.reading(0, files.length);
		let done = 0;
		const take = (outcomes: readonly ReadOutcome[], batch: readonly BatchFile[]) => {
			outcomes.forEach((outcome, i) => this.apply(batch[i]!.uri, outcome, counts));
			done += outcomes.length;
			progress.reading(done, files.length);
		};
		if (files.length < IN_PROCESS_LIMIT || !existsSync(WORKER_SCRIPT)) {
			for (const file of files) {
				if (run.stopped) return;
				take([readCable(file.path, file.uri, maxBytes)], [file]);
				// Requests are answered between files.
				await new Promise((resolve) => setImmediate(resolve));
			}
			return;
		}
		const batches: BatchFile[][] = [];
		for (let i = 0; i < files.length; i += BATCH_SIZE) batches.push(files.slice(i, i + BATCH_SIZE));
		const size = defaultPoolSize();
		const pool = new WorkerPool(WORKER_SCRIPT, size);
		counts.workers = size;
		let next = 0;
		const lane = async () => {
			while (next < batches.length && !run.stopped) {
				const batch = batches[next++]!;
				const outcomes = await pool
					.read(batch, maxBytes)
					.catch(() => (run.stopped ? [] : batch.map((file) => readCable(file.path, file.uri, maxBytes))));
				if (!run.stopped) take(outcomes, batch);
			}
		};
		try {
			// Two batches per worker: one being read while the other's entries come back.
			await Promise.all(Array.from({ length: size * 2 }, lane));
		} finally {
			await pool.dispose();
		}
	}

	private apply(uri: string, outcome: ReadOutcome, counts?: Counts): void {
		if (counts) {
			counts.read++;
			counts.bytes += outcome.bytesRead;
			counts[outcome.skipped ?? 'cables']++;
		}
		if (this.live.has(uri)) return;
		// Non-cables keep their stamp so they are not read again; files too large or unreadable
		// now may not be next time (a raised limit, a fixed permission).
		if (outcome.stamp && (outcome.skipped === undefined || outcome.skipped === 'binary' || outcome.skipped === 'notCable'))
			this.stamps.set(uri, outcome.stamp);
		else this.stamps.delete(uri);
		if (outcome.entry) this.index.set(outcome.entry);
		else this.index.delete(uri);
		this.dirty = true;
	}

	/** A file (or a folder, whose files all go) is gone. */
	private forget(uri: string): void {
		const known = this.stamps.has(uri) || this.index.byUri(uri) !== undefined;
		const under = `${uri}/`;
		// Only a uri the index does not know may be a folder: a file's deletion costs no scan.
		const gone = known ? [uri] : [...this.stamps.keys()].filter((file) => file.startsWith(under));
		for (const file of gone) {
			this.stamps.delete(file);
			if (!this.live.has(file)) this.index.delete(file);
		}
		this.changed();
	}

	private readOne(uri: string): void {
		const maxBytes = this.settings!.maxBytes;
		setImmediate(() => {
			this.apply(uri, readCable(fileURLToPath(uri), uri, maxBytes));
			this.changed();
		});
	}

	/** The index changed outside a pass: saved after a quiet time. */
	private changed(): void {
		this.dirty = true;
		clearTimeout(this.saveTimer);
		this.saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
		this.saveTimer.unref();
	}

	private storeFile(): string {
		return indexFilePath(this.storagePath, this.roots, BUILD);
	}

	private async save(): Promise<void> {
		if (!this.dirty || !this.settings?.enable) return;
		this.dirty = false;
		try {
			await saveIndex(this.storeFile(), this.index.serialize(this.stamps));
		} catch (error) {
			this.host.log(`Cable index: could not save the index: ${String(error)}`);
		}
	}
}

/** The file's stats, or undefined when it cannot be stat-ed (gone, no permission). */
function statOf(path: string): Stats | undefined {
	try {
		return statSync(path, { throwIfNoEntry: false });
	} catch {
		return undefined;
	}
}

function sameStamp(now: Stats | undefined, known: FileStamp): boolean {
	return now !== undefined && now.size === known.size && now.mtimeMs === known.mtimeMs;
}

/** One line for the log: what was found, read, kept and skipped. */
function summary(cables: number, counts: Counts, unreadableFolders: number, stopped: boolean, elapsedMs: number): string {
	const skipped = [
		`${counts.notCable} not cables`,
		`${counts.tooLarge} over cable.maxFileSize`,
		`${counts.binary} binary`,
		`${counts.unreadable} unreadable`,
		...(unreadableFolders ? [`${unreadableFolders} unreadable folders`] : []),
	].join(', ');
	return (
		`Cable index${stopped ? ' (stopped)' : ''}: ${cables} cables; ${counts.unchanged} files unchanged; ${counts.cables} cables read; ` +
		`read ${counts.read} files (${counts.bytes} bytes${counts.workers ? ` on ${counts.workers} worker threads` : ''}) in ${Math.round(elapsedMs)} ms; skipped ${skipped}`
	);
}
