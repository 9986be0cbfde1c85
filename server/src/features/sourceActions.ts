/**
 * Source actions (issue 17): "Renumber paragraphs" for the whole cable, from the Source Action
 * menu or `editor.codeActionsOnSave`, with the edit of the numbering rule's quick fix. Offered
 * whenever the numbering slips, whether or not that rule's diagnostics are switched on: the
 * user asks for it.
 */
import { type CodeAction, type CodeActionContext, CodeActionKind } from 'vscode-languageserver-types';
import type { ReferenceTables } from '../data/referenceTables';
import { RULES, runRules } from '../diagnostics/registry';
import type { CableModel } from '../model/types';

export const RENUMBER_PARAGRAPHS_KIND = `${CodeActionKind.Source}.renumberParagraphs`;

const NUMBERING_RULE = RULES.filter((rule) => rule.code === 'cable.paragraph.sequence');

export function getSourceActions(model: CableModel, tables: ReferenceTables, context: CodeActionContext): CodeAction[] {
	// Source actions come only when asked for by kind: a quick-fix request at the cursor does not list them.
	if (!context.only?.some((kind) => RENUMBER_PARAGRAPHS_KIND === kind || RENUMBER_PARAGRAPHS_KIND.startsWith(`${kind}.`))) return [];
	// Every slip's finding carries the same fix: the whole numbering.
	const fix = runRules(model, tables, NUMBERING_RULE).find(({ finding }) => finding.fix)?.finding.fix;
	if (!fix || fix.edits.length === 0) return [];
	return [{ title: fix.title, kind: RENUMBER_PARAGRAPHS_KIND, edit: { changes: { [model.uri]: [...fix.edits] } } }];
}
