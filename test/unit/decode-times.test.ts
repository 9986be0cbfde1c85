import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clockTime, compareWithCreated, formatDateTime, formatDay, julianDate, parseCreated, utcDate } from '../../server/src/decode/times';

describe('times', () => {
	it('spells a date-time with its weekday, in UTC', () => {
		assert.equal(formatDateTime(utcDate(2007, 1, 26, 7, 54)!), 'Friday 26 January 2007, 07:54 UTC');
		assert.equal(formatDay(utcDate(1966, 12, 28)!), 'Wednesday 28 December 1966');
	});

	it('rejects dates that do not exist', () => {
		assert.equal(utcDate(2007, 2, 30), undefined);
		assert.equal(utcDate(2007, 1, 26, 24, 0), undefined);
		assert.ok(utcDate(2008, 2, 29));
	});

	it('turns a Julian day into a calendar date, leap years included', () => {
		assert.equal(formatDay(julianDate(2007, 26)!), 'Friday 26 January 2007');
		assert.equal(formatDay(julianDate(2008, 60)!), 'Friday 29 February 2008');
		assert.equal(julianDate(2007, 366), undefined);
		assert.equal(julianDate(2007, 0), undefined);
	});

	it('reads the Created time in every rendering the corpus has', () => {
		const cases: [string, string, boolean][] = [
			['2007-01-26 07:54:00', 'Friday 26 January 2007, 07:54 UTC', true],
			['2009-12-17 13:01', 'Thursday 17 December 2009, 13:01 UTC', true],
			['12/28/1966 18:48', 'Wednesday 28 December 1966, 18:48 UTC', true],
			['Wed Nov 20 00:00:00 +0100 2002', 'Wednesday 20 November 2002, 00:00 UTC', false],
			['1974 May 17, 16:00 (Friday)', 'Friday 17 May 1974, 16:00 UTC', true],
		];
		for (const [text, expected, hasTime] of cases) {
			const created = parseCreated(text);
			assert.equal(created && formatDateTime(created.date), expected, text);
			assert.equal(created?.hasTime, hasTime, text);
		}
		assert.equal(parseCreated('sometime in 2007'), undefined);
	});

	it('relates the DTG to the Created time in words', () => {
		const dtg = utcDate(2007, 1, 26, 7, 54)!;
		assert.equal(compareWithCreated(dtg, parseCreated('2007-01-26 07:54:00')!), 'matches the metadata Created time');
		assert.equal(compareWithCreated(dtg, parseCreated('2007-01-26 08:06')!), 'the metadata Created time is 12 minutes later');
		assert.equal(compareWithCreated(dtg, parseCreated('2007-01-25 07:54')!), 'the metadata Created time is 24 hours earlier');
		assert.equal(compareWithCreated(dtg, parseCreated('Fri Jan 26 00:00:00 +0100 2007')!), 'same day as the metadata Created date');
	});

	it('reads a time filed', () => {
		assert.equal(clockTime('0754'), '07:54');
		assert.equal(clockTime('2460'), undefined);
	});
});
