/**
 * `cable check`: each file's diagnostics, as the editor computes them, flattened to plain
 * findings (1-based line and column) that cross from a worker thread as they are, and written
 * as text lines, a JSON array or a SARIF 2.1.0 log.
 */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { RuleSeverity } from '../diagnostics/rule';
import { ruleSummaries } from '../features/diagnostics';
import type { CableLanguageService } from '../languageService';
import { type DiagnosticSettings, type RuleSetting, readDiagnosticSettings } from '../settings';
import { plainText } from '../util/plainText';

export interface CheckFinding {
	/** 1-based, in UTF-16 code units as editors count them. */
	readonly line: number;
	readonly column: number;
	readonly endLine: number;
	readonly endColumn: number;
	readonly severity: RuleSeverity;
	readonly code: string;
	readonly message: string;
}

export interface FileFindings {
	/** The file as it is shown: relative to the current folder when inside it. */
	readonly file: string;
	readonly findings: readonly CheckFinding[];
}

const SEVERITY_NAMES: Readonly<Record<DiagnosticSeverity, RuleSeverity>> = {
	[DiagnosticSeverity.Error]: 'error',
	[DiagnosticSeverity.Warning]: 'warning',
	[DiagnosticSeverity.Information]: 'information',
	[DiagnosticSeverity.Hint]: 'hint',
};

/** Highest first: `--fail-on warning` fails on errors and warnings. */
export const SEVERITY_ORDER: readonly RuleSeverity[] = ['error', 'warning', 'information', 'hint'];

export function checkText(service: CableLanguageService, uri: string, text: string, settings: DiagnosticSettings): CheckFinding[] {
	const document = { uri, version: 1, getText: () => text };
	const findings = service.getDiagnostics(document, settings).map((diagnostic) => ({
		line: diagnostic.range.start.line + 1,
		column: diagnostic.range.start.character + 1,
		endLine: diagnostic.range.end.line + 1,
		endColumn: diagnostic.range.end.character + 1,
		severity: SEVERITY_NAMES[diagnostic.severity ?? DiagnosticSeverity.Error],
		code: String(diagnostic.code),
		message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
	}));
	// A worker checks thousands of files: none is kept once checked.
	service.close(uri);
	return findings;
}

/**
 * The rule settings: the config file's `cable.diagnostics.rules` (the editor's setting, so it
 * can be copied from settings.json), then each `--rule CODE=LEVEL`. A code no rule has, or a
 * level that is none, is an error: a misspelt rule would otherwise be silently on.
 */
export function ruleSettings(config: unknown, overrides: readonly string[]): DiagnosticSettings | { readonly error: string } {
	const codes = new Set(ruleSummaries().map((rule) => rule.code));
	const written = (config as Record<string, unknown> | undefined)?.['cable.diagnostics.rules'];
	const rules: Record<string, RuleSetting> = {};
	if (written !== undefined) {
		if (typeof written !== 'object' || written === null || Array.isArray(written))
			return { error: '"cable.diagnostics.rules" should be an object of rule codes' };
		const read = readDiagnosticSettings({ diagnostics: { rules: written } }).rules;
		for (const [code, level] of Object.entries(written)) {
			if (!codes.has(code)) return { error: `no rule is called '${plainText(code)}'` };
			if (read[code] === undefined)
				return { error: `${plainText(code)}: '${plainText(String(level))}' is none of off, ${SEVERITY_ORDER.join(', ')}` };
		}
		Object.assign(rules, read);
	}
	for (const override of overrides) {
		const [code = '', level = ''] = override.split('=', 2);
		if (!codes.has(code)) return { error: `--rule: no rule is called '${plainText(code)}'` };
		const read = readDiagnosticSettings({ diagnostics: { rules: { [code]: level } } }).rules[code];
		if (!read) return { error: `--rule ${plainText(code)}=LEVEL wants off, ${SEVERITY_ORDER.join(', ')}` };
		rules[code] = read;
	}
	return { enable: true, rules };
}

