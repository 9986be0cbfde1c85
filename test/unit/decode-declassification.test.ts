import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Range } from 'vscode-languageserver-types';
import { decodeDecl, decodeExecutiveOrder, decodeReasons } from '../../server/src/decode/declassification';
import type { DeclKind, EoLine, Field } from '../../server/src/model/types';

const range: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const field = (text: string): Field => ({ text, range });

function eo(action: string | undefined, decl: string | undefined, declKind: DeclKind, declDate?: EoLine['declDate']): EoLine {
	return {
		range,
		keyword: field('E.O.'),
		order: field('12958'),
		action: action ? field(action) : undefined,
		decl: decl ? field(decl) : undefined,
		declKind,
		declDate,
	};
}

describe('declassification', () => {
	it('names the executive order and its years in force', () => {
		const decoding = decodeExecutiveOrder('12958');
		assert.equal(decoding.order?.title, 'Classified National Security Information');
		assert.match(decoding.order?.inForce ?? '', /^1995–2009/);
		assert.match(decodeExecutiveOrder('13526').order?.inForce ?? '', /2010/);
		assert.match(decodeExecutiveOrder('11652').order?.inForce ?? '', /1972/);
	});

	it('recognises a mistyped order number', () => {
		const decoding = decodeExecutiveOrder('12598');
		assert.equal(decoding.order, undefined);
		assert.equal(decoding.likelyMeant?.number, '12958');
	});

	it('reads a DECL date', () => {
		const decoding = decodeDecl(eo('DECL', '01/25/2017', 'date', { year: 2017, month: 1, day: 25 }));
		assert.equal(decoding.action?.name, 'DECL');
		assert.equal(decoding.date?.toISOString().slice(0, 10), '2017-01-25');
	});

	it('reads the forms written instead of a date', () => {
		assert.match(decodeDecl(eo('DECL', 'OADR', 'words')).forms[0]!.definition.meaning, /Originating Agency's Determination Required/);
		assert.deepEqual(
			decodeDecl(eo('DECL', 'X1, X6', 'words')).forms.map((form) => form.name),
			['X1', 'X6'],
		);
		assert.match(decodeDecl(eo('DECL', 'X5', 'words')).forms[0]!.definition.meaning, /foreign government information/);
		assert.match(decodeDecl(eo('N/A', undefined, 'none')).action?.definition.meaning ?? '', /unclassified/);
		assert.match(decodeDecl(eo('GDS', undefined, 'none')).action?.definition.meaning ?? '', /General Declassification Schedule/);
	});

	it('keeps an instruction in words as written', () => {
		const decoding = decodeDecl(eo('DECL', 'TEN YEARS AFTER KOREAN UNIFICATION', 'words'));
		assert.equal(decoding.words, 'TEN YEARS AFTER KOREAN UNIFICATION');
	});

	it('reads classification reasons under section 1.4 and the older 1.5', () => {
		const amended = decodeReasons('1.4', ['b', 'd']);
		assert.deepEqual(
			amended.reasons.map((reason) => reason.definition?.meaning),
			['foreign government information', 'foreign relations or foreign activities of the United States, including confidential sources'],
		);
		assert.match(amended.sectionNote ?? '', /amended in 2003/);
		const original = decodeReasons('1.5', ['(B)']);
		assert.equal(original.reasons[0]!.letter, 'b');
		assert.match(original.sectionNote ?? '', /1995/);
		assert.match(decodeReasons('1.4', ['h']).reasons[0]!.definition?.meaning ?? '', /weapons of mass destruction/);
		assert.equal(decodeReasons('1.4', ['z']).reasons[0]!.definition, undefined);
	});
});
