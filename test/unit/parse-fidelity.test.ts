/**
 * The caption and body fields in the forms real cables write them (issue 16): one fixture per
 * form under test/fixtures/fidelity, read as `cable model` reads a file.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCable } from '../../server/src/model/parse';
import type { CableModel, Caption } from '../../server/src/model/types';
import { fixtureText } from '../helpers/corpus';

const model = (name: string): CableModel => parseCable(fixtureText(`fidelity/${name}.cable`), `memory://${name}`, 1);
const caption = (name: string): Caption => model(name).bannerBlocks[0]!.caption!;
const codes = (name: string) => caption(name).tags!.tags.map((tag) => tag.code);

describe('TAGS in the forms cables write them', () => {
	it('reads the misspelt and semicolon keywords', () => {
		for (const name of ['tags-tas', 'tags-tgs', 'tags-semicolon']) assert.deepEqual(codes(name), ['PREL', 'PGOV'], name);
	});

	it('reads tags from a caption squashed onto the banner line, and stops at the subject', () => {
		const squashed = caption('tags-squashed');
		assert.deepEqual(
			squashed.tags!.tags.map((tag) => tag.code),
			['PREL', 'PGOV', 'IT'],
		);
		assert.equal(squashed.subject?.text, 'ONE LINE CAPTION');
	});

	it('reads a continuation line', () => {
		assert.deepEqual(codes('tags-continued'), ['PREL', 'PGOV', 'ECON', 'ETRD', 'IT']);
	});

	it('keeps a free-text tag of several words as one tag, and a parenthesised person with the tag before it', () => {
		const tags = caption('tags-free-text').tags!.tags;
		assert.deepEqual(
			tags.map((tag) => tag.code),
			['PREL', 'OVIP', 'HUMAN RIGHTS', 'COUNTRY CLEARANCE'],
		);
		assert.equal(tags[1]!.person?.text, '(CLINTON, HILLARY)');
	});

	it('keeps a person written after OVIP without parentheses as one person', () => {
		const tags = caption('tags-ovip-unparenthesized').tags!.tags;
		assert.deepEqual(
			tags.map((tag) => tag.code),
			['PREL', 'PGOV', 'OVIP', 'SOCI'],
		);
		assert.equal(tags[2]!.person?.text, 'BIDEN JOSEPH');
	});

	it('takes neither a caveat nor a page header for a tag', () => {
		assert.deepEqual(codes('tags-page-header'), ['PREL', 'PGOV', 'IT']);
	});
});

describe('SUBJECT ends where the subject ends', () => {
	it('reads a keyword written twice once', () => {
		assert.equal(caption('subject-repeated').subject?.text, 'TALKS WITH THE PM');
	});

	it('does not run on into a glued REF or Classified By', () => {
		const glued = caption('subject-glued');
		assert.equal(glued.subject?.text, 'TALKS');
		assert.equal(glued.refs?.items[0]?.text, 'STATE 1234');
		assert.equal(glued.classifiedBy?.authority?.text, 'DCM Ann Sanders');
	});
});

describe('REF', () => {
	it('reads `REF.` followed by a post and a serial as a REF block, without a colon', () => {
		const refs = caption('ref-period').refs!;
		assert.equal(refs.keyword.text, 'REF.');
		assert.deepEqual(
			refs.items.map((item) => [item.cable?.post.text, item.cable?.serial.text]),
			[['STATE', '184178']],
		);
		// The REF line ends the subject, and Classified By after it is still read.
		assert.equal(caption('ref-period').subject?.text, 'SOUTH ASIA BUREAU AFGHANISTAN COORDINATOR BRIEFS VATICAN.');
		// Over the page foot and page marker between them, as the received copy prints it.
		assert.deepEqual(
			caption('ref-period').classifiedBy?.reasons.map((reason) => reason.text),
			['B', 'D'],
		);
	});

	it('takes no sentence that starts with `Ref.` for a REF block', () => {
		const text = 'CONFIDENTIAL ROME 000097\n\nSUBJECT: TALKS\n\n1. (C) Text.\nREF. the 2005 law was passed.\n';
		assert.equal(
			parseCable(text, 'memory://ref-sentence', 1).bannerBlocks.some((block) => block.caption?.refs),
			false,
		);
	});
});

describe('Classified By', () => {
	it('reads a statement wrapped over two lines whole', () => {
		const classifiedBy = caption('classified-by-wrapped').classifiedBy!;
		assert.equal(classifiedBy.section?.text, '1.4');
		assert.deepEqual(
			classifiedBy.reasons.map((reason) => reason.text),
			['b', 'd'],
		);
		assert.equal(classifiedBy.range.end.line, 7);
	});

	it('reads a portion mark before the keyword and the REASON: spelling', () => {
		const classifiedBy = caption('classified-by-portion').classifiedBy!;
		assert.equal(classifiedBy.authority?.text, 'DCM ANN SANDERS');
		assert.deepEqual(
			classifiedBy.reasons.map((reason) => reason.text),
			['C'],
		);
	});
});

describe('summary and signer', () => {
	const cases: Array<[string, string, string]> = [
		['summary-heading', '1. (C) The talks went well.', 'SANDERS'],
		['summary-and-comment', 'The talks went well. We expect more.', 'KEEGAN/SMITH'],
		['summary-slash-comment', 'The talks went well.', 'RICE'],
		['summary-rule', '1. (C) The talks went well.', 'CLINTON'],
		['summary-begin', '1. (C) The talks went well.', 'SPOGLI'],
	];
	for (const [name, summary, signer] of cases) {
		it(`reads the summary and the signer of ${name}`, () => {
			const body = model(name).body!;
			assert.equal(body.summary?.text, summary);
			assert.equal(body.signature?.text, signer);
		});
	}

	it('keeps the summary heading off the Classified By line above it', () => {
		assert.deepEqual(
			caption('summary-heading').classifiedBy!.reasons.map((reason) => reason.text),
			['b', 'd'],
		);
		assert.equal(caption('summary-heading').classifiedBy!.range.end.line, 6);
	});

	it('reads the end-of-message mark behind the trailer lines', () => {
		assert.equal(model('summary-rule').body!.endOfMessage?.text, 'NNNN');
	});
});

describe('recipients', () => {
	it('takes no page header inside a TO or INFO list for an addressee', () => {
		const lists = model('recipients-page-header').header!.addressLists;
		assert.deepEqual(
			lists.map((list) => [list.kind, list.addressees.map((a) => a.address?.text)]),
			[
				['TO', ['ALL DIPLOMATIC POSTS COLLECTIVE', 'AMEMBASSY TRIPOLI']],
				['INFO', ['AMEMBASSY LONDON']],
			],
		);
	});
});
