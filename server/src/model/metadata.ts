/**
 * The publisher's wrapper before the telegram: WikiLeaks page copies (labels then values),
 * "Viewing cable" pages, PlusD `Key: Value` synopses and JSON exports, and the bare
 * one-value-per-line heads of cables.csv rows and text exports.
 *
 * The patterns go without the `d` flag: V8 builds match indices in its runtime, at several
 * times the price of the match itself, and the columns follow from the groups' texts anyway.
 */
import { LABELS_START, VIEWING_CABLE_START } from './cableStart';
import { fieldAt, head, isBlank, linesRange, skipWhitespace, trimmedEnd, trimmedLine } from './lines';
import { readTagList } from './caption';
import type { Field, Metadata, MetadataField, MetadataKey, Tag } from './types';

/**
 * A map rather than an object: the labels come fresh from the text, which an object lookup first
 * has to find in V8's string table, and a label such as `Constructor` must not reach Object.prototype.
 */
const LABEL_KEYS: ReadonlyMap<string, MetadataKey> = new Map([
	['identifier', 'id'],
	['reference id', 'id'],
	['canonical id', 'id'],
	// Flattened JSON exports put the REFERENCES field under `_id`.
	['_id', 'references'],
	['refid', 'id'],
	['created', 'created'],
	['date', 'created'],
	['date_time', 'created'],
	['released', 'released'],
	['classification', 'classification'],
	['original classification', 'classification'],
	['origin', 'origin'],
	['from', 'origin'],
	['tags', 'tags'],
	['cable title', 'title'],
	['subject', 'title'],
	['title', 'title'],
	['destination', 'references'],
	['references', 'references'],
]);

const keyOf = (label: string): MetadataKey => LABEL_KEYS.get(label.trim().toLowerCase()) ?? 'other';

/** Lines that say the wrapper is over: the telegram itself or one of the publisher's notices. */
const NOTICE =
	/^(pdf\s+how-to\s+read\s+a\s+cable|Raw content|This record is a partial extract of the original cable\. The full text of the original cable is not available\.)/;
/**
 * Publisher text that some renderings glue in front of the banner: the partial-extract notice,
 * or a `Cable dated:` stamp.
 */
export const GLUED_PREFIX =
	/^(?:This record is a partial extract of the original cable\. The full text of the original cable is not available\.|Cable dated:\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?\s*)/;
const ID_SHAPE = /^\s*(\d{2}|\d{4})[A-Z][A-Z0-9]{2,}?\d{1,7}(_[a-z0-9]+)?\s*$/;
const DATE_SHAPE =
	/^\s*(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?|\d{1,2}\/\d{1,2}\/\d{4}( \d{1,2}:\d{2})?|[A-Z][a-z]{2} [A-Z][a-z]{2} \d{1,2} \d{2}:\d{2}:\d{2} [+-]\d{4} \d{4})\s*$/;
// After the caveats' letters and spaces, only whitespace that is not a space: a space could go to either run.
const CLASSIFICATION_SHAPE = /^\s*(UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE)(?:\/\/[A-Z ]+(?:[^\S ]\s*)?|\s*)$/;
const REFERENCES_SHAPE = /^\s*\d{2}[A-Z]+\d+(\|\d{2}[A-Z]+\d+)*\s*$/;
/** The value, when there is one, starts two characters after the key: its colon and one whitespace character. */
const KEY_VALUE = /^([A-Za-z_][A-Za-z_ ]{0,30}?):(?:\s(.*))?$/;
const CANONICAL_LINE = /^(\d{4}[A-Z]+\d+) - ([A-Z][A-Z /]+)$/;

export interface MetadataResult {
	readonly metadata: Metadata | undefined;
	/** The first line after the wrapper and its notices. */
	readonly next: number;
}

export function parseMetadata(lines: readonly string[], first: number): MetadataResult {
	const leading: Field[] = [];
	let start = first;
	for (; start < lines.length; start++) {
		if (isBlank(lines[start]!)) continue;
		// PDF renderings open with the partial-extract notice, then the wrapper.
		const notice = NOTICE.exec(head(lines[start]!, 200));
		if (!notice || notice[0].length !== lines[start]!.trimEnd().length) break;
		leading.push(fieldAt(start, 0, notice[0]));
	}
	if (start >= lines.length) return { metadata: undefined, next: first };
	const top = head(lines[start]!);
	const read = VIEWING_CABLE_START.test(top)
		? readViewingCable(lines, start)
		: LABELS_START.test(top)
			? readLabelsThenValues(lines, start, [])
			: (readKeyValues(lines, start) ?? readBareValues(lines, start));
	if (!read) {
		if (!leading.length) return { metadata: undefined, next: first };
		const last = leading[leading.length - 1]!.range.start.line;
		const range = linesRange(lines, leading[0]!.range.start.line, last);
		return { metadata: { range, layout: 'fieldsPerLine', fields: [], tags: [], notices: leading }, next: last + 1 };
	}
	const notices: Field[] = [...leading];
	let next = read.next;
	let last = read.last;
	for (let i = next; i < lines.length; i++) {
		if (isBlank(lines[i]!)) continue;
		const notice = NOTICE.exec(head(lines[i]!, 200));
		if (!notice) break;
		notices.push(fieldAt(i, 0, notice[0]));
		next = i + (notice[0].length === lines[i]!.trimEnd().length ? 1 : 0);
		last = i;
		if (next === i) break; // a notice glued to the banner: the banner parser reads the rest
	}
	return {
		metadata: {
			range: linesRange(lines, leading[0]?.range.start.line ?? start, last),
			layout: read.layout,
			fields: read.fields,
			tags: tagsOf(lines, read.fields),
			notices,
		},
		next,
	};
}

