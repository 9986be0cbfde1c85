/**
 * Every field is read in time proportional to its length. A crafted line (a `Classified By:`
 * with a long run of spaces between two words, an E.O. line or a metadata value with 40,000
 * spaces inside) once held the server's one thread for seconds to minutes per request, because
 * patterns with adjacent or lazy-then-anchored quantifiers backtrack over such runs.
 *
 * For each line of the header, caption and body of a few cables of every header family, a run
 * of one repeated character is put inside the line (after its first word, between two words, at
 * its end), and the whole analysis a client asks for (model, outline, folds, diagnostics, hovers
 * in and around the run) is timed against the same analysis of the file without the run, in the
 * same test: per character, the long variant may cost at most MARGIN times the base file.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { performance } from 'node:perf_hooks';
import type { Position } from 'vscode-languageserver-types';
import { createCableLanguageService } from '../../server/src/languageService';
import { REPO_ROOT, seedText } from '../helpers/corpus';
import { lines } from '../helpers/documents';

/** A linear analysis stays far below this; a quadratic one on 40,000 characters is hundreds of times above it. */
const MARGIN = 10;
/** Whitespace, which most patterns skip with unbounded quantifiers, goes everywhere; the others take turns. */
const SPACE = ' ';
const OTHER_CHARACTERS = ['-', '(', '1', 'A', '.', '/', '\t', ':'];
const SHORT_RUN = 700;
const LONG_RUN = 40_000;

/** A "Viewing cable" page and a PlusD `Key: Value` head, the metadata layouts the samples lack. */
const VIEWING_CABLE = lines(
	'Viewing cable 08MANAMA181, BAHRAINI FM ON ARAB LEAGUE',
	'Reference ID',
	'Created',
	'Released',
	'Classification',
	'Origin',
	'08MANAMA181',
	'2008-03-19 10:10',
	'2011-02-18 21:09',
	'CONFIDENTIAL//NOFORN',
	'Embassy Manama',
	'VZCZCXRO9028',
	'OO RUEHDE',
	'DE RUEHMK #0181/01 0791010',
	'ZNY CCCCC ZZH',
	'O 191010Z MAR 08 ZDK',
	'FM AMEMBASSY MANAMA',
	'TO RUEHC/SECSTATE WASHDC IMMEDIATE 7573',
	'INFO RUEHDE/AMCONSUL DUBAI PRIORITY 0017',
	'BT',
	'C O N F I D E N T I A L MANAMA 000181',
	'',
	'NOFORN',
	'SIPDIS',
	'',
	'E.O. 12958: DECL: 03/19/2018',
	'TAGS: PREL, PGOV, BA',
	'SUBJECT: BAHRAINI FM ON ARAB LEAGUE',
	'',
	'REF: A. STATE 12345 B. MANAMA 170',
	'',
	'Classified By: CDA Christopher Henzel, for reasons 1.4 (b) and (d).',
	'',
	'1. (C/NF) SUMMARY: The Foreign Minister spoke. END SUMMARY.',
	'',
	'-------------------',
	'BACKGROUND',
	'-------------------',
	'',
	'2. (S//NF) COMMENT: Text of the comment. END COMMENT.',
	'HENZEL',
);

const KEY_VALUE = lines(
	'SYNTHETIC SAMPLE: TALKS',
	'Date: 1975 March 3, 10:00 (Monday)',
	'Canonical ID: 1975PARIS05213_b',
	'Original Classification: SECRET//NOFORN',
	'Current Classification: UNCLASSIFIED',
	'Handling Restrictions: -- N/A or Blank --',
	'Reference: 75STATE12345|75PARIS4410',
	'TAGS: PFOR - Foreign Policy Relations | FR - France',
	'From: France Paris',
	'To: Secretary of State',
	'Raw content',
	'SECRET',
	'',
	'PAGE 01   PARIS  05213  031000Z',
	'ACTION EUR-12',
	'',
	'INFO  OCT-01   ISO-00   /013 W',
	'------------------031005Z 064536 /43',
	'P 031000Z MAR 75',
	'FM AMEMBASSY PARIS',
	'TO SECSTATE WASHDC PRIORITY 1234',
	'',
	'S E C R E T PARIS 05213',
	'',
	'E.O. 11652: GDS',
	'TAGS: PFOR, FR',
	'SUBJECT: TALKS',
	'',
	'1. TEXT OF THE FIRST PARAGRAPH.',
	'KISSINGER',
);

function sample(name: string): string {
	return readFileSync(join(REPO_ROOT, 'samples', name), 'utf8');
}

const SEEDS: ReadonlyArray<readonly [string, string]> = [
	['07TOKYO374 (seed)', seedText()],
	['1974 PlusD with an ORIGIN block', sample('1974STATE120044-plusd-1970s.cable')],
	['1978 received copy with a PAGE 01 block', sample('1978NAIROBI05213-received-copy.cable')],
	['bare header with seeded faults', sample('10NAIROBI212-seeded-faults.cable')],
	['Viewing cable page', VIEWING_CABLE],
	['PlusD Key: Value head', KEY_VALUE],
];

