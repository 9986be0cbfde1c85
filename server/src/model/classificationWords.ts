/**
 * Classification words and portion marks, reduced to a level and caveats. Shared by the
 * metadata, banner, security-line and paragraph parsers so that they all agree.
 */
import { memoByString } from '../util/memo';
import { range, trimmedEnd } from './lines';
import type { ClassificationLevel, PortionMark } from './types';

const LEVEL_WORDS: ReadonlyArray<readonly [RegExp, ClassificationLevel]> = [
	[/^(T\s?O\s?P\s+S\s?E\s?C\s?R\s?E\s?T|TS)$/, 'topSecret'],
	[/^(S\s?E\s?C\s?R\s?E\s?T|S)$/, 'secret'],
	[/^(C\s?O\s?N\s?F\s?I\s?D\s?E\s?N\s?T\s?I\s?A\s?L|C)$/, 'confidential'],
	[/^(U\s?N\s?C\s?L\s?A\s?S(\s?S\s?I\s?F\s?I\s?E\s?D)?|U|SBU|LOU|FOUO|LIMITED OFFICIAL USE)$/, 'unclassified'],
];

/**
 * The level named by a classification word as written (`C O N F I D E N T I A L`, `UNCLAS`, `S`).
 * Readings are kept by word: every transmission header names its level by the same few letters.
 */
export const levelOf = memoByString((word: string): ClassificationLevel | undefined => {
	const normal = word.trim().toUpperCase().replace(/\s+/g, ' ');
	for (const [pattern, level] of LEVEL_WORDS) if (pattern.test(normal)) return level;
	return undefined;
});

/**
 * The one table of caveat and caption spellings and the name each stands for (upper case,
 * single spaces): the parser normalises caveats with it, and data/markings finds definitions by it.
 */
export const MARKING_NAMES: Readonly<Record<string, string>> = {
	NF: 'NOFORN',
	NOFORN: 'NOFORN',
	FOUO: 'FOUO',
	'FOR OFFICIAL USE ONLY': 'FOUO',
	SBU: 'SBU',
	'SENSITIVE BUT UNCLASSIFIED': 'SBU',
	EFTO: 'EFTO',
	'E F T O': 'EFTO',
	FGI: 'FGI',
	ORCON: 'ORCON',
	OC: 'ORCON',
	PROPIN: 'PROPIN',
	'LIMITED OFFICIAL USE': 'LIMITED OFFICIAL USE',
	LOU: 'LIMITED OFFICIAL USE',
	'ROGER CHANNEL': 'ROGER',
	'EYES ONLY': 'ONLY',
	REL: 'REL TO',
};

/** Caveats written after a level: `//NOFORN`, `/REL TO UK`, ` E F T O`, `//FOR OFFICIAL USE ONLY`. */
export function caveatsOf(rest: string): string[] {
	const caveats: string[] = [];
	for (const raw of rest.split(/\/+/)) {
		const part = raw.trim().toUpperCase().replace(/\s+/g, ' ');
		if (!part) continue;
		if (/^REL\b/.test(part)) caveats.push(part.startsWith('REL TO') ? part : part.replace(/^REL\s*/, 'REL TO '));
		else caveats.push(MARKING_NAMES[part] ?? part);
	}
	return caveats;
}

export interface ClassificationReading {
	readonly level: ClassificationLevel | undefined;
	readonly caveats: readonly string[];
}

/**
 * A metadata or banner classification: `CONFIDENTIAL//NOFORN`, `UNCLASSIFIED//FOR OFFICIAL USE ONLY`,
 * `UNCLAS E F T O`, `LIMITED OFFICIAL USE`. Readings are kept by text: a cable repeats its banner
 * on every page, and the boundary checks read each banner again.
 */
export const readClassification = memoByString((text: string): ClassificationReading => {
	const upper = text.trim().toUpperCase();
	const efto = /^UNCLAS\s+E\s?F\s?T\s?O\b/.exec(upper);
	if (efto) return { level: 'unclassified', caveats: ['EFTO'] };
	if (upper.startsWith('LIMITED OFFICIAL USE')) return { level: 'unclassified', caveats: ['LIMITED OFFICIAL USE'] };
	const [word = '', ...rest] = upper.split('//');
	const level = levelOf(word) ?? levelOf(beforeSlash(word));
	const caveats = caveatsOf(rest.join('/'));
	if (word.includes('/') && !word.includes('//')) caveats.push(...caveatsOf(word.slice(word.indexOf('/') + 1)));
	return { level, caveats };
});

