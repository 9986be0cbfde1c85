/**
 * The publisher's cable id (`07TOKYO374`: year, origin, serial). Some ids in the releases are
 * damaged: a SECTION line or a caveat glued in, the year written twice, a misspelt origin.
 */
import { finding, type Rule } from '../rule';

const EXAMPLE = 'two-digit year, origin and serial, as in 07TOKYO374';

export const cableIdRules: readonly Rule[] = [
	{
		code: 'cable.id.malformed',
		family: 'malformed',
		severity: 'warning',
		description: "The publisher's cable id cannot be read, has text glued in, repeats its year or names an unknown origin.",
		check: ({ facts }) => {
			const field = facts.metadata('id');
			if (!field) return [];
			const id = facts.id;
			if (!id) return [finding(field.range, `The cable id ${field.text} cannot be read: expected ${EXAMPLE}.`)];
			const { decoding } = id;
			const expected = `${String(decoding.year % 100).padStart(2, '0')}${decoding.origin}${decoding.serial}`;
			if (decoding.damage)
				return [finding(field.range, `The cable id ${field.text} has ${decoding.damage} glued in: expected ${expected}.`)];
			const year = /^\d+/.exec(field.text.trim())![0];
			if (year.length === 4 && !/^(19|20)/.test(year))
				return [finding(field.range, `The cable id ${field.text} writes its year twice: expected ${expected}.`)];
			if (!decoding.originator)
				return [
					finding(
						field.range,
						`The cable id ${field.text} names an unknown origin ${decoding.origin}: expected a post as written in cable ids (TOKYO, STATE, USUNNEWYORK).`,
					),
				];
			return [];
		},
	},
];
