/**
 * Classification as a cable writes it: the FL4 security line (`ZNY CCCCC ZZH`), banners,
 * portion marks (`(C)`, `(S//NF)`, `(C/REL TO UK)`) and handling captions (SIPDIS, NODIS...).
 */
import type { Definition } from '../data/definition';
import { CLASSIFIED_ONLY, LEVELS, markingDefinition, SECURITY_LETTERS, SECURITY_SIGNALS, SPECIAL_CATEGORY_LETTERS } from '../data/markings';
import type { ClassificationLevel } from '../model/types';

export interface LevelDecoding {
	readonly level: ClassificationLevel;
	readonly name: string;
	readonly definition: Definition;
}

export function decodeLevel(level: ClassificationLevel): LevelDecoding {
	return { level, ...LEVELS[level] };
}

export interface SecurityLettersDecoding {
	readonly written: string;
	/** The classification the repeated letter stands for (`UNCLASSIFIED EFTO` for `EEEEE`). */
	readonly classification: Definition | undefined;
	readonly level: ClassificationLevel | undefined;
	/** Special-category letters after the classification letters (`SSSAA`). */
	readonly specialCategories: readonly { readonly letter: string; readonly definition: Definition | undefined }[];
	/** Set when the group is not the classification letter written five times. */
	readonly irregular: string | undefined;
}

export function decodeSecurityLetters(written: string): SecurityLettersDecoding {
	const letters = written.replace(/[^A-Za-z]/g, '').toUpperCase();
	const first = SECURITY_LETTERS.get(letters[0] ?? '');
	const classificationRun = letters.length - letters.replace(new RegExp(`^${letters[0] ?? ''}+`), '').length;
	const specialLetters = [...new Set(letters.slice(classificationRun))];
	const irregular = letters.length !== 5 ? `written with ${letters.length} letters instead of 5` : undefined;
	return {
		written,
		classification: first?.definition,
		level: first?.level,
		specialCategories: specialLetters.map((letter) => ({ letter, definition: SPECIAL_CATEGORY_LETTERS.get(letter) })),
		irregular,
	};
}

/** `ZNY`, `ZNR`, `ZZH` and other operating signals of the security line. */
export function decodeSecuritySignal(written: string): Definition | undefined {
	return SECURITY_SIGNALS.get(written.trim().toUpperCase());
}

export interface MarkingDecoding {
	readonly written: string;
	readonly name: string | undefined;
	readonly definition: Definition | undefined;
	/** Set for markings that only classified information carries (ORCON, REL TO): why. */
	readonly classifiedOnly: Definition | undefined;
}

/** A caption or caveat: `SIPDIS`, `NF`, `REL TO UK, CAN`, `ROGER CHANNEL`. */
export function decodeMarking(written: string): MarkingDecoding {
	const found = markingDefinition(written);
	return { written, name: found?.name, definition: found?.definition, classifiedOnly: found && CLASSIFIED_ONLY.get(found.name) };
}
