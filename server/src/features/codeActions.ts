/**
 * Quick fixes for the diagnostics whose repair is certain (or, for a missing portion mark,
 * a placeholder to complete). The fix is found by the rule itself; here the diagnostics the
 * client sends back are matched with the current model's findings by code and range. Clients
 * differ in what they send back: VS Code returns our diagnostics as they were, Vim's ALE drops
 * their `source` and sends none at all when the cursor is on a word. A diagnostic without a
 * source is therefore matched too, and when the client sends none, the findings that touch the
 * requested range are recomputed from the model, so every client gets the fixes under the cursor.
 */
import { type CodeAction, type CodeActionContext, CodeActionKind, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { ReferenceTables } from '../data/referenceTables';
import type { CableModel } from '../model/types';
import type { DiagnosticSettings } from '../settings';
import { isBefore } from '../util/ranges';
import { DIAGNOSTIC_SOURCE, enabledFindings } from './diagnostics';

const sameRange = (a: Range, b: Range) =>
	a.start.line === b.start.line &&
	a.start.character === b.start.character &&
	a.end.line === b.end.line &&
	a.end.character === b.end.character;

const touches = (a: Range, b: Range) => !isBefore(a.end, b.start) && !isBefore(b.end, a.start);

/** Ours: sent back with our source, or with none (ALE drops it); another tool's diagnostic never is. */
const isOurs = (diagnostic: Diagnostic) => diagnostic.source === undefined || diagnostic.source === DIAGNOSTIC_SOURCE;

export function getCodeActions(
	model: CableModel,
	tables: ReferenceTables,
	settings: DiagnosticSettings,
	range: Range,
	context: CodeActionContext,
): CodeAction[] {
	if (context.only && !context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
	const sent = context.diagnostics.filter((diagnostic) => isOurs(diagnostic) && touches(diagnostic.range, range));
	// The client sent diagnostics here, none of them ours: it knows better what is under the cursor.
	if (sent.length === 0 && context.diagnostics.length > 0) return [];
	const findings = enabledFindings(model, tables, settings).filter(
		({ finding }) => finding.fix !== undefined && touches(finding.range, range),
	);
	// One action per fix: renumbering answers every numbering diagnostic at once.
	const actions = new Map<string, CodeAction>();
	for (const { rule, finding } of findings) {
		const fix = finding.fix!;
		const diagnostic = sent.find((candidate) => candidate.code === rule.code && sameRange(finding.range, candidate.range));
		// With diagnostics sent, only theirs are answered: the others are not the client's to fix here.
		if (!diagnostic && sent.length > 0) continue;
		const existing = actions.get(fix.title);
		if (existing) {
			if (diagnostic) existing.diagnostics?.push(diagnostic);
			continue;
		}
		actions.set(fix.title, {
			title: fix.title,
			kind: CodeActionKind.QuickFix,
			...(diagnostic && { diagnostics: [diagnostic] }),
			edit: { changes: { [model.uri]: [...fix.edits] } },
			isPreferred: fix.preferred,
		});
	}
	return [...actions.values()];
}
