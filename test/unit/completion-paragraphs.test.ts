import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completeAt } from '../helpers/completion';
import { lines } from '../helpers/documents';
import { seedText } from '../helpers/corpus';

function cable(banner: string, ...body: string[]): string {
	return lines(banner, '', 'E.O. 12958: DECL: 01/25/2017', 'TAGS: PREL', 'SUBJECT: TEST', '', ...body);
}

describe('completion of paragraphs', () => {
	it('offers the next number with the marks the classification allows, the last one first', () => {
		const completed = completeAt(cable('SECRET TOKYO 000374', '1. (S) One.', '', '2. (C) Two.', '', '|'));
		assert.deepEqual(completed.labels, ['3. (C) ', '3. (S) ', '3. (SBU) ', '3. (U) ']);
		assert.equal(completed.apply('3. (C) '), '3. (C) ');
	});

	it('never offers a mark above the cable', () => {
		const labels = completeAt(cable('UNCLAS TOKYO 000374', '1. (U) One.', '', '|')).labels;
		assert.deepEqual(labels, ['2. (U) ', '2. (SBU) ']);
	});

	it('caps the marks by the paragraphs when the banner cannot be read yet', () => {
		assert.deepEqual(completeAt(lines('SECRET', '', '1. (C) One.', '', '|')).labels, ['2. (C) ', '2. (SBU) ', '2. (U) ']);
	});

	it('starts at 1 right after the caption, and continues the seed', () => {
		assert.equal(completeAt(cable('CONFIDENTIAL TOKYO 000374', '|')).labels[0], '1. (C) ');
		const seed = seedText();
		const end = seed.indexOf('MESERVE');
		assert.equal(completeAt(`${seed.slice(0, end)}\n|`).labels[0], '14. (U) ');
	});

	it('waits for a blank line', () => {
		assert.equal(completeAt(cable('CONFIDENTIAL TOKYO 000374', '1. (C) One.', '|')).list.items.length, 0);
	});

	it('offers the allowed portion marks inside a paragraph start', () => {
		const completed = completeAt(cable('CONFIDENTIAL TOKYO 000374', '1. (C) One.', '', '2. (|'));
		assert.deepEqual(completed.labels, ['C', 'SBU', 'U']);
		assert.equal(completed.apply('C'), '2. (C) ');
		assert.match(completed.list.items[0]!.detail!, /CONFIDENTIAL/);
		assert.equal(
			completeAt(cable('CONFIDENTIAL TOKYO 000374', '1. (C) One.', '', '2. (S|) Two.'))
				.apply('SBU')
				.startsWith('2. (SBU) Two'),
			true,
		);
	});
});
