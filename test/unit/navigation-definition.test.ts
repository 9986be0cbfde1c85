import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LocationLink, Position } from 'vscode-languageserver-types';
import { createCableLanguageService } from '../../server/src/languageService';
import { FIXTURE_ROOT, navigationFiles, TestCollection } from '../helpers/collection';
import { doc } from '../helpers/documents';
import { positionOf } from '../helpers/hover';

// Go to definition and document links: from a cable id in the text to the file holding it.

const files = navigationFiles();
const SEED = `${FIXTURE_ROOT}07TOKYO374.txt`;
const STATE = `${FIXTURE_ROOT}07STATE1001.cable`;
const COPY = `${FIXTURE_ROOT}copy-07STATE1001.cable`;
const TOKYO500 = `${FIXTURE_ROOT}07TOKYO500.cable`;

function serviceWith(collection = new TestCollection(files)) {
	const service = createCableLanguageService();
	service.setCollection(collection);
	return service;
}

function definitionAt(uri: string, needle: string, occurrence = 1, service = serviceWith()): LocationLink[] | null {
	const text = files[uri]!;
	return service.getDefinition(doc(text, uri), positionOf(text, needle, occurrence));
}

const targets = (links: LocationLink[] | null) => (links ?? []).map((link) => link.targetUri).sort();
const textOf = (uri: string, link: LocationLink) => {
	const range = link.originSelectionRange!;
	return files[uri]!.split('\n')[range.start.line]!.slice(range.start.character, range.end.character);
};

describe('go to definition', () => {
	it('opens the cable a REF item cites, at the place it names itself', () => {
		const links = definitionAt(STATE, 'TOKYO 374');
		assert.deepEqual(targets(links), [SEED]);
		assert.equal(textOf(STATE, links![0]!), 'TOKYO 374');
		// The seed names itself in its publisher's id field.
		assert.deepEqual(links![0]!.targetSelectionRange, new TestCollection(files).byUri(SEED)!.target);
	});

	it('opens every file holding the cited cable', () => {
		assert.deepEqual(targets(definitionAt(TOKYO500, 'STATE 1001')), [STATE, COPY].sort());
	});

	it('follows a REFTEL or REF A mention that stands for one cable', () => {
		assert.deepEqual(targets(definitionAt(TOKYO500, 'REFTEL')), [STATE, COPY].sort());
		assert.deepEqual(targets(definitionAt(STATE, 'REF A.')), [SEED]);
	});

	it('follows an id written in the body', () => {
		const links = definitionAt(STATE, '07TOKYO374');
		assert.deepEqual(targets(links), [SEED]);
		assert.equal(textOf(STATE, links![0]!), '07TOKYO374');
	});

	it("goes from a cable's own id to its other copies, never to itself", () => {
		assert.deepEqual(targets(definitionAt(STATE, 'STATE 001001')), [COPY]);
		assert.equal(definitionAt(SEED, '07TOKYO374'), null);
	});

	it('answers nothing for a cited cable the workspace does not hold, for prose, and without a collection', () => {
		assert.equal(definitionAt(STATE, 'TOKYO 380'), null);
		assert.equal(definitionAt(STATE, 'Embassy should'), null);
		assert.equal(definitionAt(STATE, 'TOKYO 374', 1, createCableLanguageService()), null);
	});
});

describe('document links', () => {
	function links(uri: string, service = serviceWith()) {
		return service.getDocumentLinks(doc(files[uri]!, uri));
	}

	it('links the ids of cables the workspace holds, to the line where each names itself', () => {
		const found = links(STATE).map((link) => ({
			text: textOf(STATE, { originSelectionRange: link.range } as LocationLink),
			target: link.target,
		}));
		const seedLine = new TestCollection(files).byUri(SEED)!.target.start.line + 1;
		assert.deepEqual(found, [
			{ text: 'TOKYO 374', target: `${SEED}#L${seedLine}` },
			{ text: 'REF A', target: `${SEED}#L${seedLine}` },
			{ text: '07TOKYO374', target: `${SEED}#L${seedLine}` },
		]);
	});

	it('makes no link from a cable that is not in the workspace, from its own id, or without a collection', () => {
		const inState = links(STATE).map((link) => link.range.start.line);
		const line380 = positionOf(files[STATE]!, 'TOKYO 380');
		assert.ok(!links(STATE).some((link) => link.range.start.line === line380.line && link.range.start.character >= line380.character - 1));
		assert.ok(inState.length > 0);
		assert.deepEqual(links(SEED), []);
		assert.deepEqual(links(STATE, createCableLanguageService()), []);
	});

	it('keeps every link inside its document', () => {
		for (const uri of Object.keys(files)) {
			const lengths = files[uri]!.split('\n').map((line) => line.length);
			for (const link of links(uri)) {
				const position: Position = link.range.end;
				assert.ok(position.character <= lengths[position.line]!, `${uri} ${JSON.stringify(link.range)}`);
			}
		}
	});
});
