/**
 * Where the index is kept between sessions and how it is written: one file per set of workspace
 * folders, under the storage path the client passes (VS Code's workspace storage) or else the
 * user's cache folder; written to a temporary file and renamed, so a crash mid-write leaves the
 * previous index, never half of one. The bytes are the core's (CollectionIndex.serialize).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { CollectionIndex } from '../../collection/collectionIndex';
import type { FileStamp } from '../../collection/persistence';

const CACHE_FOLDER = 'cable-language-server';

/**
 * `storagePath` from the client's initializationOptions, when it gave one. `build` names the code
 * that made the entries (a hash of the indexer's bundle): an index another version of the server
 * wrote may hold entries read differently, so it is not reused.
 */
export function indexFilePath(
	storagePath: string | undefined,
	folders: readonly string[],
	build: string,
	environment = process.env,
): string {
	const key = createHash('sha256')
		.update([...folders].sort().join('\n'))
		.update(`\0${build}`)
		.digest('hex')
		.slice(0, 16);
	const base = storagePath ?? join(environment.XDG_CACHE_HOME || join(homedir(), '.cache'), CACHE_FOLDER);
	return join(base, `collection-${key}.index`);
}

/** A hash of the file at `path` (the indexer's bundle), or `''` when it cannot be read. */
export function buildOf(path: string): string {
	try {
		return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
	} catch {
		return '';
	}
}

/** The persisted index; undefined when there is none or it cannot be read (corrupt, another version). */
export async function loadIndex(file: string): Promise<{ index: CollectionIndex; stamps: Map<string, FileStamp> } | undefined> {
	let bytes: Uint8Array;
	try {
		bytes = await readFile(file);
	} catch {
		return undefined;
	}
	return CollectionIndex.deserialize(bytes);
}

export async function saveIndex(file: string, bytes: Uint8Array): Promise<void> {
	await mkdir(dirname(file), { recursive: true });
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		await writeFile(temporary, bytes);
		await rename(temporary, file);
	} catch (error) {
		await rm(temporary, { force: true });
		throw error;
	}
}
