import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createCableLanguageService } from '../../server/src/languageService';
import { fixtureText, REPO_ROOT } from '../helpers/corpus';
import { doc, lines } from '../helpers/documents';

const service = createCableLanguageService();
const codes = (text: string) => service.getDiagnostics(doc(text)).map((diagnostic) => `${diagnostic.range.start.line}:${diagnostic.code}`);

/** A small classified cable whose header agrees with itself; tests change one line of it. */
function cable(overrides: Partial<Record<'relay' | 'de' | 'dtg' | 'banner' | 'eo' | 'body', string>> = {}): string {
	return lines(
		'VZCZCXRO1234',
		overrides.relay ?? 'PP RUEHLO',
		overrides.de ?? 'DE RUEHFR #1007/01 3652356',
		'ZNY CCCCC ZZH',
		overrides.dtg ?? 'P 312356Z DEC 08',
		'FM AMEMBASSY PARIS',
		'TO RUEHC/SECSTATE WASHDC PRIORITY 1234',
		'INFO RUEHLO/AMEMBASSY LONDON PRIORITY 5678',
		overrides.banner ?? 'C O N F I D E N T I A L PARIS 001007',
		'',
		'SIPDIS',
		'',
		overrides.eo ?? 'E.O. 12958: DECL: 12/31/2018',
		'TAGS: PREL FR',
		'SUBJECT: A TEST CABLE',
		'',
		'Classified By: Political Counselor A. Person, reasons 1.4 (b) and (d)',
		'',
		overrides.body ?? lines('1. (C) One.', '', '2. (C) Two.'),
		'',
		'PERSON',
	);
}

