/**
 * A workspace of cables at the scale of the whole release, made from the corpus on demand (never
 * committed): every corpus cable whose id and REF blocks can be rewritten becomes a template,
 * and copy after copy of the templates is written with an id of its own and REF blocks that cite
 * other cables of the workspace. Kept under the system's temp folder and reused while its
 * version matches.
 *
 * The workspace is made of parts of PART_SIZE cables, each citing only cables of its own part, so
 * that the first part alone is the small workspace and all parts the large one, both of the same
 * make-up: what grows from one to the other is the count, nothing else.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { canonicalizeId } from '../server/src/citations/cableId';
import { cableReferences } from '../server/src/citations/references';
import { entryOf } from '../server/src/collection/entry';
import { looksLikeCable } from '../server/src/model/cableStart';
import { parseCable } from '../server/src/model/parse';
import { corpusCables } from '../test/helpers/corpus';

/** Bumped whenever what is written changes: a workspace of another version is written anew. */
const VERSION = 2;
export const PART_SIZE = 25_000;
/** Cables per folder, as releases are split. */
const FOLDER_SIZE = 1_000;
/** REF blocks cite at most this many cables (the corpus has a few long lists). */
const MAX_CITATIONS = 6;
const ROOT = process.env.CABLE_BENCH_WORKSPACE ?? join(tmpdir(), 'cable-bench-workspace');
const MARK = '.complete';

/** Where a template's text takes a copy's own values. */
type Hole =
	{ readonly kind: 'id' } | { readonly kind: 'serial'; readonly width: number } | { readonly kind: 'refs'; readonly indent: string };

export interface Template {
	readonly name: string;
	/** Literal text and holes, in order. */
	readonly parts: ReadonlyArray<string | Hole>;
	/** Two-digit year and origin of the cable's id: every copy keeps them. */
	readonly year: string;
	readonly origin: string;
	/** Cables each REF block cites (0: the cable cites none). */
	readonly citations: number;
}

/** One cable of the workspace: its id, where it is, and the workspace cables it cites. */
export interface SyntheticCable {
	readonly index: number;
	readonly id: string;
	/** Absolute path of its file. */
	readonly path: string;
	readonly template: number;
	readonly cites: readonly number[];
}

export interface SyntheticWorkspace {
	/** The folder to open: the first part for PART_SIZE cables, the root for all. */
	readonly folder: string;
	readonly cables: readonly SyntheticCable[];
	readonly templates: readonly Template[];
	/** Bytes written for these cables. */
	readonly bytes: number;
	/** Whether this run wrote it (else it was there already). */
	readonly written: boolean;
}

/** A copy's text: the template with its id, serial and REF blocks. */
export function cableText(template: Template, cable: SyntheticCable, cables: readonly SyntheticCable[]): string {
	const serial = cable.id.slice(2 + template.origin.length);
	let text = '';
	for (const part of template.parts) {
		if (typeof part === 'string') text += part;
		else if (part.kind === 'id') text += cable.id;
		else if (part.kind === 'serial') text += serial.padStart(part.width, '0');
		else
			text += refBlock(
				cable.cites.map((index) => cables[index]!.id),
				part.indent,
			);
	}
	return text;
}

/** `REF: A. 07 TOKYO 123` and one lettered item a line after it: a form every release writes. */
function refBlock(ids: readonly string[], indent: string): string {
	return ids
		.map((id, index) => {
			const parsed = canonicalizeId(id)!;
			const item = `${String.fromCharCode(65 + index)}. ${id.slice(0, 2)} ${parsed.origin} ${parsed.serial}`;
			return index === 0 ? `REF: ${item}` : `${indent}     ${item}`;
		})
		.join('\n');
}

/** The templates: corpus cables whose copies read back with the id and citations they were given. */
export function templates(): Template[] {
	const made: Template[] = [];
	for (const cable of corpusCables()) {
		const template = templateOf(cable.name, cable.text);
		if (template && reads(template)) made.push(template);
	}
	return made;
}

function templateOf(name: string, text: string): Template | undefined {
	if (text.includes('\r')) return undefined;
	const model = parseCable(text, `file:///${name}`, 0);
	const entry = entryOf(model, text);
	const id = entry.id === undefined ? undefined : canonicalizeId(entry.id);
	if (!id || !looksLikeCable(text.slice(0, 8192))) return undefined;
	const lineStarts = [0];
	for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
	const offset = (position: { line: number; character: number }) => lineStarts[position.line]! + position.character;
	const edits: Array<{ start: number; end: number; hole: Hole }> = [];
	const references = cableReferences(model, text);
	let citations = 0;
	references.blocks.forEach((block, index) => {
		const cited = new Set(references.items.filter((item) => item.block === index).flatMap((item) => item.ids));
		if (!cited.size) return;
		citations = Math.max(citations, Math.min(cited.size, MAX_CITATIONS));
		const start = offset(block.range.start);
		const lineStart = lineStarts[block.range.start.line]!;
		edits.push({ start, end: offset(block.range.end), hole: { kind: 'refs', indent: ' '.repeat(start - lineStart) } });
	});
	const inEdit = (at: number) => edits.some((edit) => at < edit.end && at >= edit.start);
	for (let at = text.indexOf(id.id); at >= 0; at = text.indexOf(id.id, at + 1))
		if (!inEdit(at)) edits.push({ start: at, end: at + id.id.length, hole: { kind: 'id' } });
	for (const match of text.matchAll(new RegExp(`(?<![0-9A-Za-z])0*${id.serial}(?![0-9])`, 'g'))) {
		if (!inEdit(match.index))
			edits.push({ start: match.index, end: match.index + match[0].length, hole: { kind: 'serial', width: match[0].length } });
	}
	edits.sort((a, b) => a.start - b.start);
	const parts: Array<string | Hole> = [];
	let at = 0;
	for (const edit of edits) {
		if (edit.start < at) return undefined;
		parts.push(text.slice(at, edit.start), edit.hole);
		at = edit.end;
	}
	parts.push(text.slice(at));
	return { name, parts, year: id.id.slice(0, 2), origin: id.origin, citations };
}