interface Read {
	readonly layout: Metadata['layout'];
	readonly fields: MetadataField[];
	readonly next: number;
	readonly last: number;
}

/** The title stands after the id, its comma and the whitespace that follows. */
const VIEWING_CABLE_PREFIX = 'Viewing cable ';
const VIEWING_CABLE = /^Viewing cable (\S+?),\s*/;
/** The value, on the same line, stands after the label, its colon and the whitespace that follows. */
const TITLE_OR_TAGS = /^(Cable title|Tags):\s*/;

/**
 * The value after a pattern's match: the rest of `text` without its trailing whitespace, found by
 * a loop (a lazy `(.*?)\s*$` retried every whitespace run inside the value). A line separator
 * inside the value, which `.` never crossed, still leaves no match.
 */
function restAfter(match: RegExpExecArray | null, text: string): string | undefined {
	if (!match) return undefined;
	const start = match[0].length;
	const rest = text.slice(start, Math.max(start, trimmedEnd(text)));
	return LINE_SEPARATOR.test(rest) ? undefined : rest;
}
const LINE_SEPARATOR = /[\u2028\u2029]/;

function readViewingCable(lines: readonly string[], start: number): Read | undefined {
	const text = lines[start]!;
	const bounded = head(text, 2000);
	const match = VIEWING_CABLE.exec(bounded);
	const title = restAfter(match, bounded);
	const fields: MetadataField[] = [];
	if (match && title !== undefined) {
		const id = match[1]!;
		fields.push({ key: 'id', label: undefined, value: fieldAt(start, VIEWING_CABLE_PREFIX.length, id) });
		if (title)
			fields.push({
				key: 'title',
				label: undefined,
				value: fieldAt(start, skipWhitespace(text, VIEWING_CABLE_PREFIX.length + id.length + 1), title),
			});
	}
	return readLabelsThenValues(lines, start + 1, fields, start);
}

const LABEL_LINE = /^(Identifier|Reference ID|Created|Released|Classification|Origin)\s*$/;

/** The labels stand one per line, then the values in the same order. */
function readLabelsThenValues(lines: readonly string[], start: number, fields: MetadataField[], blockStart = start): Read | undefined {
	const labels: Field[] = [];
	let i = start;
	for (; i < lines.length && LABEL_LINE.test(head(lines[i]!, 40)); i++) labels.push(trimmedLine(i, lines[i]!));
	if (labels.length === 0) return undefined;
	for (const label of labels) {
		if (i >= lines.length) break;
		fields.push({ key: keyOf(label.text), label, value: trimmedLine(i, lines[i]!) });
		i++;
	}
	let last = i - 1;
	// The seed's page copy goes on with `Cable title:` (title on a later line) and `Tags:`.
	for (let j = i; j < lines.length && j < i + 8; j++) {
		const bounded = head(lines[j]!, 2000);
		const match = TITLE_OR_TAGS.exec(bounded);
		const written = restAfter(match, bounded);
		if (!match || written === undefined) continue;
		const label = fieldAt(j, 0, match[1]!);
		let value = written ? fieldAt(j, skipWhitespace(lines[j]!, label.text.length + 1), written) : undefined;
		if (!value) {
			let k = j + 1;
			while (k < lines.length && isBlank(lines[k]!)) k++;
			if (k < lines.length && !/^(Cable title|Tags):/.test(lines[k]!)) {
				value = trimmedLine(k, lines[k]!);
				j = k;
			}
		}
		if (value) fields.push({ key: keyOf(label.text), label, value });
		last = j;
	}
	return { layout: blockStart === start ? 'labelsThenValues' : 'viewingCable', fields, next: last + 1, last };
}

