import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalCableId, canonicalizeId } from '../../server/src/citations/cableId';
import { resolvePost, resolveStation } from '../../server/src/citations/posts';
import { parseCable } from '../../server/src/model/parse';
import { seedText } from '../helpers/corpus';
import { lines } from '../helpers/documents';

describe('canonical form of a written id', () => {
	const cases: Array<[string, string, string]> = [
		['07TOKYO374', '07TOKYO374', ''],
		['08ECTION01OF02MANAMA492', '08MANAMA492', 'section'],
		['08SCTION02OF02SAOPAULO335', '08SAOPAULO335', 'section'],
		['09SECTION01OF03SANJOSE525', '09SANJOSE525', 'section'],
		['08SECTON01OF02MANAMA492', '08MANAMA492', 'section'],
		['08SECTIO01OF02MANAMA492', '08MANAMA492', 'section'],
		['08SQCTION01OF02MANAMA492', '08MANAMA492', 'section'],
		['08SECTION01GF02BISHKEK21', '08BISHKEK21', 'section'],
		['09EFTOLONDON2239', '09LONDON2239', 'caveat'],
		['7575LIBREVILLE1895', '75LIBREVILLE1895', 'year'],
		['1974ATHENS02959_b', '74ATHENS2959', 'suffix year zeros'],
		['07TOKYO0374', '07TOKYO374', 'zeros'],
		['07SECSTATE123', '07STATE123', 'alias'],
		['06TAIPEI100', '06AITTAIPEI100', 'alias'],
		['09SECTION01OF02HAGUE12', '09THEHAGUE12', 'section alias'],
	];
	for (const [written, id, repairs] of cases) {
		it(`${written} is ${id}`, () => {
			const canonical = canonicalizeId(written);
			assert.equal(canonical?.id, id);
			assert.equal(canonical?.repairs.join(' '), repairs);
		});
	}

	it('gives nothing where the text does not make the id certain', () => {
		for (const written of [
			'09SECTION02OF03QRIPOLI583',
			'08SECTION01GF02BISHIEK21',
			'Embassy Tokyo',
			'07TOKYO',
			'TOKYO374',
			'123TOKYO4',
			'07SECTIONAL01OF02TOKYO1',
			'07TOKYO0',
		]) {
			assert.equal(canonicalizeId(written), undefined, written);
		}
	});
});

describe('post names', () => {
	it('maps the names cables write to origins, aliases first', () => {
		const cases: Array<[string, string]> = [
			['SECSTATE', 'STATE'],
			['HAGUE', 'THEHAGUE'],
			['THE HAGUE', 'THEHAGUE'],
			['USUN', 'USUNNEWYORK'],
			['Sao Paulo', 'SAOPAULO'],
			['ST. PETERSBURG', 'STPETERSBURG'],
			['PORT-AU-PRINCE', 'PORTAUPRINCE'],
			['WASHDC', 'STATE'],
			['TAIPEI', 'AITTAIPEI'],
			['AMEMBASSY TOKYO', 'TOKYO'],
		];
		for (const [written, origin] of cases) assert.equal(resolvePost(written)?.origin, origin, written);
		assert.equal(resolvePost('BA')?.weak, true);
		assert.equal(resolvePost('TOKYO')?.weak, false);
		assert.equal(resolvePost('XXXXXXXX'), undefined);
	});

	it('reads an FM line by its station, and not at all when two origins share it', () => {
		assert.equal(resolveStation('SECSTATE WASHDC')?.origin, 'STATE');
		assert.equal(resolveStation('USMISSION USUN NEW YORK')?.origin, 'USUNNEWYORK');
		assert.equal(resolveStation('USEU BRUSSELS'), undefined);
	});
});

const header = (dtg: string, fm: string, de = 'DE RUEHKO #0374/01 0260754') => [
	'VZCZCXRO9140',
	'PP RUEHDBU',
	de,
	'ZNY CCCCC ZZH',
	dtg,
	fm,
	'TO RUEHC/SECSTATE WASHDC PRIORITY 0137',
];
const body = ['SUBJECT: TALKS', '', '1. (C) Body.'];
const model = (text: string) => parseCable(text, 'memory://id', 1);

