/**
 * Precedence as written in the three places a cable carries it: the doubled prosign of the
 * relay line (`PP`), the letters before the date-time group (`P`, `O R`), and the word
 * after an addressee (`PRIORITY`, `NIACT IMMEDIATE`).
 */
import type { Definition } from '../data/definition';
import { NIACT, type Precedence, precedenceByLetter, precedenceByWord } from '../data/precedenceTable';

export interface ProsignDecoding {
	readonly prosign: string;
	/** Undefined when the prosign is not a doubled precedence letter (`NN`). */
	readonly precedence: Precedence | undefined;
}

export function decodeProsign(prosign: string): ProsignDecoding {
	const text = prosign.toUpperCase();
	const doubled = text.length === 2 && text[0] === text[1];
	return { prosign: text, precedence: doubled ? precedenceByLetter(text.charAt(0)) : undefined };
}

export interface DtgPrecedenceDecoding {
	/** Action precedence (the first letter). */
	readonly action: Precedence | undefined;
	/** Info precedence, when two letters are written (dual precedence). */
	readonly info: Precedence | undefined;
	readonly dual: boolean;
	readonly letters: readonly string[];
}

export function decodeDtgPrecedence(letters: readonly string[]): DtgPrecedenceDecoding {
	return {
		action: letters[0] === undefined ? undefined : precedenceByLetter(letters[0]),
		info: letters[1] === undefined ? undefined : precedenceByLetter(letters[1]),
		dual: letters.length > 1,
		letters,
	};
}

export interface PrecedenceWordDecoding {
	readonly written: string;
	readonly precedence: Precedence | undefined;
	/** Set for `NIACT IMMEDIATE`. */
	readonly niact: Definition | undefined;
}

/** `PRIORITY`, `NIACT IMMEDIATE`, and the truncated letter forms (`P`) some lines carry. */
export function decodePrecedenceWord(written: string): PrecedenceWordDecoding {
	const words = written.toUpperCase().split(/\s+/).filter(Boolean);
	const niact = words[0] === 'NIACT';
	const rest = (niact ? words.slice(1) : words).join(' ');
	const precedence = precedenceByWord(rest || (niact ? 'IMMEDIATE' : '')) ?? (rest.length === 1 ? precedenceByLetter(rest) : undefined);
	return { written, precedence, niact: niact ? NIACT : undefined };
}
