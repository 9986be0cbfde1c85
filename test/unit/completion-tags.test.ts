import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtInTags } from '../../server/src/data/tagTable';
import { type UserDictionary } from '../../server/src/data/referenceTables';
import { completeAt, fixedClockService, inOrder } from '../helpers/completion';
import { lines } from '../helpers/documents';

/** A confidential cable whose caption's TAGS line holds `tags` (the cursor `|` among them). */
function caption(tags: string): string {
	return lines(
		'C O N F I D E N T I A L SECTION 01 OF 03 TOKYO 000374',
		'',
		'SIPDIS',
		'',
		'E.O. 12958: DECL: 01/25/2017',
		`TAGS: ${tags}`,
		'SUBJECT: S/P DIRECTOR KRASNER MEETS DIRECTOR GENERAL',
		'',
		'1. (C) SUMMARY: During a January 12 meeting.',
	);
}

const seen = (code: string) => (builtInTags.get(code) ?? []).reduce((total, entry) => total + entry.timesSeen, 0);

describe('completion on a TAGS line', () => {
	it('offers the codes most used in real cables first', () => {
		const { list } = completeAt(caption('|'));
		const order = inOrder(list);
		assert.equal(order[0], 'PREL', 'PREL is the most used tag of the sample');
		const counts = order.slice(0, 30).map(seen);
		assert.deepEqual(
			counts,
			[...counts].sort((a, b) => b - a),
			'ranked by times seen',
		);
		assert.ok(list.items.length <= 200 && list.isIncomplete, 'a whole table is cut and marked incomplete');
	});

	it('gives the meaning as detail and beside the label, and the kind as label description and icon', () => {
		const item = completeAt(caption('PREL KN|')).list.items.find((candidate) => candidate.label === 'KNNP')!;
		assert.match(item.detail!, /Nuclear Nonproliferation/);
		assert.equal(item.labelDetails?.description, 'program');
		// Beside the code in the list, where VS Code shows it without opening the details pane.
		assert.match(item.labelDetails?.detail ?? '', /^ .*Nuclear Nonproliferation/);
		const country = completeAt(caption('PREL J|')).list.items.find((candidate) => candidate.label === 'JA')!;
		assert.equal(country.labelDetails?.description, 'country');
		assert.notEqual(country.kind, item.kind);
	});

	it('matches words of the meaning, and keeps them through the editor filter', () => {
		const { labels, list } = completeAt(caption('PREL nuclear|'));
		// The table reads TRGY as Energy Technology, so it is not among them.
		assert.deepEqual(labels.slice(0, 3), ['KNNP', 'MNUC', 'NPT'], 'most used first');
		const knnp = list.items.find((item) => item.label === 'KNNP')!;
		assert.match(knnp.filterText!.toLowerCase(), /nuclear/);
		assert.ok(!labels.includes('PREL'), 'no code without the word');
	});

	it('replaces the word being typed with the code', () => {
		assert.equal(completeAt(caption('PREL KNN| JA')).apply('KNNP'), 'TAGS: PREL KNNP JA');
		assert.equal(completeAt(caption('PREL nuclear|')).apply('KNNP'), 'TAGS: PREL KNNP');
	});

	it('does not offer codes already on the line', () => {
		const { labels } = completeAt(caption('PREL PARM KNNP P|'));
		assert.ok(!labels.includes('PREL') && !labels.includes('PARM'));
		assert.ok(labels.includes('PGOV'));
		assert.ok(completeAt(caption('P| PREL')).labels.includes('PGOV'));
		assert.ok(!completeAt(caption('P| PREL')).labels.includes('PREL'));
	});

	it('opens a name placeholder after OVIP (', () => {
		const completed = completeAt(caption('PREL OVIP (|'));
		assert.deepEqual(completed.labels, ['SURNAME, GIVEN NAME']);
		assert.equal(completed.apply('SURNAME, GIVEN NAME'), 'TAGS: PREL OVIP (SURNAME, GIVEN NAME)');
		assert.equal(completeAt(caption('PREL OV|')).apply('OVIP'), 'TAGS: PREL OVIP (SURNAME, GIVEN NAME)');
		assert.deepEqual(completeAt(caption('PREL KNNP (|')).labels.includes('SURNAME, GIVEN NAME'), false, 'KNNP takes no name');
	});

	it("offers the user's dictionary codes with their meaning", () => {
		const service = fixedClockService();
		const dictionary: UserDictionary = {
			path: '/dict/tags.tsv',
			tags: new Map([
				[
					'XXAA',
					[
						{
							code: 'XXAA',
							kind: 'training',
							meaning: 'Exercise tag ${1}',
							source: 'mine',
							verified: true,
							timesSeen: 0,
							dictionary: '/dict/tags.tsv',
						},
					],
				],
			]),
			routingIndicators: new Map(),
		};
		service.setUserDictionaries([dictionary]);
		const { list } = completeAt(caption('PREL XX|'), service);
		const item = list.items.find((candidate) => candidate.label === 'XXAA')!;
		assert.equal(item.detail, 'Exercise tag ${1}');
		assert.equal(item.labelDetails?.description, 'training');
		const resolved = service.resolveCompletionItem(item);
		assert.deepEqual((resolved.documentation as { kind: string }).kind, 'plaintext');
		assert.match((resolved.documentation as { value: string }).value, /your dictionary \/dict\/tags\.tsv/);
	});

	it('resolves a code to its readings and sources', () => {
		const service = fixedClockService();
		const item = completeAt(caption('PREL PAR|'), service).list.items.find((candidate) => candidate.label === 'PARM')!;
		assert.equal(item.documentation, undefined, 'documentation waits for resolve');
		const value = (service.resolveCompletionItem(item).documentation as { value: string }).value;
		assert.match(value, /subject tag: Arms Controls and Disarmament \(meaning unverified\)/);
		assert.match(value, /Seen \d+× in the 1,295-cable Cablegate sample/);
	});

	it('says nothing on other caption lines', () => {
		assert.equal(completeAt(caption('PREL').replace('SUBJECT: S/P', 'SUBJECT: S/P |')).list.items.length, 0);
	});
});