/** `SECRET /NOFORN` without what starts at its first slash (not `/\s*\/.*$/`, which scans every whitespace run to its end). */
function beforeSlash(word: string): string {
	const slash = word.indexOf('/');
	return slash < 0 ? word : word.slice(0, trimmedEnd(word, slash));
}

/**
 * `(C)`, `(S//NF)`, `(SBU)`, `(C/REL TO UK)`, `(U//FOUO)`, `(S NF)`, `(Secret/Rel Armenia)`.
 * Anything else in parentheses, such as `(Afghanistan)` or `(B/D)`, is not a portion mark.
 */
// PORTION, PORTION_CAVEAT and the patterns of readMarking see only the inside of a mark, at most
// 40 characters (PORTION_SHAPE), so their lazy and repeated quantifiers stay bounded.
// eslint-disable-next-line regexp/no-super-linear-backtracking -- input at most 40 characters
const PORTION = /^(TS|S|C|U|SBU|LOU|FOUO|SECRET|CONFIDENTIAL|UNCLASSIFIED)(?:(?:\s*\/{1,2}\s*|\s+)(.*?))?\s*$/i;
// eslint-disable-next-line regexp/no-super-linear-backtracking -- input at most 40 characters
const PORTION_CAVEAT = /^(NF|NOFORN|FOUO|FGI|ORCON|OC|PROPIN|SBU|REL\b.*|FGI\s*\/+.*|NF\s*\/+.*)$/i;

const PORTION_SHAPE = /\(\s*([A-Za-z][A-Za-z /,]{0,40}?)\s*\)/y;

export function readPortionMark(line: number, text: string, column: number): PortionMark | undefined {
	// Sticky: the mark must open right at `column`, so anything but `(` there is no mark.
	if (text.charCodeAt(column) !== 0x28) return undefined;
	// A mark is at most 48 characters: matching a short slice spares the engine the whole line.
	PORTION_SHAPE.lastIndex = 0;
	const match = PORTION_SHAPE.exec(text.slice(column, column + 48));
	if (!match) return undefined;
	const inner = match[1]!;
	const reading = readMarking(inner);
	if (!reading) return undefined;
	// The match starts at `column` (sticky), so its place needs no `d` flag. Spelled out rather
	// than spread: this runs for every paragraph, and spreading costs more.
	const whole = match[0];
	return {
		text: whole,
		range: range(line, column, line, column + whole.length),
		marking: inner,
		level: reading.level,
		caveats: reading.caveats,
	};
}

type MarkingReading = { readonly level: ClassificationLevel; readonly caveats: readonly string[] } | undefined;

/** Readings by the text inside the parentheses: a cable repeats a handful of marks on every paragraph. */
const readMarking = memoByString((inner: string): MarkingReading => {
	const compact = /^(S|C)NF$/i.exec(inner);
	const parts = compact ? [compact[1]!, 'NF'] : undefined;
	const portion = parts ? undefined : PORTION.exec(inner);
	const levelWord = parts?.[0] ?? portion?.[1];
	const rest = parts?.[1] ?? portion?.[2] ?? '';
	if (!levelWord) return undefined;
	// eslint-disable-next-line regexp/no-super-linear-move -- input at most 40 characters
	if (rest && !rest.split(/\s*\/+\s*/).every((part) => PORTION_CAVEAT.test(part.trim()))) return undefined;
	const level = levelOf(levelWord);
	if (!level) return undefined;
	// eslint-disable-next-line regexp/no-super-linear-move -- input at most 40 characters
	const caveats = caveatsOf(rest.replace(/\s+(?=NF\b)/i, '/'));
	if (/^(SBU|FOUO|LOU)$/i.test(levelWord)) caveats.unshift(levelWord.toUpperCase());
	return { level, caveats };
});
