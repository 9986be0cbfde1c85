import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCableLanguageService } from '../../server/src/languageService';
import { FIXTURE_ROOT, navigationFiles, TestCollection } from '../helpers/collection';
import { doc } from '../helpers/documents';
import { hoverWords, positionOf } from '../helpers/hover';

// What the collection adds to a REF item's hover, and the diagnostics that compare cables.

const files = navigationFiles();
const STATE = `${FIXTURE_ROOT}07STATE1001.cable`;
const COPY = `${FIXTURE_ROOT}copy-07STATE1001.cable`;
const TOKYO100 = `${FIXTURE_ROOT}07TOKYO100.cable`;
const TOKYO500 = `${FIXTURE_ROOT}07TOKYO500.cable`;

function serviceWith(collection: TestCollection | undefined) {
	const service = createCableLanguageService();
	service.setCollection(collection);
	return service;
}

describe("a REF item's hover", () => {
	const hoverAt = (service: ReturnType<typeof serviceWith>, uri: string, needle: string, text = files[uri]!) =>
		hoverWords(service.getHover(doc(text, uri), positionOf(text, needle)));

	it('gives the cited id and what the workspace knows of that cable', () => {
		const words = hoverAt(serviceWith(new TestCollection(files)), STATE, 'TOKYO 374');
		assert.match(words, /Reference A: `07TOKYO374` — year 2007, AMEMBASSY TOKYO, serial 374/);
		assert.match(words, /The reference gives no year; this cable's year is assumed/);
		assert.match(words, /Subject: S\/P DIRECTOR KRASNER MEETS DIRECTOR GENERAL/);
		assert.match(words, /Sent: 2007-01-26T07:54Z/);
		assert.match(words, /Origin: TOKYO/);
		assert.match(words, /Classification: CONFIDENTIAL/);
	});

	it('says when the cited cable is not in the workspace, and whether indexing is still running', () => {
		assert.match(hoverAt(serviceWith(new TestCollection(files)), STATE, 'TOKYO 380'), /`07TOKYO380`[\s\S]*Not in the workspace\./);
		assert.match(hoverAt(serviceWith(new TestCollection(files, false)), STATE, 'TOKYO 380'), /still being indexed/);
	});

	it('counts the files holding the cited cable', () => {
		assert.match(hoverAt(serviceWith(new TestCollection(files)), TOKYO500, 'STATE 1001'), /In 2 files of the workspace/);
	});

	it('resolves the id without a collection, and says what an item cites when it is no cable', () => {
		const words = hoverAt(serviceWith(undefined), STATE, 'TOKYO 374');
		assert.match(words, /`07TOKYO374`/);
		assert.doesNotMatch(words, /Subject|workspace/);
		const email = files[TOKYO500]!.replace('REF: STATE 1001', 'REF: A. STATE 1001 B. SMITH-JONES EMAIL OF 2/27');
		assert.match(
			hoverAt(serviceWith(undefined), TOKYO500, 'SMITH', email),
			/Reference B: `SMITH-JONES EMAIL OF 2\/27` — an email, not a cable: no cable id/,
		);
	});

	it("escapes the cited cable's subject: text from a file never becomes markup", () => {
		const hostile = files[COPY]!.replace(
			'SUBJECT: GUIDANCE FOR THE KRASNER VISIT (DRAFT)',
			'SUBJECT: [CLICK](command:workbench.action.quit) <img src=x>',
		);
		const collection = new TestCollection({ [COPY]: hostile });
		const hover = serviceWith(collection).getHover(doc(files[TOKYO500]!, TOKYO500), positionOf(files[TOKYO500]!, 'STATE 1001'));
		const markdown = (hover!.contents as { value: string }).value;
		assert.match(markdown, /\\\[CLICK\\\]\(command\\:workbench\\.action\\.quit\) \\<img/);
	});
});

describe('diagnostics that need the collection', () => {
	const codes = (uri: string, collection: TestCollection | undefined, text = files[uri]!) =>
		serviceWith(collection)
			.getDiagnostics(doc(text, uri))
			.filter((diagnostic) => ['cable.ref.self', 'cable.ref.later', 'cable.id.duplicate'].includes(String(diagnostic.code)))
			.map((diagnostic) => ({
				code: diagnostic.code,
				line: diagnostic.range.start.line,
				message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
				related: diagnostic.relatedInformation?.map((info) => info.location.uri),
			}));

	it('reports a REF citing a cable sent after the citing one', () => {
		const found = codes(TOKYO100, new TestCollection(files));
		assert.equal(found.length, 1);
		assert.equal(found[0]!.code, 'cable.ref.later');
		assert.equal(found[0]!.line, 13);
		assert.match(found[0]!.message, /cites 07STATE1001, sent 2007-02-10T15:30Z, after this cable \(2007-01-05T08:00Z\)/);
		assert.deepEqual(codes(TOKYO500, new TestCollection(files)), []);
	});

	it('reports another file holding the same cable with different contents, pointing at it; identical copies are not reported', () => {
		const found = codes(STATE, new TestCollection(files));
		assert.deepEqual(
			found.map(({ code, related }) => ({ code, related })),
			[{ code: 'cable.id.duplicate', related: [COPY] }],
		);
		assert.match(found[0]!.message, /Another file holds cable 07STATE1001 with different contents: copy-07STATE1001\.cable\./);
		const identical = new TestCollection({ [STATE]: files[STATE]!, 'file:///elsewhere/same.cable': files[STATE]! });
		assert.deepEqual(codes(STATE, identical), []);
	});

	it('reports a REF item citing the cable itself', () => {
		const selfCiting = files[TOKYO500]!.replace('REF: STATE 1001', 'REF: A. STATE 1001 B. TOKYO 500');
		const found = codes(TOKYO500, new TestCollection(files), selfCiting);
		assert.deepEqual(
			found.map(({ code, line }) => ({ code, line })),
			[{ code: 'cable.ref.self', line: 13 }],
		);
		assert.match(found[0]!.message, /cites the cable itself \(07TOKYO500\)/);
	});

	it('finds nothing without a collection', () => {
		const selfCiting = files[TOKYO500]!.replace('REF: STATE 1001', 'REF: A. STATE 1001 B. TOKYO 500');
		assert.deepEqual(codes(TOKYO500, undefined, selfCiting), []);
		assert.deepEqual(codes(TOKYO100, undefined), []);
		assert.deepEqual(codes(STATE, undefined), []);
	});
});
