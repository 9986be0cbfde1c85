import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FIRST_LINE_PATTERN, looksLikeCable } from '../../server/src/model/cableStart';
import { corpusCables, corpusSkipReason, REPO_ROOT, seedText } from '../helpers/corpus';
import { lines } from '../helpers/documents';

describe('which .txt files open as cables', () => {
	it('recognises the wrappers and telegram starts seen in the releases', () => {
		for (const start of [
			seedText(),
			lines('Viewing cable 08MANAMA181, BAHRAINI FM ON ARAB LEAGUE', 'Reference ID'),
			lines('', '', 'VZCZCXRO7165', 'OO RUEHBI'),
			lines('C O N F I D E N T I A L SECTION 01 OF 03 TOKYO 000374'),
			lines('UNCLAS SECTION 01 OF 02 ADANA 0386'),
			lines('P 111147Z DEC 00', 'FM AMEMBASSY ANKARA'),
			lines('TITLE', 'Canonical ID: 1974ATHENS02959_b'),
			lines('02ADANA386', 'SOUTHEAST TURKEY PRESS SUMMARY'),
			lines(
				'This record is a partial extract of the original cable. The full text of the original cable is not available.',
				'',
				'2000HANOI00686 - CONFIDENTIAL',
			),
			lines('_id: 04NEWDELHI5577|04NEWDELHI6980', 'origin: Embassy New Delhi'),
		]) {
			assert.ok(looksLikeCable(start), start.slice(0, 60));
		}
	});

	it('leaves ordinary text files alone', () => {
		for (const text of [
			'',
			'Shopping list\n- milk\n- bread\n',
			'README\n\nThis project is secret.\n',
			'Dear Sir,\nSECRET plans attached.\n',
			'1. First point\n2. Second point\n',
		]) {
			assert.equal(looksLikeCable(text), false, text);
		}
	});

	it('looks only at the first few lines', () => {
		assert.equal(looksLikeCable(`${'a line of prose\n'.repeat(10)}VZCZCXRO9140\n`), false);
	});

	it('recognises nearly every corpus cable', { skip: corpusSkipReason }, () => {
		const missed: string[] = [];
		let total = 0;
		for (const cable of corpusCables()) {
			total++;
			if (!looksLikeCable(cable.text)) missed.push(cable.name);
		}
		console.log(`# .txt detection: ${total - missed.length}/${total} corpus cables open as cables`);
		assert.ok(missed.length <= total * 0.02, `missed ${missed.length}: ${missed.slice(0, 20).join(', ')}`);
	});

	it("gives VS Code the same patterns in package.json's firstLine (npm run build writes it)", () => {
		const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
		const firstLine: string = manifest.contributes.languages[0].firstLine;
		assert.equal(firstLine, FIRST_LINE_PATTERN);
		// VS Code compiles it without flags and tries it on the first line alone.
		const pattern = new RegExp(firstLine);
		assert.ok(pattern.test('P 111147Z DEC 00'));
		assert.ok(pattern.test('  VZCZCXRO7165'));
		assert.equal(pattern.test('Dear Sir,'), false);
	});
});
