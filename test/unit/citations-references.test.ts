import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CableReferences, cableReferences, type ReferenceItem } from '../../server/src/citations/references';
import { parseCable } from '../../server/src/model/parse';
import { lines } from '../helpers/documents';

const HEADER = [
	'VZCZCXRO9140',
	'PP RUEHDBU',
	'DE RUEHKO #0374/01 0260754',
	'ZNY CCCCC ZZH',
	'P 260754Z JAN 08',
	'FM AMEMBASSY TOKYO',
	'TO RUEHC/SECSTATE WASHDC PRIORITY 0137',
];

/** A 2008 Tokyo cable whose caption ends with `caption` (the REF lines under test), then a body. */
function cable(caption: readonly string[], body: readonly string[] = ['1. (C) The body.']): string {
	return lines(
		...HEADER,
		'C O N F I D E N T I A L SECTION 01 OF 02 TOKYO 000374',
		'SIPDIS',
		'E.O. 12958: DECL: 01/25/2018',
		'TAGS: PREL JA',
		'SUBJECT: TALKS ON THE TALKS',
		'',
		...caption,
		'',
		'Classified By: Ambassador J. Doe for reasons 1.4 (b) and (d).',
		'',
		...body,
		'',
		'DOE',
	);
}

function read(text: string): CableReferences {
	return cableReferences(parseCable(text, 'memory://citations', 1), text);
}

const summary = (items: readonly ReferenceItem[]) => items.map((item) => [item.letter ?? '-', item.kind, item.ids.join(' ')]);

/** The document text a range covers (single- or multi-line). */
function textAt(text: string, range: ReferenceItem['range']): string {
	const all = text.split('\n');
	if (range.start.line === range.end.line) return all[range.start.line]!.slice(range.start.character, range.end.character);
	return [
		all[range.start.line]!.slice(range.start.character),
		...all.slice(range.start.line + 1, range.end.line),
		all[range.end.line]!.slice(0, range.end.character),
	].join('\n');
}