describe("the cable's own id", () => {
	it("takes the publisher's id when there is one", () => {
		const identity = canonicalCableId(model(seedText()));
		assert.equal(identity?.id, '07TOKYO374');
		assert.equal(identity?.from, 'metadata');
	});

	it('repairs a damaged publisher id', () => {
		const text = lines(
			'Viewing cable 08ECTION01OF02MANAMA492, TITLE',
			'Reference ID',
			'Created',
			'Released',
			'Classification',
			'Origin',
			'08ECTION01OF02MANAMA492',
			'2008-04-01 10:10',
			'2011-02-18 21:09',
			'CONFIDENTIAL',
			'Embassy Manama',
			...header('O 011010Z APR 08', 'FM AMEMBASSY MANAMA', 'DE RUEHMK #0492/01 0921010'),
			'C O N F I D E N T I A L SECTION 01 OF 02 MANAMA 000492',
			...body,
		);
		const identity = canonicalCableId(model(text));
		assert.deepEqual([identity?.id, identity?.from, identity?.written], ['08MANAMA492', 'metadata', '08ECTION01OF02MANAMA492']);
	});

	it('makes the id from the header without a publisher id: DTG year, banner or FM post, banner serial', () => {
		const text = lines(
			...header('P 260754Z JAN 08', 'FM AMEMBASSY TOKYO'),
			'C O N F I D E N T I A L SECTION 01 OF 02 TOKYO 000374',
			...body,
		);
		const identity = canonicalCableId(model(text));
		assert.deepEqual([identity?.id, identity?.from], ['08TOKYO374', 'header']);
		const state = lines(...header('R 041820Z JAN 10', 'FM SECSTATE WASHDC', 'DE RUEHC #0284 0041830'), 'S E C R E T STATE 000284', ...body);
		assert.equal(canonicalCableId(model(state))?.id, '10STATE284');
	});

	it('lets the header name the post of a publisher id it cannot read, when year and serial agree', () => {
		const text = (written: string) =>
			lines(
				`Viewing cable ${written}, TITLE`,
				'Reference ID',
				'Created',
				'Released',
				'Classification',
				'Origin',
				written,
				'2009-07-20 10:25',
				'2011-02-18 21:09',
				'SECRET',
				'Embassy Tripoli',
				...header('O 201025Z JUL 09', 'FM AMEMBASSY TRIPOLI', 'DE RUEHTRO #0583/02 2011025'),
				'S E C R E T SECTION 02 OF 03QRIPOLI 000583',
				'SUBJECT: TALKS',
				'',
				'1. (S) Body.',
				'TRIPOLI 00000583 002 OF 003',
				'2. (S) More.',
			);
		assert.deepEqual(
			[canonicalCableId(model(text('09SECTION02OF03QRIPOLI583')))?.id, canonicalCableId(model(text('09SECTION02OF03QRIPOLI583')))?.from],
			['09TRIPOLI583', 'header'],
		);
		assert.equal(canonicalCableId(model(text('09SECTION02OF03QRIPOLI584'))), undefined);
	});

	it('gives nothing when the header contradicts itself or lacks the year', () => {
		const contradicting = lines(...header('P 260754Z JAN 08', 'FM AMEMBASSY SEOUL'), 'C O N F I D E N T I A L TOKYO 000374', ...body);
		assert.equal(canonicalCableId(model(contradicting)), undefined);
		const wrongSerial = lines(...header('P 260754Z JAN 08', 'FM AMEMBASSY TOKYO'), 'C O N F I D E N T I A L TOKYO 000375', ...body);
		assert.equal(canonicalCableId(model(wrongSerial)), undefined);
		assert.equal(canonicalCableId(model(lines('C O N F I D E N T I A L TOKYO 000374', ...body))), undefined);
	});
});
