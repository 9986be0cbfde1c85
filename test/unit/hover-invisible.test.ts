import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Position } from 'vscode-languageserver-types';
import { createCableLanguageService } from '../../server/src/languageService';
import { doc, lines } from '../helpers/documents';
import { hoverWords, positionOf } from '../helpers/hover';

const service = createCableLanguageService();

function hoverAt(text: string, position: Position) {
	return service.getHover(doc(text), position);
}

/** A header whose DE line and TAGS line carry `station` and `tag`, with the DTG `dtg`. */
function cable({ station = 'RUEHKO', tag = 'PARM', dtg = '260754Z JAN 07' } = {}): string {
	return lines(
		'VZCZCXRO9140',
		'PP RUEHDBU',
		`DE ${station} #0374/01 0260754`,
		'ZNY CCCCC ZZH',
		`P ${dtg}`,
		'FM AMEMBASSY TOKYO',
		'TO RUEHC/SECSTATE WASHDC PRIORITY 0137',
		'BT',
		'C O N F I D E N T I A L TOKYO 000374',
		'',
		'E.O. 12958: DECL: 01/25/2017',
		`TAGS: PREL ${tag} KNNP`,
		'SUBJECT: TEST',
		'',
		'1. (C) Text.',
	);
}

describe('hover on codes with invisible characters', () => {
	it('decodes the same codes without them', () => {
		const text = cable();
		assert.match(hoverWords(hoverAt(text, positionOf(text, 'RUEHKO'))), /routing indicator of station AMEMBASSY TOKYO/);
		assert.match(hoverWords(hoverAt(text, positionOf(text, 'PARM'))), /subject tag: Arms Controls/);
		assert.match(hoverWords(hoverAt(text, positionOf(text, '260754Z'))), /Friday 26 January 2007, 07:54 UTC/);
	});

	it('does not decode a routing indicator with a zero width space, and names the character', () => {
		const text = cable({ station: 'RUEH\u200bKO' });
		for (const needle of ['RUEH\u200bKO', 'KO #', '#0374']) {
			const hover = hoverAt(text, positionOf(text, needle));
			const words = hoverWords(hover);
			assert.match(words, /U\+200B ZERO WIDTH SPACE at position 5/, needle);
			assert.match(words, /not decoded/, needle);
			assert.doesNotMatch(words, /routing indicator of station|RGN RELAY|BELTSVILLE/, needle);
		}
		// Over the code, the hover covers all of it, the part after the invisible character too.
		const { line } = positionOf(text, 'RUEH\u200bKO');
		assert.deepEqual(hoverAt(text, { line, character: 4 })?.range, { start: { line, character: 3 }, end: { line, character: 10 } });
	});

	it('does not decode a tag with a left-to-right mark, on its either side or on the TAGS keyword', () => {
		const text = cable({ tag: 'PA\u200eRM' });
		for (const needle of ['PA\u200e', 'RM K', 'TAGS']) {
			const words = hoverWords(hoverAt(text, positionOf(text, needle)));
			assert.match(words, /`PARM` holds 1 invisible character: U\+200E LEFT-TO-RIGHT MARK at position 3/, needle);
			assert.doesNotMatch(words, /Paraguay|Marshall Islands|Arms Controls/, needle);
		}
		assert.match(hoverWords(hoverAt(text, positionOf(text, 'KNNP'))), /Nuclear Nonproliferation/);
	});

	it('does not decode a date-time group with a zero width no-break space', () => {
		const text = cable({ dtg: '2607\ufeff54Z JAN 07' });
		const words = hoverWords(hoverAt(text, positionOf(text, '2607\ufeff')));
		assert.match(words, /`260754Z` holds 1 invisible character: U\+FEFF ZERO WIDTH NO-BREAK SPACE at position 5/);
		assert.doesNotMatch(words, /26 January 2007/);
	});

	it('names every zero-width, bidi-control and soft-hyphen character', () => {
		const invisible = [
			0xad,
			...range(0x200b, 0x200f),
			...range(0x202a, 0x202e),
			...range(0x2060, 0x2064),
			...range(0x2066, 0x2069),
			0xfeff,
		];
		for (const code of invisible) {
			const station = `RUEH${String.fromCharCode(code)}KO`;
			const text = cable({ station });
			const words = hoverWords(hoverAt(text, positionOf(text, station)));
			const codePoint = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
			assert.match(words, new RegExp(`${codePoint.replace('+', '\\+')} [A-Z -]+ at position 5`), codePoint);
			assert.doesNotMatch(words, /routing indicator of station/, codePoint);
		}
	});

	it('takes a byte-order mark that opens the file for what it is', () => {
		const text = `\ufeff${cable()}`;
		assert.match(hoverWords(hoverAt(text, positionOf(text, 'VZCZC'))), /Cable 07TOKYO374/);
	});
});

function range(first: number, last: number): number[] {
	return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