describe('REF items resolved to cable ids', () => {
	it("gives an item without a year the cable's year, and maps SECSTATE to STATE", () => {
		const refs = read(cable(['REF: A. STATE 74879', '     B. SECSTATE 296471']));
		assert.deepEqual(summary(refs.items), [
			['A', 'cable', '08STATE74879'],
			['B', 'cable', '08STATE296471'],
		]);
	});

	it('reads the year however it is written', () => {
		const refs = read(
			cable([
				'REF: A. 07 TOKYO 123',
				'B. TOKYO 124 (2007)',
				'C. 2007 TOKYO 125',
				'D. (06) TOKYO 126',
				'E. TOKYO 4525-05',
				'F. 07TOKYO127',
				'G. STATE (07) 201265',
			]),
		);
		assert.deepEqual(
			refs.items.map((item) => item.ids.join(' ')),
			['07TOKYO123', '07TOKYO124', '07TOKYO125', '06TOKYO126', '05TOKYO4525', '07TOKYO127', '07STATE201265'],
		);
	});

	it('reads lettered lists in every label style, on one line or many, with the pilcrows the publisher inserted', () => {
		const refs = read(
			cable(['REFS: (A) Sao Paulo 551;', '(B) BRASILIA 532 B) 2006 THE HAGUE 0044', '     ¶C. C) STATE 57700 D) USUN 614', '[E] HAGUE 12']),
		);
		assert.deepEqual(summary(refs.items), [
			['A', 'cable', '08SAOPAULO551'],
			['B', 'cable', '08BRASILIA532'],
			['B', 'cable', '06THEHAGUE44'],
			['C', 'cable', '08STATE57700'],
			['D', 'cable', '08USUNNEWYORK614'],
			['E', 'cable', '08THEHAGUE12'],
		]);
	});

	it('reads dash-bulleted items, misspellings the alias table lists, and a serial written before its post', () => {
		const refs = read(cable(['Refs:  (A) State 348254', '-      (B) COTON0U 348 -      (C) 00821 ASMARA']));
		assert.deepEqual(summary(refs.items), [
			['A', 'cable', '08STATE348254'],
			['B', 'cable', '08COTONOU348'],
			['C', 'cable', '08ASMARA821'],
		]);
	});

	it('splits unlettered lists at semicolons and keeps the year of each citation', () => {
		const refs = read(cable(['REF: QUITO 979; 2007 STATE 121858', '2007 CAIRO 491']));
		assert.deepEqual(summary(refs.items), [
			['-', 'cable', '08QUITO979'],
			['-', 'cable', '07STATE121858 07CAIRO491'],
		]);
	});

	it('gives an item citing several cables all their ids', () => {
		const refs = read(cable(['REF: A. TEHRAN 1091 AND 263 B. STATE 188314, 259032 C. Kabul 692/317 D. SECSTATE 232089 & USUN 2336']));
		assert.deepEqual(summary(refs.items), [
			['A', 'cable', '08TEHRAN1091 08TEHRAN263'],
			['B', 'cable', '08STATE188314 08STATE259032'],
			['C', 'cable', '08KABUL692 08KABUL317'],
			['D', 'cable', '08STATE232089 08USUNNEWYORK2336'],
		]);
	});

	it('reads Ref:, REFS:, Reftel:, REF. and REF A ... REF B ... blocks, which the model may miss', () => {
		const forms: Array<[string[], string[]]> = [
			[['Ref: london 4212'], ['08LONDON4212']],
			[['REFTEL: HARARE 6584'], ['08HARARE6584']],
			[['Reftel: 07 STATE 77742'], ['07STATE77742']],
			[['Reftel San Jose 410'], ['08SANJOSE410']],
			[['REF. STATE 184178'], ['08STATE184178']],
			[['REF...04 CHENNAI 575'], ['04CHENNAI575']],
			[['REF A: VATICAN 05286; REF B: VATICAN 05546'], ['08VATICAN5286', '08VATICAN5546']],
			[
				['REF A. STATE 123', 'REF B. 07 TOKYO 5'],
				['08STATE123', '07TOKYO5'],
			],
			[['Ref(s): A) 08 RIO DE JAN 138; B) USUN 44'], ['08RIODEJANEIRO138', '08USUNNEWYORK44']],
			[
				["REF A SECRETARY'S LETTER TO THE MINISTER", 'REF B SECSTATE 76108'],
				['', '08STATE76108'],
			],
		];
		for (const [caption, ids] of forms) {
			const refs = read(cable(caption));
			assert.deepEqual(
				refs.items.map((item) => item.ids.join(' ')),
				ids,
				caption.join(' / '),
			);
		}
	});

	it('reads a REF run into the SUBJECT line, even glued to its last word', () => {
		const inline = read(
			lines(
				...HEADER,
				'C O N F I D E N T I A L TOKYO 000374',
				'SUBJECT: WHO WOULD REPLACE THE PRIME MINISTER REF: A. TOKYO 1939 B. TOKYO 1704 Classified By: Ambassador J. Doe, reasons 1.4 (b/d)',
				'',
				'1. (C) Body.',
			),
		);
		assert.deepEqual(inline.ids, ['08TOKYO1939', '08TOKYO1704']);
		const glued = read(
			lines(...HEADER, 'C O N F I D E N T I A L TOKYO 000374', 'SUBJECT: VISIT TO EGYPTREF: CAIRO 493', '', '1. (C) Body.'),
		);
		assert.deepEqual(glued.ids, ['08CAIRO493']);
	});

	it('reads the REF block of every section, and lists each id once', () => {
		const caption = ['E.O. 12958: DECL: 01/25/2018', 'TAGS: PREL JA', 'SUBJECT: TALKS', '', 'REF: A. STATE 74879 B. TOKYO 100', ''];
		const text = lines(
			...HEADER,
			'C O N F I D E N T I A L SECTION 01 OF 02 TOKYO 000374',
			...caption,
			'1. (C) First section.',
			'C O N F I D E N T I A L SECTION 02 OF 02 TOKYO 000374',
			...caption,
			'2. (C) Second section.',
		);
		const refs = read(text);
		assert.equal(refs.blocks.length, 2);
		assert.equal(refs.items.length, 4);
		assert.deepEqual(refs.ids, ['08STATE74879', '08TOKYO100']);
	});

	it('reads a REF the model leaves in the body after a subject broken by blank lines', () => {
		const refs = read(
			lines(
				...HEADER,
				'C O N F I D E N T I A L TOKYO 000374',
				'SUBJECT: FAREWELL CALL ON THE INNER CIRCLE',
				'',
				'MEMBER',
				'',
				'REF: A. 05 TOKYO 00141',
				'',
				'     ¶B. TOKYO 01610',
				'',
				'1. (C) Body.',
			),
		);
		assert.deepEqual(refs.ids, ['05TOKYO141', '08TOKYO1610']);
	});

	it('continues an item whose post and serial are split over lines', () => {
		const refs = read(cable(['REF: A) BAKU 139 B) 2007 BAKU', '     917 C) RIO', '', 'DE JANEIRO 1291']));
		assert.deepEqual(
			refs.items.map((item) => item.ids.join(' ')),
			['08BAKU139', '07BAKU917', '08RIODEJANEIRO1291'],
		);
	});

	it('types items that cite something else and gives them no id', () => {
		const refs = read(
			cable([
				'REF: A. STRUWE-CLINE EMAIL 10/30/09',
				'B. MITCHELL/SIMS TELCON 02/16/2008',
				'C. SECDEF MSG DTG 301601z SEP 08',
				'D. OSC EUP20080707950031',
				'E. CAIRO IIR 6 899 0149 08',
				'F. TD-314/21795-05 11 APRIL 2005',
				'G. HOPKINS-GODFREY EMAIL 4/01/08, TRIPOLI 275',
				'H. NATO Document -- SG(2007)0516',
				'I. USDAO PARIS 1234',
				'J. PRAGUE DAILY 08.11.2008',
			]),
		);
		assert.deepEqual(
			refs.items.map((item) => item.kind),
			['email', 'telcon', 'military-dtg', 'report', 'report', 'report', 'email', 'other', 'other', 'report'],
		);
		assert.deepEqual(refs.ids, []);
	});

	it('keeps the cables an item cites before it names something else', () => {
		const refs = read(cable(['REF: STATE 12345 AND THE SMITH-JONES EMAIL OF 5/16']));
		assert.deepEqual(summary(refs.items), [['-', 'cable', '08STATE12345']]);
	});

	it('reads a short alias only as a plain citation, never where it could mean something else', () => {
		assert.deepEqual(read(cable(['REF: A. BA 1234 B. HK05511'])).ids, ['08BUENOSAIRES1234', '08HONGKONG5511']);
		assert.deepEqual(read(cable(['REF: CDC 2008 GUIDELINES ON TRAVEL'])).ids, []);
		assert.deepEqual(read(cable(['REF: MEETING WITH DOC 123'])).ids, []);
		assert.deepEqual(read(cable(['REF: Rio 138'])).ids, []);
	});

	it('does not take dates, page markers, future years or the cable itself for citations', () => {
		const refs = read(
			cable(['REF: A. TOKYO 12 MAY 2008', 'B. TOKYO 12/5', 'C. 09 STATE 123', 'D. TOKYO 374', 'E. TOKYO 227 TOKYO 00000374 002 OF 003']),
		);
		assert.deepEqual(
			refs.items.map((item) => item.ids.join(' ')),
			['', '', '', '', '08TOKYO227'],
		);
	});

	it('gives no id without a year when the cable has none', () => {
		const text = lines(
			'C O N F I D E N T I A L TOKYO 000374',
			'SUBJECT: TALKS',
			'',
			'REF: A. STATE 74879 B. 07 STATE 1',
			'',
			'1. (C) Body.',
		);
		const refs = read(text);
		assert.deepEqual(
			refs.items.map((item) => [item.kind, item.ids.join(' ')]),
			[
				['cable', ''],
				['cable', '07STATE1'],
			],
		);
	});

	it('marks a cable citation whose post the tables do not know as a cable without ids', () => {
		const refs = read(cable(['REF: A. QRIPOLI 583 B. 09 XXXXXXXXXXXX 167']));
		assert.deepEqual(summary(refs.items), [
			['A', 'cable', ''],
			['B', 'cable', ''],
		]);
	});

	it('places every item and cited cable on the text it stands for', () => {
		const text = cable(['REF: A. STATE 74879', '     ¶B. 07 TOKYO 123 AND', '     456']);
		const refs = read(text);
		assert.equal(textAt(text, refs.items[0]!.range), 'A. STATE 74879');
		assert.equal(textAt(text, refs.items[0]!.cables[0]!.range), 'STATE 74879');
		assert.equal(textAt(text, refs.items[1]!.range), 'B. 07 TOKYO 123 AND\n     456');
		assert.deepEqual(
			refs.items[1]!.cables.map((cited) => textAt(text, cited.range)),
			['07 TOKYO 123', '456'],
		);
		assert.equal(textAt(text, refs.blocks[0]!.keyword.range), 'REF');
	});
});

