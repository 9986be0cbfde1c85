/**
 * One decoded meaning and where it comes from. Static tables written in code use the same
 * shape as the TSV rows so that hovers show every meaning with its source, and mark the
 * ones no consulted source confirms.
 */
export interface Definition {
	readonly meaning: string;
	readonly source: string;
	/** False when the meaning is our best reading rather than a sourced statement. */
	readonly verified: boolean;
}

/**
 * The documents the static tables rest on (full references in server/src/data/SOURCES.md).
 * Short names, because they are shown in hovers.
 */
export const SOURCE = {
	acp117: 'ACP 117 (2010) General Instructions',
	fah2Precedence: '5 FAH-2 H-420 "Telegram Delivery Precedence"',
	fah2Special: '5 FAH-2 H-250 "Special Format Requirements"',
	navyPrecedence: 'US Navy telecommunications training manual, "Precedence" (tpub.com)',
	navyFormatLines: 'US Navy telecommunications training manual, format lines (tpub.com)',
	plusdHandling: 'WikiLeaks PlusD "Handling Restrictions" glossary',
	plusdTags: 'WikiLeaks PlusD cables 1974STATE150591 and 1976STATE187673 (TAGS instructions)',
	isooMarkings2003: 'ISOO "Changes to Classified Document Markings" (2003)',
	isl96: 'DSS Industrial Security Letter 96-2 on E.O. 12958',
	classificationLevels:
		'E.O. 12356 §1.1 (same wording in E.O. 12958 §1.3), as quoted in Quist, "Security Classification of Information", ch. 7',
	reasonLetters: 'E.O. 12958 §1.5 (1995) and §1.4 (as amended in 2003; same letters in E.O. 13526), restated in the project field guide',
	fieldGuide: 'project field guide (measured on 1,295 Cablegate cables)',
	generalKnowledge: 'general knowledge; no consulted source states it',
} as const;

export function sourced(meaning: string, source: string): Definition {
	return { meaning, source, verified: true };
}

export function unverified(meaning: string, source: string = SOURCE.generalKnowledge): Definition {
	return { meaning, source, verified: false };
}

/** Table source keys spelled out for readers (server/src/data/SOURCES.md has the full references). */
const SOURCE_KEY_NAMES: readonly (readonly [RegExp, string])[] = [
	[/\bPLUSD-[RZ]\b/g, 'WikiLeaks PlusD tag label'],
	[/\bCC FIPS 10-4\b/g, 'FIPS 10-4 country codes'],
	[/\bCM (\S+\.txt)/g, 'cablemap $1'],
	[/\bCG TO\/INFO lines\b/g, 'as written in TO/INFO lines of Cablegate cables'],
	[/\bCG sample\b/g, 'Cablegate sample'],
	[/\bACP117-(\d{4}) S-I decode\b/g, 'ACP 117 ($1) Section I decode'],
	[/\bACP117-(\d{4}) S-II encode PLA\b/g, 'ACP 117 ($1) Section II address'],
	[/\bACP117-(\d{4}) General Instructions\b/g, 'ACP 117 ($1) General Instructions'],
	[/\bNARA RG59 CFPF FAQ App\.I\/II \(1973-79\)/g, 'NARA RG 59 Central Foreign Policy Files TAGS lists (1973-79)'],
	[/\bFAM (5 FAH-3 H-\S+)/g, 'Foreign Affairs Manual $1'],
	[/^UNVERIFIED$/, 'no public source reached (verify against 5 FAH-3)'],
];

export function describeSource(source: string): string {
	return SOURCE_KEY_NAMES.reduce((text, [pattern, name]) => text.replace(pattern, name), source.trim());
}
