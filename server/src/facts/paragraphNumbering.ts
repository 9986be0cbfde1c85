/**
 * The cable's own paragraph numbering: which numbered paragraphs are the cable's (not the items
 * of a list inside a paragraph, not a wrapped line that starts with a number) and where their
 * numbers slip. Read by the numbering rule and its renumbering fix, and by the portion-mark rule.
 */
import type { Body, Paragraph } from '../model/types';

export interface NumberingSlip {
	readonly paragraph: Paragraph;
	readonly previous: Paragraph;
	readonly kind: 'gap' | 'repeat' | 'order';
}

export interface Numbering {
	/** The paragraphs of the main numbering, in order. */
	readonly main: readonly Paragraph[];
	readonly slips: readonly NumberingSlip[];
}

export function paragraphNumbering(body: Body | undefined): Numbering {
	const main: Paragraph[] = [];
	const slips: NumberingSlip[] = [];
	let inList = false;
	const paragraphs = body?.paragraphs ?? [];
	paragraphs.forEach((paragraph, index) => {
		const previous = main[main.length - 1];
		// Inside a list, an unmarked item numbered like the next paragraph is still an item.
		const mainLike = !inList || paragraph.portion !== undefined || previous?.portion === undefined;
		if (!previous || (paragraph.number === previous.number + 1 && mainLike)) {
			main.push(paragraph);
			inList = false;
			return;
		}
		if (inList) return;
		if (paragraph.number === 1) {
			inList = true;
			return;
		}
		const kind = paragraph.number === previous.number ? 'repeat' : paragraph.number > previous.number ? 'gap' : 'order';
		const resumes = kind !== 'repeat' && paragraphs[index + 1]?.number === previous.number + 1;
		if (resumes || (!paragraph.portion && previous.portion)) return;
		slips.push({ paragraph, previous, kind });
		main.push(paragraph);
	});
	return { main, slips };
}
