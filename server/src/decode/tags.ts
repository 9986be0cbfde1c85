/**
 * TAGS codes: what kind of tag a code is, what it means and where that comes from; for a
 * code the table lacks, the closest known code.
 */
import type { TagEntry, TagTable } from '../data/tagTable';
import { type Definition, SOURCE, sourced } from '../data/definition';

export interface TagDecoding {
	readonly code: string;
	/** Every reading the tables give (a code can be both a country and an organization). */
	readonly entries: readonly TagEntry[];
	/** For an unknown code: the closest known code and its readings. */
	readonly nearest: { readonly code: string; readonly entries: readonly TagEntry[] } | undefined;
	/** For a person tag such as `OVIP (RICE, CONDOLEEZZA)`: the name and what the tag says about them. */
	readonly person: { readonly name: string; readonly role: Definition } | undefined;
}

/** Subject tags that take a person's name, and what they say about that person. */
const PERSON_ROLES: ReadonlyMap<string, string> = new Map([
	['OVIP', 'a visit or travel by this prominent person (VIP)'],
	['OREP', 'US congressional travel by this person'],
	['OTRA', 'travel by this person'],
	['OCON', 'a conference or meeting attended by this person'],
	['OEXC', 'an educational or cultural exchange involving this person'],
]);

/** Whether the code takes a person's name in parentheses after it: `OVIP (RICE, CONDOLEEZZA)`. */
export function isPersonTag(code: string): boolean {
	return PERSON_ROLES.has(code);
}

/** Codes of this length or shorter only get suggestions one edit away (two-letter codes are dense). */
const SHORT_CODE = 3;

export function decodeTag(code: string, personName: string | undefined, tags: TagTable): TagDecoding {
	const entries = tags.get(code) ?? [];
	return {
		code,
		entries,
		nearest: entries.length === 0 ? nearestTag(code, tags) : undefined,
		person: personName === undefined ? undefined : { name: personName, role: personRole(code) },
	};
}

function personRole(code: string): Definition {
	const role = PERSON_ROLES.get(code);
	return role ? sourced(`person tag: ${role}`, SOURCE.plusdTags) : sourced('person tag: the cable concerns this person', SOURCE.plusdTags);
}

function nearestTag(code: string, tags: TagTable): TagDecoding['nearest'] {
	if (code.length < 2) return undefined;
	const maxDistance = code.length <= SHORT_CODE ? 1 : 2;
	const candidates = tags.nearest(code, maxDistance);
	if (candidates.length === 0) return undefined;
	// Among equally close codes, the one most used in cables is the likeliest intended.
	const closest = candidates.filter((candidate) => candidate.distance === candidates[0]!.distance);
	const best = closest
		.map((candidate) => ({ code: candidate.code, entries: tags.get(candidate.code) ?? [] }))
		.sort((a, b) => timesSeen(b.entries) - timesSeen(a.entries))[0];
	return best;
}

function timesSeen(entries: readonly TagEntry[]): number {
	return entries.reduce((total, entry) => total + entry.timesSeen, 0);
}
