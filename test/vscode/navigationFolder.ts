/**
 * The folder the extension-host suite opens: a copy of samples/ plus cables generated to cite
 * two of them (and one whose id starts like the seed's), so that navigation between cables (definition, references, workspace symbols,
 * citations) has something to follow. The harness writes it; the suite's checks read the names.
 */
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticCable } from '../helpers/citingCables';

export const CITED_SEED = '07TOKYO374.txt';
export const CITED_OSLO = '09OSLO517-secret-two-sections.cable';
/** Cites the seed (A) and the Oslo sample (B). */
export const CITER_BOTH = '10TOKYO90001.cable';
/** Cites the seed only, in another form. */
export const CITER_SEED = '10TOKYO90002.cable';
/** Cites nothing; its id starts as the seed's does, so that Ctrl+T has to rank the exact id first. */
export const DECOY = '07TOKYO3741.cable';

export const CITERS: Readonly<Record<string, string>> = {
	[CITER_BOTH]: syntheticCable({
		post: 'TOKYO',
		year: 2010,
		serial: 90001,
		subject: 'FOLLOW-UP ON TWO EARLIER CABLES',
		ref: 'A. 07 TOKYO 374 B. 09 OSLO 517',
	}),
	[CITER_SEED]: syntheticCable({ post: 'TOKYO', year: 2010, serial: 90002, subject: 'KAWAI ON SIX PARTY TALKS', ref: 'TOKYO 374 (2007)' }),
	[DECOY]: syntheticCable({ post: 'TOKYO', year: 2007, serial: 3741, subject: 'FISHERIES TALKS' }),
};

/** A new temporary folder holding the samples and the citing cables; the caller removes it. */
export function makeNavigationFolder(samplesDir: string): string {
	const folder = mkdtempSync(join(tmpdir(), 'cable-e2e-folder-'));
	for (const name of readdirSync(samplesDir)) copyFileSync(join(samplesDir, name), join(folder, name));
	for (const [name, text] of Object.entries(CITERS)) writeFileSync(join(folder, name), text);
	return folder;
}
