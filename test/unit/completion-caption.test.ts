import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completeAt, inOrder } from '../helpers/completion';
import { lines } from '../helpers/documents';

/** A cable sent at `dtg`, banner `banner`, with `caption` lines (the cursor among them) before paragraph 1. */
function cable(dtg: string, banner: string, ...caption: string[]): string {
	return lines(
		'VZCZCXRO9140',
		'DE RUEHKO #0374/01 0260754',
		'ZNY CCCCC ZZH',
		`P ${dtg}`,
		'FM AMEMBASSY TOKYO',
		'TO RUEHC/SECSTATE WASHDC PRIORITY 0137',
		'BT',
		banner,
		'',
		...caption,
		'',
		'1. (C) Summary.',
	);
}

describe('completion of caption lines', () => {
	it('offers the missing caption lines in the order cables write them, with the E.O. in force', () => {
		const completed = completeAt(cable('260754Z JAN 07', 'C O N F I D E N T I A L TOKYO 000374', 'TAGS: PREL', '|'));
		const order = inOrder(completed.list);
		const eo = 'E.O. 12958: DECL: 01/26/2017';
		assert.deepEqual(order.slice(0, 4), [eo, 'SUBJECT: ', 'REF: A. ', 'Classified By: ... Reasons 1.4 (b) and (d)']);
		assert.ok(order.indexOf('TAGS: ') > order.indexOf('SIPDIS'), 'the line the caption has comes after the caveats');
		assert.equal(completed.apply(eo), eo);
		assert.equal(completed.apply('Classified By: ... Reasons 1.4 (b) and (d)'), 'Classified By: NAME, TITLE. Reasons 1.4 (b) and (d)');
		assert.match(completed.list.items.find((item) => item.label === eo)!.detail!, /E\.O\. 12958 as amended by E\.O\. 13292/);
	});

	it('names the order each period cites', () => {
		const eoAt = (dtg: string) => completeAt(cable(dtg, 'CONFIDENTIAL', 'E.O. |')).labels[0];
		assert.equal(eoAt('150000Z MAR 94'), '12356: DECL: 03/15/2004');
		assert.equal(eoAt('150000Z MAR 96'), '12958: DECL: 03/15/2006');
		assert.equal(eoAt('150000Z MAR 05'), '12958: DECL: 03/15/2015');
		// E.O. 13526 took effect on 27 June 2010; cables of early 2010 still cite 12958 (the cable.eo.not-in-force rule's dates).
		assert.equal(eoAt('150000Z MAR 10'), '12958: DECL: 03/15/2020');
		assert.equal(eoAt('150000Z JUL 10'), '13526: DECL: 07/15/2020');
	});

	it('cites reasons from section 1.5 before the 2003 amendment', () => {
		const labels = completeAt(cable('150000Z MAR 97', 'CONFIDENTIAL', '|')).labels;
		assert.ok(labels.includes('Classified By: ... Reasons 1.5 (b) and (d)'), labels.join(' | '));
	});

	it('offers no Classified By line on an unclassified cable', () => {
		const labels = completeAt(cable('150000Z MAR 07', 'UNCLAS TOKYO 000374', '|').replace('ZNY CCCCC', 'ZNR UUUUU')).labels;
		assert.ok(labels.includes('TAGS: '));
		assert.ok(!labels.some((label) => label.startsWith('Classified By')));
	});

	it('offers the reason letters with their meanings inside the parentheses', () => {
		const completed = completeAt(cable('260754Z JAN 07', 'CONFIDENTIAL', 'Classified By: Charge W. Michael Meserve for reasons 1.4 (|'));
		assert.deepEqual(completed.labels, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
		assert.match(completed.list.items[1]!.detail!, /foreign government information/);
		assert.equal(completed.apply('b'), 'Classified By: Charge W. Michael Meserve for reasons 1.4 (b)');
		const wrapped = completeAt(
			cable('260754Z JAN 07', 'CONFIDENTIAL', 'Classified By: Charge W. Michael Meserve for reasons 1.4(b)', 'and (|)'),
		);
		assert.equal(wrapped.apply('d'), 'and (d)');
		assert.ok(
			!completeAt(cable('150000Z MAR 97', 'CONFIDENTIAL', 'Classified By: X for reasons 1.5 (|')).labels.includes('h'),
			'reason (h) came in 2003',
		);
	});

	it('offers banner words, letter-spaced when the banner is, and caveats with their meanings', () => {
		const completed = completeAt(cable('260754Z JAN 07', 'C O N F I D E N T I A L TOKYO 000374', 'SI|'));
		assert.ok(completed.labels.includes('S E C R E T'));
		const sipdis = completed.list.items.find((item) => item.label === 'SIPDIS')!;
		assert.match(sipdis.detail!, /SIPRNet/);
		assert.equal(completed.apply('SIPDIS'), 'SIPDIS');
		const onBanner = completeAt(cable('260754Z JAN 07', 'SECRET NO|'));
		assert.equal(onBanner.apply('NOFORN'), 'SECRET NOFORN');
	});
});

describe('completion of dates', () => {
	it('offers a DTG for now on the DTG line, and the precedence letters before it', () => {
		const completed = completeAt(cable('|', 'CONFIDENTIAL', 'TAGS: PREL'));
		assert.deepEqual(completed.labels, ['061530Z DEC 26']);
		assert.equal(completed.apply('061530Z DEC 26'), 'P 061530Z DEC 26');
		const letters = completeAt(cable('260754Z JAN 07', 'CONFIDENTIAL', 'TAGS: PREL').replace('P 260754Z JAN 07', '|'));
		assert.deepEqual(letters.labels, ['R 061530Z DEC 26', 'P 061530Z DEC 26', 'O 061530Z DEC 26', 'Z 061530Z DEC 26']);
		assert.match(letters.list.items[3]!.detail!, /FLASH/);
	});

	it('offers the DECL date ten years after the cable, or after today for a cable without a date', () => {
		assert.equal(
			completeAt(cable('260754Z JAN 07', 'CONFIDENTIAL', 'E.O. 12958: DECL: |')).apply('01/26/2017'),
			'E.O. 12958: DECL: 01/26/2017',
		);
		const undated = completeAt(lines('CONFIDENTIAL', '', 'E.O. 13526: DECL: 1|'));
		assert.equal(undated.apply('12/06/2036'), 'E.O. 13526: DECL: 12/06/2036');
		assert.match(undated.list.items[0]!.detail!, /today/);
		assert.equal(completeAt(lines('CONFIDENTIAL', '', 'E.O.|')).labels[0], ' 13526: DECL: 12/06/2036'.trim());
	});
});