describe('REFTEL and REF A in the body', () => {
	it('resolves REFTEL to the single cable the REF cites', () => {
		const refs = read(cable(['REF: STATE 74879'], ['1. (C) Per reftel, we delivered the points.']));
		assert.deepEqual(
			refs.mentions.map((mention) => [mention.text, mention.ids.join(' ')]),
			[['reftel', '08STATE74879']],
		);
	});

	it('resolves REF B to the item lettered B, and a bare REFTEL to nothing when several cables are cited', () => {
		const refs = read(cable(['REF: A. STATE 74879 B. TOKYO 100'], ['1. (C) As REF B reported and reftel asked, Ref. (A) said so.']));
		assert.deepEqual(
			refs.mentions.map((mention) => [mention.text, mention.letter ?? '-', mention.ids.join(' ')]),
			[
				['REF B', 'B', '08TOKYO100'],
				['reftel', '-', ''],
				['Ref. (A)', 'A', '08STATE74879'],
			],
		);
	});

	it('leaves words that only start like REF alone', () => {
		const refs = read(cable(['REF: STATE 74879'], ['1. (C) The REFORM of the refinery, see REFTELS.']));
		assert.deepEqual(refs.mentions, []);
	});
});

describe('reading cost', () => {
	it('grows with the text, not faster: a REF line 100 times longer costs far less than 100 times 100 as much', () => {
		const item = 'A. STATE 74879 AND 1234, 5678 B. SAO PAULO 55 ';
		const short = cable([`REF: ${item.repeat(20)}`]);
		const long = cable([`REF: ${item.repeat(2000)}`]);
		const time = (text: string) => {
			const model = parseCable(text, 'memory://cost', 1);
			const start = process.hrtime.bigint();
			for (let i = 0; i < 5; i++) cableReferences(model, text);
			return Number(process.hrtime.bigint() - start);
		};
		time(short);
		const ratio = time(long) / time(short);
		assert.ok(ratio < 1000, `100x the text cost ${ratio.toFixed(0)}x the time`);
	});
});
