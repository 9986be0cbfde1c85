/**
 * Diagnostics: the rules of server/src/diagnostics run over the cached model, under the
 * user's settings (`cable.diagnostics.enable`, and `cable.diagnostics.rules` to switch a
 * rule off or give it another severity).
 */
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { ReferenceTables } from '../data/referenceTables';
import { RULES, type RuleFinding, runRules } from '../diagnostics/registry';
import type { Rule, RuleSeverity, WorkspaceContext } from '../diagnostics/rule';
import type { CableModel } from '../model/types';
import { DEFAULT_DIAGNOSTIC_SETTINGS, type DiagnosticSettings, type RuleSetting } from '../settings';

const SEVERITIES: Readonly<Record<RuleSeverity, DiagnosticSeverity>> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	information: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'cable';

function severityOf(rule: Rule, settings: DiagnosticSettings): RuleSetting {
	return settings.rules[rule.code] ?? rule.severity;
}

/** The rules each settings object leaves on: a client's settings serve edit after edit, so they are read once. */
const enabledRules = new WeakMap<DiagnosticSettings, readonly Rule[]>();

/** The findings the settings let through; `workspace` adds those that compare the cable with the workspace's. */
export function enabledFindings(
	model: CableModel,
	tables: ReferenceTables,
	settings: DiagnosticSettings,
	workspace?: WorkspaceContext,
): RuleFinding[] {
	if (!settings.enable) return [];
	let rules = enabledRules.get(settings);
	if (!rules) {
		rules = RULES.filter((rule) => severityOf(rule, settings) !== 'off');
		enabledRules.set(settings, rules);
	}
	return runRules(model, tables, rules, workspace);
}

/** Messages longer than this are cut in the middle: they quote a field, which a reflowed cable can run to 100,000 characters. */
const MAX_MESSAGE_LENGTH = 600;

/** Keeps a long message's start (what is wrong) and end (what is expected), never splitting a surrogate pair. */
function shortened(message: string): string {
	if (message.length <= MAX_MESSAGE_LENGTH) return message;
	const half = MAX_MESSAGE_LENGTH / 2;
	const head = /[\ud800-\udbff]/.test(message[half - 1]!) ? half - 1 : half;
	const tail = /[\udc00-\udfff]/.test(message[message.length - half]!) ? half - 1 : half;
	return `${message.slice(0, head)} … ${message.slice(-tail)}`;
}

export function getDiagnostics(
	model: CableModel,
	tables: ReferenceTables,
	settings: DiagnosticSettings = DEFAULT_DIAGNOSTIC_SETTINGS,
	workspace?: WorkspaceContext,
): Diagnostic[] {
	return enabledFindings(model, tables, settings, workspace)
		.map(({ rule, finding }): Diagnostic => ({
			range: finding.range,
			severity: SEVERITIES[severityOf(rule, settings) as RuleSeverity],
			code: rule.code,
			source: DIAGNOSTIC_SOURCE,
			message: shortened(finding.message),
			relatedInformation: finding.related.map((related) => ({
				location: { uri: related.uri ?? model.uri, range: related.range },
				message: shortened(related.message),
			})),
		}))
		.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** The rule codes with their defaults, for documentation and settings schemas. */
export function ruleSummaries(): ReadonlyArray<Pick<Rule, 'code' | 'family' | 'severity' | 'description'>> {
	return RULES.map(({ code, family, severity, description }) => ({ code, family, severity, description }));
}
