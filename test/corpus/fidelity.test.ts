/**
 * The fields a careful reader sees at once, counted over every real cable: for each field, the
 * cables whose text shows it (read here with simple patterns of this file's own, not the
 * parser's) and the cables where the model finds it. The model must find each field wherever
 * this reading does, save the cables listed (with why) under each field.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCable } from '../../server/src/model/parse';
import type { CableModel } from '../../server/src/model/types';
import { corpusCables, corpusSkipReason } from '../helpers/corpus';

/** The first part of a cable, where its caption stands (later sections repeat it). */
const CAPTION_REACH = 6000;

interface FieldCheck {
	readonly name: string;
	/** Whether the text shows the field, by this file's own reading. */
	readonly shown: (text: string) => boolean;
	/** Whether the model carries it. */
	readonly found: (model: CableModel) => boolean;
	/** Cables where the text seems to show the field but does not: file name and why. */
	readonly exceptions: Readonly<Record<string, string>>;
}

const captions = (model: CableModel) => model.bannerBlocks.map((block) => block.caption).filter((caption) => caption !== undefined);

/** A caption line a reader takes for TAGS: the keyword (or its usual misspellings) and an upper-case code. */
const TAGS_SHOWN = /^[ \t]*(?:TAGS?|TAS|TGS)[ \t]*[:;]?[ \t]+[A-Z]{2}/m;
const SUBJECT_SHOWN = /^[ \t]*(?:SUBJECT|SUBJ)[ \t]*:[ \t]*\S/m;
/** `Classified By:` at a line's start, perhaps after a paragraph number and a portion mark. */
const CLASSIFIED_BY_SHOWN = /^[ \t]*(?:¶?\d{1,2}\.[ \t]*)?(?:\([A-Z/]{1,6}\)[ \t]*)?classified[ \t]+by\b[ \t:]*[A-Za-z]/im;
/** A summary opened at a line's start: `SUMMARY:`, `1. (C) Summary and Comment:`, `BEGIN SUMMARY`, `SUMMARY =====`. */
const SUMMARY_SHOWN =
	/^[ \t]*(?:¶?\d{1,2}\.[ \t]*)?(?:\([A-Z/]{1,6}\)[ \t]*)?(?:BEGIN[ \t]+)?summary\b(?:[ \t]*(?:and|\/)[ \t]*comment)?[ \t]*(?:[:.=-]|$)/im;

/** Lines after the signature that close a cable: classification, end of message, distribution notes, publisher feet. */
const TRAILER =
	/^[ \t]*(?:(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE|UNCLAS)\b.*|NNNNN?|BT|NOTE:.*|"|>|.*Classification: .*|.*DECLASSIFIED.*|Declassif.*)[ \t]*$/i;
/** A signature: one to three upper-case names, or two joined by a slash (`KEEGAN/SMITH`), or one capitalised name. */
const SIGNATURE = /^[ \t]*(?:[A-Z][A-Z'-]{2,}(?:[ /][A-Z][A-Z'-]{1,}){0,2}|[A-Z][a-z]{2,})[ \t]*$/;
const NOT_A_SIGNER =
	/^(?:(?:AMEMBASSY|AMCONSUL|SECSTATE|USMISSION) .*|UNCLASSIFIED|CONFIDENTIAL|SECRET|SIPDIS|NOFORN|END|COMMENT|SUMMARY|NOTE|BT|NNNN|UNCLAS|END TEXT|END SUMMARY|END COMMENT|END NOTE|TEXT)$/;

/** The signature line a reader sees: the last line before the trailer, if it is a name. */
function shownSigner(text: string): string | undefined {
	const lines = text.split(/\r\n|\r|\n/);
	let i = lines.length - 1;
	while (i >= 0 && (lines[i]!.trim() === '' || TRAILER.test(lines[i]!))) i--;
	const last = lines[i];
	if (last === undefined || !SIGNATURE.test(last)) return undefined;
	const name = last.trim();
	return NOT_A_SIGNER.test(name) ? undefined : name;
}

const CHECKS: readonly FieldCheck[] = [
	{
		name: 'tags',
		shown: (text) => TAGS_SHOWN.test(text.slice(0, CAPTION_REACH)),
		found: (model) => captions(model).some((caption) => (caption.tags?.tags.length ?? 0) > 0),
		exceptions: {},
	},
	{
		name: 'subject',
		shown: (text) => SUBJECT_SHOWN.test(text.slice(0, CAPTION_REACH)),
		found: (model) => captions(model).some((caption) => Boolean(caption.subject?.text)),
		exceptions: {},
	},
	{
		name: 'classified by',
		shown: (text) => CLASSIFIED_BY_SHOWN.test(text.slice(0, CAPTION_REACH)),
		found: (model) => Boolean(captions(model).some((caption) => caption.classifiedBy?.authority) || model.body?.classifiedBy?.authority),
		exceptions: {},
	},
	{
		name: 'signer',
		shown: (text) => shownSigner(text) !== undefined,
		found: (model) => model.body?.signature !== undefined,
		exceptions: {},
	},
	{
		name: 'summary',
		shown: (text) => SUMMARY_SHOWN.test(text),
		found: (model) => Boolean(model.body?.summary?.text),
		exceptions: {},
	},
];

describe('fields found against what the text shows, over the corpus', { skip: corpusSkipReason }, () => {
	const shown = new Map<string, string[]>(CHECKS.map((check) => [check.name, []]));
	const found = new Map<string, number>(CHECKS.map((check) => [check.name, 0]));
	const missed = new Map<string, string[]>(CHECKS.map((check) => [check.name, []]));
	const pageAddressees: string[] = [];
	const wrongSigners: string[] = [];
	for (const cable of corpusCables()) {
		const model = parseCable(cable.text, cable.uri, 1);
		for (const check of CHECKS) {
			const isShown = check.shown(cable.text);
			const isFound = check.found(model);
			if (isFound) found.set(check.name, found.get(check.name)! + 1);
			if (!isShown) continue;
			shown.get(check.name)!.push(cable.name);
			if (!isFound && !(cable.name in check.exceptions)) missed.get(check.name)!.push(cable.name);
		}
		const signer = shownSigner(cable.text);
		if (signer && model.body?.signature && model.body.signature.text !== signer)
			wrongSigners.push(`${cable.name}: ${model.body.signature.text} for ${signer}`);
		for (const header of [model.header, ...model.repeatedHeaders]) {
			for (const list of header?.addressLists ?? []) {
				for (const addressee of list.addressees) {
					const text = addressee.address?.text ?? addressee.indicator?.text ?? '';
					if (/^PAGE\s+\d{2}\b/.test(text)) pageAddressees.push(`${cable.name}: ${text}`);
				}
			}
		}
	}

	for (const check of CHECKS) {
		it(`finds ${check.name} wherever the text shows it`, () => {
			console.log(
				`${check.name}: shown in ${shown.get(check.name)!.length} cables, found in ${found.get(check.name)} (missed ${missed.get(check.name)!.length}: ${missed.get(check.name)!.join(' ')})`,
			);
			for (const name of Object.keys(check.exceptions))
				assert.ok(shown.get(check.name)!.includes(name), `${check.name}: exception ${name} no longer needed`);
			assert.deepEqual(missed.get(check.name), []);
		});
	}

	it('reads the signer the text shows, not another line', () => {
		assert.deepEqual(wrongSigners, []);
	});

	it('takes no page header inside a TO/INFO list for an addressee', () => {
		assert.deepEqual(pageAddressees, []);
	});
});
