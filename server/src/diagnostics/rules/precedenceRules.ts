/**
 * Precedence agreement: the relay prosign (`PP`) is the highest precedence of the date-time
 * group's letters (`P`, `O R`); no addressee is sent above it; action addressees carry the
 * action precedence and, with dual precedence, information addressees the info precedence.
 */
import type { Precedence } from '../../data/precedenceTable';
import { decodeProsign } from '../../decode/precedence';
import { type DtgPrecedence, rank } from '../../facts/precedences';
import type { AddressKeyword, Field } from '../../model/types';
import { finding, type Finding, relatedField, type Rule, type RuleContext } from '../rule';

type AddresseeJudge = (word: Field, precedence: Precedence, kind: AddressKeyword, dtg: DtgPrecedence) => Finding | undefined;

/** Each addressee precedence word of the header, judged against the date-time group's precedence. */
function judgeAddressees({ facts }: RuleContext, judge: AddresseeJudge): Finding[] {
	const dtg = facts.precedence;
	if (!dtg) return [];
	const found: Finding[] = [];
	for (const { word, precedence, kind } of facts.addresseePrecedences) {
		const judged = judge(word, precedence, kind, dtg);
		if (judged) found.push(judged);
	}
	return found;
}

const dtgRelated = (dtg: DtgPrecedence) => [relatedField(dtg.field, `the date-time group's precedence: ${dtg.field.text}`)];

export const precedenceRules: readonly Rule[] = [
	{
		code: 'cable.precedence.prosign-mismatch',
		family: 'precedence',
		severity: 'error',
		description: "The relay prosign (`PP`, `OO`) is not the date-time group's highest precedence.",
		check: ({ model, facts }) => {
			const dtg = facts.precedence;
			if (!dtg) return [];
			return (model.header?.relay ?? []).flatMap((relay) => {
				const precedence = decodeProsign(relay.prosign.text).precedence;
				if (!precedence || precedence.letter === dtg.highest.letter) return [];
				return [
					finding(
						relay.prosign.range,
						`Prosign ${relay.prosign.text} (${precedence.word}) differs from the date-time group's precedence ${dtg.field.text} (${dtg.highest.word}): expected ${dtg.highest.letter.repeat(2)}.`,
						dtgRelated(dtg),
					),
				];
			});
		},
	},
	{
		code: 'cable.precedence.unknown-prosign',
		family: 'precedence',
		severity: 'warning',
		description: 'The relay prosign is not a doubled precedence letter (ZZ, OO, PP, RR).',
		check: ({ facts }) =>
			facts.headers.flatMap((header) =>
				header.relay.flatMap((relay) =>
					decodeProsign(relay.prosign.text).precedence
						? []
						: [
								finding(
									relay.prosign.range,
									`Prosign ${relay.prosign.text} is not a precedence: expected ZZ, OO, PP or RR, the highest precedence letter doubled.`,
								),
							],
				),
			),
	},
	{
		code: 'cable.precedence.addressee-above-dtg',
		family: 'precedence',
		severity: 'error',
		description: "An addressee's precedence word is above the date-time group's highest precedence.",
		check: (context) =>
			judgeAddressees(context, (word, precedence, _kind, dtg) =>
				rank(precedence) > rank(dtg.highest)
					? finding(
							word.range,
							`${word.text} is above the date-time group's highest precedence ${dtg.highest.word} (${dtg.field.text}): no addressee is sent faster than the message.`,
							dtgRelated(dtg),
						)
					: undefined,
			),
	},
	{
		code: 'cable.precedence.addressee-mismatch',
		family: 'precedence',
		severity: 'warning',
		description:
			"An action addressee's precedence word is not the date-time group's action precedence (with dual precedence, information addressees' not the info precedence).",
		check: (context) =>
			judgeAddressees(context, (word, precedence, kind, dtg) => {
				const expected = kind === 'TO' ? dtg.action : kind === 'INFO' && dtg.dual ? dtg.info : undefined;
				// Above the message's precedence is the other rule's finding.
				if (!expected || expected.letter === precedence.letter || rank(precedence) > rank(dtg.highest)) return undefined;
				const role = kind === 'TO' ? 'action addressees' : 'information addressees';
				return finding(
					word.range,
					`${word.text} differs from the precedence the date-time group gives ${role} (${dtg.field.text}): expected ${expected.word}.`,
					dtgRelated(dtg),
				);
			}),
	},
];
