import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCable } from '../../server/src/model/parse';
import { fixtureText } from '../helpers/corpus';
import { lines } from '../helpers/documents';

describe('the parts of an older distribution block', () => {
	const model = parseCable(
		lines(
			'PAGE 01        NAIROBI 05213  121340Z',
			'ACTION AF-10',
			'INFO  LOG-00   OCT-01   ISO-00',
			'      INR-10IO-02  /023 W',
			'                  ------------------121402Z 064536 /43',
			'R 121302Z MAY 78',
			'FM AMEMBASSY NAIROBI',
			'TO SECSTATE WASHDC 3551',
		),
		'memory://legacy',
		1,
	);
	const legacy = model.legacyHeader!;
	const line = (kind: string) => legacy.lines.find((candidate) => candidate.kind === kind)!;

	it('reads the page line: post, serial and time group', () => {
		assert.deepEqual([line('page').post?.text, line('page').serial?.text, line('page').time?.text], ['NAIROBI', '05213', '121340Z']);
		assert.deepEqual(line('page').time?.range, { start: { line: 0, character: 30 }, end: { line: 0, character: 37 } });
	});

	it('reads a counter line that opens with its time group', () => {
		assert.equal(line('counter').time?.text, '121402Z');
		assert.equal(model.header?.dtg?.dtg.text, '121302Z MAY 78');
	});

	it('reads each office with its copies, run-together codes apart, and the total', () => {
		const offices = legacy.lines.flatMap((candidate) => candidate.offices.map((office) => `${office.office}:${office.copies}`));
		assert.deepEqual(offices, ['AF:10', 'LOG:0', 'OCT:1', 'ISO:0', 'INR:10', 'IO:2']);
		assert.equal(line('distribution').total?.text, '/023');
	});
});

describe('a distribution block that opens with INFO LOG-00 (2009-2010 copies)', () => {
	const model = parseCable(fixtureText('legacy/info-log-opening.cable'), 'memory://info-log', 1);
	const kinds = model.legacyHeader?.lines.map((line) => line.kind);

	it('reads the block down to its counter line, over the office total, the serial and the SOURCE line', () => {
		assert.deepEqual(kinds, ['info', 'distribution', 'distribution', 'serial', 'source', 'draftedBy', 'approvedBy', 'counter']);
		const line = (kind: string) => model.legacyHeader!.lines.find((candidate) => candidate.kind === kind)!;
		assert.equal(line('serial').serial?.text, '063860');
		assert.equal(line('counter').time?.text, '191822Z');
		assert.equal(model.legacyHeader!.lines[2]!.total?.text, '/000');
	});

	it('leaves the header, caption and body as they were', () => {
		assert.equal(model.header?.dtg?.dtg.text, '191717Z JUN 09');
		assert.equal(model.bannerBlocks[0]?.caption?.subject?.text, 'DIPLOMATIC SECURITY DAILY');
		assert.equal(model.body?.paragraphs.length, 1);
	});

	it('keeps a page break in the TO list as a page marker of the model', () => {
		assert.deepEqual(
			model.pageMarkersOutsideBody.map((marker) => [marker.range.start, marker.serial?.text, marker.time?.text]),
			[[{ line: 12, character: 3 }, '063860', '191822Z']],
		);
	});

	it('takes no TO or INFO address line for the start of a block', () => {
		const text = lines(
			'R 161417Z APR 09',
			'FM SECSTATE WASHDC',
			'TO AMEMBASSY BAMAKO',
			'INFO AMEMBASSY LONDON',
			'S E C R E T STATE 037566',
		);
		assert.equal(parseCable(text, 'memory://info-address', 1).legacyHeader, undefined);
	});
});

describe("later sections' distribution blocks", () => {
	const model = parseCable(fixtureText('legacy/later-section.cable'), 'memory://later-section', 1);

	it('are kept in the model with their PAGE 01 line', () => {
		const pages = [model.legacyHeader, ...model.laterLegacyHeaders].map((legacy) => legacy?.lines.find((line) => line.kind === 'page'));
		assert.deepEqual(
			pages.map((page) => [page?.range.start.line, page?.serial?.text, page?.time?.text]),
			[
				[2, '03639', '231626Z'],
				[23, '03639', '231627Z'],
			],
		);
		assert.equal(model.body?.paragraphs.length, 2);
	});
});
