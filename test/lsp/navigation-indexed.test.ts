/**
 * Navigation over stdio on an indexed folder, as an editor opened on a folder of cables uses it:
 * the seed, a synthetic cable and (when the corpus is there) a few corpus cables are cited by
 * cables generated here, with REF lines as cables write them (`A. 07 TOKYO 374 B. 00 ANKARA 8112`).
 * Once the first pass has ended, definition lands on the cited file, references list every
 * citer at its REF item, workspace symbols rank the exact id first, call hierarchy, links and
 * hovers follow the citations, and collection diagnostics are pulled; a file added, changed and
 * deleted on disk changes those answers.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type {
	CallHierarchyIncomingCall,
	CallHierarchyItem,
	CallHierarchyOutgoingCall,
	Diagnostic,
	DocumentLink,
	Hover,
	Location,
	LocationLink,
	Range,
	SymbolInformation,
} from 'vscode-languageserver-types';
import { entryOf } from '../../server/src/collection/entry';
import { parseCable } from '../../server/src/model/parse';
import { type IdParts, idParts, refItem, syntheticCable } from '../helpers/citingCables';
import { CORPUS_DIR, corpusAvailable, corpusFiles, seedText } from '../helpers/corpus';
import { hoverWords, positionOf } from '../helpers/hover';
import { waitForAnswer } from '../helpers/waitFor';
import { startWorkspaceServer, type WorkspaceSession } from '../helpers/workspaceServer';

/** Corpus cables cited, spread over the corpus. */
const CORPUS_CITED = 4;

/** A cable the folder holds and the generated cables cite. */
interface Cited {
	readonly file: string;
	readonly id: string;
	readonly parts: IdParts;
	readonly subject: string;
}

const root = mkdtempSync(join(tmpdir(), 'cable-navigation-'));
const folder = join(root, 'cables');
const storage = join(root, 'storage');
const pathOf = (name: string) => join(folder, name);
const uriOf = (name: string) => pathToFileURL(pathOf(name)).href;
const textOf = (name: string) => readFileSync(pathOf(name), 'utf8');

/** The cited cables written to the folder: the seed, a synthetic one and corpus cables. */
function writeCited(): Cited[] {
	const cited: Cited[] = [];
	const keep = (file: string, text: string, id: string) => {
		writeFileSync(pathOf(file), text);
		cited.push({ file, id, parts: idParts(id)!, subject: entryOf(parseCable(text, uriOf(file), 1), text).subject });
	};
	keep('07TOKYO374.txt', seedText(), '07TOKYO374');
	keep(
		'08OSLO4242.cable',
		syntheticCable({ post: 'OSLO', year: 2008, serial: 4242, subject: 'NORWAY: WHALING QUOTA CONSULTATIONS' }),
		'08OSLO4242',
	);
	if (!corpusAvailable) {
		console.log(`corpus cables left out of the cited ones: corpus not found at ${CORPUS_DIR}`);
		return cited;
	}
	const names = corpusFiles();
	const step = Math.floor(names.length / (CORPUS_CITED * 4));
	let taken = 0;
	for (let index = 0; index < names.length && taken < CORPUS_CITED; index += step) {
		const name = names[index]!;
		const id = name.replace(/\.txt$/, '');
		const text = readFileSync(join(CORPUS_DIR, 'cables', name), 'utf8');
		if (citable(id, text, name)) {
			keep(name, text, id);
			taken++;
		}
	}
	return cited;
}

/**
 * A corpus cable the test can cite and rank: the index reads its file name's id from its text,
 * it has a subject, and the generated REF item and id-prefix decoy name what they are meant to.
 */
function citable(id: string, text: string, name: string): boolean {
	const parts = idParts(id);
	if (!parts) return false;
	const entry = entryOf(parseCable(text, uriOf(name), 1), text);
	if (entry.id !== id || entry.subject === '' || entry.date === undefined) return false;
	const citer = syntheticCable({ post: 'TOKYO', year: 2010, serial: 1, subject: 'PROBE', ref: refItem(parts) });
	const decoy = decoyCable(parts);
	return (
		entryOf(parseCable(citer, 'file:///probe', 1), citer).citations.some((citation) => citation.id === id) &&
		entryOf(parseCable(decoy, 'file:///decoy', 1), decoy).id === `${id}1`
	);
}

/** A cable of the same post and year whose id starts with the cited one's (`07TOKYO3741`) and whose subject names it. */
function decoyCable({ yy, origin, serial }: IdParts): string {
	const year = Number(yy) + (Number(yy) >= 66 ? 1900 : 2000);
	return syntheticCable({ post: origin, year, serial: serial * 10 + 1, subject: `FOLLOW-UP TO ${origin} ${serial}` });
}

