import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCable } from '../../server/src/model/parse';
import { lines } from '../helpers/documents';

const parse = (text: string) => parseCable(text, 'memory://header', 1);

describe('transmission header', () => {
	const model = parse(
		lines(
			'VZCZCXRO1706',
			'OO RUEHBC RUEHDE',
			'RUEHKUK RUEHROV',
			'',
			'DE RUEHMK #0181/02 0791042',
			'ZNY SSSSS ZZH (TAO)',
			'O R 191042Z MAR 08 ZDK',
			'FM AMEMBASSY MANAMA',
			'TO RUEHC/SECSTATE WASHDC NIACT IMMEDIATE 7686',
			'INFO RUEHEE/ARAB LEAGUE COLLECTIVE IMMEDIATE',
			'RHBVAKS/COMUSNAVCENT  IMMEDIATE',
			'RUEKJCS/JOINT STAFF WASHDC//J-3/J-5//',
			'XMT AMCONSUL JEDDAH',
			'BT',
			'S E C R E T SECTION 02 OF 03 MANAMA 000181',
		),
	);
	const header = model.header!;

	it('reads the transmission id, and relay lines wrapped onto a second line', () => {
		assert.equal(header.transmissionId?.text, 'VZCZCXRO1706');
		assert.equal(header.relay[0]?.prosign.text, 'OO');
		assert.deepEqual(
			header.relay[0]?.indicators.map((ri) => ri.text),
			['RUEHBC', 'RUEHDE', 'RUEHKUK', 'RUEHROV'],
		);
	});

	it('reads the DE line field by field, past a blank line inside the header', () => {
		const de = header.de!;
		assert.equal(de.station?.text, 'RUEHMK');
		assert.equal(de.serial, '0181');
		assert.equal(de.section, 2);
		assert.equal(de.julianDay, 79);
		assert.equal(de.timeFiled, '1042');
		assert.deepEqual(de.station?.range, { start: { line: 4, character: 3 }, end: { line: 4, character: 9 } });
	});

	it('reads the security line with its level and handling signals', () => {
		assert.equal(header.security?.signal.text, 'ZNY');
		assert.equal(header.security?.letters?.text, 'SSSSS');
		assert.equal(header.security?.level, 'secret');
		assert.deepEqual(
			header.security?.handling.map((h) => h.text),
			['ZZH', '(TAO)'],
		);
	});

	it('reads dual precedence, the date-time group and trailing service codes', () => {
		const dtg = header.dtg!;
		assert.deepEqual(
			dtg.precedence.map((p) => p.text),
			['O', 'R'],
		);
		assert.equal(dtg.dtg.text, '191042Z MAR 08');
		assert.deepEqual([dtg.dtg.day, dtg.dtg.hour, dtg.dtg.minute, dtg.dtg.month, dtg.dtg.year], [19, 10, 42, 3, 2008]);
		assert.equal(dtg.trailing?.text, 'ZDK');
	});

	it('reads addressees: indicator, address, precedence word and sequence number', () => {
		assert.equal(header.from?.address?.text, 'AMEMBASSY MANAMA');
		const [to, info, xmt] = header.addressLists;
		assert.equal(to?.kind, 'TO');
		const action = to!.addressees[0]!;
		assert.equal(action.indicator?.text, 'RUEHC');
		assert.equal(action.address?.text, 'SECSTATE WASHDC');
		assert.equal(action.precedence?.text, 'NIACT IMMEDIATE');
		assert.equal(action.sequence?.text, '7686');
		assert.deepEqual(
			info!.addressees.map((a) => a.indicator?.text),
			['RUEHEE', 'RHBVAKS', 'RUEKJCS'],
		);
		assert.equal(info!.addressees[2]!.address?.text, 'JOINT STAFF WASHDC//J-3/J-5//');
		assert.equal(xmt?.kind, 'XMT');
		assert.equal(xmt!.addressees[0]!.indicator, undefined);
		assert.equal(header.bt?.text, 'BT');
	});

	it('ends the header at the banner', () => {
		assert.equal(header.range.end.line, 13);
		assert.equal(model.bannerBlocks[0]?.banner?.sectionOf?.number.text, '02');
	});
});

