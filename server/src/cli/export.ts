/**
 * `cable export`: one row per cable, for a data frame. The row is made from the collection
 * entry (the same id, date, origin, tags, subject and cited ids the editor's index holds) and
 * the facts of the same model, which the shell parses from no more of the file than the caption
 * needs; the signer, at the foot, from the file's last lines.
 *
 * The columns and their order are part of the interface (README documents them): add new ones
 * at the end.
 */
import type { CableEntry } from '../collection/types';
import { cableFacts } from '../facts/cableFacts';
import { levelName } from '../facts/levels';
import type { CableModel } from '../model/types';

export interface ExportRow {
	readonly id: string | null;
	/** ISO 8601: `2007-01-26T07:54Z`, or the day alone when no time is known. */
	readonly date: string | null;
	readonly origin: string | null;
	readonly precedence: string | null;
	readonly classification: string | null;
	readonly caveats: readonly string[];
	readonly tags: readonly string[];
	readonly subject: string;
	readonly refs: readonly string[];
	readonly signer: string | null;
	readonly file: string;
	readonly bytes: number;
}

export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
	'id',
	'date',
	'origin',
	'precedence',
	'classification',
	'caveats',
	'tags',
	'subject',
	'refs',
	'signer',
	'file',
	'bytes',
];

/** Lists in a CSV cell: no code, caveat or id holds it. */
const LIST_SEPARATOR = ';';

/** `head` is the model of the file's start the entry was made from; `signer` read from its end. */
export function exportRow(entry: CableEntry, head: CableModel, signer: string | undefined, file: string, bytes: number): ExportRow {
	const facts = cableFacts(head);
	return {
		id: entry.id ?? null,
		date: entry.date ?? null,
		origin: entry.origin ?? null,
		precedence: facts.precedence?.highest.word ?? null,
		classification: facts.overall ? levelName(facts.overall.level) : null,
		caveats: facts.overall?.caveats ?? [],
		tags: entry.tags,
		subject: entry.subject,
		refs: [...new Set(entry.citations.map((citation) => citation.id))],
		signer: signer ?? null,
		file,
		bytes,
	};
}

/** The signer, from a model of the file's last lines (the whole file when it was read whole). */
export function signerOf(tail: CableModel): string | undefined {
	return tail.body?.signature?.text.trim() || undefined;
}

export function csvHeader(): string {
	return EXPORT_COLUMNS.join(',');
}

export function csvRow(row: ExportRow): string {
	return EXPORT_COLUMNS.map((column) => csvField(cell(row[column]))).join(',');
}

export function jsonlRow(row: ExportRow): string {
	return JSON.stringify(row);
}

function cell(value: ExportRow[keyof ExportRow]): string {
	if (value === null) return '';
	if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
	return String(value);
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
