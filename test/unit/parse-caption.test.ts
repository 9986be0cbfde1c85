import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCable } from '../../server/src/model/parse';
import type { BannerBlock } from '../../server/src/model/types';
import { lines } from '../helpers/documents';

const firstBlock = (...content: string[]): BannerBlock => parseCable(lines(...content), 'memory://caption', 1).bannerBlocks[0]!;

describe('banners', () => {
	const cases: Array<[string, string, string | undefined, string | undefined, string | undefined]> = [
		['C O N F I D E N T I A L SECTION 01 OF 03 TOKYO 000374', 'confidential', '01', 'TOKYO', '000374'],
		['S E C R E T STATE 000284', 'secret', undefined, 'STATE', '000284'],
		['UNCLAS SECTION 01 OF 02 BANDAR SERI BEGAWAN 000695', 'unclassified', '01', 'BANDAR SERI BEGAWAN', '000695'],
		['SECRET SECTION 01 of 05 ROME 000097', 'secret', '01', 'ROME', '000097'],
		['Unclas nairobi 000165', 'unclassified', undefined, 'nairobi', '000165'],
		['UNCLASSIFIED   STATE   00100153', 'unclassified', undefined, 'STATE', '00100153'],
		['T O P S E C R E T STATE 000001', 'topSecret', undefined, 'STATE', '000001'],
	];
	for (const [text, level, section, post, serial] of cases) {
		it(`reads ${JSON.stringify(text)}`, () => {
			const banner = firstBlock(text).banner!;
			assert.equal(banner.classification.level, level);
			assert.equal(banner.sectionOf?.number.text, section);
			assert.equal(banner.post?.text, post);
			assert.equal(banner.serial?.text, serial);
		});
	}

	it('tells letter-spaced banners from plain ones and reads EFTO as a caveat', () => {
		const banner = firstBlock('UNCLAS E F T O LONDON 002239').banner!;
		assert.equal(banner.classification.level, 'unclassified');
		assert.deepEqual(banner.classification.caveats, ['EFTO']);
		assert.equal(firstBlock('C O N F I D E N T I A L PARIS 000001').banner!.letterSpaced, true);
		assert.equal(firstBlock('CONFIDENTIAL PARIS 000001').banner!.letterSpaced, false);
	});

	it('reads a banner glued behind a partial-extract notice', () => {
		const notice = 'This record is a partial extract of the original cable. The full text of the original cable is not available.';
		const model = parseCable(`${notice}UNCLAS SECTION 01 OF 02 ADANA 0386\n`, 'memory://glued', 1);
		const banner = model.bannerBlocks[0]!.banner!;
		assert.equal(banner.post?.text, 'ADANA');
		assert.equal(banner.range.start.character, notice.length);
	});

	it('reads misspelled sections as sections', () => {
		assert.equal(firstBlock('C O N F I D E N T I A L ECTION 01 OF 02 MANAMA 000492').banner!.sectionOf?.total.text, '02');
		assert.equal(firstBlock('UNCLAS SECTION01 OF 03 SAN JOSE 000525').banner!.sectionOf?.number.text, '01');
		assert.equal(firstBlock('S E C R E T SECTION 02 OF 03QRIPOLI 000583').banner!.post?.text, 'QRIPOLI');
		assert.deepEqual(parseCable('SECRETARY 123', 'memory://caption', 1).bannerBlocks, []);
	});

	it('reads caveats and caption fields run on after the banner in reflowed text', () => {
		const block = firstBlock(
			'C O N F I D E N T I A L SECTION 01 OF 02 STATE 000284 SIPDIS E.O. 12958: DECL: 01/04/2020 TAGS: MASS MARR SUBJECT: ARMS',
		);
		assert.equal(block.banner!.serial?.text, '000284');
		assert.deepEqual(
			block.caveats.map((c) => c.marking),
			['SIPDIS'],
		);
		assert.equal(block.caption?.eo?.declDate?.year, 2020);
		assert.deepEqual(
			block.caption?.tags?.tags.map((t) => t.code),
			['MASS', 'MARR'],
		);
		assert.equal(block.caption?.subject?.text, 'ARMS');
	});

	it('reads lines that a rendering ended with a backslash', () => {
		const block = firstBlock('\tC O N F I D E N T I A L BERN 000612 \\', ' \\', 'E.O. 12958: DECL: 12/05/2028 \\', 'TAGS: PREL SZ \\');
		assert.equal(block.banner!.serial?.text, '000612');
		assert.deepEqual(
			block.caption?.tags?.tags.map((t) => t.code),
			['PREL', 'SZ'],
		);
	});

	it('collects caveat and distribution lines between banner and caption', () => {
		const block = firstBlock(
			'S E C R E T STATE 000284',
			'',
			'NOFORN SIPDIS',
			'SENSITIVE',
			'DEPT FOR NEA AND NEA/ARP',
			'',
			'E.O. 12958: DECL: 01/01/2019',
		);
		assert.deepEqual(
			block.caveats.map((c) => c.marking),
			['NOFORN', 'SIPDIS', 'SENSITIVE'],
		);
		assert.deepEqual(
			block.distribution.map((d) => d.text),
			['DEPT FOR NEA AND NEA/ARP'],
		);
		assert.equal(block.caption?.eo?.order?.text, '12958');
	});
});

