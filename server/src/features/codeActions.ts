/**
 * Quick fixes for the diagnostics whose repair is certain (or, for a missing portion mark,
 * a placeholder to complete). The fix is found by the rule itself; here the diagnostics the
 * client sends back are matched with the current model's findings by code and range.
 */
import { type CodeAction, type CodeActionContext, CodeActionKind, type Range } from 'vscode-languageserver-types';
import type { ReferenceTables } from '../data/referenceTables';
import type { CableModel } from '../model/types';
import type { DiagnosticSettings } from '../settings';
import { isBefore } from '../util/ranges';
import { DIAGNOSTIC_SOURCE, enabledFindings } from './diagnostics';

const sameRange = (a: Range, b: Range) =>
	a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

const touches = (a: Range, b: Range) => !isBefore(a.end, b.start) && !isBefore(b.end, a.start);

export function getCodeActions(
	model: CableModel,
	tables: ReferenceTables,
	settings: DiagnosticSettings,
	range: Range,
	context: CodeActionContext,
): CodeAction[] {
	if (context.only && !context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
	const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && touches(diagnostic.range, range));
	if (ours.length === 0) return [];
	const findings = enabledFindings(model, tables, settings);
	// One action per fix: renumbering answers every numbering diagnostic at once.
	const actions = new Map<string, CodeAction>();
	for (const diagnostic of ours) {
		const fix = findings.find(({ rule, finding }) => rule.code === diagnostic.code && sameRange(finding.range, diagnostic.range))?.finding.fix;
		if (!fix) continue;
		const existing = actions.get(fix.title);
		if (existing) {
			existing.diagnostics!.push(diagnostic);
			continue;
		}
		actions.set(fix.title, {
			title: fix.title,
			kind: CodeActionKind.QuickFix,
			diagnostics: [diagnostic],
			edit: { changes: { [model.uri]: [...fix.edits] } },
			isPreferred: fix.preferred,
		});
	}
	return [...actions.values()];
}
