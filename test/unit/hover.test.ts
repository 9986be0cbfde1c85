import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCableLanguageService } from '../../server/src/languageService';
import { seedText } from '../helpers/corpus';
import { doc, lines } from '../helpers/documents';
import { hoverWords, positionOf } from '../helpers/hover';

const service = createCableLanguageService();

function hoverAt(text: string, needle: string, occurrence = 1): string {
	return hoverWords(service.getHover(doc(text), positionOf(text, needle, occurrence)));
}

describe('hover on the seed cable', () => {
	const seed = seedText();
	const at = (needle: string, occurrence = 1) => hoverAt(seed, needle, occurrence);
	// On the caption's TAGS line, not on the publisher's copy in the metadata block.
	const tag = (code: string) => {
		const { line } = positionOf(seed, 'TAGS: PREL');
		const character = seed.split(/\r?\n/)[line]!.search(new RegExp(`(?<=\\s)${code}\\b`));
		return hoverWords(service.getHover(doc(seed), { line, character }));
	};

	it('decodes each tag of the caption with its kind', () => {
		assert.match(tag('PREL'), /PREL · subject tag: External Political Relations/);
		assert.match(tag('PARM'), /Arms Controls and Disarmament \(meaning unverified — our best reading\)/);
		assert.match(tag('KNNP'), /program tag: Nuclear Nonproliferation/);
		assert.match(tag('ZK'), /region tag: .*Central Asia/);
		assert.match(tag('KS'), /country tag: South Korea/);
		assert.match(tag('JA'), /country tag: Japan/);
	});

	it('names the station behind each routing indicator, with the addressee line decoded', () => {
		const tokyo = at('RUEHKO');
		assert.match(tokyo, /RUEHKO · routing indicator of station AMEMBASSY TOKYO/);
		assert.match(tokyo, /Julian day 026 → Friday 26 January 2007/);
		const department = at('RUEHC/');
		assert.match(department, /DEPT OF STATE WASHINGTON DC/);
		assert.match(department, /action addressee `SECSTATE WASHDC`/);
		assert.match(department, /Precedence for this addressee: PRIORITY/);
		assert.match(department, /Sequence number `0137`/);
		assert.match(at('RHEHAAA'), /WHITE HOUSE COMMUNICATIONS CENTER/);
		const gateway = at('RHMFISS');
		assert.match(gateway, /DMS gateway/);
		assert.match(gateway, /information addressee `COMUSJAPAN YOKOTA AB JA`/);
		assert.match(at('RUEHDBU'), /AMEMBASSY DUSHANBE[\s\S]*relay line/);
	});

	it('decodes the precedence prosign, the DTG and its relation to the Created time', () => {
		assert.match(at('PP RUEHDBU'), /PP · precedence prosign: PRIORITY/);
		const dtg = at('P 260754Z JAN 07');
		assert.match(dtg, /precedence PRIORITY/);
		const onTime = at('260754Z');
		assert.match(onTime, /Friday 26 January 2007, 07:54 UTC/);
		assert.match(onTime, /matches the metadata Created time/);
	});

	it('decodes the DE line parts', () => {
		const de = at('0374/01');
		assert.match(de, /Station serial number `0374` — matches the cable number 374/);
		assert.match(de, /Section 1 of 3/);
		assert.match(de, /Time filed 07:54 UTC/);
	});

	it('decodes the security line', () => {
		const security = at('CCCCC');
		assert.match(security, /ZNY — security warning: the message is classified/);
		assert.match(security, /CCCCC — classification: CONFIDENTIAL/);
		assert.match(security, /ZZH/);
	});

	it('decodes banner, caveats, E.O. line, reasons, portion marks and page markers', () => {
		const banner = at('C O N F I D E N T I A L');
		assert.match(banner, /CONFIDENTIAL · classification banner/);
		assert.match(banner, /This cable: `07TOKYO374`/);
		assert.match(at('SECTION 01 OF 03'), /Section 1 of 3/);
		assert.match(at('SIPDIS'), /SIPRNet/);
		const eo = at('E.O. 12958');
		assert.match(eo, /Executive Order 12958, "Classified National Security Information", in force 1995–2009/);
		assert.match(eo, /Declassify on Wednesday 25 January 2017/);
		assert.match(at('1.4(b)'), /1\.4\(b\) — foreign government information/);
		assert.match(at('(C)'), /portion mark: this paragraph is CONFIDENTIAL/);
		const page = at('TOKYO 00000374 002 OF 003');
		assert.match(page, /Page 2 of 3/);
		assert.match(page, /07TOKYO374/);
	});

	it('summarises the whole header on the metadata block and the first header line', () => {
		for (const summary of [at('07TOKYO374'), at('VZCZCXRO9140')]) {
			assert.match(summary, /Cable 07TOKYO374 — Embassy Tokyo, serial 374, 2007/);
			assert.match(summary, /From: AMEMBASSY TOKYO \(`RUEHKO`\)/);
			assert.match(summary, /To: SECSTATE WASHDC · info: 14 addressees/);
			assert.match(summary, /When: Friday 26 January 2007, 07:54 UTC/);
			assert.match(summary, /Classification: CONFIDENTIAL/);
			assert.match(summary, /Precedence: PRIORITY/);
			assert.match(summary, /Sections: 3/);
		}
	});

	it('decodes a tag in the metadata block too', () => {
		const { line } = positionOf(seed, 'Tags:');
		const character = seed.split(/\r?\n/)[line]!.indexOf('KNNP');
		assert.match(hoverWords(service.getHover(doc(seed), { line, character })), /program tag: Nuclear Nonproliferation/);
	});

	it('explains the reasons of a Classified By statement made in a paragraph', () => {
		const text = lines(
			'UNCLAS ROME 000097',
			'',
			'¶1. (U) Classified by Ambassador W. Smith, reasons 1.5 (b) and (d).',
			'',
			'¶2. (C) Text.',
		);
		assert.match(hoverAt(text, '(d)'), /foreign relations/i);
	});

	it('gives nothing on plain body text', () => {
		assert.equal(service.getHover(doc(seed), positionOf(seed, 'humanitarian assistance')), null);
	});
});

