import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createCableLanguageService } from '../../server/src/languageService';
import { fixtureText, REPO_ROOT } from '../helpers/corpus';
import { doc, lines } from '../helpers/documents';
import { hoverWords, positionOf } from '../helpers/hover';

const service = createCableLanguageService();

function hoverAt(text: string, needle: string, occurrence = 1): string {
	return hoverWords(service.getHover(doc(text), positionOf(text, needle, occurrence)));
}

describe('hover on the distribution block of an older received copy', () => {
	const nairobi = readFileSync(join(REPO_ROOT, 'samples', '1978NAIROBI05213-received-copy.cable'), 'utf8');
	const late = fixtureText('legacy/received-copy-late-day.cable');

	it("names the month of the PAGE line's time group when the cable's date confirms the day", () => {
		assert.match(hoverAt(nairobi, '121340Z'), /121340Z · time group: Friday 12 May 1978, 13:40 UTC — month and year from the cable's date/);
		// Sent 31 March at 23:40, printed after midnight: the day after the cable's date.
		assert.match(
			hoverAt(late, '010015Z'),
			/Saturday 1 April 1978, 00:15 UTC — month and year from the cable's date, Friday 31 March 1978, the day before/,
		);
	});

	it("names no month when the day is not the cable date's", () => {
		const text = nairobi.replace('121340Z', '151340Z');
		const words = hoverAt(text, '151340Z');
		assert.match(words, /day 15, 13:40 UTC — the month is not written; the cable's date, Friday 12 May 1978, does not confirm the day/);
		assert.doesNotMatch(words, /May 1978, 13:40/);
	});

	it('reads the PAGE line as the cable it names, and the counter line by its time group only', () => {
		assert.match(
			hoverAt(nairobi, 'PAGE 01'),
			/PAGE 01 · the first page of a received copy.*\n.*Cable: `78NAIROBI5213` — year 1978, AMEMBASSY NAIROBI, serial 5213/,
		);
		const counter = hoverAt(nairobi, '121402Z');
		assert.match(counter, /121402Z · time group: Friday 12 May 1978, 14:02 UTC/);
		assert.match(counter, /what its numbers count is not in our tables/);
		assert.match(hoverAt(late, '010016Z'), /Saturday 1 April 1978, 00:16 UTC/);
	});

	it('explains ACTION and INFO lines and each office with its copies, never guessing what a code stands for', () => {
		assert.match(
			hoverAt(nairobi, 'ACTION'),
			/ACTION · action office: the office that acts on the cable, each code written with its number of copies \(`AF-10`: office `AF`, 10 copies\)/,
		);
		assert.match(hoverAt(nairobi, 'INFO  LOG'), /INFO · info office: the offices that receive copies for information/);
		const office = hoverAt(nairobi, 'AGR-20');
		assert.match(office, /AGR-20 · info office `AGR`, 20 copies/);
		assert.match(office, /What the office code `AGR` stands for is not in our tables\./);
		// Run together on a continuation line: each code is its own office, of the INFO line above.
		assert.match(hoverAt(late, 'IO-02'), /IO-02 · info office `IO`, 2 copies/);
		assert.match(hoverAt(late, 'EB-08'), /EB-08 · info office `EB`, 8 copies/);
	});

	it('says whether the copies add up to the total written after them', () => {
		assert.match(hoverAt(nairobi, '/049'), /\/049 · copies in all: the offices' copies above add up to 49$/);
		assert.match(hoverAt(late, '/035'), /the offices' copies above add up to 33, not 35: a code may be missing or misread/);
	});

	it('decodes the 1970s ORIGIN line of a Department copy', () => {
		const text = lines(
			'PAGE 01 STATE 017976',
			'ORIGIN SS-15',
			'INFO OCT-01 AS-01 NEA-10 ISO-00 SSO-00 CCO-00 OC-06 /033 R',
			'P 262340Z JAN 77',
			'FM SECSTATE WASHDC',
			'TO AMEMBASSY TEL AVIV PRIORITY',
		);
		assert.match(hoverAt(text, 'SS-15'), /SS-15 · office of origin `SS`, 15 copies/);
		assert.match(hoverAt(text, '/033'), /add up to 33$/);
	});
});

describe('hover on the distribution blocks of 2009-2010 copies and of later sections', () => {
	const infoLog = fixtureText('legacy/info-log-opening.cable');
	const rome = fixtureText('legacy/later-section.cable');

	it('reads a block that opens with INFO LOG-00: offices, counter line, serial', () => {
		assert.match(hoverAt(infoLog, 'MFA-00'), /MFA-00 · info office `MFA`, 0 copies/);
		assert.match(
			hoverAt(infoLog, '191822Z /38'),
			/191822Z · time group: Friday 19 June 2009, 18:22 UTC — month and year from the cable's date/,
		);
		assert.match(hoverAt(infoLog, '063860'), /063860 · the cable's serial, as printed under the distribution/);
	});

	it('gives a page break inside the TO list the page-marker hover', () => {
		const words = hoverAt(infoLog, 'PAGE 02');
		assert.match(words, /Page 2 · continuation-page marker/);
		assert.match(hoverAt(infoLog, '191822Z', 2), /191822Z · time group: Friday 19 June 2009, 18:22 UTC/);
	});

	it("hovers a later section's PAGE 01 line like the first, naming its section", () => {
		assert.match(hoverAt(rome, 'PAGE 01', 2), /PAGE 01 · the first page of a received copy of section 2 of 2/);
		assert.match(hoverAt(rome, '231627Z'), /231627Z · time group: Tuesday 23 July 2002, 16:27 UTC/);
		assert.match(hoverAt(rome, 'AGRE-00', 2), /AGRE-00 · info office `AGRE`, 0 copies/);
	});

	it('gives a page marker between a banner and its caption the page-marker hover', () => {
		const vatican = fixtureText('fidelity/ref-period.cable');
		assert.match(hoverAt(vatican, '021700Z'), /021700Z · time group/);
		assert.match(hoverAt(vatican, 'PAGE 02'), /Page 2 · continuation-page marker/);
	});
});

describe('hover on the FM line', () => {
	it("names the originator's station and routing indicator, in the older form and the newer", () => {
		const nairobi = readFileSync(join(REPO_ROOT, 'samples', '1978NAIROBI05213-received-copy.cable'), 'utf8');
		assert.match(
			hoverAt(nairobi, 'FM AMEMBASSY'),
			/FM line: the originator, `AMEMBASSY NAIROBI`\s*\nStation AMEMBASSY NAIROBI — `NAIROBI` in cable ids, routing indicator `RUEHNR`/,
		);
		const modern = lines(
			'VZCZCXRO9140',
			'RR RUEHKO',
			'DE RUEHKO #0374/01 0260754',
			'ZNY CCCCC ZZH',
			'R 260754Z JAN 07',
			'FM AMEMBASSY TOKYO',
			'TO RUEHC/SECSTATE WASHDC 1234',
			'BT',
		);
		assert.match(hoverAt(modern, 'FM AMEMBASSY'), /Station AMEMBASSY TOKYO — `TOKYO` in cable ids, routing indicator `RUEHKO`/);
	});

	it('says so when the originator is in no table', () => {
		const text = lines('R 260754Z JAN 07', 'FM NOWHERE MISSION FOO', 'TO SECSTATE WASHDC 1234', 'BT');
		assert.match(hoverAt(text, 'FM NOWHERE'), /FM line: the originator, `NOWHERE MISSION FOO`\s*\nThis originator is not in our tables\./);
	});
});

describe('hover on a later page of an older copy', () => {
	it("decodes the page marker's time group", () => {
		const text = lines(
			'R 260700Z JAN 07',
			'FM AMEMBASSY TOKYO',
			'TO SECSTATE WASHDC 1234',
			'C O N F I D E N T I A L TOKYO 000374',
			'',
			'1. FIRST PARAGRAPH.',
			'PAGE 02        TOKYO  00374  260754Z',
			'2. SECOND PARAGRAPH.',
		);
		const words = hoverAt(text, '260754Z');
		assert.match(words, /Page 2 · continuation-page marker/);
		assert.match(words, /260754Z · time group: Friday 26 January 2007, 07:54 UTC/);
	});
});
