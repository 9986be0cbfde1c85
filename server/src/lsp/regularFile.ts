/**
 * Reading a file that a setting or a command line names, without trusting it to be one: a
 * FIFO blocks an ordinary open until someone writes, `/dev/zero` never ends, and a 2 GB file
 * would be read whole. The path is stat'ed (following symbolic links) and anything but a
 * small enough regular file declined before it is opened; it is opened without blocking, the
 * opened descriptor checked again (the path may have been swapped in between), and at most
 * one byte past the limit is read, whatever the file turns out to be.
 */
import { constants, type Stats } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';

/** O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer. O_NOCTTY: a terminal never becomes ours. */
export const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** Bytes asked for per read: a file that lies about its size is still read in bounded steps. */
const CHUNK_BYTES = 64 * 1024;

/** What the path is when it is not a regular file ("a directory"), for a message; undefined for a regular file. */
function notRegularFile(stats: Stats): string | undefined {
	if (stats.isFile()) return undefined;
	if (stats.isDirectory()) return 'a directory';
	if (stats.isFIFO()) return 'a named pipe (FIFO)';
	if (stats.isSocket()) return 'a socket';
	if (stats.isCharacterDevice()) return 'a character device';
	if (stats.isBlockDevice()) return 'a block device';
	return 'an unknown kind of file';
}

/** A failed file operation in a few words, from its error code alone: Node's messages repeat the path unfiltered. */
export function fileErrorReason(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	if (code === 'ELOOP') return 'a loop of symbolic links';
	return typeof code === 'string' && /^[A-Z][A-Z\d_]{0,30}$/.test(code) ? code : 'an unexpected error';
}

/** Why a file cannot be used, in words that follow its name; or at most `maxBytes` of its bytes. */
export type FileRead = { readonly refused: string } | { readonly bytes: Buffer };

/** Says how the file is over the limit: `size` is undefined when it grew past it while being read. */
export type TooLarge = (size: number | undefined) => string;

/** Bounds a file operation in time (the identity when there is no bound). */
export type Wait = <T>(work: Promise<T>) => Promise<T>;

/**
 * The whole careful read: stat, open, fstat, bounded read. Resolves with a refusal or the
 * bytes; rejects with what the file system (or `wait`) throws.
 */
export async function readRegularFile(path: string, maxBytes: number, tooLarge: TooLarge, wait: Wait = (work) => work): Promise<FileRead> {
	// stat, not lstat: a symbolic link is judged by what it points to.
	const before = refusal(await wait(stat(path)), maxBytes, tooLarge);
	if (before) return { refused: before };
	const opening = open(path, READ_FLAGS);
	const handle = await wait(opening).catch((error: unknown) => {
		// Given up on: the descriptor, if it ever comes, is closed when it does.
		void opening.then(
			(late) => late.close(),
			() => undefined,
		);
		throw error;
	});
	try {
		const after = refusal(await wait(handle.stat()), maxBytes, tooLarge);
		if (after) return { refused: after };
		return bounded(await readAtMost(handle, maxBytes + 1, wait), maxBytes, tooLarge);
	} finally {
		void handle.close().catch(() => undefined);
	}
}

function refusal(stats: Stats, maxBytes: number, tooLarge: TooLarge): string | undefined {
	const kind = notRegularFile(stats);
	if (kind) return `is ${kind}, not a regular file`;
	return stats.size > maxBytes ? tooLarge(stats.size) : undefined;
}

/** The bytes, unless there were more than `maxBytes` (the file grew since it was checked, or its size was not told). */
function bounded(bytes: Buffer, maxBytes: number, tooLarge: TooLarge): FileRead {
	return bytes.length > maxBytes ? { refused: tooLarge(undefined) } : { bytes };
}

/** Reads until the end of the file or `limit` bytes, whichever comes first, whatever the file is. */
export async function readAtMost(handle: FileHandle, limit: number, wait: Wait = (work) => work): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let total = 0;
	while (total < limit) {
		const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, limit - total));
		const { bytesRead } = await wait(handle.read(chunk, 0, chunk.length, null));
		if (bytesRead === 0) break;
		chunks.push(chunk.subarray(0, bytesRead));
		total += bytesRead;
	}
	return Buffer.concat(chunks, total);
}