/**
 * The lines to stretch: every line up to the first paragraph's text (metadata, header, banner,
 * caption), then a sample of the body and its last lines (paragraphs, headings, signature).
 * Lines of one shape (the addressees, banners and captions of later sections) are read by the
 * same code, so one of each shape is enough.
 */
function linesToStretch(text: string): number[] {
	const all = text.split('\n');
	const firstParagraph = all.findIndex((line) => /^\s*1\.\s/.test(line));
	const headerEnd = firstParagraph < 0 ? all.length : firstParagraph + 2;
	const seen = new Set<string>();
	const chosen: number[] = [];
	for (let i = 0; i < all.length; i++) {
		const inSample = i < headerEnd || i % 25 === 0 || i >= all.length - 4;
		const shape = all[i]!.replace(/[A-Z]+/g, 'A')
			.replace(/[a-z]+/g, 'a')
			.replace(/\d+/g, '9');
		if (!inSample || all[i]!.trim() === '' || seen.has(shape)) continue;
		seen.add(shape);
		chosen.push(i);
	}
	return chosen;
}

/** Most words of one line a run is put inside: enough for every field of a header line. */
const MOST_WORDS = 12;

/**
 * After the first word (the keyword); inside words (a run within a value, as in
 * `DECL: 01/25<run>/2017`, or before the last letters of `f<run>or reasons`); at the end.
 */
function insertionColumns(line: string): number[] {
	const words = [...line.matchAll(/\S+/g)];
	const step = Math.max(1, Math.ceil(words.length / MOST_WORDS));
	const inside = words.filter((_, i) => i % step === 0).map((word) => word.index + (word[0].length >> 1));
	const firstWordEnd = words.length ? words[0]!.index + words[0]![0].length : 0;
	return [...new Set([firstWordEnd, ...inside, line.length])];
}

interface Variant {
	readonly text: string;
	readonly hovers: readonly Position[];
}

function stretched(all: readonly string[], line: number, column: number, run: string): Variant {
	const text = all[line]!;
	const changed = [...all];
	changed[line] = text.slice(0, column) + run + text.slice(column);
	const hoverColumns = [0, Math.max(0, column - 1), column + (run.length >> 1), column + run.length, changed[line]!.length];
	return { text: changed.join('\n'), hovers: hoverColumns.map((character) => ({ line, character })) };
}

const service = createCableLanguageService();
let version = 0;

/** Milliseconds for everything an editor asks of one version of the file. */
function analyse(variant: Variant): number {
	const text = variant.text;
	const document = { uri: 'memory://linear-time.cable', version: ++version, getText: () => text };
	const started = performance.now();
	service.getModel(document);
	service.getDocumentSymbols(document);
	service.getFoldingRanges(document);
	service.getDiagnostics(document);
	for (const position of variant.hovers) service.getHover(document, position);
	return performance.now() - started;
}

/** The least of a few timings: a collection or a compilation inside one run is not the code's cost. */
function leastOf(times: number, variant: Variant): number {
	let least = Infinity;
	for (let i = 0; i < times; i++) least = Math.min(least, analyse(variant));
	return least;
}

describe('linear time on long runs inside fields', () => {
	for (const [name, text] of SEEDS) {
		it(`reads every field of the ${name} in time proportional to its length`, () => {
			const all = text.split('\n');
			const chosen = linesToStretch(text);
			const base: Variant = { text, hovers: chosen.slice(0, 5).map((line) => ({ line, character: 1 })) };
			leastOf(3, base);
			const baseTime = leastOf(7, base);
			const slow: string[] = [];
			let variants = 0;
			// Short runs first: a super-linear pattern shows on 700 characters in well under a second, and the
			// test then fails at once instead of spending minutes (or hours, at n^4) on the 40,000-character runs.
			for (const length of [SHORT_RUN, LONG_RUN]) {
				for (const [index, line] of chosen.entries()) {
					for (const [p, column] of insertionColumns(all[line]!).entries()) {
						const other = OTHER_CHARACTERS[(index + p) % OTHER_CHARACTERS.length]!;
						for (const run of [SPACE.repeat(length), other.repeat(length)]) {
							const variant = stretched(all, line, column, run);
							const allowed = baseTime * (variant.text.length / text.length) * MARGIN;
							variants++;
							const first = analyse(variant);
							// Timed again only when over: one slow run can be a pause of the process or a compilation, five cannot.
							if (first <= allowed || leastOf(4, variant) <= allowed) continue;
							slow.push(
								`line ${line + 1} at ${column}, ${run.length} x ${JSON.stringify(run[0])}: ${first.toFixed(1)} ms, allowed ${allowed.toFixed(1)} ms`,
							);
						}
					}
				}
				if (slow.length > 0) break;
			}
			assert.deepEqual(slow, [], `base ${baseTime.toFixed(2)} ms for ${text.length} characters`);
			assert.ok(variants >= chosen.length * 8, 'every line stretched');
		});
	}
});
