/**
 * The collection as bytes, so that a workspace of 250,000 cables comes back in a second instead
 * of being read again: every entry, and the size and modification time of every file it was
 * read from (files that are no cables too, so that they are not read again either).
 *
 * Layout: `CABLEIDX`, format version, payload length and checksum (u32, little endian), then the
 * payload: a table of the strings that repeat (folders of uris, dates, origins,
 * classifications, tags, cited ids), a table of tag lists, the entries (each with its file's
 * stamp when there is one), and the stamps of files without an entry. Numbers are unsigned
 * LEB128 varints, modification times float64, strings UTF-8 after their byte length.
 *
 * Reading never throws: bytes of another version, cut short, or changed anywhere (the checksum
 * covers the payload) give undefined, and the caller indexes afresh.
 */
import type { Range } from 'vscode-languageserver-types';
import { RangePool } from './rangePool';
import type { CableEntry, EntryCitation } from './types';

/** What tells a file changed since it was read, without reading it. */
export interface FileStamp {
	readonly size: number;
	readonly mtimeMs: number;
}

export interface PersistedCollection {
	readonly entries: CableEntry[];
	readonly stamps: Map<string, FileStamp>;
}

/** Bumped whenever the layout or the meaning of an entry changes: an older file is then read as none. */
export const FORMAT_VERSION = 1;
const MAGIC = 'CABLEIDX';
const HEADER_LENGTH = MAGIC.length + 12;

export function writeCollection(entries: Iterable<CableEntry>, stamps: ReadonlyMap<string, FileStamp>): Uint8Array {
	const tables = new Tables();
	const body = new ByteWriter();
	const written = new Set<string>();
	const entriesStart = body.reserveCount();
	for (const entry of entries) {
		writeEntry(body, tables, entry, stamps.get(entry.uri));
		written.add(entry.uri);
	}
	body.patchCount(entriesStart, written.size);
	const unread = [...stamps].filter(([uri]) => !written.has(uri));
	body.uint(unread.length);
	for (const [uri, stamp] of unread) {
		writeUri(body, tables, uri);
		writeStamp(body, stamp);
	}

	const head = new ByteWriter();
	tables.write(head);
	const payloadLength = head.length + body.length;
	const out = new Uint8Array(HEADER_LENGTH + payloadLength);
	const view = new DataView(out.buffer);
	for (let index = 0; index < MAGIC.length; index++) out[index] = MAGIC.charCodeAt(index);
	view.setUint32(MAGIC.length, FORMAT_VERSION, true);
	view.setUint32(MAGIC.length + 4, payloadLength, true);
	out.set(head.bytes.subarray(0, head.length), HEADER_LENGTH);
	out.set(body.bytes.subarray(0, body.length), HEADER_LENGTH + head.length);
	view.setUint32(MAGIC.length + 8, checksum(out, HEADER_LENGTH, out.length), true);
	return out;
}

export function readCollection(bytes: Uint8Array): PersistedCollection | undefined {
	try {
		if (!hasHeader(bytes)) return undefined;
		const reader = new ByteReader(bytes, HEADER_LENGTH);
		const { strings, tagLists } = readTables(reader);
		const ranges = new RangePool();
		const entries: CableEntry[] = [];
		const stamps = new Map<string, FileStamp>();
		for (let count = reader.uint(); count > 0; count--) {
			const entry = readEntry(reader, strings, tagLists, ranges);
			entries.push(entry);
			if (reader.byte() === 1) stamps.set(entry.uri, readStamp(reader));
		}
		for (let count = reader.uint(); count > 0; count--) stamps.set(readUri(reader, strings), readStamp(reader));
		return reader.atEnd ? { entries, stamps } : undefined;
	} catch {
		// A reader that runs off the bytes or meets invalid UTF-8 throws: the file is not ours.
		return undefined;
	}
}

function hasHeader(bytes: Uint8Array): boolean {
	if (bytes.length < HEADER_LENGTH) return false;
	for (let index = 0; index < MAGIC.length; index++) if (bytes[index] !== MAGIC.charCodeAt(index)) return false;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return (
		view.getUint32(MAGIC.length, true) === FORMAT_VERSION &&
		view.getUint32(MAGIC.length + 4, true) === bytes.length - HEADER_LENGTH &&
		view.getUint32(MAGIC.length + 8, true) === checksum(bytes, HEADER_LENGTH, bytes.length)
	);
}

/** FNV-1a over the payload: enough to tell a damaged or truncated file, cheap enough to run on every load. */
function checksum(bytes: Uint8Array, from: number, to: number): number {
	let hash = 0x811c9dc5;
	for (let index = from; index < to; index++) hash = Math.imul(hash ^ bytes[index]!, 0x01000193);
	return hash >>> 0;
}

