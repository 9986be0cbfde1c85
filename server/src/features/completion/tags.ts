/**
 * TAGS lines: every code of the tag table and the user's dictionaries, matched on the code and
 * on the words of its meaning (typing `nuclear` offers KNNP, TRGY ...), ranked by how often real
 * cables use the code, without the codes the line already has. After a person tag's `(`, a
 * placeholder for the name.
 */
import { type CompletionItem, CompletionItemKind, InsertTextFormat, type Range } from 'vscode-languageserver-types';
import type { TagEntry, TagTable } from '../../data/tagTable';
import { isPersonTag } from '../../decode/tags';
import { plainText } from '../../util/plainText';
import { type CompletionCursor, followedBy, rangeFrom, rankKey, snippetText, wordStart } from './cursor';
import type { Answer } from './answer';

/** `TAGS:` and the misspellings the model reads as it (`TAS:`, `TGS:`), at the start of a line. */
const TAGS_KEYWORD = /^\s*(?:TAGS?|TAS|TGS)\s*[:;]/i;

/** The meaning shown beside a code in the list is cut here: the list is narrow, the detail has it whole. */
const LIST_MEANING_LENGTH = 40;

/** Meaning words are matched from this many letters on: one or two letters match half the table. */
const MEANING_MATCH_MIN = 3;

export interface TagCandidate {
	readonly code: string;
	readonly entries: readonly TagEntry[];
	/** Times seen in the Cablegate sample, over all the code's readings. */
	readonly seen: number;
	/** The meanings' words, lower-cased, for matching what is typed. */
	readonly words: readonly string[];
}

const candidatesOf = new WeakMap<TagTable, readonly TagCandidate[]>();

/** Every code of the table, most used first; built once per table (user dictionaries make a new one). */
export function tagCandidates(table: TagTable): readonly TagCandidate[] {
	let candidates = candidatesOf.get(table);
	if (!candidates) {
		candidates = [...table.codes()]
			.map((code) => {
				const entries = table.get(code) ?? [];
				return {
					code,
					entries,
					seen: entries.reduce((total, entry) => total + entry.timesSeen, 0),
					words: entries.flatMap((entry) => entry.meaning.toLowerCase().split(/[^a-z0-9]+/)).filter((word) => word.length > 0),
				};
			})
			.sort((a, b) => b.seen - a.seen || a.code.localeCompare(b.code));
		candidatesOf.set(table, candidates);
	}
	return candidates;
}

/** The TAGS line the cursor is on: its keyword line, or a wrapped line the model reads as part of it. */
export function onTagsLine(cursor: CompletionCursor): boolean {
	if (TAGS_KEYWORD.test(cursor.line)) return cursor.before.length > cursor.line.indexOf(':');
	const line = cursor.position.line;
	return cursor.facts.tagsLines.some((tags) => tags.range.start.line < line && line <= tags.range.end.line);
}

export function tagCompletions(cursor: CompletionCursor, limit: number): Answer | undefined {
	if (!onTagsLine(cursor)) return undefined;
	return personCompletion(cursor) ?? codeCompletions(cursor, limit);
}

/** `OVIP (`: the person's name, surname first, as the tags of real cables write it. */
function personCompletion(cursor: CompletionCursor): Answer | undefined {
	// The before-cursor text of one line: bounded by the line.
	const match = /([A-Za-z]{4})\s*\(([^()]*)$/.exec(cursor.before);
	if (!match || !isPersonTag(match[1]!.toUpperCase())) return undefined;
	const close = followedBy(cursor, ')') ? '' : ')';
	const item: CompletionItem = {
		label: 'SURNAME, GIVEN NAME',
		kind: CompletionItemKind.Snippet,
		detail: `the person ${match[1]!.toUpperCase()} names`,
		textEdit: { range: rangeFrom(cursor, cursor.before.length - match[2]!.length), newText: `\${1:SURNAME}, \${2:GIVEN NAME}${close}$0` },
		insertTextFormat: InsertTextFormat.Snippet,
	};
	return { items: [item], isIncomplete: false };
}

function codeCompletions(cursor: CompletionCursor, limit: number): Answer {
	const start = wordStart(cursor, /[\s,;:]/);
	const typed = cursor.before.slice(start);
	const query = typed.toLowerCase();
	const present = codesOnLine(cursor, start);
	const byCode: TagCandidate[] = [];
	const byMeaning: TagCandidate[] = [];
	const matchMeaning = query.length >= MEANING_MATCH_MIN;
	for (const candidate of tagCandidates(cursor.tables.tags)) {
		if (present.has(candidate.code)) continue;
		if (candidate.code.toLowerCase().startsWith(query)) byCode.push(candidate);
		else if (matchMeaning && candidate.words.some((word) => word.startsWith(query))) byMeaning.push(candidate);
	}
	const matches = [...byCode, ...byMeaning];
	const range = rangeFrom(cursor, start);
	const items = matches
		.slice(0, limit)
		.map((candidate, rank): CompletionItem => tagItem(candidate, rank < byCode.length ? 0 : 1, rank, range));
	// Short queries leave meaning matches out and long lists are cut: either way typing on changes the answer.
	return { items, isIncomplete: matches.length > limit || !matchMeaning };
}

/** The codes already on the line (and on the other lines of a wrapped TAGS line), less the one being typed. */
function codesOnLine(cursor: CompletionCursor, start: number): Set<string> {
	const line = cursor.position.line;
	const written = cursor.line.slice(0, start) + cursor.line.slice(cursor.before.length).replace(/^\S*/, '');
	const codes = new Set(
		written
			.replace(TAGS_KEYWORD, '')
			.toUpperCase()
			.split(/[\s,;]+/)
			.filter(Boolean),
	);
	for (const tags of cursor.facts.tagsLines) {
		if (tags.range.start.line <= line && line <= tags.range.end.line) {
			for (const tag of tags.tags) if (tag.range.start.line !== line) codes.add(tag.code);
		}
	}
	return codes;
}

const KIND_ICONS: Readonly<Record<string, CompletionItemKind>> = {
	subject: CompletionItemKind.Keyword,
	program: CompletionItemKind.Module,
	country: CompletionItemKind.Constant,
	region: CompletionItemKind.Enum,
	organization: CompletionItemKind.Class,
};

function tagItem(candidate: TagCandidate, group: number, rank: number, range: Range): CompletionItem {
	const first = candidate.entries[0];
	const kinds = [...new Set(candidate.entries.map((entry) => entry.kind))];
	const meaning = candidate.entries
		.map((entry) => entry.meaning)
		.filter(Boolean)
		.join('; ');
	const person = isPersonTag(candidate.code);
	return {
		label: candidate.code,
		// VS Code shows `detail` only in the details pane, shut by default: the meaning beside the code is what a writer reads.
		labelDetails: {
			...(first?.meaning ? { detail: ` ${plainText(first.meaning, LIST_MEANING_LENGTH)}` } : {}),
			description: kinds.join(', '),
		},
		kind: KIND_ICONS[first?.kind ?? ''] ?? CompletionItemKind.Value,
		detail: meaning || '(no meaning in the tables)',
		sortText: rankKey(group, rank),
		// The meaning too, so the editor's own filter keeps `KNNP` while `nuclear` is typed.
		filterText: `${candidate.code} ${meaning}`,
		textEdit: { range, newText: person ? `${snippetText(candidate.code)} (\${1:SURNAME, GIVEN NAME})` : candidate.code },
		...(person ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
		data: { tag: candidate.code },
	};
}