describe('caption fields', () => {
	it('reads the E.O. line in its date and word forms', () => {
		const forms: Array<[string, string | undefined, string, object | undefined]> = [
			['E.O. 12958: DECL: 01/25/2017', '12958', 'date', { year: 2017, month: 1, day: 25 }],
			['EO 12958 DECL: 02/22/2011', '12958', 'date', { year: 2011, month: 2, day: 22 }],
			['E.O. 12958: DECL: 2019/12/17', '12958', 'date', { year: 2019, month: 12, day: 17 }],
			['E.O. 12958:  DECL:  12-29-13', '12958', 'date', { year: 2013, month: 12, day: 29 }],
			['E.O. 12958: N/A', '12958', 'none', undefined],
			['E.O. 12356: DECL: OADR', '12356', 'words', undefined],
			['E.O. 12958: DECL: TWENTY YEARS', '12958', 'words', undefined],
		];
		for (const [text, order, kind, date] of forms) {
			const eo = firstBlock(text).caption!.eo!;
			assert.equal(eo.order?.text, order, text);
			assert.equal(eo.declKind, kind, text);
			assert.deepEqual(eo.declDate, date, text);
		}
	});

	it('reads TAGS space, comma and semicolon separated, wrapped, with person tags', () => {
		assert.deepEqual(
			firstBlock('TAGS: PREL PARM KNNP ZK').caption!.tags!.tags.map((t) => t.code),
			['PREL', 'PARM', 'KNNP', 'ZK'],
		);
		assert.deepEqual(
			firstBlock('TAGS PREL;PGOV;KCOR;HU').caption!.tags!.tags.map((t) => t.code),
			['PREL', 'PGOV', 'KCOR', 'HU'],
		);
		assert.deepEqual(
			firstBlock('Tags: prel, pgov, sy').caption!.tags!.tags.map((t) => t.code),
			['PREL', 'PGOV', 'SY'],
		);
		const wrapped = firstBlock('TAGS: PREL, PGOV, OVIP (RICE, CONDOLEEZZA),', 'KDEM, XY', 'SUBJECT: VISIT').caption!;
		assert.deepEqual(
			wrapped.tags!.tags.map((t) => t.code),
			['PREL', 'PGOV', 'OVIP', 'KDEM', 'XY'],
		);
		assert.equal(wrapped.tags!.tags[2]!.person?.text, '(RICE, CONDOLEEZZA)');
		assert.equal(wrapped.subject?.text, 'VISIT');
	});

	it('reads a wrapped SUBJECT and a portion-marked one', () => {
		const caption = firstBlock(
			'SUBJECT: S/P DIRECTOR KRASNER MEETS DIRECTOR GENERAL FOR',
			'NORTH AMERICAN AFFAIRS KAWAI',
			'',
			'Classified By: X',
		).caption!;
		assert.equal(caption.subject?.text, 'S/P DIRECTOR KRASNER MEETS DIRECTOR GENERAL FOR NORTH AMERICAN AFFAIRS KAWAI');
		assert.equal(caption.subject?.range.end.line, 1);
		const marked = firstBlock('SUBJECT: (C) CHIRAC VISIT TO LIBYA').caption!.subject!;
		assert.equal(marked.portion?.level, 'confidential');
	});

	it('reads lettered REF lists, on following lines and inline', () => {
		const refs = firstBlock('REF: A. QUITO 82', '     ¶B. QUITO 57', '     ¶C. 08 STATE 130900').caption!.refs!;
		assert.deepEqual(
			refs.items.map((item) => item.label?.text.replace('¶', '')),
			['A.', 'B.', 'C.'],
		);
		assert.deepEqual(
			refs.items.map((item) => `${item.cable?.post.text} ${item.cable?.serial.text}`),
			['QUITO 82', 'QUITO 57', 'STATE 130900'],
		);
		assert.equal(refs.items[2]!.cable?.year?.text, '08');
		const inline = firstBlock('REF: A) STATE 119706, B) GABORONE 1355').caption!.refs!;
		assert.deepEqual(
			inline.items.map((item) => item.text),
			['STATE 119706', 'GABORONE 1355'],
		);
		assert.deepEqual(
			firstBlock('REF: STATE 217248').caption!.refs!.items.map((item) => item.cable?.serial.text),
			['217248'],
		);
	});

	it('reads Classified By with its authority and reasons, wrapped', () => {
		const by = firstBlock("Classified By: Charge d'Affaires W. Michael Meserve for reasons 1.4(b)", 'and (d)').caption!.classifiedBy!;
		assert.equal(by.authority?.text, "Charge d'Affaires W. Michael Meserve");
		assert.equal(by.section?.text, '1.4');
		assert.deepEqual(
			by.reasons.map((r) => r.text),
			['b', 'd'],
		);
		assert.deepEqual(by.reasons[1]!.range.start, { line: 1, character: 5 });
		const old = firstBlock('CLASSIFIED BY: A/DCM THOMAS COUNTRYMAN FOR REASONS 1.5 (B) AND (D)').caption!.classifiedBy!;
		assert.equal(old.section?.text, '1.5');
		assert.deepEqual(
			old.reasons.map((r) => r.text),
			['B', 'D'],
		);
	});

	it('reads reasons wrapped anywhere, and a keyword written twice', () => {
		const wrapped = firstBlock('Classified By: Acting DCM Marc Sievers, reasons 1.4', '(b) and (d).').caption!.classifiedBy!;
		assert.equal(wrapped.section?.text, '1.4');
		assert.deepEqual(
			wrapped.reasons.map((r) => [r.text, r.range.start.line]),
			[
				['b', 1],
				['d', 1],
			],
		);
		const doubled = firstBlock('Classified By: Classified by: CDA Walter Andrusyszyn for reasons 1.4 (b) and (d).').caption!.classifiedBy!;
		assert.equal(doubled.authority?.text, 'CDA Walter Andrusyszyn');
		assert.deepEqual(
			doubled.reasons.map((r) => r.text),
			['b', 'd'],
		);
	});

	it('splits caption fields run together on one line', () => {
		const caption = firstBlock('E.O. 12958:  DECL: 10/23/11 TAGS: PREL AF PK').caption!;
		assert.equal(caption.eo?.declDate?.year, 2011);
		assert.deepEqual(
			caption.tags?.tags.map((t) => t.code),
			['PREL', 'AF', 'PK'],
		);
		assert.equal(caption.tags?.range.start.line, 0);
	});
});