// ---------------------------------------------------------------- entries

function writeEntry(out: ByteWriter, tables: Tables, entry: CableEntry, stamp: FileStamp | undefined): void {
	writeUri(out, tables, entry.uri);
	out.optionalString(entry.id);
	out.string(entry.subject);
	out.uint(tables.ref(entry.date));
	out.uint(tables.ref(entry.origin));
	out.uint(tables.ref(entry.classification));
	out.uint(tables.tagList(entry.tags));
	writeRange(out, entry.target);
	out.uint(entry.citations.length);
	for (const citation of entry.citations) {
		out.uint(tables.ref(citation.id));
		writeRange(out, citation.range);
	}
	if (stamp) {
		out.byte(1);
		writeStamp(out, stamp);
	} else out.byte(0);
}

function readEntry(
	reader: ByteReader,
	strings: readonly string[],
	tagLists: readonly (readonly string[])[],
	ranges: RangePool,
): CableEntry {
	const uri = readUri(reader, strings);
	const id = reader.optionalString();
	const subject = reader.string();
	const date = optionalRef(reader, strings);
	const origin = optionalRef(reader, strings);
	const classification = optionalRef(reader, strings);
	const tags = at(tagLists, reader.uint());
	const target = readRange(reader, ranges);
	const citations: EntryCitation[] = [];
	for (let count = reader.uint(); count > 0; count--) {
		const cited = optionalRef(reader, strings);
		if (cited === undefined) throw new RangeError('citation without an id');
		citations.push({ id: cited, range: readRange(reader, ranges) });
	}
	return { uri, id, subject, date, origin, classification, tags, target, citations };
}

/** Uris of one workspace share their folders: the folder goes to the table, the name stays inline. */
function writeUri(out: ByteWriter, tables: Tables, uri: string): void {
	const cut = uri.lastIndexOf('/') + 1;
	out.uint(tables.ref(uri.slice(0, cut)));
	out.string(uri.slice(cut));
}

function readUri(reader: ByteReader, strings: readonly string[]): string {
	const folder = optionalRef(reader, strings) ?? '';
	const uri = folder + reader.string();
	if (!uri) throw new RangeError('empty uri');
	return uri;
}

function writeStamp(out: ByteWriter, stamp: FileStamp): void {
	out.uint(stamp.size);
	out.float(stamp.mtimeMs);
}

function readStamp(reader: ByteReader): FileStamp {
	return { size: reader.uint(), mtimeMs: reader.float() };
}

function writeRange(out: ByteWriter, range: Range): void {
	out.uint(range.start.line);
	out.uint(range.start.character);
	out.uint(range.end.line);
	out.uint(range.end.character);
}

function readRange(reader: ByteReader, ranges: RangePool): Range {
	const startLine = reader.uint();
	const startCharacter = reader.uint();
	const endLine = reader.uint();
	return ranges.make(startLine, startCharacter, endLine, reader.uint());
}

function optionalRef(reader: ByteReader, strings: readonly string[]): string | undefined {
	const ref = reader.uint();
	return ref === 0 ? undefined : at(strings, ref - 1);
}

function at<T>(list: readonly T[], index: number): T {
	if (index >= list.length) throw new RangeError(`reference ${index} past the table`);
	return list[index]!;
}

// ---------------------------------------------------------------- tables

/** Strings written once and referred to by number (0 for none), and tag lists likewise (by index). */
class Tables {
	private readonly strings: string[] = [];
	private readonly stringRefs = new Map<string, number>();
	private readonly tagLists: (readonly string[])[] = [];
	private readonly tagListRefs = new Map<string, number>();

	ref(text: string | undefined): number {
		if (text === undefined) return 0;
		let ref = this.stringRefs.get(text);
		if (ref === undefined) {
			this.strings.push(text);
			ref = this.strings.length;
			this.stringRefs.set(text, ref);
		}
		return ref;
	}

	tagList(tags: readonly string[]): number {
		const key = tags.join('\n');
		let index = this.tagListRefs.get(key);
		if (index === undefined) {
			index = this.tagLists.length;
			this.tagLists.push(tags);
			this.tagListRefs.set(key, index);
			for (const tag of tags) this.ref(tag);
		}
		return index;
	}

	write(out: ByteWriter): void {
		out.uint(this.strings.length);
		for (const text of this.strings) out.string(text);
		out.uint(this.tagLists.length);
		for (const tags of this.tagLists) {
			out.uint(tags.length);
			for (const tag of tags) out.uint(this.ref(tag));
		}
	}
}

