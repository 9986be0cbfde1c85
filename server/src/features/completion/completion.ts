/**
 * Completion: what the line being written is (a TAGS line, an addressee, a caption line, a
 * paragraph start, a date), from the text before the cursor and the part of the cable the model
 * puts the line in; each context offers its items from the tables and facts the hovers use.
 * Resolve adds what is too long to send for a whole list: every reading of a tag and its sources,
 * every station of a routing indicator.
 */
import type { CompletionItem, CompletionList, Position } from 'vscode-languageserver-types';
import { describeSource } from '../../data/definition';
import type { ReferenceTables } from '../../data/referenceTables';
import type { CableModel } from '../../model/types';
import { addresseeCompletions } from './addressees';
import type { Answer } from './answer';
import { captionCompletions } from './caption';
import { completionCursor } from './cursor';
import { dateCompletions } from './dates';
import { paragraphCompletions } from './paragraphs';
import { tagCompletions } from './tags';

/**
 * Characters after which the editor asks without the user pressing Ctrl+Space:
 * ` ` the next TAGS code, addressee word or caveat follows a space (every other line answers an
 * empty list at once); `(` opens a portion mark, a person tag's name and a reason letter; `/`
 * separates a routing indicator from the address.
 */
export const COMPLETION_TRIGGER_CHARACTERS: readonly string[] = [' ', '(', '/'];

/** Most items in one answer: past it the list is cut and marked incomplete, so typing on asks again. */
export const COMPLETION_LIMIT = 200;

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

/** `text` is the document's text, of the version `model` was parsed from; `now` dates a new DTG and DECL date. */
export function getCompletion(model: CableModel, text: string, position: Position, tables: ReferenceTables, now: Date): CompletionList {
	if (model.lineCount === 0) return EMPTY;
	const cursor = completionCursor(model, text, position, tables, now);
	const answer: Answer | undefined =
		tagCompletions(cursor, COMPLETION_LIMIT) ??
		dateCompletions(cursor) ??
		addresseeCompletions(cursor, COMPLETION_LIMIT) ??
		paragraphCompletions(cursor) ??
		captionCompletions(cursor);
	return answer ? { isIncomplete: answer.isIncomplete, items: answer.items } : EMPTY;
}

/** The item with its documentation: a tag's readings with their sources, an indicator's stations. */
export function resolveCompletion(item: CompletionItem, tables: ReferenceTables): CompletionItem {
	const data: unknown = item.data;
	if (typeof data !== 'object' || data === null) return item;
	const { tag, indicator } = data as { tag?: unknown; indicator?: unknown };
	const value =
		typeof tag === 'string'
			? tagDocumentation(tag, tables)
			: typeof indicator === 'string'
				? indicatorDocumentation(indicator, tables)
				: undefined;
	// Plain text: a user dictionary's words never become markup.
	return value ? { ...item, documentation: { kind: 'plaintext', value } } : item;
}

function tagDocumentation(code: string, tables: ReferenceTables): string | undefined {
	const entries = tables.tags.get(code);
	if (!entries || entries.length === 0) return undefined;
	const readings = entries.map((entry) => {
		const meaning = entry.meaning || '(no meaning given)';
		const caution = entry.verified ? '' : ' (meaning unverified)';
		const origin = entry.dictionary ? `your dictionary ${entry.dictionary}` : describeSource(entry.source);
		return `${entry.kind} tag: ${meaning}${caution}\nSource: ${origin}`;
	});
	const seen = entries.reduce((total, entry) => total + entry.timesSeen, 0);
	return [...readings, seen > 0 ? `Seen ${seen}× in the 1,295-cable Cablegate sample.` : 'Not seen in the Cablegate sample.'].join('\n\n');
}

function indicatorDocumentation(indicator: string, tables: ReferenceTables): string | undefined {
	const entries = tables.routingIndicators.get(indicator);
	if (!entries || entries.length === 0) return undefined;
	const shown = entries
		.slice(0, 12)
		.map((entry) => `${entry.station} (${entry.dictionary ? `your dictionary ${entry.dictionary}` : describeSource(entry.source)})`);
	const more = entries.length > shown.length ? [`and ${entries.length - shown.length} more`] : [];
	return [`${indicator} routes to:`, ...shown, ...more].join('\n');
}