describe('diagnostic rules on synthetic cables', () => {
	it('finds nothing in a cable that agrees with itself', () => {
		assert.deepEqual(codes(cable()), []);
	});

	it('allows the DE Julian day a day either side of the date-time group, across the year end', () => {
		assert.deepEqual(codes(cable({ de: 'DE RUEHFR #1007/01 0010005' })), []);
		assert.deepEqual(codes(cable({ de: 'DE RUEHFR #1007/01 0020005' })), ['2:cable.de.julian-day-mismatch']);
	});

	it('reports the DE line parts it cannot read', () => {
		assert.deepEqual(codes(cable({ de: 'DE RUEHFR #1007/01 365235' })), ['2:cable.de.malformed']);
		assert.deepEqual(codes(cable({ de: 'DE RUEHFR #1007/01 3652356 EXTRA' })), ['2:cable.de.malformed']);
		assert.deepEqual(codes(cable({ de: 'DE RUEHFR #1007/01 3672360' })), ['2:cable.de.malformed', '2:cable.de.malformed']);
	});

	it('compares the DE serial only when the post sent the cable from its own station', () => {
		// A delegation's cable goes out under another station's serials (09PARTO40301: DE RUCNAI #0003).
		assert.deepEqual(
			codes(cable({ de: 'DE RUCNAI #0003/01 3652356' })).filter((code) => code.includes('serial')),
			[],
		);
		assert.deepEqual(codes(cable({ de: 'DE RUEHFR #1008/01 3652356' })), ['2:cable.serial.mismatch']);
	});

	it('sets aside numbered lists inside paragraphs and numbers that only look like paragraphs', () => {
		const body = lines(
			'1. (C) One:',
			'',
			'1. a list item',
			'2. another',
			'',
			'2. (C) Two, with 300 items',
			'300) of them.',
			'',
			'3. (C) Three.',
		);
		assert.deepEqual(codes(cable({ body })), []);
		assert.deepEqual(codes(cable({ body: lines('1. (C) One.', '', '3. (C) Three.') })), ['20:cable.paragraph.sequence']);
	});

	it('reads dual precedence: action addressees get the first letter, information addressees the second', () => {
		assert.deepEqual(
			codes(cable({ dtg: 'O P 312356Z DEC 08', relay: 'OO RUEHLO' })).filter((code) => code.includes('precedence')),
			['6:cable.precedence.addressee-mismatch'],
		);
	});

	it('keeps LIMITED OFFICIAL USE and EFTO unclassified, and 1970s cables without routing lines quiet', () => {
		const lou = lines(
			'R 171600Z MAY 74',
			'FM AMEMBASSY ATHENS',
			'TO SECSTATE WASHDC 3410',
			'LIMITED OFFICIAL USE ATHENS 2959',
			'E.O. 11652: N/A',
			'TAGS: PINS, GR',
			'SUBJECT: A 1974 CABLE',
			'',
			'1. TEXT.',
			'TASCA',
		);
		assert.deepEqual(codes(lou), []);
		const efto = cable({ banner: 'UNCLAS E F T O PARIS 001007', eo: 'E.O. 12958: N/A', body: lines('1. (SBU) One.', '', '2. (U) Two.') })
			.replace('ZNY CCCCC ZZH', 'ZNY EEEEE ZZH')
			.replace(/^Classified By.*$/m, '');
		assert.deepEqual(codes(efto), []);
	});

	it('flags a header fault on the exact field, naming the other place', () => {
		const diagnostics = service.getDiagnostics(doc(fixtureText('diagnostics-header-fault.cable')));
		assert.deepEqual(
			diagnostics.map((diagnostic) => `${diagnostic.range.start.line}:${diagnostic.range.start.character}:${diagnostic.code}`),
			['2:10:cable.serial.mismatch', '14:11:cable.tags.unknown'],
		);
		assert.match(String(diagnostics[0]!.message), /#0221 .* differs from the banner \(000212\): expected 0212/);
		assert.equal(diagnostics[0]!.relatedInformation?.[0]?.location.range.start.line, 8);
	});

	it('finds faults only in the samples that are named for them', () => {
		const problems = readdirSync(join(REPO_ROOT, 'samples')).flatMap((name) => {
			const count = service.getDiagnostics(doc(readFileSync(join(REPO_ROOT, 'samples', name), 'utf8'))).length;
			const seeded = /fault/.test(name);
			return seeded === count > 0 ? [] : [`${name}: ${count} diagnostics`];
		});
		assert.deepEqual(problems, []);
	});
});

describe("the publisher's statements of the cable id", () => {
	/** The synthetic cable in a "Viewing cable" page: the id in the title (line 0) and as the Reference ID (line 6). */
	const page = (title: string, referenceId: string) =>
		lines(
			`Viewing cable ${title}, A TEST CABLE`,
			'Reference ID',
			'Created',
			'Released',
			'Classification',
			'Origin',
			referenceId,
			'2008-12-31 23:56',
			'2011-01-01 00:00',
			'CONFIDENTIAL',
			'Embassy Paris',
			cable(),
		);
	const mismatches = (text: string) =>
		service
			.getDiagnostics(doc(text))
			.filter((diagnostic) => diagnostic.code === 'cable.id.mismatch')
			.map((diagnostic) => [
				diagnostic.range.start.line,
				diagnostic.severity,
				diagnostic.message,
				diagnostic.relatedInformation?.map((related) => related.location.range.start.line),
			]);

	it('finds nothing when they agree, also when one is damaged or writes leading zeros', () => {
		assert.deepEqual(codes(page('08PARIS1007', '08PARIS1007')), []);
		assert.deepEqual(mismatches(page('08ECTION01OF02PARIS1007', '08PARIS1007')), []);
		assert.deepEqual(mismatches(page('08PARIS1007', '08PARIS001007')), []);
		assert.deepEqual(mismatches(page('0808PARIS1007', '08PARIS1007')), []);
	});

	it('reports a Reference ID that names another cable, with the page title as the other statement', () => {
		assert.deepEqual(mismatches(page('08PARIS1007', '08PARIS1008')), [
			[6, 1, 'The cable id 08PARIS1008 in the Reference ID line differs from 08PARIS1007 in the page title: serial 1008, not 1007.', [0]],
		]);
		assert.deepEqual(mismatches(page('08PARIS1007', '09LONDON1007')), [
			[
				6,
				1,
				'The cable id 09LONDON1007 in the Reference ID line differs from 08PARIS1007 in the page title: year 2009, not 2008; origin LONDON, not PARIS.',
				[0],
			],
		]);
	});

	it('reports the page title when the banner sides with the Reference ID', () => {
		assert.deepEqual(mismatches(page('08PARIS1070', '08PARIS1007')), [
			[0, 1, 'The cable id 08PARIS1070 in the page title differs from 08PARIS1007 in the Reference ID line: serial 1070, not 1007.', [6]],
		]);
	});
});
