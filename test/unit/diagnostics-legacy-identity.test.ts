import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createCableLanguageService } from '../../server/src/languageService';
import { fixtureText, REPO_ROOT } from '../helpers/corpus';
import { doc, lines } from '../helpers/documents';

const service = createCableLanguageService();
const identity = (text: string): Diagnostic[] =>
	service.getDiagnostics(doc(text)).filter((diagnostic) => /serial\.mismatch|origin\.mismatch/.test(String(diagnostic.code)));
const summary = (diagnostic: Diagnostic) => `${diagnostic.range.start.line}:${diagnostic.range.start.character}:${diagnostic.code}`;

/** A 1978 received copy: PAGE 01 block, header, banner, two paragraphs and a second page. */
function receivedCopy(overrides: Partial<Record<'page01' | 'page02' | 'banner2', string>> = {}): string {
	return lines(
		'CONFIDENTIAL',
		'',
		overrides.page01 ?? 'PAGE 01        NAIROBI 05213  121340Z',
		'ACTION AF-10',
		'INFO  LOG-00   OCT-01   ISO-00   AGR-20   /031 W',
		'                  ------------------121402Z 064536 /43',
		'R 121302Z MAY 78',
		'FM AMEMBASSY NAIROBI',
		'TO SECSTATE WASHDC 9321',
		'',
		'C O N F I D E N T I A L SECTION 01 OF 02 NAIROBI 5213',
		'',
		'E.O. 11652: GDS',
		'TAGS: EAGR, KE',
		'SUBJECT: A RECEIVED COPY',
		'',
		'1. CONFIDENTIAL - ENTIRE TEXT.',
		'',
		overrides.page02 ?? 'PAGE 02        NAIROBI 05213  121340Z',
		'2. THE SECOND PAGE.',
		'',
		overrides.banner2 ?? 'C O N F I D E N T I A L SECTION 02 OF 02 NAIROBI 5213',
		'',
		'3. THE SECOND SECTION.',
	);
}

describe("every statement of an older copy's origin and serial", () => {
	it('finds nothing when the PAGE lines and every section banner agree', () => {
		assert.deepEqual(identity(receivedCopy()).map(summary), []);
		const sample = readFileSync(join(REPO_ROOT, 'samples', '1978NAIROBI05213-received-copy.cable'), 'utf8');
		assert.deepEqual(identity(sample).map(summary), []);
	});

	it('flags the serial of the PAGE 01 line on that line, with the cable id in related information', () => {
		const [found, ...rest] = identity(receivedCopy({ page01: 'PAGE 01        NAIROBI 05231  121340Z' }));
		assert.deepEqual(rest, []);
		assert.equal(summary(found!), '2:23:cable.serial.mismatch');
		assert.match(String(found!.message), /Serial 05231 in the PAGE 01 line differs from the banner \(5213\): expected 5213\./);
		assert.equal(found!.relatedInformation?.[0]?.location.range.start.line, 10);
	});

	it("flags a page marker's or a later section banner's post that is another post's", () => {
		const marker = identity(receivedCopy({ page02: 'PAGE 02        KAMPALA 05213  121340Z' }));
		assert.deepEqual(marker.map(summary), ['18:15:cable.origin.mismatch']);
		assert.match(String(marker[0]!.message), /The page marker names KAMPALA, but this cable's origin is NAIROBI\./);
		assert.match(marker[0]!.relatedInformation?.[0]?.message ?? '', /the banner: origin NAIROBI/);
		assert.deepEqual(identity(receivedCopy({ banner2: 'C O N F I D E N T I A L SECTION 02 OF 02 KAMPALA 5213' })).map(summary), [
			'21:41:cable.origin.mismatch',
		]);
		assert.deepEqual(identity(receivedCopy({ page01: 'PAGE 01        KAMPALA 05213  121340Z' })).map(summary), [
			'2:15:cable.origin.mismatch',
		]);
	});

	it("flags a later section banner's serial", () => {
		const found = identity(receivedCopy({ banner2: 'C O N F I D E N T I A L SECTION 02 OF 02 NAIROBI 5214' }));
		assert.deepEqual(found.map(summary), ['21:49:cable.serial.mismatch']);
	});

	it("reads a page line's shortened post as the post it shortens, and leaves a pasted cable's markers to the serial rule", () => {
		// An RPO Dubai cable's pages say DUBAI (09RPODUBAI235); a post the tables do not know (VATICA) is not judged.
		const rpo = receivedCopy({ page02: 'PAGE 02        DUBAI 05213  121340Z' })
			.replaceAll('NAIROBI', 'RPO DUBAI')
			.replace('AMEMBASSY RPO DUBAI', 'RPO DUBAI');
		assert.deepEqual(
			identity(rpo)
				.filter((diagnostic) => diagnostic.code === 'cable.origin.mismatch')
				.map(summary),
			[],
		);
		assert.deepEqual(identity(receivedCopy({ page02: 'PAGE 02        NAIROB 05213  121340Z' })).map(summary), []);
		// Another cable's marker: its serial is reported, its post is that cable's own.
		assert.deepEqual(
			identity(receivedCopy({ page02: 'PAGE 02        KAMPALA 01234  121340Z' })).map((diagnostic) => diagnostic.code),
			['cable.serial.mismatch'],
		);
	});
});

describe("the statements of later sections' distribution blocks and of page breaks outside the body", () => {
	const rome = fixtureText('legacy/later-section.cable');
	const infoLog = fixtureText('legacy/info-log-opening.cable');

	it('finds nothing when they agree', () => {
		assert.deepEqual(identity(rome).map(summary), []);
		assert.deepEqual(identity(infoLog).map(summary), []);
	});

	it("flags a later section's PAGE 01 serial and post", () => {
		const second = 'PAGE 01        ROME  03639  02 OF 02  231627Z';
		assert.deepEqual(identity(rome.replace(second, second.replace('03639', '03693'))).map(summary), ['23:21:cable.serial.mismatch']);
		assert.deepEqual(identity(rome.replace(second, second.replace('ROME ', 'PARIS'))).map(summary), ['23:15:cable.origin.mismatch']);
	});

	it('flags the serial of a page break in the TO list and of the serial line', () => {
		assert.deepEqual(identity(infoLog.replace('STATE   063860', 'STATE   063680')).map(summary), ['12:26:cable.serial.mismatch']);
		assert.deepEqual(identity(infoLog.replace('\n063860\n', '\n063861\n')).map(summary), ['5:0:cable.serial.mismatch']);
	});
});
