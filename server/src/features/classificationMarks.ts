/**
 * Where the cable states its classification, for the editor to colour (issue 20): the banner
 * lines and the portion marks, each with its level. VS Code's client paints them with
 * decorations in the theme colours `cable.classification.<level>.*`: a user's own token colour
 * rules replace the grammar's defaults as a whole, decorations they cannot touch. Markings
 * whose level the parser could not read are left out: no colour is better than a wrong one.
 * The request that carries them: server/src/lsp/classificationMarksRequest.ts.
 */
import type { Range } from 'vscode-languageserver-types';
import { cableFacts } from '../facts/cableFacts';
import type { CableModel, ClassificationLevel } from '../model/types';

export interface ClassificationMark {
	readonly range: Range;
	readonly level: ClassificationLevel;
}

export interface ClassificationMarks {
	/** The banner's classification words (the editor bands the whole line). */
	readonly banners: readonly ClassificationMark[];
	/** `(C)`, `(S//NF)`: the SUBJECT line's and the paragraphs'. */
	readonly portions: readonly ClassificationMark[];
}

export function getClassificationMarks(model: CableModel): ClassificationMarks {
	const facts = cableFacts(model);
	const banners: ClassificationMark[] = [];
	for (const banner of facts.banners) {
		const level = banner.classification.level;
		if (level) banners.push({ range: banner.classification.range, level });
	}
	return { banners, portions: facts.portionMarks.map(({ range, level }) => ({ range, level })) };
}
