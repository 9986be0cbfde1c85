/**
 * Addressees on TO/INFO/XMT and FM lines: a post or agency name gives its plain-language address
 * with its routing indicator (`RUEHKO/AMEMBASSY TOKYO`), written in the form the neighbouring
 * addressees of the list use (with or without indicators, precedence word, sequence number).
 * On the DE line and relay lines, which hold routing indicators only, the indicators with their
 * stations.
 */
import { type CompletionItem, CompletionItemKind, InsertTextFormat, type Range } from 'vscode-languageserver-types';
import { originatorEntries } from '../../data/originators';
import { NIACT, precedenceByWord } from '../../data/precedenceTable';
import type { RoutingTable } from '../../data/routingIndicators';
import type { Addressee, AddresseeList } from '../../model/types';
import { type CompletionCursor, rangeFrom, rankKey, snippetText, wordStart } from './cursor';
import type { Answer } from './answer';

interface AddressCandidate {
	readonly indicator: string;
	readonly address: string;
	/** The cable-id origin of a post (`TOKYO`), matched as typed without spaces (`BUENOSAIRES`). */
	readonly origin: string;
	readonly seen: number;
	readonly words: readonly string[];
}

/** The form of the addressees around the cursor. */
interface AddressForm {
	readonly indicators: boolean;
	readonly precedence: string | undefined;
	readonly sequence: boolean;
}

