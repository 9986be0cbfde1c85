import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCableLanguageService } from '../../server/src/languageService';
import { doc, lines } from '../helpers/documents';
import { hoverWords, positionOf } from '../helpers/hover';

const service = createCableLanguageService();

/** A short cable: `banner`, then `caveat` on its own line, then one paragraph marked `portion`. */
function cable(banner: string, caveat: string, portion: string): string {
	return lines(
		'R 121500Z JUN 08',
		'FM AMEMBASSY PARIS',
		'TO SECSTATE WASHDC 1234',
		`${banner} PARIS 001007`,
		'',
		caveat,
		'',
		'E.O. 12958: N/A',
		'TAGS: PREL FR',
		'SUBJECT: A TEST CABLE',
		'',
		`1. ${portion} One.`,
	);
}

const needsClassified = (text: string) =>
	service
		.getDiagnostics(doc(text))
		.filter((diagnostic) => diagnostic.code === 'cable.caveat.needs-classified')
		.map((diagnostic) => `${diagnostic.range.start.line}: ${String(diagnostic.message)}`);

const hoverAt = (text: string, needle: string) => hoverWords(service.getHover(doc(text), positionOf(text, needle)));

describe('caveats and handling markings beyond NOFORN', () => {
	it('explains each in hovers, saying when the meaning is unverified', () => {
		const text = cable('SECRET', 'PROPIN', '(S//ORCON)');
		assert.match(hoverAt(text, 'PROPIN'), /PROPIN · Caution—Proprietary Information Involved.*meaning unverified/);
		const portion = hoverAt(text, '(S//ORCON)');
		assert.match(portion, /ORCON.*Originator Controlled/);
		assert.match(portion, /Only on classified information: used only on classified intelligence/);
		assert.match(hoverAt(cable('CONFIDENTIAL', 'EXDIS', '(C)'), 'EXDIS'), /EXDIS · Exclusive Distribution/);
		assert.match(hoverAt(cable('CONFIDENTIAL', 'STADIS', '(C)'), 'STADIS'), /STADIS · State Distribution only/);
		assert.match(hoverAt(cable('UNCLAS', 'SENSITIVE', '(SBU)'), 'SENSITIVE'), /Sensitive But Unclassified/);
	});

	it('warns when an unclassified cable carries a marking only classified information carries', () => {
		assert.deepEqual(needsClassified(cable('UNCLAS', 'ORCON', '(U)')), [
			'5: ORCON is a marking for classified information, but the banner says UNCLASSIFIED: expected a classification, or no ORCON.',
		]);
		assert.deepEqual(needsClassified(cable('SECRET', 'ORCON', '(S//ORCON)')), []);
	});

	it('warns on an unclassified portion carrying one, once for the cable', () => {
		const text = cable('SECRET', 'SIPDIS', '(U//ORCON)').concat('\n\n2. (U//ORCON) Two.');
		assert.deepEqual(needsClassified(text), [
			'11: Portion mark (U//ORCON) (and 1 more portion marks) is unclassified, yet carries ORCON, a marking for classified information only.',
		]);
	});

	it('leaves alone what unclassified State cables really carry: SBU NOFORN, SBU REL NATO, LIMDIS', () => {
		assert.deepEqual(needsClassified(cable('UNCLAS', 'SENSITIVE NOFORN', '(SBU//NF)')), []);
		assert.deepEqual(needsClassified(cable('UNCLAS', 'SIPDIS', '(SBU/REL NATO)')), []);
		assert.deepEqual(needsClassified(cable('LIMITED OFFICIAL USE', 'LIMDIS', '(LOU)')), []);
	});
});
