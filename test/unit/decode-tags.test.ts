import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtInTags } from '../../server/src/data/tagTable';
import { decodeTag } from '../../server/src/decode/tags';

const decode = (code: string, person?: string) => decodeTag(code, person, builtInTags);

describe('decodeTag', () => {
	it('gives the kind, meaning and source of a subject tag', () => {
		const entry = decode('PREL').entries[0]!;
		assert.equal(entry.kind, 'subject');
		assert.match(entry.meaning, /External Political Relations/);
		assert.match(entry.source, /PLUSD/);
		assert.equal(entry.verified, true);
	});

	it('decodes country, program and organization tags', () => {
		assert.deepEqual(
			decode('JA').entries.map((entry) => [entry.kind, entry.meaning]),
			[['country', 'Japan']],
		);
		assert.equal(decode('KNNP').entries[0]!.kind, 'program');
		assert.match(decode('NATO').entries[0]!.meaning, /North Atlantic Treaty Organization/);
	});

	it('marks meanings no source confirms as unverified, without the table note in the text', () => {
		const parm = decode('PARM').entries[0]!;
		assert.equal(parm.verified, false);
		const zk = decode('ZK').entries[0]!;
		assert.equal(zk.verified, false);
		assert.match(zk.meaning, /Central Asia/);
		assert.doesNotMatch(zk.meaning, /UNVERIFIED/);
	});

	it('keeps every reading of a code that is both a country and an organization', () => {
		assert.deepEqual(
			decode('AL').entries.map((entry) => entry.kind),
			['country', 'organization'],
		);
	});

	it('knows codes listed without a meaning, and says the meaning is missing rather than inventing one', () => {
		const entry = decode('ODIP').entries[0]!;
		assert.equal(entry.meaning, '');
		assert.equal(entry.verified, false);
	});

	it('names the nearest known tag for a typo', () => {
		assert.equal(decode('KDEMAF').nearest?.code, 'KDEM');
		assert.equal(decode('POGOV').nearest?.code, 'PGOV');
		assert.equal(decode('PARMS').nearest?.code, 'PARM');
	});

	it('prefers the most used code among equally close ones', () => {
		// PRL is one edit from several codes; PREL is by far the most common.
		assert.equal(decode('PRL').nearest?.code, 'PREL');
	});

	it('offers nothing when no known tag is close', () => {
		assert.equal(decode('ZANUPFXQ').nearest, undefined);
		assert.equal(decode('PREL').nearest, undefined, 'known codes get no suggestion');
	});

	it('reads a person tag as what the subject tag says about that person', () => {
		const decoding = decode('OVIP', 'RICE, CONDOLEEZZA');
		assert.equal(decoding.person?.name, 'RICE, CONDOLEEZZA');
		assert.match(decoding.person?.role.meaning ?? '', /visit/i);
	});
});
