/**
 * One file's part of a `cable` command, the same on a worker thread and on the main one:
 * `check` reads the whole file and runs the diagnostics; `export` and `refs` read only as far
 * as the caption needs, as the workspace index does (readCableHead), and `export` reads the
 * last lines for the signer.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { checkText } from '../cli/check';
import { exportRow, signerOf } from '../cli/export';
import type { FileResult, Task } from '../cli/types';
import { createCableLanguageService } from '../languageService';
import { isCableByName, readCableHead } from '../lsp/indexing/readCable';
import { looksLikeCable } from '../model/cableStart';
import { parseCable } from '../model/parse';
import { shownPath } from './files';

/** The foot of a cable (signature, end of message) lies within its last lines. */
const TAIL_BYTES = 4 * 1024;
const NUL = 0;

const service = createCableLanguageService();

export function analyseFile(task: Task, path: string, maxBytes: number): FileResult {
	const file = shownPath(path);
	const uri = pathToFileURL(path).href;
	if (task.kind === 'check') return checkFile(path, file, uri, maxBytes, task);
	const read = readCableHead(path, uri, maxBytes);
	const bytes = read.stamp?.size ?? 0;
	if (read.skipped || !read.entry || !read.head) return { file, bytes, skipped: read.skipped ?? 'unreadable' };
	if (task.kind === 'index') return { file, bytes, entry: read.entry };
	const signer = signerOf(read.bytesRead >= bytes ? read.head.model : (readTail(path, bytes, uri) ?? read.head.model));
	return { file, bytes, row: exportRow(read.entry, read.head.model, signer, file, bytes) };
}

function checkFile(path: string, file: string, uri: string, maxBytes: number, task: Extract<Task, { kind: 'check' }>): FileResult {
	const read = readWhole(path, maxBytes);
	if ('skipped' in read) return { file, bytes: read.bytes, skipped: read.skipped };
	const text = read.buffer.toString('utf8');
	if (!isCableByName(path) && !looksLikeCable(text.slice(0, 8 * 1024))) return { file, bytes: read.bytes, skipped: 'notCable' };
	return { file, bytes: read.bytes, findings: checkText(service, uri, text, task.settings) };
}

type WholeRead =
	{ readonly buffer: Buffer; readonly bytes: number } | { readonly skipped: FileResult['skipped'] & string; readonly bytes: number };

/** The whole file, when it is a regular file within the limit and holds no NUL byte. */
function readWhole(path: string, maxBytes: number): WholeRead {
	let fd: number;
	try {
		fd = openSync(path, 'r');
	} catch {
		return { skipped: 'unreadable', bytes: 0 };
	}
	try {
		const stats = fstatSync(fd);
		if (!stats.isFile()) return { skipped: 'unreadable', bytes: 0 };
		if (stats.size > maxBytes) return { skipped: 'tooLarge', bytes: stats.size };
		const buffer = Buffer.allocUnsafe(stats.size);
		let filled = 0;
		while (filled < buffer.length) {
			const read = readSync(fd, buffer, filled, buffer.length - filled, filled);
			if (read === 0) break;
			filled += read;
		}
		const bytes = buffer.subarray(0, filled);
		return bytes.includes(NUL) ? { skipped: 'binary', bytes: stats.size } : { buffer: bytes, bytes: stats.size };
	} catch {
		return { skipped: 'unreadable', bytes: 0 };
	} finally {
		closeSync(fd);
	}
}

/** The model of the file's last lines (from the first whole line of its last 4 KB), where the signature stands. */
function readTail(path: string, size: number, uri: string): ReturnType<typeof parseCable> | undefined {
	let fd: number | undefined;
	try {
		fd = openSync(path, 'r');
		const buffer = Buffer.allocUnsafe(Math.min(TAIL_BYTES, size));
		const read = readSync(fd, buffer, 0, buffer.length, size - buffer.length);
		const text = buffer.toString('utf8', buffer.indexOf(0x0a) + 1, read);
		return parseCable(text, uri, 0);
	} catch {
		return undefined;
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}