describe('hover on header and caption variants', () => {
	const cable = lines(
		'VZCZCXYZ0000',
		'OO RUEHZL RUEHBS',
		'DE RUEHC #1234/01 3661530',
		'ZNY SSSAA ZZH',
		'O R 311530Z DEC 08',
		'FM SECSTATE WASHDC',
		'TO RUEHFR/AMEMBASSY PARIS NIACT IMMEDIATE 2276',
		'INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE',
		'RUCNMEM/EU MEMBER STATES COLLECTIVE ROUTINE',
		'RMFISS/HQ USEUCOM VAIHINGEN GE',
		'S E C R E T SECTION 01 OF 02 STATE 001234',
		'',
		'NOFORN',
		'SIPDIS',
		'',
		'E.O. 12356: DECL: OADR',
		'TAGS: OVIP (RICE, CONDOLEEZZA) PREL KDEMAF FR',
		"SUBJECT: (C) SECRETARY'S VISIT TO PARIS",
		'REF: A. PARIS 4567 B. 07 LONDON 123',
		'',
		'Classified By: Acting A/S Jane Doe for reasons 1.5 (B) and (D)',
		'',
		'1. (S//NF) Text of the first paragraph.',
		'2. (C/REL TO UK) Second paragraph.',
		'CLINTON',
	);
	const at = (needle: string, occurrence = 1) => hoverAt(cable, needle, occurrence);

	it('explains collectives and names the closest known RI for a damaged one', () => {
		assert.match(at('RUEHZL', 2), /collective routing indicator: EUROPEAN POLITICAL COLLECTIVE/);
		assert.match(at('RUCNMEM'), /collective routing indicator[\s\S]*Precedence for this addressee: ROUTINE/);
		assert.match(at('RMFISS'), /RMFISS — routing indicator not in our tables[\s\S]*Closest known indicator: `RHMFISS`/);
	});

	it('reads dual precedence, NIACT and a Julian day in a leap year', () => {
		assert.match(at('311530Z'), /O R · dual precedence: IMMEDIATE for action addressees, ROUTINE for info addressees/);
		assert.match(at('311530Z'), /Wednesday 31 December 2008, 15:30 UTC/);
		assert.match(at('NIACT'), /IMMEDIATE[\s\S]*NIACT: Night Action/);
		assert.match(at('3661530'), /Julian day 366 → Wednesday 31 December 2008/);
	});

	it('says which part of an impossible date-time group is wrong, as the diagnostics do', () => {
		const cases: [string, RegExp, string[]][] = [
			[
				'269954Z JAN 07',
				/the date is Friday 26 January 2007, as written\); hour 99 is not valid: expected 00-23 \(UTC\)/,
				['cable.dtg.impossible-time'],
			],
			[
				'260775Z JAN 07',
				/the date is Friday 26 January 2007, as written\); minute 75 is not valid: expected 00-59/,
				['cable.dtg.impossible-time'],
			],
			['290754Z FEB 07', /day 29 is not valid: FEB 2007 has days 01-28/, ['cable.dtg.impossible-date']],
			[
				'319954Z APR 07',
				/day 31 is not valid: APR 2007 has days 01-30; hour 99 is not valid/,
				['cable.dtg.impossible-date', 'cable.dtg.impossible-time'],
			],
		];
		for (const [group, wrong, codes] of cases) {
			const text = lines('VZCZCXYZ0000', `P ${group}`, 'FM AMEMBASSY TOKYO', 'TO RUEHC/SECSTATE WASHDC', 'BT');
			const words = hoverAt(text, group);
			assert.match(words, wrong, group);
			assert.doesNotMatch(words, /not a valid calendar date/, group);
			const found = service.getDiagnostics(doc(text)).filter((diagnostic) => String(diagnostic.code).startsWith('cable.dtg.'));
			assert.deepEqual(found.map((diagnostic) => diagnostic.code).sort(), codes, group);
		}
	});

	it('reads special-category letters on the security line', () => {
		assert.match(at('SSSAA'), /SSSAA — classification: SECRET/);
		assert.match(at('SSSAA'), /`A` — special-category/);
	});

	it('reads a person tag and an unknown tag', () => {
		const person = at('CONDOLEEZZA');
		assert.match(person, /OVIP · subject tag: Visits and Travel of Prominent Individuals/);
		assert.match(person, /Person: `\(RICE, CONDOLEEZZA\)` — person tag: a visit or travel by this prominent person/);
		const unknown = at('KDEMAF');
		assert.match(unknown, /KDEMAF — not a known TAGS code/);
		assert.match(unknown, /Nearest known tag: KDEM \(program tag: Democratization/);
	});

	it('reads an older order with OADR, section 1.5 reasons, REF items and portion-mark caveats', () => {
		const eo = at('OADR');
		assert.match(eo, /E\.O\. 12356 · Executive Order 12356, "National Security Information", in force 1982–1995/);
		assert.match(eo, /Originating Agency's Determination Required/);
		const reasons = at('(B)');
		assert.match(reasons, /1\.5\(b\) — foreign government information/);
		assert.match(reasons, /section 1\.5 of E\.O\. 12958 as issued in 1995/);
		assert.match(at('PARIS 4567'), /Reference A: `08PARIS4567` — year 2008, AMEMBASSY PARIS, serial 4567/);
		assert.match(at('LONDON 123'), /Reference B: `07LONDON123` — year 2007/);
		assert.match(at('S//NF'), /this paragraph is SECRET[\s\S]*`NOFORN` — not releasable to foreign nationals/);
		assert.match(at('REL TO'), /REL TO UK[\s\S]*releasable to the countries/);
		assert.match(at('(C) SECRETARY'), /portion mark: this paragraph is CONFIDENTIAL/);
		assert.match(at('NOFORN'), /NOFORN · not releasable to foreign nationals/);
	});

	it('summarises a header without a metadata block, naming the cable from its banner', () => {
		const summary = at('VZCZCXYZ0000');
		assert.match(summary, /Cable 08STATE1234 — SECSTATE WASHDC, serial 1234, 2008/);
		assert.match(summary, /Precedence: IMMEDIATE \(info addressees: ROUTINE\)/);
		assert.match(summary, /Classification: SECRET/);
	});
});