function readTables(reader: ByteReader): { strings: string[]; tagLists: (readonly string[])[] } {
	const strings: string[] = [];
	for (let count = reader.uint(); count > 0; count--) strings.push(reader.string());
	const tagLists: (readonly string[])[] = [];
	for (let count = reader.uint(); count > 0; count--) {
		const tags: string[] = [];
		for (let tagCount = reader.uint(); tagCount > 0; tagCount--) {
			const tag = optionalRef(reader, strings);
			if (tag === undefined) throw new RangeError('empty tag reference');
			tags.push(tag);
		}
		tagLists.push(Object.freeze(tags));
	}
	return { strings, tagLists };
}

// ---------------------------------------------------------------- bytes

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
/** Varints that no number written here needs: a longer one is damage. */
const MAX_VARINT_SCALE = 2 ** 56;

class ByteWriter {
	bytes = new Uint8Array(1 << 16);
	length = 0;
	private view = new DataView(this.bytes.buffer);

	byte(value: number): void {
		this.ensure(1);
		this.bytes[this.length++] = value;
	}

	/** Non-negative integers; anything else (which no entry or stamp holds) is written as 0. */
	uint(value: number): void {
		this.ensure(10);
		let rest = Number.isSafeInteger(value) && value > 0 ? value : 0;
		while (rest >= 0x80) {
			this.bytes[this.length++] = (rest % 0x80) | 0x80;
			rest = Math.floor(rest / 0x80);
		}
		this.bytes[this.length++] = rest;
	}

	float(value: number): void {
		this.ensure(8);
		this.view.setFloat64(this.length, value, true);
		this.length += 8;
	}

	/** ASCII, nearly every string of a cable's entry, is copied byte by byte; anything else goes through the encoder. */
	string(text: string): void {
		const length = text.length;
		this.ensure(length + 10);
		const start = this.length;
		this.uint(length);
		const bytes = this.bytes;
		let at = this.length;
		for (let index = 0; index < length; index++) {
			const code = text.charCodeAt(index);
			if (code >= 0x80) {
				this.length = start;
				this.encoded(text);
				return;
			}
			bytes[at++] = code;
		}
		this.length = at;
	}

	optionalString(text: string | undefined): void {
		if (text === undefined) this.byte(0);
		else {
			this.byte(1);
			this.string(text);
		}
	}

	/** Room for a count patched in once known: five varint bytes, the last without a continuation bit. */
	reserveCount(): number {
		this.ensure(5);
		const at = this.length;
		this.length += 5;
		return at;
	}

	patchCount(at: number, count: number): void {
		let rest = count;
		for (let index = 0; index < 4; index++) {
			this.bytes[at + index] = (rest % 0x80) | 0x80;
			rest = Math.floor(rest / 0x80);
		}
		this.bytes[at + 4] = rest;
	}

	private encoded(text: string): void {
		const utf8 = encoder.encode(text);
		this.uint(utf8.length);
		this.ensure(utf8.length);
		this.bytes.set(utf8, this.length);
		this.length += utf8.length;
	}

	private ensure(more: number): void {
		if (this.length + more <= this.bytes.length) return;
		let capacity = this.bytes.length * 2;
		while (capacity < this.length + more) capacity *= 2;
		const grown = new Uint8Array(capacity);
		grown.set(this.bytes.subarray(0, this.length));
		this.bytes = grown;
		this.view = new DataView(grown.buffer);
	}
}

class ByteReader {
	private readonly view: DataView;
	private readonly end: number;

	constructor(
		private readonly bytes: Uint8Array,
		private at: number,
	) {
		this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		this.end = bytes.length;
	}

	get atEnd(): boolean {
		return this.at === this.end;
	}

	byte(): number {
		if (this.at >= this.end) throw new RangeError('cut short');
		return this.bytes[this.at++]!;
	}

	uint(): number {
		let value = 0;
		let scale = 1;
		for (;;) {
			const byte = this.byte();
			value += (byte & 0x7f) * scale;
			if (byte < 0x80) return value;
			scale *= 0x80;
			if (scale > MAX_VARINT_SCALE) throw new RangeError('varint too long');
		}
	}

	float(): number {
		if (this.at + 8 > this.end) throw new RangeError('cut short');
		const value = this.view.getFloat64(this.at, true);
		this.at += 8;
		return value;
	}

	string(): string {
		const length = this.uint();
		if (this.at + length > this.end) throw new RangeError('cut short');
		const start = this.at;
		this.at += length;
		return decoder.decode(this.bytes.subarray(start, this.at));
	}

	optionalString(): string | undefined {
		return this.byte() === 0 ? undefined : this.string();
	}
}
