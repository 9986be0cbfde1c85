/**
 * Seeded faults for the diagnostics tests: each breaks one field of a clean cable (the seed or
 * a corpus cable without diagnostics) in the way a rule must catch, at the line the rule must
 * point to. Lines are matched by shape so that one fault applies to many real cables.
 */
import type { Diagnostic } from 'vscode-languageserver-types';

export interface SeededFault {
	readonly code: string;
	/** The line to break: the first line of this shape (or every one, with `everyLine`). */
	readonly line: RegExp;
	readonly breakLine: (line: string) => string;
	/** For fields the rendering repeats (the seed's caption is there twice): break them all. */
	readonly everyLine?: boolean;
	/** Where the diagnostic belongs when not on the broken line: the first line of this shape. */
	readonly expectedAt?: RegExp;
	/** Other lines the cable must have for the fault to make sense (page markers, a second banner). */
	readonly requires?: readonly RegExp[];
}

const DTG = /^([ZOPR] (?:[ZOPR] )?)(\d{2})(\d{2})(\d{2})Z ([A-Z]{3}) (\d{2})\s*$/;
const DE = /^DE (RUEH[A-Z]{1,3}) #(\d{4})(\/01)? (\d{3})(\d{4})\s*$/;
const FIRST_SECTION_BANNER = /^(C O N F I D E N T I A L|S E C R E T|UNCLAS) SECTION 01 OF 0([2-9]) [A-Z ]+ \d{6}\s*$/;
const DTG_LINE = /^[ZOPR] (?:[ZOPR] )?\d{6}Z [A-Z]{3} \d{2}/;
const CONTINUATION = /^[A-Z ]+ \d{8} {1,2}(\d{3}) OF (\d{3})\s*$/;
const TAGS = /^TAGS: [A-Z]{4} .*$/;
const DECL = /^E\.O\. 12958: DECL: (\d{2})\/(\d{2})\/(\d{4})\s*$/;
const CONFIDENTIAL_PARAGRAPH = /^¶?([2-9])\. \(C\) \S/;
const CLASSIFIED_BY = /^Classified By: .*1\.4 ?\(b\)/;
const TO_PRIORITY = /^TO RUEHC\/SECSTATE WASHDC PRIORITY \d{4}\s*$/;
/** The publisher's id, bare (`07TOKYO374`) or in the page title (`Viewing cable 07TOKYO374, TITLE`). */
const CABLE_ID = /^(Viewing cable )?\d{2}[A-Z]+\d+(,|\s*$)/;
const ID = /\d{2}[A-Z]+\d+/;
/** The id alone on its line: in a "Viewing cable" page, the value of its Reference ID. */
const BARE_ID = /^\d{2}[A-Z]+\d+\s*$/;

