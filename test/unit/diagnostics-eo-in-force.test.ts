import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orderTiming } from '../../server/src/decode/declassification';
import { executiveOrder } from '../../server/src/data/declassificationTable';
import { createCableLanguageService } from '../../server/src/languageService';
import { doc, lines } from '../helpers/documents';

const service = createCableLanguageService();

/** A cable sent on `dtg` whose E.O. line is `eo`; only the order-in-force rule is looked at. */
function cable(dtg: string, eo: string): string {
	return lines(
		`P ${dtg}`,
		'FM AMEMBASSY PARIS',
		'TO SECSTATE WASHDC PRIORITY 1234',
		'C O N F I D E N T I A L PARIS 001007',
		'',
		eo,
		'TAGS: PREL FR',
		'SUBJECT: A TEST CABLE',
		'',
		'1. (C) One.',
	);
}

const notInForce = (text: string) =>
	service
		.getDiagnostics(doc(text))
		.filter((diagnostic) => diagnostic.code === 'cable.eo.not-in-force')
		.map((diagnostic) => ({
			line: diagnostic.range.start.line,
			message: String(diagnostic.message),
			related: diagnostic.relatedInformation?.map((related) => `${related.location.range.start.line}: ${related.message}`),
		}));

describe('the executive order in force at the cable date', () => {
	it('accepts the order each period cites', () => {
		assert.deepEqual(notInForce(cable('121500Z JUN 85', 'E.O. 12356: DECL: OADR')), []);
		assert.deepEqual(notInForce(cable('121500Z JUN 98', 'E.O. 12958: DECL: 06/12/2008')), []);
		assert.deepEqual(notInForce(cable('121500Z JUN 05', 'E.O. 12958: DECL: 06/12/2015')), []);
		assert.deepEqual(notInForce(cable('121500Z FEB 10', 'E.O. 13526: DECL: 02/12/2020')), [], 'signed in December 2009');
	});

	it('allows the old order for a year after its successor took effect', () => {
		// Cables of early 2010 rightly still cite 12958: 13526 took effect in June 2010.
		assert.deepEqual(notInForce(cable('121500Z FEB 10', 'E.O. 12958: DECL: 02/12/2020')), []);
		assert.deepEqual(notInForce(cable('121500Z JAN 11', 'E.O. 12958: DECL: 01/12/2021')), []);
		assert.deepEqual(notInForce(cable('121500Z MAR 96', 'E.O. 12356: DECL: OADR')), []);
	});

	it('flags an order long replaced, with the date in related information', () => {
		assert.deepEqual(notInForce(cable('121500Z MAR 12', 'E.O. 12958: DECL: 03/12/2022')), [
			{
				line: 5,
				message:
					"E.O. 12958 was replaced by E.O. 13526 on Sunday 27 June 2010, more than a year before this cable's date (Monday 12 March 2012): expected E.O. 13526 or a later order.",
				related: ['0: the date-time group: Monday 12 March 2012'],
			},
		]);
		assert.match(
			notInForce(cable('121500Z JUN 99', 'E.O. 12356: DECL: OADR'))[0]?.message ?? '',
			/replaced by E\.O\. 12958 on Saturday 14 October 1995, 3 years before/,
		);
	});

	it("flags an order not yet signed: the line is another cable's", () => {
		assert.deepEqual(notInForce(cable('121500Z OCT 90', 'E.O. 12958: DECL: 07/15/2018')), [
			{
				line: 5,
				message:
					"E.O. 12958 was signed on Monday 17 April 1995, after this cable's date (Friday 12 October 1990): the line is not this cable's own (a later cable's text, or a wrong date).",
				related: ['0: the date-time group: Friday 12 October 1990'],
			},
		]);
		assert.equal(notInForce(cable('121500Z JUN 08', 'E.O. 13526: DECL: 06/12/2018')).length, 1);
	});

	it('leaves alone the order an old cable was released under', () => {
		assert.deepEqual(notInForce(cable('281500Z DEC 66', 'E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009')), []);
		assert.deepEqual(notInForce(cable('101500Z AUG 72', 'E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006')), []);
	});

	it('judges by day: the signing day itself is in time', () => {
		const order = executiveOrder('13526')!;
		assert.equal(orderTiming(order, new Date(Date.UTC(2009, 11, 29, 23, 59))), undefined);
		assert.equal(orderTiming(order, new Date(Date.UTC(2009, 11, 28)))?.kind, 'not-yet-signed');
	});
});
