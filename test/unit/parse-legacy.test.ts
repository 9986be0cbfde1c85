import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCable } from '../../server/src/model/parse';
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
