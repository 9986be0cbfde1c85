/**
 * The security line (format line 4): `ZNY CCCCC ZZH` is the operating signal (ZNY classified,
 * ZNR unclassified) and the classification letter written five times, optionally followed by
 * special-category letters (`SSSAA`).
 */
import { SECURITY_LETTERS, SPECIAL_CATEGORY_LETTERS } from '../../data/markings';
import type { SecurityLine } from '../../model/types';
import { finding, type Finding, type Rule } from '../rule';

/** Letters that are a classification run followed by special-category letters: `CCCCC`, `SSSAA`. */
function readable(letters: string): boolean {
	const level = letters[0] ?? '';
	if (!SECURITY_LETTERS.has(level)) return false;
	let index = 1;
	while (letters[index] === level) index++;
	for (; index < letters.length; index++) if (!SPECIAL_CATEGORY_LETTERS.has(letters[index]!)) return false;
	return true;
}

function malformed(line: SecurityLine): Finding[] {
	if (!line.letters) {
		return [
			finding(
				line.signal.range,
				`The security line ${line.signal.text} has no classification letters: expected five, as in \`ZNY CCCCC ZZH\` or \`ZNR UUUUU ZZH\`.`,
			),
		];
	}
	const letters = line.letters.text;
	if (!readable(letters)) {
		return [
			finding(
				line.letters.range,
				`${letters} is not a classification group: expected one of U, E, C, S, T written five times (special-category letters A, B, F may end it).`,
			),
		];
	}
	const classified = letters[0] !== 'U';
	if (line.signal.text === 'ZNR' && classified) {
		return [
			finding(
				line.signal.range,
				`ZNR marks an unclassified message, but ${letters} is ${SECURITY_LETTERS.get(letters[0]!)!.definition.meaning}: expected ZNY.`,
			),
		];
	}
	if (line.signal.text === 'ZNY' && !classified) {
		return [finding(line.signal.range, `ZNY marks a classified or encrypted message, but ${letters} is UNCLASSIFIED: expected ZNR.`)];
	}
	return [];
}

export const securityLineRules: readonly Rule[] = [
	{
		code: 'cable.security.malformed',
		family: 'malformed',
		severity: 'error',
		description:
			'The security line has no classification letters, letters that are not a classification, or a signal (ZNY/ZNR) that contradicts them.',
		check: ({ facts }) => facts.securityLines.flatMap(malformed),
	},
	{
		code: 'cable.security.letter-count',
		family: 'malformed',
		severity: 'warning',
		description: 'The classification letters of the security line are not written five times (`CCCC`).',
		check: ({ facts }) =>
			facts.securityLines.flatMap((line) => {
				const letters = line.letters?.text;
				if (!letters || letters.length === 5 || !readable(letters)) return [];
				return [
					finding(
						line.letters!.range,
						`${letters} has ${letters.length} letters: the classification letter is written five times (${letters[0]!.repeat(5)}).`,
					),
				];
			}),
	},
];
