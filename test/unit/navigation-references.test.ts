import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CallHierarchyItem, SymbolKind } from 'vscode-languageserver-types';
import { createCableLanguageService } from '../../server/src/languageService';
import { FIXTURE_ROOT, navigationFiles, TestCollection } from '../helpers/collection';
import { doc } from '../helpers/documents';
import { positionOf } from '../helpers/hover';

// Find all references, citations as a call hierarchy, and workspace symbols.

const files = navigationFiles();
const SEED = `${FIXTURE_ROOT}07TOKYO374.txt`;
const STATE = `${FIXTURE_ROOT}07STATE1001.cable`;
const COPY = `${FIXTURE_ROOT}copy-07STATE1001.cable`;
const TOKYO500 = `${FIXTURE_ROOT}07TOKYO500.cable`;
const TOKYO100 = `${FIXTURE_ROOT}07TOKYO100.cable`;

const collection = new TestCollection(files);
const service = createCableLanguageService();
service.setCollection(collection);

const at = (uri: string, needle: string) => ({ document: doc(files[uri]!, uri), position: positionOf(files[uri]!, needle) });
const where = (locations: ReadonlyArray<{ uri: string; range: { start: { line: number } } }>) =>
	locations.map((location) => `${location.uri.slice(FIXTURE_ROOT.length)}:${location.range.start.line}`).sort();

describe('find all references', () => {
	it('lists every citer of a cable, on its own id, its banner or anywhere in its caption', () => {
		const citers = [`07TOKYO100.cable:13`, `07TOKYO500.cable:13`];
		for (const needle of ['STATE 001001', 'GUIDANCE FOR', 'TAGS: PREL', 'FM SECSTATE']) {
			const { document, position } = at(STATE, needle);
			assert.deepEqual(where(service.getReferences(document, position, false)), citers, needle);
		}
	});

	it('adds the files holding the cable when asked for the declaration, this one as it reads now', () => {
		const { document, position } = at(STATE, 'STATE 001001');
		assert.deepEqual(where(service.getReferences(document, position, true)), [
			'07STATE1001.cable:10',
			'07TOKYO100.cable:13',
			'07TOKYO500.cable:13',
			'copy-07STATE1001.cable:10',
		]);
	});

	it('on a REF item, lists the references of the cited cable', () => {
		const { document, position } = at(TOKYO500, 'STATE 1001');
		assert.deepEqual(where(service.getReferences(document, position, false)), [`07TOKYO100.cable:13`, `07TOKYO500.cable:13`]);
		const seed = at(STATE, 'TOKYO 374');
		assert.deepEqual(where(service.getReferences(seed.document, seed.position, false)), [
			'07STATE1001.cable:13',
			'copy-07STATE1001.cable:13',
		]);
	});

	it('answers nothing in the prose of the body, or without a collection', () => {
		const { document, position } = at(STATE, 'Embassy should');
		assert.deepEqual(service.getReferences(document, position, true), []);
		const bare = at(STATE, 'STATE 001001');
		assert.deepEqual(createCableLanguageService().getReferences(bare.document, bare.position, true), []);
	});
});

describe('citations as a call hierarchy', () => {
	function prepare(uri: string, needle: string): CallHierarchyItem {
		const { document, position } = at(uri, needle);
		const items = service.prepareCallHierarchy(document, position);
		assert.equal(items?.length, 1, needle);
		return items![0]!;
	}

	it('prepares an item for the cable under the cursor: its own, or the one a REF item cites', () => {
		const own = prepare(STATE, 'SUBJECT: GUIDANCE');
		assert.equal(own.name, '07STATE1001');
		assert.equal(own.uri, STATE);
		assert.equal(own.kind, SymbolKind.File);
		assert.match(own.detail!, /^GUIDANCE FOR FOLLOW-UP ON KRASNER VISIT · 2007-02-10$/);
		assert.deepEqual(own.data, { id: '07STATE1001' });
		const cited = prepare(STATE, 'TOKYO 374');
		assert.equal(cited.name, '07TOKYO374');
		assert.equal(cited.uri, SEED);
	});

	it('gives "cited by" as incoming calls, at the citing REF items', () => {
		const calls = service.getIncomingCalls(prepare(STATE, 'SUBJECT: GUIDANCE'));
		assert.deepEqual(calls.map((call) => call.from.uri).sort(), [TOKYO100, TOKYO500]);
		for (const call of calls)
			assert.deepEqual(
				call.fromRanges.map((range) => range.start.line),
				[13],
			);
		// The next generation: the seed is cited by both copies of 07STATE1001.
		const seedCalls = service.getIncomingCalls(prepare(STATE, 'TOKYO 374'));
		assert.deepEqual(seedCalls.map((call) => call.from.uri).sort(), [STATE, COPY].sort());
	});

	it('gives "cites" as outgoing calls, leaving out cables the workspace does not hold', () => {
		const calls = service.getOutgoingCalls(prepare(STATE, 'SUBJECT: GUIDANCE'));
		assert.deepEqual(
			calls.map((call) => call.to.name),
			['07TOKYO374'],
		);
		assert.equal(calls[0]!.to.uri, SEED);
		assert.deepEqual(
			calls[0]!.fromRanges.map((range) => range.start.line),
			[13],
		);
	});

	it("reads an open file's own citations from its current text", () => {
		const edited = files[TOKYO500]!.replace('REF: STATE 1001', 'REF: TOKYO 374');
		const item = prepare(TOKYO500, 'SUBJECT: JAPAN');
		assert.deepEqual(
			service.getOutgoingCalls(item).map((call) => call.to.name),
			['07STATE1001'],
		);
		assert.deepEqual(
			service.getOutgoingCalls(item, doc(edited, TOKYO500)).map((call) => call.to.name),
			['07TOKYO374'],
		);
	});

	it('ignores items whose data is not an id, and answers nothing without a collection', () => {
		const item = prepare(STATE, 'SUBJECT: GUIDANCE');
		for (const data of [undefined, null, 42, {}, { id: 7 }, { id: '' }]) {
			assert.deepEqual(service.getIncomingCalls({ ...item, data }), [], JSON.stringify(data));
			assert.deepEqual(service.getOutgoingCalls({ ...item, data }), [], JSON.stringify(data));
		}
		const bare = createCableLanguageService();
		const { document, position } = at(STATE, 'SUBJECT: GUIDANCE');
		assert.equal(bare.prepareCallHierarchy(document, position), null);
		assert.deepEqual(bare.getIncomingCalls(item), []);
	});
});

describe('workspace symbols', () => {
	it('finds cables by id (exact first) and subject words, named by id, subject and tags (what editors filter by)', () => {
		const byId = service.getWorkspaceSymbols('07TOKYO374');
		assert.match(byId[0]?.name ?? '', /^07TOKYO374 · S\/P DIRECTOR KRASNER MEETS .* KAWAI · PREL PARM KNNP ZK IN KN KS AS CH RS JA$/);
		assert.equal(byId[0]?.location.uri, SEED);
		assert.equal(byId[0]?.kind, SymbolKind.File);
		assert.equal(byId[0]?.containerName, '2007-01-26 · CONFIDENTIAL');
		assert.deepEqual(
			service.getWorkspaceSymbols('new year').map((symbol) => symbol.name.split(' ')[0]),
			['07TOKYO100'],
		);
	});

	it('answers nothing without a collection', () => {
		assert.deepEqual(createCableLanguageService().getWorkspaceSymbols('07TOKYO374'), []);
	});
});
