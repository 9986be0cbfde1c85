/**
 * Precedence: how fast a telegram must be handled. Letters appear doubled as the FL2
 * prosign (`PP`), single or paired in the DTG line (`P`, `O R`), and spelled out after
 * each addressee (`PRIORITY`, `NIACT IMMEDIATE`).
 */
import { type Definition, SOURCE, sourced } from './definition';

export interface Precedence {
	readonly letter: string;
	readonly word: string;
	readonly definition: Definition;
}

const PRECEDENCES: readonly Precedence[] = [
	{
		letter: 'Z',
		word: 'FLASH',
		definition: sourced(
			'the highest precedence: initial enemy contact or operational combat messages of extreme urgency, handled ahead of all other traffic; brevity is mandatory',
			SOURCE.navyPrecedence,
		),
	},
	{
		letter: 'O',
		word: 'IMMEDIATE',
		definition: sourced(
			'situations that gravely affect national forces or the populace and require immediate delivery to the addressees',
			SOURCE.navyPrecedence,
		),
	},
	{
		letter: 'P',
		word: 'PRIORITY',
		definition: sourced(
			'essential information for operations in progress; the highest precedence normally used for administrative messages',
			SOURCE.navyPrecedence,
		),
	},
	{
		letter: 'R',
		word: 'ROUTINE',
		definition: sourced(
			'traffic that justifies electrical transmission but is not urgent enough for a higher precedence',
			SOURCE.navyPrecedence,
		),
	},
	{
		letter: 'Y',
		word: 'EMERGENCY COMMAND PRECEDENCE',
		definition: sourced(
			'above FLASH, limited to designated emergency action command and control messages (military traffic)',
			SOURCE.navyPrecedence,
		),
	},
];

const byLetter = new Map(PRECEDENCES.map((precedence) => [precedence.letter, precedence]));
const byWord = new Map(PRECEDENCES.map((precedence) => [precedence.word, precedence]));

export const NIACT: Definition = sourced(
	'Night Action: the action addressee must act at once, whatever the time of day or night; other addressees handle the telegram in business hours',
	SOURCE.fah2Precedence,
);

export function precedenceByLetter(letter: string): Precedence | undefined {
	return byLetter.get(letter.toUpperCase());
}

export function precedenceByWord(word: string): Precedence | undefined {
	return byWord.get(word.toUpperCase());
}