const citerName = (index: number) => `10TOKYO${90001 + index}.cable`;
const ADDED = '08TOKYO777.cable';
const SELF = '10TOKYO90100.cable';
const EARLIER = '10TOKYO90101.cable';
const LATER = '10TOKYO90102.cable';

/** The text at `range` of a file in the folder, its lines joined by `\n`. */
function rangeText(uri: string, { start, end }: Range): string {
	const lines = readFileSync(new URL(uri), 'utf8')
		.split(/\r\n|\r|\n/)
		.slice(start.line, end.line + 1);
	lines[lines.length - 1] = lines.at(-1)!.slice(0, end.character);
	lines[0] = lines[0]!.slice(start.character);
	return lines.join('\n');
}

/**
 * Where a jump to a cable lands: the id its publisher's metadata gives (`07TOKYO374`), else,
 * for a cable that names itself only in its header, its caption.
 */
function namesItself(target: string, cable: Cited): boolean {
	return target === cable.id || (target.startsWith('E.O.') && target.includes(`SUBJECT: ${cable.subject.split(' ')[0]}`));
}

describe('navigation over LSP (stdio) on an indexed folder', () => {
	let session: WorkspaceSession;
	let cited: Cited[];
	const request = <T>(method: string, params: object) => session.connection.sendRequest<T>(method, params);
	const open = (name: string) =>
		session.connection.sendNotification('textDocument/didOpen', {
			textDocument: { uri: uriOf(name), languageId: 'cable', version: 1, text: textOf(name) },
		});
	const at = (name: string, needle: string) => ({ textDocument: { uri: uriOf(name) }, position: positionOf(textOf(name), needle) });
	const definition = (name: string, needle: string) => request<LocationLink[] | null>('textDocument/definition', at(name, needle));
	const references = (name: string, needle: string) =>
		request<Location[]>('textDocument/references', { ...at(name, needle), context: { includeDeclaration: false } });
	const symbols = (query: string) => request<SymbolInformation[]>('workspace/symbol', { query });
	/** The cable id a symbol's name starts with (`07TOKYO374 · S/P DIRECTOR … · PREL …`). */
	const idOf = (symbol: SymbolInformation | undefined) => symbol?.name.split(' ')[0];
	/** `file:line` of each location, sorted. */
	const where = (locations: ReadonlyArray<{ uri: string; range: Range }>) =>
		locations.map((location) => `${location.uri.slice(location.uri.lastIndexOf('/') + 1)}:${location.range.start.line}`).sort();
	/** Each citer's REF line, where it cites `cable`. */
	const citingLines = (cable: Cited) => {
		const index = cited.indexOf(cable);
		return [index, (index + cited.length - 1) % cited.length]
			.map((citer) => `${citerName(citer)}:${positionOf(textOf(citerName(citer)), 'REF:').line}`)
			.sort();
	};

	before(async () => {
		mkdirSync(folder, { recursive: true });
		cited = writeCited();
		// Citer i cites cited cables i and i+1, so that each is cited twice; citer 0 also a cable not in the folder yet.
		cited.forEach((_, index) => {
			const next = cited[(index + 1) % cited.length]!;
			const extra = index === 0 ? ` C. ${refItem(idParts(ADDED.replace('.cable', ''))!)}` : '';
			const ref = `A. ${refItem(cited[index]!.parts)} B. ${refItem(next.parts)}${extra}`;
			writeFileSync(
				pathOf(citerName(index)),
				syntheticCable({ post: 'TOKYO', year: 2010, serial: 90001 + index, subject: `CITER ${index} OF THE NAVIGATION TEST`, ref }),
			);
		});
		for (const { parts } of cited) writeFileSync(pathOf(`${parts.yy}${parts.origin}${parts.serial}1.cable`), decoyCable(parts));
		writeFileSync(
			pathOf(SELF),
			syntheticCable({ post: 'TOKYO', year: 2010, serial: 90100, subject: 'A CABLE CITING ITSELF', ref: '10 TOKYO 90100' }),
		);
		writeFileSync(
			pathOf(EARLIER),
			syntheticCable({
				post: 'TOKYO',
				year: 2010,
				month: 'JAN',
				serial: 90101,
				subject: 'A CABLE CITING A LATER ONE',
				ref: '10 TOKYO 90102',
			}),
		);
		writeFileSync(pathOf(LATER), syntheticCable({ post: 'TOKYO', year: 2010, month: 'FEB', serial: 90102, subject: 'THE LATER CABLE' }));

		session = await startWorkspaceServer(folder, storage, {}, { diagnostic: { dynamicRegistration: false } });
		await waitForAnswer(
			() => session.status(),
			(status) => status.complete,
			'the first indexing pass',
		);
		for (const name of [...cited.map((cable) => cable.file), ...cited.map((_, index) => citerName(index)), SELF, EARLIER]) await open(name);
	});
	after(async () => {
		await session?.close();
		rmSync(root, { recursive: true, force: true });
	});

	it('indexes every cable of the folder, with progress that begins and ends', async () => {
		const cables = cited.length * 3 + 3;
		assert.deepEqual(await session.status(), { files: cables, cables, complete: true });
		await waitForAnswer(
			async () => session.progress.at(-1)?.kind,
			(kind) => kind === 'end',
			'the end of the progress',
		);
		assert.equal(session.progress[0]?.kind, 'begin');
	});

	it('goes from each REF item to the cited file, at the place it names itself', async () => {
		for (const [index, cable] of cited.entries()) {
			const citer = citerName(index);
			const links = await definition(citer, refItem(cable.parts));
			assert.deepEqual(
				links?.map((link) => link.targetUri),
				[uriOf(cable.file)],
				`${citer} → ${cable.id}`,
			);
			const link = links![0]!;
			assert.match(rangeText(uriOf(citer), link.originSelectionRange!), new RegExp(`${cable.parts.origin} ${cable.parts.serial}$`));
			const target = rangeText(link.targetUri, link.targetSelectionRange);
			assert.ok(namesItself(target, cable), `${cable.id} lands on ${JSON.stringify(target)}`);
		}
		assert.equal(await definition(citerName(0), '08 TOKYO 777'), null, 'a cable the folder does not hold');
	});

	it('lists every citer of a cable, at the citing REF item, on its id and anywhere in its caption', async () => {
		for (const cable of cited) {
			const text = textOf(cable.file);
			const needles = [/^SUBJECT:/m.exec(text)![0], /^TAGS:/m.exec(text)![0]];
			if (cable.id === '07TOKYO374') needles.push('07TOKYO374'); // the publisher's metadata
			for (const needle of needles) {
				const found = await references(cable.file, needle);
				assert.deepEqual(where(found), citingLines(cable), `${cable.id} at ${needle}`);
				for (const location of found)
					assert.ok(
						rangeText(location.uri, location.range).endsWith(`${cable.parts.origin} ${cable.parts.serial}`),
						rangeText(location.uri, location.range),
					);
			}
		}
	});

	it('ranks the exact id first in workspace symbols, in every way it is typed, and finds cables by subject words', async () => {
		for (const cable of cited) {
			const { yy, origin, serial } = cable.parts;
			for (const query of [cable.id, cable.id.toLowerCase(), `${origin} ${serial}`]) {
				const found = await symbols(query);
				assert.equal(idOf(found[0]), cable.id, `${query}: ${found.map(idOf).join(', ')}`);
				assert.equal(found[0]?.location.uri, uriOf(cable.file));
				assert.ok(
					found.some((symbol) => idOf(symbol) === `${yy}${origin}${serial}1`),
					`${query}: the decoy whose id starts alike is found too`,
				);
			}
			const words = [...new Set(cable.subject.split(/[^A-Z0-9]+/i).filter((word) => word.length > 3))]
				.sort((a, b) => b.length - a.length)
				.slice(0, 3);
			const bySubject = await symbols(words.join(' ').toLowerCase());
			assert.equal(idOf(bySubject[0]), cable.id, `${words.join(' ')}: ${bySubject.map(idOf).join(', ')}`);
			// Editors keep only the answers whose name matches what was typed (VS Code: fuzzily, the first word at least).
			for (const word of words)
				assert.ok(bySubject[0]!.name.toLowerCase().includes(word.toLowerCase()), `${word} in the name ${bySubject[0]!.name}`);
		}
		assert.deepEqual(await symbols('krasner kawai').then((found) => found.map(idOf)), ['07TOKYO374']);
		const byTag = await symbols('KNNP');
		assert.ok(
			byTag.some((symbol) => idOf(symbol) === '07TOKYO374' && symbol.name.endsWith(' · PREL PARM KNNP ZK IN KN KS AS CH RS JA')),
			'a tag search names the tags',
		);
	});

	it('gives citations as a call hierarchy: cited by, and cites', async () => {
		const [prepared] = (await request<CallHierarchyItem[] | null>('textDocument/prepareCallHierarchy', at(citerName(0), 'SUBJECT:'))) ?? [];
		assert.equal(prepared?.name, '10TOKYO90001');
		const outgoing = await request<CallHierarchyOutgoingCall[]>('callHierarchy/outgoingCalls', { item: prepared });
		assert.deepEqual(
			outgoing.map((call) => call.to.name).sort(),
			[cited[0]!.id, cited[1]!.id].sort(),
			'the cables it cites that the folder holds',
		);
		assert.deepEqual(outgoing.map((call) => call.to.uri).sort(), [uriOf(cited[0]!.file), uriOf(cited[1]!.file)].sort());

		const [seed] =
			(await request<CallHierarchyItem[] | null>('textDocument/prepareCallHierarchy', at(citerName(0), refItem(cited[0]!.parts)))) ?? [];
		assert.equal(seed?.name, cited[0]!.id);
		const incoming = await request<CallHierarchyIncomingCall[]>('callHierarchy/incomingCalls', { item: seed });
		assert.deepEqual(where(incoming.map((call) => ({ uri: call.from.uri, range: call.fromRanges[0]! }))), citingLines(cited[0]!));
		// The next generation: nobody cites the citers.
		assert.deepEqual(await request('callHierarchy/incomingCalls', { item: incoming[0]!.from }), []);
	});

	it('links the REF items of cables the folder holds, and no other', async () => {
		const links = await request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: uriOf(citerName(0)) } });
		assert.deepEqual(
			links.map((link) => link.target!.replace(/#L\d+$/, '')),
			[uriOf(cited[0]!.file), uriOf(cited[1]!.file)],
		);
		assert.deepEqual(
			links.map((link) => rangeText(uriOf(citerName(0)), link.range).replace(/^[A-Z]\. /, '')),
			[refItem(cited[0]!.parts), refItem(cited[1]!.parts)],
		);
	});

	it("shows the cited cable's subject in a REF item's hover", async () => {
		for (const [index, cable] of cited.entries()) {
			const hover = await request<Hover | null>('textDocument/hover', at(citerName(index), refItem(cable.parts)));
			const words = hoverWords(hover);
			assert.ok(words.includes(`\`${cable.id}\``), words);
			assert.ok(words.includes(`Subject: ${cable.subject}`), `${cable.subject} in ${words}`);
		}
	});

	it('reports a cable citing itself and one citing a later cable (pulled diagnostics)', async () => {
		const codes = async (name: string) => {
			const report = await request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: uriOf(name) } });
			return report.items
				.filter((item) => String(item.code).startsWith('cable.ref.') || item.code === 'cable.id.duplicate')
				.map((item) => `${item.code}:${item.range.start.line}`);
		};
		assert.deepEqual(await codes(SELF), [`cable.ref.self:${positionOf(textOf(SELF), 'REF:').line}`]);
		assert.deepEqual(await codes(EARLIER), [`cable.ref.later:${positionOf(textOf(EARLIER), 'REF:').line}`]);
		assert.deepEqual(await codes(citerName(0)), [], 'a cable citing earlier ones');
	});

	it('follows a file added, changed and deleted on disk in definition, references and symbols', async () => {
		const changed = (type: 1 | 2 | 3) =>
			session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(ADDED), type }] });
		const [first, second] = [cited[0]!, cited[1]!];
		const names = (found: SymbolInformation[]) => found.map(idOf);
		const addedCiting = () => `${ADDED}:${positionOf(textOf(ADDED), 'REF:').line}`;

		writeFileSync(
			pathOf(ADDED),
			syntheticCable({ post: 'TOKYO', year: 2008, serial: 777, subject: 'ADDED CABLE ON FISHERIES', ref: refItem(first.parts) }),
		);
		await changed(1);
		const links = await waitForAnswer(
			() => definition(citerName(0), '08 TOKYO 777'),
			(answer) => answer !== null,
			'definition onto the added cable',
		);
		assert.deepEqual(
			links?.map((link) => link.targetUri),
			[uriOf(ADDED)],
		);
		assert.deepEqual(
			where(await references(first.file, 'SUBJECT:')),
			[...citingLines(first), addedCiting()].sort(),
			'the added cable cites the first',
		);
		assert.deepEqual(names(await symbols('fisheries')), ['08TOKYO777']);

		writeFileSync(
			pathOf(ADDED),
			syntheticCable({ post: 'TOKYO', year: 2008, serial: 777, subject: 'CHANGED CABLE ON FORESTRY', ref: refItem(second.parts) }),
		);
		await changed(2);
		await waitForAnswer(
			() => symbols('forestry'),
			(found) => names(found).includes('08TOKYO777'),
			'the changed subject',
		);
		assert.deepEqual(names(await symbols('fisheries')), []);
		assert.deepEqual(where(await references(first.file, 'SUBJECT:')), citingLines(first), 'the changed cable no longer cites the first');
		assert.deepEqual(
			where(await references(second.file, 'SUBJECT:')),
			[...citingLines(second), addedCiting()].sort(),
			'it cites the second',
		);

		unlinkSync(pathOf(ADDED));
		await changed(3);
		await waitForAnswer(
			() => definition(citerName(0), '08 TOKYO 777'),
			(answer) => answer === null,
			'definition once the cable is deleted',
		);
		assert.deepEqual(
			names(await symbols('08TOKYO777')).filter((name) => name === '08TOKYO777'),
			[],
		);
		assert.deepEqual(where(await references(second.file, 'SUBJECT:')), citingLines(second));
	});
});
