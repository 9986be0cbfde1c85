import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completeAt, inOrder } from '../helpers/completion';
import { lines } from '../helpers/documents';

/** The seed's header, with `list` as its addressee lines. */
function header(...list: string[]): string {
	return lines(
		'VZCZCXRO9140',
		'PP RUEHDBU',
		'DE RUEHKO #0374/01 0260754',
		'ZNY CCCCC ZZH',
		'P 260754Z JAN 07',
		'FM AMEMBASSY TOKYO',
		...list,
		'BT',
		'C O N F I D E N T I A L SECTION 01 OF 03 TOKYO 000374',
	);
}

describe('completion of addressees', () => {
	it('gives a post its address with its routing indicator, precedence and sequence as the list writes them', () => {
		const completed = completeAt(header('TO RUEHC/SECSTATE WASHDC PRIORITY 0137', 'INFO RUEHAH/AMEMBASSY ASHGABAT PRIORITY 0139', 'tok|'));
		assert.equal(completed.labels[0], 'RUEHKO/AMEMBASSY TOKYO');
		assert.equal(completed.apply('RUEHKO/AMEMBASSY TOKYO'), 'RUEHKO/AMEMBASSY TOKYO PRIORITY 0000');
		assert.equal(completed.list.items[0]!.insertTextFormat, 2, 'the sequence number is a placeholder');
	});

	it('writes the bare address when the list has no indicators', () => {
		const completed = completeAt(header('TO SECSTATE WASHDC', 'INFO AMEMBASSY BEIJING', 'AMEMBASSY TO|'));
		assert.ok(completed.labels.includes('AMEMBASSY TOKYO'), completed.labels.join(', '));
		assert.equal(completed.apply('AMEMBASSY TOKYO'), 'AMEMBASSY TOKYO');
		assert.ok(!completed.labels.some((label) => label.includes('/')));
	});

	it('completes after the keyword of a TO line, most used addresses first', () => {
		const completed = completeAt(header('TO |'));
		assert.equal(inOrder(completed.list)[0], 'RUEHC/SECSTATE WASHDC', 'the Department is the most used address');
		assert.ok(completed.list.isIncomplete, 'an empty query matches too many to send');
		assert.equal(completed.apply('RUEHC/SECSTATE WASHDC'), 'TO RUEHC/SECSTATE WASHDC');
	});

	it('matches a post as written in cable ids, and the indicator before the slash', () => {
		assert.ok(completeAt(header('TO RUEHC/SECSTATE WASHDC', 'INFO buenosai|')).labels.includes('RUEHBU/AMEMBASSY BUENOS AIRES'));
		assert.deepEqual(completeAt(header('TO RUEHC/SECSTATE WASHDC', 'INFO RUEHKO/AMEMBASSY T|')).labels, ['RUEHKO/AMEMBASSY TOKYO']);
	});

	it('writes the FM line without an indicator', () => {
		const text = header('TO RUEHC/SECSTATE WASHDC PRIORITY 0137').replace('FM AMEMBASSY TOKYO', 'FM AMEMBASSY TOK|');
		const completed = completeAt(text);
		assert.equal(completed.apply('AMEMBASSY TOKYO'), 'FM AMEMBASSY TOKYO');
	});

	it('offers precedence words after a written address', () => {
		const completed = completeAt(header('TO RUEHC/SECSTATE WASHDC PRI|'));
		assert.equal(completed.apply('PRIORITY'), 'TO RUEHC/SECSTATE WASHDC PRIORITY');
		assert.ok(!completed.labels.includes('ROUTINE'), 'only the words the letters begin');
		const afterSpace = completeAt(header('TO RUEHC/SECSTATE WASHDC |'));
		assert.ok(afterSpace.labels.includes('NIACT IMMEDIATE'));
		assert.match(afterSpace.list.items.find((item) => item.label === 'NIACT IMMEDIATE')!.detail!, /Night Action/);
	});

	it('offers routing indicators with their stations on the DE line', () => {
		const completed = completeAt(header('TO RUEHC/SECSTATE WASHDC').replace('DE RUEHKO', 'DE RUEHK|'));
		const item = completed.list.items.find((candidate) => candidate.label === 'RUEHKO')!;
		assert.equal(item.detail, 'AMEMBASSY TOKYO');
		assert.equal(completed.apply('RUEHKO'), 'DE RUEHKO #0374/01 0260754');
		assert.ok(completed.labels.every((label) => label.startsWith('RUEHK')));
	});

	it('finds an indicator by its station on a relay line', () => {
		const completed = completeAt(header('TO RUEHC/SECSTATE WASHDC').replace('PP RUEHDBU', 'PP RUEHDBU TOKYO|'));
		assert.ok(completed.labels.includes('RUEHKO'));
		assert.equal(completed.apply('RUEHKO'), 'PP RUEHDBU RUEHKO');
	});

	it('says nothing in the body', () => {
		const text = lines(header('TO RUEHC/SECSTATE WASHDC'), '', 'E.O. 12958: DECL: 01/25/2017', '', '1. (C) Summary.', '', '2. (C) TO |');
		assert.equal(completeAt(text).list.items.length, 0);
	});
});