describe('older header forms', () => {
	it('reads a 1970s distribution block, then a header without routing indicators', () => {
		const model = parse(
			lines(
				'LIMITED OFFICIAL USE',
				'',
				'PAGE 01  ATHENS 02959  171944Z',
				'',
				'11',
				'ACTION EUR-25',
				'',
				'INFO  OCT-01  EA-11  ISO-00  CIAE-00',
				'',
				'LAB-06  NSAE-00  RSC-01',
				'/096 W',
				'---------------------     064536',
				'R 171600Z MAY 74',
				'FM AMEMBASSY ATHENS',
				'TO SECSTATE WASHDC 3410',
				'INFO AMEMBASSY LONDON',
				'AMCONSUL THESSALONIKI',
				'',
				'',
				'LIMITED OFFICIAL USE ATHENS 2959',
			),
		);
		assert.deepEqual(
			model.legacyHeader?.lines.map((line) => line.kind),
			['classification', 'page', 'lineCount', 'action', 'info', 'distribution', 'distribution', 'counter'],
		);
		assert.equal(model.header?.dtg?.dtg.year, 1974);
		assert.deepEqual(
			model.header?.addressLists[1]?.addressees.map((a) => a.address?.text),
			['AMEMBASSY LONDON', 'AMCONSUL THESSALONIKI'],
		);
		assert.equal(model.bannerBlocks[0]?.banner?.classification.level, 'unclassified');
		assert.deepEqual(model.bannerBlocks[0]?.banner?.classification.caveats, ['LIMITED OFFICIAL USE']);
	});

	it('reads ORIGIN / DRAFTED BY / APPROVED BY and a date-time group with a space before Z', () => {
		const model = parse(
			lines(
				'ORIGIN    SPM-01',
				'INFO  OCT-01    EUR-25   ADP-00   RSC-01  /028  R',
				'DRAFTED BY S/ PM: PPCLAXTON,  JR.',
				'05/22/73   EXT 23262',
				'APPROVED BY EUR/ WE: DWLOVING',
				'P R 221828 Z MAY 73',
				'FM SECSTATE WASHDC',
			),
		);
		assert.deepEqual(
			model.legacyHeader?.lines.map((line) => line.kind),
			['origin', 'info', 'draftedBy', 'draftedBy', 'approvedBy'],
		);
		assert.equal(model.header?.dtg?.dtg.text, '221828 Z MAY 73');
		assert.equal(model.header?.dtg?.dtg.year, 1973);
	});

	it('starts a header at FM after a distribution block with no date-time group line', () => {
		const model = parse(
			lines('PAGE 01  HANOI  00686  01 OF 07  050821Z', 'ACTION EAP-00', 'FM AMEMBASSY HANOI', 'TO SECSTATE WASHDC PRIORITY 9479'),
		);
		assert.equal(model.header?.from?.address?.text, 'AMEMBASSY HANOI');
		assert.equal(model.header?.addressLists[0]?.addressees[0]?.precedence?.text, 'PRIORITY');
	});

	it('does not take a body line shaped like a header line for a second header', () => {
		const model = parse(
			lines(
				'VZCZCXRO1706',
				'DE RUEHMK #0181 0791042',
				'UNCLAS ROME 000097',
				'',
				'1. (U) The security line reads',
				'ZNR UUUUU ZZH in every unclassified cable.',
			),
		);
		assert.deepEqual(model.repeatedHeaders, []);
		assert.equal(model.body?.paragraphs[0]?.range.end.line, 5);
	});

	it('reads a second rendering of the header after the body', () => {
		const model = parse(
			lines(
				'VZCZCXRO1706',
				'DE RUEHMK #0181 0791042',
				'UNCLAS ROME 000097',
				'',
				'1. (U) Text.',
				'',
				'header:',
				'VZCZCXRO1706',
				'DE RUEHMK #0181 0791042',
			),
		);
		assert.equal(model.repeatedHeaders.length, 1);
		assert.equal(model.repeatedHeaders[0]!.de?.serial, '0181');
	});

	it('does not take a sentence starting with FM in the body for a header', () => {
		const model = parse(lines('UNCLAS ROME 000097', '', '1. (U) Text.', 'FM ASO SAID NOTHING.'));
		assert.equal(model.header, undefined);
		assert.equal(model.body?.paragraphs[0]?.range.end.line, 3);
	});
});
