/**
 * Rules that compare a cable with the workspace's other cables: a REF citing the cable itself,
 * a cited cable sent after the citing one, another file holding the same cable with different
 * contents. They need the collection (the indexed workspace); without one they find nothing.
 */
import { readItem } from '../../citations/citations';
import { cableReferences } from '../../citations/references';
import { entryOf } from '../../collection/entry';
import type { CableEntry } from '../../collection/types';
import type { CableModel } from '../../model/types';
import { finding, type Finding, type Rule, type WorkspaceContext } from '../rule';

const entries = new WeakMap<CableModel, CableEntry>();

/** This cable's entry from the open text (the collection's copy may lag behind the edits). */
function ownEntry(model: CableModel, workspace: WorkspaceContext): CableEntry {
	let entry = entries.get(model);
	if (!entry) {
		entry = entryOf(model, workspace.text);
		entries.set(model, entry);
	}
	return entry;
}

/**
 * REF items citing the cable's own id. The citation reader leaves such citations out (a page
 * marker run into a REF item would make one), so each `cable` item is read again without the
 * cable's id: a citation of it that the reader dropped is a self-citation.
 */
function selfCitations(model: CableModel, workspace: WorkspaceContext, ownId: string): Finding[] {
	const references = cableReferences(model, workspace.text);
	const found: Finding[] = [];
	for (const item of references.items) {
		if (item.kind !== 'cable') continue;
		const cited = readItem(item.text, { year: references.year, ownId: undefined }).citations;
		if (cited.some((citation) => citation.id === ownId)) {
			found.push(
				finding(
					item.range,
					`This REF item cites the cable itself (${ownId}): a cable cites earlier cables, not itself; the serial or the post is probably mistyped.`,
				),
			);
		}
	}
	return found;
}

/** `2008-03-02T10:15Z` after `2008-03-02T09:00Z`; a date without time is compared by day only. */
function sentAfter(cited: string, citing: string): boolean {
	return cited.length === citing.length ? cited > citing : cited.slice(0, 10) > citing.slice(0, 10);
}

/** Two files hold the same cable when what the collection keeps of them agrees. */
function sameContents(a: CableEntry, b: CableEntry): boolean {
	return (
		a.subject === b.subject &&
		a.date === b.date &&
		a.classification === b.classification &&
		a.tags.join(' ') === b.tags.join(' ') &&
		a.citations.map((citation) => citation.id).join(' ') === b.citations.map((citation) => citation.id).join(' ')
	);
}

/** Other files' names in messages: the last part of the path, enough to tell them apart in the Problems panel. */
function fileName(uri: string): string {
	const path = withoutQueryOrFragment(uri);
	const name = path.slice(path.lastIndexOf('/') + 1);
	try {
		return decodeURIComponent(name);
	} catch {
		return name;
	}
}

export const collectionRules: readonly Rule[] = [
	{
		code: 'cable.ref.self',
		family: 'identity',
		severity: 'warning',
		description: 'A REF item cites the cable itself.',
		needsWorkspace: true,
		check: ({ model, workspace }) => {
			if (!workspace) return [];
			const ownId = ownEntry(model, workspace).id;
			return ownId ? selfCitations(model, workspace, ownId) : [];
		},
	},
	{
		code: 'cable.ref.later',
		family: 'time',
		severity: 'warning',
		description: 'A REF item cites a cable of the workspace that was sent after the citing cable.',
		needsWorkspace: true,
		check: ({ model, workspace }) => {
			if (!workspace) return [];
			const own = ownEntry(model, workspace);
			if (!own.date) return [];
			const found: Finding[] = [];
			for (const citation of own.citations) {
				const cited = workspace.collection.byId(citation.id);
				// Every copy must be later: one copy dated before is enough for the citation to stand.
				if (cited.length === 0 || !cited.every((entry) => entry.date !== undefined && sentAfter(entry.date, own.date!))) continue;
				const first = cited[0]!;
				found.push(
					finding(
						citation.range,
						`This REF item cites ${citation.id}, sent ${first.date}, after this cable (${own.date}): the citation probably names the wrong cable (a mistyped serial or year).`,
						[{ uri: first.uri, range: first.target, message: `${citation.id}, sent ${first.date}` }],
					),
				);
			}
			return found;
		},
	},
	{
		code: 'cable.id.duplicate',
		family: 'identity',
		severity: 'information',
		description:
			'Another file of the workspace holds a cable with the same id but a different subject, date, classification, tags or references.',
		needsWorkspace: true,
		check: ({ model, workspace }) => {
			if (!workspace) return [];
			const own = ownEntry(model, workspace);
			if (!own.id) return [];
			const others = workspace.collection.byId(own.id).filter((entry) => entry.uri !== own.uri && !sameContents(entry, own));
			if (others.length === 0) return [];
			const names = others.slice(0, 3).map((entry) => fileName(entry.uri));
			const more = others.length > names.length ? ` and ${others.length - names.length} more` : '';
			return [
				finding(
					own.target,
					`Another file holds cable ${own.id} with different contents: ${names.join(', ')}${more}.`,
					others.slice(0, 10).map((entry) => ({ uri: entry.uri, range: entry.target, message: `${own.id} in ${fileName(entry.uri)}` })),
				),
			];
		},
	},
];

function withoutQueryOrFragment(uri: string): string {
	const end = uri.search(/[?#]/);
	return end < 0 ? uri : uri.slice(0, end);
}