/** Whether copies of `template` with short and long serials, citing copies of itself, read back as written. */
function reads(template: Template): boolean {
	const copies = [7, 654_321].map((serial, index): SyntheticCable => ({
		index,
		id: `${template.year}${template.origin}${serial}`,
		path: '',
		template: 0,
		cites: template.citations ? Array.from({ length: template.citations }, () => 1 - index) : [],
	}));
	return copies.every((copy) => {
		const text = cableText(template, copy, copies);
		if (!looksLikeCable(text.slice(0, 8192))) return false;
		const entry = entryOf(parseCable(text, 'file:///copy.txt', 0), text);
		const cited = new Set(entry.citations.map((citation) => citation.id));
		const expected = copy.cites.map((index) => copies[index]!.id);
		return entry.id === copy.id && cited.size === new Set(expected).size && expected.every((id) => cited.has(id));
	});
}

/** Deterministic scatter of citations: the same workspace on every machine. */
function mix(a: number, b: number): number {
	let hash = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
	hash = Math.imul(hash ^ (hash >>> 16), 0x27d4eb2d);
	return (hash ^ (hash >>> 15)) >>> 0;
}

/**
 * Ids, paths and citations of the first `count` cables, each part in a folder of `folderOf(part)`.
 * A cable cites cables of its part from its own year or before: the REF reader takes a
 * citation of a later year for something else, as no cable cites one not yet sent.
 */
export function plan(made: readonly Template[], count: number, folderOf: (part: number) => string): SyntheticCable[] {
	const serials = new Map<string, number>();
	const cables: SyntheticCable[] = [];
	for (let partStart = 0; partStart < count; partStart += PART_SIZE) {
		const partEnd = Math.min(partStart + PART_SIZE, count);
		const byYear = Array.from({ length: partEnd - partStart }, (_, offset) => partStart + offset);
		const yearOf = (index: number) => fullYear(made[index % made.length]!.year);
		byYear.sort((a, b) => yearOf(a) - yearOf(b) || a - b);
		/** How many cables of the part are from `year` or before. */
		const upTo = new Map<number, number>();
		byYear.forEach((index, at) => upTo.set(yearOf(index), at + 1));
		for (let index = partStart; index < partEnd; index++) {
			const templateIndex = index % made.length;
			const template = made[templateIndex]!;
			const key = `${template.year}${template.origin}`;
			const serial = (serials.get(key) ?? 0) + 1;
			serials.set(key, serial);
			const id = `${key}${serial}`;
			const candidates = upTo.get(yearOf(index))!;
			const cites: number[] = [];
			for (let k = 0; k < template.citations && candidates > 1; k++) {
				let at = mix(index, k) % candidates;
				if (byYear[at] === index) at = (at + 1) % candidates;
				cites.push(byYear[at]!);
			}
			const folder = String(Math.floor((index - partStart) / FOLDER_SIZE)).padStart(3, '0');
			cables.push({ index, id, path: join(folderOf(partStart / PART_SIZE), folder, `${id}.txt`), template: templateIndex, cites });
		}
	}
	return cables;
}

/** Ids' two-digit years: the corpus runs from 1966 to 2010. */
const fullYear = (year: string) => (Number(year) >= 50 ? 1900 : 2000) + Number(year);

const partName = (part: number) => `part-${String(part).padStart(2, '0')}`;

/**
 * The workspace of `count` cables, written where missing. `count` is PART_SIZE or a multiple;
 * less than one part (a smoke run) gets a folder of its own.
 */
export function syntheticWorkspace(count: number, log: (line: string) => void = () => undefined): SyntheticWorkspace {
	const made = templates();
	if (!made.length) throw new Error('no corpus cable could be made a template (is the corpus there?)');
	const small = count < PART_SIZE;
	const root = join(ROOT, small ? `v${VERSION}-small-${count}` : `v${VERSION}`);
	const folderOf = (part: number) => (small ? root : join(root, partName(part)));
	const all = plan(made, count, folderOf);
	// The templates are the corpus's: another corpus makes another workspace.
	const stamp = `${VERSION} ${made.map((template) => template.name).join(',')}\n`;
	let bytes = 0;
	let written = false;
	for (let part = 0; part * PART_SIZE < count; part++) {
		const folder = folderOf(part);
		const mark = join(folder, MARK);
		if (existsSync(mark) && readFileSync(mark, 'utf8') === stamp) {
			bytes += Number(readFileSync(`${mark}.bytes`, 'utf8'));
			continue;
		}
		const cables = all.slice(part * PART_SIZE, (part + 1) * PART_SIZE);
		log(`writing ${cables.length} synthetic cables to ${folder}`);
		rmSync(folder, { recursive: true, force: true });
		let partBytes = 0;
		const folders = new Set<string>();
		for (const cable of cables) {
			const parent = dirname(cable.path);
			if (!folders.has(parent)) {
				mkdirSync(parent, { recursive: true });
				folders.add(parent);
			}
			const text = cableText(made[cable.template]!, cable, all);
			writeFileSync(cable.path, text);
			partBytes += Buffer.byteLength(text);
		}
		writeFileSync(`${mark}.bytes`, String(partBytes));
		writeFileSync(mark, stamp);
		bytes += partBytes;
		written = true;
	}
	return { folder: count === PART_SIZE ? folderOf(0) : root, cables: all, templates: made, bytes, written };
}
