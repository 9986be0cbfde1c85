/**
 * What a diagnostic rule is: a stable code, a family, a default severity and a pure check of
 * the cable model. Rules report findings (range, message, the conflicting field, an optional
 * certain fix); features/diagnostics.ts turns them into LSP diagnostics under the user's settings.
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { CableCollection } from '../collection/types';
import type { ReferenceTables } from '../data/referenceTables';
import type { CableModel, Field } from '../model/types';
import type { CableFacts } from '../facts/cableFacts';

export type RuleSeverity = 'error' | 'warning' | 'information' | 'hint';

export type RuleFamily = 'malformed' | 'classification' | 'identity' | 'time' | 'precedence' | 'structure';

/** The other place a finding is about: shown as related information. */
export interface RelatedField {
	readonly range: Range;
	readonly message: string;
	/** The file it is in, when another cable's (a duplicate); else this cable's. */
	readonly uri?: string;
}

/** An edit that certainly repairs the finding, offered as a quick fix. */
export interface Fix {
	readonly title: string;
	readonly edits: readonly TextEdit[];
	/** Certain enough to apply with the "auto fix" command. */
	readonly preferred: boolean;
}

export interface Finding {
	readonly range: Range;
	readonly message: string;
	readonly related: readonly RelatedField[];
	readonly fix: Fix | undefined;
}

/** The workspace's cables, for the rules that compare a cable with those it cites or shares its id with. */
export interface WorkspaceContext {
	readonly collection: CableCollection;
	/** The text the model was parsed from: the citation reader reads REF items from it. */
	readonly text: string;
}

export interface RuleContext {
	readonly model: CableModel;
	readonly tables: ReferenceTables;
	readonly facts: CableFacts;
	/** Undefined until the workspace is indexed: rules that need it find nothing. */
	readonly workspace: WorkspaceContext | undefined;
}

export interface Rule {
	readonly code: string;
	readonly family: RuleFamily;
	readonly severity: RuleSeverity;
	/** One line for the settings documentation: what the rule checks. */
	readonly description: string;
	/** The rule compares the cable with the workspace's: it finds nothing without the collection. */
	readonly needsWorkspace?: boolean;
	readonly check: (context: RuleContext) => Finding[];
}

export function finding(range: Range, message: string, related: readonly RelatedField[] = [], fix?: Fix): Finding {
	return { range, message, related, fix };
}

/** The other field of a disagreement, named in words: `the banner says 000374`. */
export function relatedField(field: Field | { readonly range: Range }, message: string): RelatedField {
	return { range: field.range, message };
}

/** `length` characters from `offset` into a one-line field: a part of it, such as a DTG's day. */
export function partOf(field: Field, offset: number, length: number): Range {
	const start = field.range.start;
	return {
		start: { line: start.line, character: start.character + offset },
		end: { line: start.line, character: start.character + offset + length },
	};
}