export const SEEDED_FAULTS: readonly SeededFault[] = [
	// ---------------------------------------------------------------- malformed fields
	{ code: 'cable.dtg.impossible-date', line: DTG, breakLine: (l) => l.replace(DTG, '$132$3$4Z $5 $6') },
	{ code: 'cable.dtg.impossible-time', line: DTG, breakLine: (l) => l.replace(DTG, '$1$225$4Z $5 $6') },
	{ code: 'cable.dtg.unknown-month', line: DTG, breakLine: (l) => l.replace(DTG, '$1$2$3$4Z XYZ $6') },
	{ code: 'cable.dtg.bad-year', line: DTG, breakLine: (l) => l.replace(DTG, '$1$2$3$4Z $5 21$6') },
	{
		code: 'cable.de.malformed',
		line: DE,
		breakLine: (l) =>
			l.replace(DE, (_, station, serial, section = '', day, time) => `DE ${station} #${serial}${section} ${day}${time.slice(0, 3)}`),
	},
	{ code: 'cable.security.malformed', line: /^ZNY CCCCC ZZH\s*$/, breakLine: (l) => l.replace('ZNY', 'ZNR') },
	{ code: 'cable.security.letter-count', line: /^ZNY CCCCC ZZH\s*$/, breakLine: (l) => l.replace('CCCCC', 'CCCC') },
	{ code: 'cable.eo.unknown-order', line: DECL, breakLine: (l) => l.replace('12958', '12598'), everyLine: true },
	{ code: 'cable.eo.impossible-decl-date', line: DECL, breakLine: (l) => l.replace(DECL, 'E.O. 12958: DECL: 13/$2/$3'), everyLine: true },
	{ code: 'cable.eo.decl-not-after-date', line: DECL, breakLine: (l) => l.replace(DECL, 'E.O. 12958: DECL: $1/$2/1995'), everyLine: true },
	{ code: 'cable.banner.malformed', line: FIRST_SECTION_BANNER, breakLine: (l) => l.replace(/(OF \d{2}) .*$/, '$1') },
	{ code: 'cable.section.number-invalid', line: FIRST_SECTION_BANNER, breakLine: (l) => l.replace('SECTION 01', 'SECTION 09') },
	{ code: 'cable.tags.empty', line: TAGS, breakLine: () => 'TAGS:', everyLine: true },
	{ code: 'cable.tags.unknown', line: TAGS, breakLine: (l) => l.replace(/^TAGS: [A-Z]{4}/, 'TAGS: QQZX') },
	{ code: 'cable.tags.no-subject', line: TAGS, breakLine: () => 'TAGS: US', everyLine: true },
	{ code: 'cable.subject.missing', line: /^SUBJECT: /, breakLine: () => '', everyLine: true, expectedAt: TAGS },
	{ code: 'cable.ref.unreadable', line: /^REF: [A-Z]+ \d+\s*$/, breakLine: () => 'REF: 64659', everyLine: true },
	{ code: 'cable.routing.malformed', line: /^TO RUEHC\/SECSTATE WASHDC/, breakLine: (l) => l.replace('RUEHC/', 'UEHC/') },
	{ code: 'cable.routing.unknown', line: /^TO RUEHC\/SECSTATE WASHDC/, breakLine: (l) => l.replace('RUEHC/', 'RUEHQQQ/') },
	{ code: 'cable.id.malformed', line: CABLE_ID, breakLine: (l) => l.replace(ID, (id) => `${id.slice(0, 2)}SECTION01OF02${id.slice(2)}`) },
	// ---------------------------------------------------------------- classification
	{ code: 'cable.classification.mismatch', line: /^ZNY CCCCC ZZH\s*$/, breakLine: (l) => l.replace('CCCCC', 'SSSSS') },
	{
		code: 'cable.portion.above-overall',
		line: CONFIDENTIAL_PARAGRAPH,
		breakLine: (l) => l.replace('(C)', '(S)'),
		requires: [/^ZNY CCCCC ZZH/],
	},
	{ code: 'cable.portion.missing', line: CONFIDENTIAL_PARAGRAPH, breakLine: (l) => l.replace('(C) ', '') },
	{
		code: 'cable.caveat.noforn-mismatch',
		line: /^CONFIDENTIAL\s*$/,
		breakLine: () => 'CONFIDENTIAL//NOFORN',
		requires: [/^C O N F I D E N T I A L /],
	},
	{ code: 'cable.classifiedBy.missing', line: CLASSIFIED_BY, breakLine: () => '', everyLine: true, expectedAt: /^E\.O\. 12958: DECL/ },
	{
		code: 'cable.classifiedBy.reasons',
		line: CLASSIFIED_BY,
		breakLine: (l) => l.replace('1.4', '1.5'),
		requires: [/^[ZOPR] \d{6}Z [A-Z]{3} (0[4-9]|10)\s*$/],
	},
	{ code: 'cable.eo.declassification-mismatch', line: DECL, breakLine: () => 'E.O. 12958: N/A', everyLine: true },
	{ code: 'cable.caveat.needs-classified', line: CONFIDENTIAL_PARAGRAPH, breakLine: (l) => l.replace('(C)', '(U//ORCON)') },
	// ---------------------------------------------------------------- identity
	{
		code: 'cable.serial.mismatch',
		line: DE,
		breakLine: (l) =>
			l.replace(DE, (all, _station, serial) => all.replace(`#${serial}`, `#${String((Number(serial) + 1) % 10000).padStart(4, '0')}`)),
	},
	{
		code: 'cable.id.mismatch',
		line: BARE_ID,
		breakLine: (l) => l.replace(/\d+(?=\s*$)/, (serial) => String(Number(serial) + 1)),
		requires: [/^Viewing cable \d{2}[A-Z]+\d+,/, /^Reference ID\s*$/],
	},
	{
		code: 'cable.id.year-mismatch',
		line: CABLE_ID,
		breakLine: (l) => l.replace(ID, (id) => `${id[0]}${(Number(id[1]) + 1) % 10}${id.slice(2)}`),
		requires: [DTG_LINE],
	},
	{
		code: 'cable.origin.mismatch',
		line: /^FM AMEMBASSY [A-Z ]+\s*$/,
		breakLine: (l) => (/ LONDON/.test(l) ? 'FM AMEMBASSY PARIS' : 'FM AMEMBASSY LONDON'),
		requires: [CABLE_ID],
	},
	{
		code: 'cable.addressee.indicator-mismatch',
		line: /^(INFO )?RUEHLO\/AMEMBASSY LONDON\b/,
		breakLine: (l) => l.replace('RUEHLO/', 'RUEHFR/'),
	},
	// ---------------------------------------------------------------- time
	{
		code: 'cable.de.julian-day-mismatch',
		line: DE,
		breakLine: (l) =>
			l.replace(DE, (all, _s, _n, _x, day) => all.replace(` ${day}`, ` ${String(((Number(day) + 180) % 360) + 1).padStart(3, '0')}`)),
	},
	{
		code: 'cable.created.mismatch',
		line: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/,
		breakLine: (l) => l.replace(/^(\d{4}-\d{2}-)(\d{2})/, (_, ym, d) => `${ym}${Number(d) > 15 ? '03' : '27'}`),
		requires: [DTG_LINE],
	},
	{
		code: 'cable.eo.not-in-force',
		line: DECL,
		breakLine: (l) => l.replace('12958', '13526'),
		everyLine: true,
		requires: [/^[ZOPR] \d{6}Z [A-Z]{3} 0[0-8]\s*$/],
	},
	// ---------------------------------------------------------------- precedence
	{ code: 'cable.precedence.prosign-mismatch', line: /^PP RUEH/, breakLine: (l) => l.replace(/^PP/, 'RR'), requires: [/^P \d{6}Z/] },
	{ code: 'cable.precedence.unknown-prosign', line: /^(PP|OO|RR) RUEH/, breakLine: (l) => l.replace(/^../, 'NN') },
	{
		code: 'cable.precedence.addressee-above-dtg',
		line: TO_PRIORITY,
		breakLine: (l) => l.replace('PRIORITY', 'IMMEDIATE'),
		requires: [/^P \d{6}Z/],
	},
	{
		code: 'cable.precedence.addressee-mismatch',
		line: TO_PRIORITY,
		breakLine: (l) => l.replace('PRIORITY', 'ROUTINE'),
		requires: [/^P \d{6}Z/],
	},
	// ---------------------------------------------------------------- sections, pages, paragraphs
	{
		code: 'cable.section.total-mismatch',
		line: FIRST_SECTION_BANNER,
		breakLine: (l) => l.replace(/OF 0(\d)/, (_, n) => `OF 0${Number(n) + 1}`),
		requires: [CONTINUATION],
	},
	{
		code: 'cable.section.de-mismatch',
		line: DE,
		breakLine: (l) => l.replace('/01 ', '/02 '),
		requires: [FIRST_SECTION_BANNER, /^DE .*\/01 /],
	},
	{
		code: 'cable.section.order',
		line: FIRST_SECTION_BANNER,
		breakLine: (l) => l.replace('SECTION 01', 'SECTION 02'),
		expectedAt: FIRST_SECTION_BANNER,
	},
	{ code: 'cable.page.order', line: /^[A-Z ]+ \d{8} {1,2}003 OF \d{3}\s*$/, breakLine: (l) => l.replace('003 OF', '002 OF') },
	{
		code: 'cable.page.invalid',
		line: CONTINUATION,
		breakLine: (l) =>
			l.replace(CONTINUATION, (all, _page, total) => all.replace(/\d{3} OF/, `${String(Number(total) + 1).padStart(3, '0')} OF`)),
	},
	{ code: 'cable.paragraph.sequence', line: /^¶?2\. \(/, breakLine: (l) => l.replace('2.', '3.') },
];

/** The fault applied to a text: the broken text and the line the diagnostic must be on, or undefined when it does not apply. */
export function applyFault(text: string, fault: SeededFault): { readonly broken: string; readonly line: number } | undefined {
	if (text.includes('\r')) return undefined;
	const lines = text.split('\n');
	if (fault.requires && !fault.requires.every((pattern) => lines.some((line) => pattern.test(line)))) return undefined;
	const targets = lines.flatMap((line, index) => (fault.line.test(line) ? [index] : []));
	if (targets.length === 0) return undefined;
	for (const index of fault.everyLine ? targets : targets.slice(0, 1)) lines[index] = fault.breakLine(lines[index]!);
	if (lines.join('\n') === text) return undefined;
	const line = fault.expectedAt ? lines.findIndex((candidate) => fault.expectedAt!.test(candidate)) : targets[0]!;
	return line < 0 ? undefined : { broken: lines.join('\n'), line };
}

/** Where a fault's diagnostic was expected and what the cable got instead, or undefined when it was caught and cleared. */
export function faultProblem(text: string, fault: SeededFault, diagnosticsOf: (text: string) => readonly Diagnostic[]): string | undefined {
	const applied = applyFault(text, fault);
	if (!applied) return 'the fault does not apply';
	const broken = diagnosticsOf(applied.broken).filter((diagnostic) => diagnostic.code === fault.code);
	if (!broken.some((diagnostic) => diagnostic.range.start.line === applied.line)) {
		const lines = broken.map((diagnostic) => diagnostic.range.start.line + 1).join(', ') || 'none';
		return `expected ${fault.code} on line ${applied.line + 1}, got it on lines: ${lines}`;
	}
	const restored = diagnosticsOf(text).filter((diagnostic) => diagnostic.code === fault.code);
	if (restored.length > 0) return `${fault.code} still reported once the field is restored (line ${restored[0]!.range.start.line + 1})`;
	return undefined;
}
