/**
 * Paragraph numbering: `1.`, `2.` ... rising by one. Numbered lists inside a paragraph
 * (`1.` ... `3.` under paragraph 5) restart at 1; they are set aside until the main
 * numbering resumes, so only the cable's own paragraphs are checked and renumbered. So are
 * numbers that only look like paragraphs: a wrapped line starting `300) tanks` or a
 * publisher's pilcrow before a number in running text (`¶16. The U.S.` between 1 and 2).
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { Body, Paragraph } from '../../model/types';
import { type NumberingSlip, paragraphNumbering } from '../../facts/paragraphNumbering';
import { finding, type Fix, partOf, relatedField, type Rule } from '../rule';

/** The marker's digits (`¶12.` → `12`), where a renumbering edit goes. */
function digitsOf(paragraph: Paragraph) {
	const match = /\d+/.exec(paragraph.marker.text)!;
	return partOf(paragraph.marker, match.index, match[0].length);
}

function renumbering(body: Body, main: readonly Paragraph[]): Fix {
	const first = main[0]!.number;
	const edits: TextEdit[] = main.flatMap((paragraph, index) =>
		paragraph.number === first + index ? [] : [{ range: digitsOf(paragraph), newText: String(first + index) }],
	);
	// Applied unasked ("Fix All") only when it settles the numbering: a number set aside as a list
	// item or a stray can read as a slip once the paragraphs around it are renumbered.
	const numbers = new Map(main.map((paragraph, index) => [paragraph, first + index]));
	const renumbered = body.paragraphs.map((paragraph) => ({ ...paragraph, number: numbers.get(paragraph) ?? paragraph.number }));
	const settles = paragraphNumbering({ ...body, paragraphs: renumbered }).slips.length === 0;
	return { title: `Renumber paragraphs ${first}-${first + main.length - 1} in order`, edits, preferred: settles };
}

function describe(slip: NumberingSlip): string {
	const expected = slip.previous.number + 1;
	const written = `Paragraph ${slip.paragraph.number} follows paragraph ${slip.previous.number}`;
	if (slip.kind === 'repeat') return `${written} again: paragraph numbers repeat (expected ${expected}).`;
	if (slip.kind === 'gap')
		return `${written}: paragraph ${expected === slip.paragraph.number - 1 ? expected : `${expected}-${slip.paragraph.number - 1}`} is missing (expected ${expected}).`;
	return `${written}: paragraph numbers go backwards (expected ${expected}).`;
}

export const paragraphRules: readonly Rule[] = [
	{
		code: 'cable.paragraph.sequence',
		family: 'structure',
		severity: 'warning',
		description: 'Paragraph numbers skip, repeat or go backwards (quick fix: renumber).',
		check: ({ model, facts }) => {
			const { main, slips } = facts.numbering;
			if (slips.length === 0) return [];
			const fix = renumbering(model.body!, main);
			return slips.map((slip) =>
				finding(
					slip.paragraph.marker.range,
					describe(slip),
					[relatedField(slip.previous.marker, `the paragraph before: ${slip.previous.number}`)],
					fix,
				),
			);
		},
	},
];