const PRECEDENCE_WORDS = ['ROUTINE', 'PRIORITY', 'IMMEDIATE', 'NIACT IMMEDIATE', 'FLASH'];
const ADDRESS_LINE = /^(\s*)(TO|INFO|XMT)(\s+)/i;
const FROM_LINE = /^(\s*)FM(\s+)/i;
/** Lines that hold routing indicators only: relay lines (prosign, then indicators) and the DE line. */
const INDICATOR_LINE = /^\s*(?:(?:PP|OO|RR|ZZ|NN)(?:\s+\S+)*|DE)\s+\S*$/;
/** What real TO/INFO lines pair an indicator with: the table's cables rows also caught a few misreadings (`REQUEST/OBJECTIVES`). */
const INDICATOR = /^R[A-Z]{3,6}$/;
const CLEAN_ADDRESS = /^[A-Z][A-Z ./&()'-]*$/;
const HAS_PRECEDENCE = /\b(?:ROUTINE|PRIORITY|IMMEDIATE|FLASH|NIACT)\b/;

const candidatesOf = new WeakMap<RoutingTable, readonly AddressCandidate[]>();

/** The addresses written in real TO/INFO lines and the posts' own, most used first; once per table. */
function addressCandidates(table: RoutingTable): readonly AddressCandidate[] {
	let candidates = candidatesOf.get(table);
	if (candidates) return candidates;
	const byKey = new Map<string, AddressCandidate>();
	const add = (indicator: string, address: string, origin: string, seen: number) => {
		const key = `${indicator}/${address}`;
		const known = byKey.get(key);
		if (known && known.seen >= seen) return;
		byKey.set(key, { indicator, address, origin: origin || known?.origin || '', seen, words: address.split(/\s+/) });
	};
	for (const indicator of table.codes()) {
		if (!INDICATOR.test(indicator)) continue;
		for (const entry of table.get(indicator) ?? []) {
			const usable =
				entry.rowKind === 'user' ||
				(entry.rowKind === 'cables' && CLEAN_ADDRESS.test(entry.station) && !HAS_PRECEDENCE.test(entry.station));
			if (usable) add(indicator, entry.station, '', entry.timesSeen);
		}
	}
	for (const post of originatorEntries)
		if (post.station && INDICATOR.test(post.routingIndicator)) add(post.routingIndicator, post.station, post.origin, 0);
	candidates = [...byKey.values()].sort((a, b) => b.seen - a.seen || a.address.localeCompare(b.address));
	candidatesOf.set(table, candidates);
	return candidates;
}

export function addresseeCompletions(cursor: CompletionCursor, limit: number): Answer | undefined {
	if (cursor.region === 'body') return undefined;
	if (INDICATOR_LINE.test(cursor.before)) return indicatorCompletions(cursor, limit);
	const from = FROM_LINE.exec(cursor.before);
	if (from) return addressCompletions(cursor, from[0].length, { indicators: false, precedence: undefined, sequence: false }, limit);
	const list = ADDRESS_LINE.exec(cursor.before);
	if (list) return addressCompletions(cursor, list[0].length, formAround(cursor), limit);
	if (continuesAddressList(cursor))
		return addressCompletions(cursor, cursor.before.length - cursor.before.trimStart().length, formAround(cursor), limit);
	return undefined;
}

/** A line of a TO/INFO list after its keyword line: inside a list the model read, or right under one. */
function continuesAddressList(cursor: CompletionCursor): boolean {
	const line = cursor.position.line;
	if (/^\s*(?:BT|NNNN)\b/.test(cursor.line)) return false;
	return listsOf(cursor).some((list) => list.range.start.line < line && line <= list.range.end.line + 1);
}

function listsOf(cursor: CompletionCursor): readonly AddresseeList[] {
	return cursor.facts.headers.flatMap((header) => header.addressLists);
}

/** The list the cursor is in (or ends just above it), else every list of the header: how its addressees are written. */
function formAround(cursor: CompletionCursor): AddressForm {
	const line = cursor.position.line;
	const lists = listsOf(cursor);
	const own = lists.find((list) => list.range.start.line <= line && line <= list.range.end.line + 1);
	const addressees = (own ? [own] : lists).flatMap((list) => list.addressees).filter((addressee) => addressee.range.start.line !== line);
	if (addressees.length === 0) return { indicators: true, precedence: undefined, sequence: false };
	const withIndicator = addressees.filter((addressee) => addressee.indicator).length;
	return {
		indicators: withIndicator * 2 >= addressees.length,
		precedence: mostCommon(addressees),
		sequence: addressees.some((addressee) => addressee.sequence),
	};
}

function mostCommon(addressees: readonly Addressee[]): string | undefined {
	const counts = new Map<string, number>();
	for (const { precedence } of addressees)
		if (precedence) counts.set(precedence.text.toUpperCase(), (counts.get(precedence.text.toUpperCase()) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function addressCompletions(cursor: CompletionCursor, start: number, form: AddressForm, limit: number): Answer {
	const typed = cursor.before.slice(start).toUpperCase().replace(/\s+/g, ' ');
	const range = rangeFrom(cursor, start);
	const matches = matchingAddresses(addressCandidates(cursor.tables.routingIndicators), typed, form.indicators);
	const items = matches.slice(0, limit).map((candidate, rank) => addressItem(candidate, form, rank, range));
	return { items: [...items, ...precedenceItems(cursor, typed)], isIncomplete: matches.length > limit || typed.length === 0 };
}

function matchingAddresses(candidates: readonly AddressCandidate[], typed: string, indicators: boolean): AddressCandidate[] {
	const slash = typed.indexOf('/');
	const seenAddresses = new Set<string>();
	return candidates.filter((candidate) => {
		// Without indicators the same address routed two ways is one choice.
		if (!indicators) {
			if (seenAddresses.has(candidate.address)) return false;
			seenAddresses.add(candidate.address);
		}
		if (slash >= 0) return candidate.indicator.startsWith(typed.slice(0, slash)) && candidate.address.startsWith(typed.slice(slash + 1));
		return (
			candidate.address.startsWith(typed) ||
			(indicators && candidate.indicator.startsWith(typed)) ||
			(candidate.origin !== '' && candidate.origin.startsWith(typed.replace(/ /g, ''))) ||
			(!typed.includes(' ') && candidate.words.some((word) => word.startsWith(typed)))
		);
	});
}

function addressItem(candidate: AddressCandidate, form: AddressForm, rank: number, range: Range): CompletionItem {
	const written = form.indicators ? `${candidate.indicator}/${candidate.address}` : candidate.address;
	const tail = [form.precedence ? ` ${form.precedence}` : '', form.sequence ? ' ${1:0000}' : ''].join('');
	return {
		label: written,
		kind: CompletionItemKind.Reference,
		labelDetails: form.indicators ? undefined : { description: candidate.indicator },
		detail:
			candidate.seen > 0 ? `seen ${candidate.seen}× in TO/INFO lines of real cables` : `the post's own address (${candidate.indicator})`,
		sortText: rankKey(0, rank),
		// The post's name too: `buenosaires` finds AMEMBASSY BUENOS AIRES.
		filterText: `${written} ${candidate.origin}`,
		textEdit: { range, newText: `${snippetText(written)}${tail}` },
		...(form.sequence ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
		data: { indicator: candidate.indicator },
	};
}

/** After an address (`RUEHKO/AMEMBASSY TOKYO `), the precedence words, highest last as in the order of urgency. */
function precedenceItems(cursor: CompletionCursor, typed: string): CompletionItem[] {
	// An indicator, a slash, an address and a space: `typed` has its spaces collapsed to one.
	const slash = typed.indexOf('/');
	const space = typed.lastIndexOf(' ');
	if (slash <= 0 || space <= slash + 1 || typed.slice(0, slash).includes(' ')) return [];
	const start = wordStart(cursor);
	const range = rangeFrom(cursor, start);
	// Only the words the typed letters begin: `T` is more of an address (`AMEMBASSY T`), not a precedence.
	const typedWord = cursor.before.slice(start).toUpperCase();
	return PRECEDENCE_WORDS.filter((word) => word.startsWith(typedWord)).map((word, rank): CompletionItem => ({
		label: word,
		kind: CompletionItemKind.EnumMember,
		detail: (word.startsWith('NIACT') ? NIACT : precedenceByWord(word)?.definition)?.meaning ?? '',
		sortText: rankKey(1, rank),
		textEdit: { range, newText: word },
	}));
}

function indicatorCompletions(cursor: CompletionCursor, limit: number): Answer {
	const start = wordStart(cursor);
	const typed = cursor.before.slice(start).toUpperCase();
	const table = cursor.tables.routingIndicators;
	const posts = new Set(originatorEntries.map((post) => post.routingIndicator));
	// A station's name finds its indicator too (`TOKYO` → RUEHKO), from three letters on.
	const byStation = (indicator: string) =>
		typed.length >= 3 && (table.get(indicator) ?? []).some((entry) => entry.station.split(' ').some((word) => word.startsWith(typed)));
	const matches = [...table.codes()]
		.filter((indicator) => indicator.startsWith(typed) || byStation(indicator))
		.sort((a, b) => Number(posts.has(b)) - Number(posts.has(a)) || a.localeCompare(b));
	const range = rangeFrom(cursor, start);
	const items = matches.slice(0, limit).map((indicator, rank): CompletionItem => {
		const station = table.get(indicator)?.[0]?.station ?? '';
		return {
			label: indicator,
			kind: CompletionItemKind.Reference,
			labelDetails: { description: station },
			detail: station,
			sortText: rankKey(0, rank),
			filterText: `${indicator} ${station}`,
			textEdit: { range, newText: indicator },
			data: { indicator },
		};
	});
	return { items, isIncomplete: matches.length > limit };
}
