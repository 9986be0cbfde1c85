/**
 * One file of the workspace read into its collection entry, reading only as far as the entry
 * needs: the metadata, header, first banner, caption and REF block stand at the top of a cable,
 * so the first chunk is parsed and, unless the caption is over before the chunk ends, twice as
 * much is read, up to the whole file. Synchronous: it runs on the indexer's worker threads
 * (and, for a handful of files, between other work on the server's thread).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { FileStamp } from '../../collection/persistence';
import { entryOf } from '../../collection/entry';
import type { CableEntry } from '../../collection/types';
import { looksLikeCable } from '../../model/cableStart';
import { parseCable } from '../../model/parse';
import type { CableModel } from '../../model/types';

/** Why a file has no entry. */
export type SkipReason = 'tooLarge' | 'unreadable' | 'binary' | 'notCable';

export interface ReadOutcome {
	readonly path: string;
	/** Undefined when the file could not even be opened. */
	readonly stamp: FileStamp | undefined;
	readonly entry: CableEntry | undefined;
	readonly skipped: SkipReason | undefined;
	/** Bytes read from the file (for the log and the measurements). */
	readonly bytesRead: number;
}

/** The first read: most cables' caption ends within a few KB (on the corpus, 8 KB chunks read 73% of the bytes, 4 KB 49%, 16 KB 91%, for the same entries). */
export const FIRST_CHUNK = 8 * 1024;
/** A paragraph counts as the body's start only with this many lines after it in the chunk (its number must not be a cut-off REF line). */
const LINES_PAST_PARAGRAPH = 2;
const NUL = 0;
const NEWLINE = 0x0a;

/** `.cable` files are cables by their name; any other file only when its first lines look like one (as the client judges `.txt`). */
export function isCableByName(path: string): boolean {
	return path.toLowerCase().endsWith('.cable');
}

/** A read with the text it parsed and its model: what `cable export` makes its row from. */
export interface HeadOutcome extends ReadOutcome {
	readonly head: { readonly model: CableModel; readonly text: string } | undefined;
}

export function readCable(path: string, uri: string, maxBytes: number): ReadOutcome {
	// Only the entry crosses to the server's thread: the model and text are left behind.
	const { stamp, entry, skipped, bytesRead } = readCableHead(path, uri, maxBytes);
	return { path, stamp, entry, skipped, bytesRead };
}

/** As readCable, keeping the model and the text (the file's start) the entry was made from. */
export function readCableHead(path: string, uri: string, maxBytes: number): HeadOutcome {
	let fd: number;
	try {
		fd = openSync(path, 'r');
	} catch {
		return { path, stamp: undefined, entry: undefined, skipped: 'unreadable', bytesRead: 0, head: undefined };
	}
	try {
		return readOpen(fd, path, uri, maxBytes);
	} catch {
		return { path, stamp: undefined, entry: undefined, skipped: 'unreadable', bytesRead: 0, head: undefined };
	} finally {
		closeSync(fd);
	}
}

function readOpen(fd: number, path: string, uri: string, maxBytes: number): HeadOutcome {
	const stats = fstatSync(fd);
	const stamp: FileStamp = { size: stats.size, mtimeMs: stats.mtimeMs };
	const outcome = (
		skipped: SkipReason | undefined,
		bytesRead: number,
		head?: HeadOutcome['head'],
		entry = head && entryOf(head.model, head.text),
	): HeadOutcome => ({
		path,
		stamp,
		entry,
		skipped,
		bytesRead,
		head,
	});
	if (!stats.isFile()) return outcome('unreadable', 0);
	if (stats.size > maxBytes) return outcome('tooLarge', 0);
	let buffer = Buffer.allocUnsafe(Math.min(FIRST_CHUNK, stats.size));
	let filled = 0;
	for (;;) {
		const atEnd = fill(fd, buffer, filled);
		const length = atEnd.length;
		if (buffer.subarray(filled, length).includes(NUL)) return outcome('binary', length);
		filled = length;
		const complete = atEnd.eof || filled >= stats.size;
		// A chunk is cut after its last complete line: no split character, no half line read as a field.
		const end = complete ? filled : buffer.lastIndexOf(NEWLINE, filled - 1) + 1;
		if (filled === Math.min(FIRST_CHUNK, stats.size) && !isCableByName(path) && !looksLikeCable(buffer.toString('utf8', 0, filled))) {
			return outcome('notCable', filled);
		}
		const text = buffer.toString('utf8', 0, end);
		const model = parseCable(text, uri, 0);
		if (complete) return outcome(undefined, filled, { model, text });
		// Without an id, a page marker further on may give the serial; without the header's
		// date-time group, a header placed after the text (partial extracts) gives the date.
		if (captionIsOver(model)) {
			const entry = entryOf(model, text);
			if (entry.id !== undefined && entry.date !== undefined && model.header?.dtg)
				return outcome(undefined, filled, { model, text }, entry);
		}
		const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, stats.size));
		buffer.copy(grown, 0, 0, filled);
		buffer = grown;
	}
}

/** Reads into `buffer` from `from` to its end or the end of the file. */
function fill(fd: number, buffer: Buffer, from: number): { length: number; eof: boolean } {
	let at = from;
	while (at < buffer.length) {
		const read = readSync(fd, buffer, at, buffer.length - at, at);
		if (read === 0) return { length: at, eof: true };
		at += read;
	}
	return { length: at, eof: false };
}

/**
 * Whether the chunk holds the caption: a numbered paragraph starts after the first one (the REF
 * reader looks no further than the first paragraph after each banner), with lines after it.
 */
function captionIsOver(model: CableModel): boolean {
	const captionEnd = model.bannerBlocks[0]?.range.end.line ?? model.header?.range.end.line ?? model.metadata?.range.end.line ?? 0;
	const paragraph = model.body?.paragraphs.find((candidate) => candidate.range.start.line > captionEnd);
	return paragraph !== undefined && paragraph.range.start.line + LINES_PAST_PARAGRAPH < model.lineCount - 1;
}