/** PlusD synopses and JSON exports: `Key: Value` lines, optionally after a title line. */
function readKeyValues(lines: readonly string[], start: number): Read | undefined {
	const fields: MetadataField[] = [];
	let i = start;
	const firstIsTitle = !KEY_VALUE.test(head(lines[start]!, 200)) && KEY_VALUE.test(head(lines[start + 1] ?? '', 200));
	if (firstIsTitle) {
		fields.push({ key: 'title', label: undefined, value: trimmedLine(start, lines[start]!) });
		i++;
	}
	let pairs = 0;
	for (; i < lines.length; i++) {
		const text = head(lines[i]!, 4000);
		if (NOTICE.test(text)) break;
		const match = KEY_VALUE.exec(text);
		if (!match) break;
		const label = fieldAt(i, 0, match[1]!);
		const value = match[2] ? fieldAt(i, label.text.length + 2, match[2].trimEnd()) : fieldAt(i, text.length, '');
		fields.push({ key: keyOf(label.text), label, value });
		pairs++;
	}
	// Caption lines (`TAGS:`, `SUBJECT:`) have the same shape; a wrapper names the cable itself.
	const describesCable = fields.some((field) => ['id', 'created', 'classification', 'origin'].includes(field.key));
	if (pairs < 3 || !describesCable) return undefined;
	return { layout: 'keyValue', fields, next: i, last: i - 1 };
}

/**
 * A handful of bare values before the telegram: told apart by shape (id, date,
 * classification, reference list), anything else is the title or the origin.
 */
function readBareValues(lines: readonly string[], start: number): Read | undefined {
	const canonical = CANONICAL_LINE.exec(head(lines[start]!, 200));
	if (canonical) {
		return {
			layout: 'fieldsPerLine',
			fields: [
				{ key: 'id', label: undefined, value: fieldAt(start, 0, canonical[1]!) },
				{ key: 'classification', label: undefined, value: fieldAt(start, canonical[1]!.length + 3, canonical[2]!) },
			],
			next: start + 1,
			last: start,
		};
	}
	const values: Field[] = [];
	for (let i = start; i < lines.length && values.length < 7; i++) {
		const text = head(lines[i]!, 300);
		if (isBlank(text) || text.length >= 300 || NOTICE.test(text)) break;
		if (!CLASSIFICATION_SHAPE.test(text) && looksLikeTelegram(text)) break;
		values.push(trimmedLine(i, lines[i]!));
	}
	if (!values.some((value) => ID_SHAPE.test(value.text)) || !values.some((value) => CLASSIFICATION_SHAPE.test(value.text))) {
		return undefined;
	}
	let sawTitle = false;
	let sawId = false;
	const fields = values.map((value): MetadataField => {
		// cables.csv rows carry the cable's id, then the ids it refers to.
		const key: MetadataKey = ID_SHAPE.test(value.text)
			? sawId
				? 'references'
				: 'id'
			: DATE_SHAPE.test(value.text)
				? 'created'
				: CLASSIFICATION_SHAPE.test(value.text)
					? 'classification'
					: REFERENCES_SHAPE.test(value.text)
						? 'references'
						: /^\d+$/.test(value.text)
							? 'other'
							: /^(Embassy|Consulate|Secretary|Mission|US |USUN|American|Iran|REO|UNVIE|USEU)/.test(value.text)
								? 'origin'
								: sawTitle
									? 'origin'
									: 'title';
		if (key === 'title') sawTitle = true;
		if (key === 'id') sawId = true;
		return { key, label: undefined, value };
	});
	const last = values[values.length - 1]!.range.start.line;
	return { layout: 'fieldsPerLine', fields, next: last + 1, last };
}

/** The first lines of the telegram proper, which end a run of bare values. */
function looksLikeTelegram(text: string): boolean {
	return /^\s*(VZCZC|[OPRZ]( [OPRZ])? \d{6} ?Z |FM |C O N F|S E C R E T|UNCLAS|PAGE \d)/.test(text);
}

/**
 * PlusD writes its tags as `GR - Greece; Crete | KALOUDIS, NICK | PINS - Political Affairs`:
 * the codes are the parts before ` - `, the other parts are names. Elsewhere the value is a
 * plain list of codes.
 */
function tagsOf(lines: readonly string[], fields: readonly MetadataField[]): Tag[] {
	const value = fields.find((field) => field.key === 'tags')?.value;
	if (!value) return [];
	const { line, character } = value.range.start;
	if (!value.text.includes('|')) return readTagList(line, lines[line]!.slice(0, value.range.end.character), character, []);
	const tags: Tag[] = [];
	const labelled = /(?:^|\|\s*)([A-Z][A-Z0-9]{1,5}) - /g;
	for (let match = labelled.exec(value.text); match; match = labelled.exec(value.text)) {
		const column = character + match.index + match[0].length - match[1]!.length - 3;
		tags.push({ ...fieldAt(line, column, match[1]!), code: match[1]!, person: undefined });
	}
	return tags;
}