/** Whether a finding makes the run fail under `--fail-on`. */
export function failsOn(failOn: RuleSeverity | 'never', severity: RuleSeverity): boolean {
	return failOn !== 'never' && SEVERITY_ORDER.indexOf(severity) <= SEVERITY_ORDER.indexOf(failOn);
}

/** `file:line:col: severity code message`, one finding a line, as compilers write them (and editors' problem matchers read them). */
export function plainLines(file: FileFindings): string[] {
	return file.findings.map(
		(finding) => `${file.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.code} ${oneLine(finding.message)}`,
	);
}

const COLOURS: Readonly<Record<RuleSeverity, string>> = { error: '31', warning: '33', information: '36', hint: '2' };
const paint = (code: string, text: string) => `\x1b[${code}m${text}\x1b[0m`;

/** For a terminal: the file once, underlined, then its findings with their severity in colour. */
export function groupedLines(file: FileFindings, colour: boolean): string[] {
	if (file.findings.length === 0) return [];
	const width = Math.max(...file.findings.map((finding) => `${finding.line}:${finding.column}`.length));
	const severityWidth = Math.max(...file.findings.map((finding) => finding.severity.length));
	return [
		colour ? paint('4', file.file) : file.file,
		...file.findings.map((finding) => {
			const severity = finding.severity.padEnd(severityWidth);
			return `  ${`${finding.line}:${finding.column}`.padEnd(width)}  ${colour ? paint(COLOURS[finding.severity], severity) : severity}  ${oneLine(finding.message)}  ${colour ? paint('2', finding.code) : finding.code}`;
		}),
		'',
	];
}

/** One JSON object per finding, one a line, inside an array: greppable, and one `JSON.parse` reads it all. */
export function jsonLines(file: FileFindings): string[] {
	return file.findings.map((finding) => JSON.stringify({ file: file.file, ...finding }));
}

/** Messages quote fields, and a field can hold a control character: never let one reach the terminal. */
function oneLine(message: string): string {
	return plainText(message.replace(/[\r\n]+/g, ' '), Infinity);
}

const SARIF_LEVELS: Readonly<Record<RuleSeverity, 'error' | 'warning' | 'note'>> = {
	error: 'error',
	warning: 'warning',
	information: 'note',
	hint: 'note',
};

/**
 * A SARIF 2.1.0 log of one run: the rule registry as the driver's rules (so viewers show what a
 * code means and its default level) and each finding at its file and region. `artifact` says where a
 * file is: code-scanning services want a URI relative to the folder the command ran in, `srcRoot`.
 */
export function sarifLog(
	files: readonly FileFindings[],
	version: string,
	srcRoot: string,
	artifact: (file: string) => { readonly uri: string; readonly uriBaseId?: string },
): object {
	const rules = ruleSummaries();
	const ruleIndex = new Map(rules.map((rule, index) => [rule.code, index]));
	return {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [
			{
				tool: {
					driver: {
						name: 'cable',
						semanticVersion: version,
						informationUri: 'https://github.com/cable-tools/cable-language',
						rules: rules.map((rule) => ({
							id: rule.code,
							shortDescription: { text: rule.description },
							defaultConfiguration: { level: SARIF_LEVELS[rule.severity] },
							properties: { family: rule.family, severity: rule.severity },
						})),
					},
				},
				originalUriBaseIds: { '%SRCROOT%': { uri: srcRoot } },
				columnKind: 'utf16CodeUnits',
				results: files.flatMap((file) =>
					file.findings.map((finding) => ({
						ruleId: finding.code,
						...(ruleIndex.has(finding.code) ? { ruleIndex: ruleIndex.get(finding.code) } : {}),
						level: SARIF_LEVELS[finding.severity],
						message: { text: finding.message },
						locations: [
							{
								physicalLocation: {
									artifactLocation: artifact(file.file),
									region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
								},
							},
						],
					})),
				),
			},
		],
	};
}
