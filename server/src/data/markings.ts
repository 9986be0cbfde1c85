/**
 * Classification levels, the security-warning line (FL4) and the handling and dissemination
 * markings written in banners, caption lines and portion marks.
 */
import { MARKING_NAMES } from '../model/classificationWords';
import type { ClassificationLevel } from '../model/types';
import { type Definition, SOURCE, sourced, unverified } from './definition';

export const LEVELS: Readonly<Record<ClassificationLevel, { readonly name: string; readonly definition: Definition }>> = {
	unclassified: { name: 'UNCLASSIFIED', definition: sourced('not classified', SOURCE.fieldGuide) },
	confidential: {
		name: 'CONFIDENTIAL',
		definition: sourced(
			'the lowest classification level (unauthorised disclosure could damage national security)',
			SOURCE.classificationLevels,
		),
	},
	secret: {
		name: 'SECRET',
		definition: sourced(
			'the middle classification level (unauthorised disclosure could seriously damage national security)',
			SOURCE.classificationLevels,
		),
	},
	topSecret: {
		name: 'TOP SECRET',
		definition: sourced(
			'the highest classification level (unauthorised disclosure could gravely damage national security)',
			SOURCE.classificationLevels,
		),
	},
};

/** FL4 classification letters, written five times: `CCCCC`. */
export const SECURITY_LETTERS: ReadonlyMap<string, { readonly level: ClassificationLevel; readonly definition: Definition }> = new Map([
	['U', { level: 'unclassified', definition: sourced('UNCLASSIFIED', SOURCE.navyFormatLines) }],
	['E', { level: 'unclassified', definition: sourced('UNCLASSIFIED EFTO (encrypted for transmission only)', SOURCE.navyFormatLines) }],
	['C', { level: 'confidential', definition: sourced('CONFIDENTIAL', SOURCE.navyFormatLines) }],
	['S', { level: 'secret', definition: sourced('SECRET', SOURCE.navyFormatLines) }],
	['T', { level: 'topSecret', definition: sourced('TOP SECRET', SOURCE.navyFormatLines) }],
]);

/** Special-category letters that can follow the classification letters (`SSSAA`, `/FFFFF`). */
export const SPECIAL_CATEGORY_LETTERS: ReadonlyMap<string, Definition> = new Map([
	['A', unverified('special-category handling letter A (SPECAT)', SOURCE.fieldGuide)],
	['B', unverified('special-category handling letter B (SPECAT)', SOURCE.fieldGuide)],
	['F', sourced('US-UK EYES ONLY special category', SOURCE.fieldGuide)],
]);

/** FL4 operating signals. */
export const SECURITY_SIGNALS: ReadonlyMap<string, Definition> = new Map([
	['ZNY', sourced('security warning: the message is classified', SOURCE.navyFormatLines)],
	['ZNR', sourced('security warning: the message is unclassified', SOURCE.navyFormatLines)],
	[
		'ZZH',
		sourced(
			'handling signal present on virtually every State cable; its meaning was not found in the consulted public sources',
			SOURCE.fieldGuide,
		),
	],
]);

/**
 * Captions and dissemination controls, by their normalised name. Portion marks and
 * metadata use abbreviations (NF, FOUO); model/classificationWords' `MARKING_NAMES` maps those to these names.
 */
export const MARKINGS: ReadonlyMap<string, Definition> = new Map([
	['SIPDIS', sourced('SIPRNet distribution: the cable was released to the State/DoD classified network (SIPRNet)', SOURCE.fieldGuide)],
	['NOFORN', sourced('not releasable to foreign nationals', SOURCE.plusdHandling)],
	['SENSITIVE', sourced('Sensitive But Unclassified (SBU): unclassified but administratively controlled', SOURCE.fieldGuide)],
	['SBU', sourced('Sensitive But Unclassified: unclassified but administratively controlled', SOURCE.fieldGuide)],
	['FOUO', sourced('For Official Use Only; on cables it corresponds to the SENSITIVE / SBU caption', SOURCE.fieldGuide)],
	['EFTO', sourced('Encrypted For Transmission Only: unclassified, but sent encrypted', SOURCE.navyFormatLines)],
	[
		'LIMITED OFFICIAL USE',
		sourced('Limited Official Use: the older (pre-SBU) administrative control for unclassified cables', SOURCE.plusdHandling),
	],
	['EXDIS', sourced('Exclusive Distribution: extremely limited dissemination', SOURCE.plusdHandling)],
	['NODIS', sourced('No Distribution other than to the persons indicated; the most restrictive State caption', SOURCE.plusdHandling)],
	['LIMDIS', sourced('Limited Distribution', SOURCE.plusdHandling)],
	['STADIS', sourced('State Distribution only: no distribution outside the Department of State', SOURCE.fah2Special)],
	['CHEROKEE', sourced('reserved for messages between the Secretary of State and senior White House officials', SOURCE.plusdHandling)],
	['ROGER', unverified('ROGER channel: a restricted channel for intelligence-related traffic')],
	['ONLY', sourced('for the addressee(s) only (EYES ONLY)', SOURCE.plusdHandling)],
	['CONDIS', sourced('Controlled Distribution', SOURCE.plusdHandling)],
	['REL TO', unverified('releasable to the countries or organisations named after it')],
	['FGI', unverified('Foreign Government Information')],
	['ORCON', unverified("Originator Controlled: further dissemination only with the originator's consent (an intelligence control)")],
	['PROPIN', unverified("Caution—Proprietary Information Involved: a company's information, released only with its consent")],
]);

/**
 * Markings that control classified information only, so an unclassified cable cannot carry
 * them. Not among them, because real unclassified cables carry them: NOFORN (State writes
 * `SBU NOFORN` and `(SBU//NF)`: 09EFTOLONDON2239 and two more in the corpus) and REL TO
 * (`(SBU/REL NATO)` in 06SKOPJE105, `(SBU//Rel NATO, ISAF)` in 10KABUL693); EXDIS, LIMDIS,
 * NODIS, STADIS and PROPIN are distribution and handling captions, not tied to a level.
 */
export const CLASSIFIED_ONLY: ReadonlyMap<string, Definition> = new Map([
	['ORCON', unverified('used only on classified intelligence')],
	['ROGER', unverified('a channel for classified intelligence-related traffic')],
]);

/** Finds a marking by any of its written forms: `NF`, `NOFORN`, `ROGER CHANNEL`, `REL TO UK`. */
export function markingDefinition(written: string): { readonly name: string; readonly definition: Definition } | undefined {
	const normal = written.trim().toUpperCase().replace(/\s+/g, ' ');
	const name = MARKING_NAMES[normal] ?? (/^REL(EASABLE)?( TO)?\b/.test(normal) ? 'REL TO' : normal);
	const definition = MARKINGS.get(name);
	return definition && { name, definition };
}
