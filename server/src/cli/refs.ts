/**
 * `cable refs`: a cable's neighbourhood in the citation graph of a collection: the cables it
 * cites and the cables citing it, each followed up to `depth` steps away, as indented text or a
 * Graphviz digraph. Cited ids that no file of the collection holds are shown as such.
 */
import type { CableCollection } from '../collection/types';
import { plainText } from '../util/plainText';

export interface RefNode {
	readonly id: string;
	/** The subject when the collection holds the cable; undefined when it does not. */
	readonly subject: string | undefined;
	readonly file: string | undefined;
}

export interface RefTree {
	readonly node: RefNode;
	readonly children: readonly RefTree[];
}

export interface Neighbourhood {
	readonly root: RefNode;
	readonly cites: readonly RefTree[];
	readonly citedBy: readonly RefTree[];
}

type Direction = 'cites' | 'citedBy';

export function neighbourhood(collection: CableCollection, id: string, depth: number, fileOf: (uri: string) => string): Neighbourhood {
	const node = (nodeId: string): RefNode => {
		const entry = collection.byId(nodeId)[0];
		return { id: nodeId, subject: entry?.subject, file: entry && fileOf(entry.uri) };
	};
	const next = (from: string, direction: Direction): string[] => {
		const ids =
			direction === 'cites'
				? collection.byId(from).flatMap((entry) => entry.citations.map((citation) => citation.id))
				: collection.citersOf(from).flatMap((citer) => (citer.entry.id ? [citer.entry.id] : []));
		return [...new Set(ids)].filter((other) => other !== from).sort();
	};
	// Each cable is shown once per direction, where it is nearest: a cycle of citations ends.
	const walk = (direction: Direction): RefTree[] => {
		const seen = new Set([id]);
		const grow = (from: string, level: number): RefTree[] => {
			if (level > depth) return [];
			const fresh = next(from, direction).filter((other) => !seen.has(other));
			for (const other of fresh) seen.add(other);
			return fresh
				.map((other) => ({ node: node(other), children: [] as RefTree[] }))
				.map((tree) => ({ ...tree, children: grow(tree.node.id, level + 1) }));
		};
		return grow(id, 1);
	};
	return { root: node(id), cites: walk('cites'), citedBy: walk('citedBy') };
}

export function refsText(found: Neighbourhood): string {
	const label = (node: RefNode) =>
		node.file === undefined
			? `${node.id}  (not in the collection)`
			: `${node.id}  ${plainText(node.subject ?? '')}  ${plainText(node.file)}`;
	const lines = (trees: readonly RefTree[], indent: string): string[] =>
		trees.flatMap((tree) => [`${indent}${label(tree.node)}`, ...lines(tree.children, `${indent}  `)]);
	return [
		label(found.root),
		`cites (${found.cites.length}):`,
		...lines(found.cites, '  '),
		`cited by (${found.citedBy.length}):`,
		...lines(found.citedBy, '  '),
	].join('\n');
}

/** A digraph: an edge from each citing cable to the cable it cites; cables not in the collection dashed. */
export function refsDot(found: Neighbourhood): string {
	const nodes = new Map<string, RefNode>([[found.root.id, found.root]]);
	const edges = new Set<string>();
	const add = (trees: readonly RefTree[], parent: string, direction: Direction) => {
		for (const tree of trees) {
			nodes.set(tree.node.id, tree.node);
			edges.add(direction === 'cites' ? `${quoted(parent)} -> ${quoted(tree.node.id)}` : `${quoted(tree.node.id)} -> ${quoted(parent)}`);
			add(tree.children, tree.node.id, direction);
		}
	};
	add(found.cites, found.root.id, 'cites');
	add(found.citedBy, found.root.id, 'citedBy');
	const nodeLine = (node: RefNode) => {
		const attributes = [`label="${escaped(node.id)}${node.subject ? `\\n${escaped(node.subject)}` : ''}"`];
		if (node.id === found.root.id) attributes.push('style=bold');
		else if (node.file === undefined) attributes.push('style=dashed');
		return `  ${quoted(node.id)} [${attributes.join(', ')}];`;
	};
	return [
		'digraph citations {',
		'  rankdir=LR;',
		'  node [shape=box];',
		...[...nodes.values()].map(nodeLine),
		...[...edges].map((edge) => `  ${edge};`),
		'}',
	].join('\n');
}

/** A DOT string: text from a cable stays text (no HTML label, no escape it could inject). */
function quoted(text: string): string {
	return `"${escaped(text)}"`;
}

function escaped(text: string): string {
	return plainText(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}
