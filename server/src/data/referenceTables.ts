/**
 * The code tables a hover consults: the built-in ones, loaded once when the server starts,
 * with the user's dictionaries layered on top. Swapping the whole object on a settings or
 * file change makes new entries apply to the next hover without a restart.
 */
import { builtInRoutingIndicators, type RoutingEntry, type RoutingTable } from './routingIndicators';
import { builtInTags, type TagEntry, type TagTable } from './tagTable';

export interface ReferenceTables {
	readonly tags: TagTable;
	readonly routingIndicators: RoutingTable;
}

export const builtInTables: ReferenceTables = { tags: builtInTags, routingIndicators: builtInRoutingIndicators };

/** Entries read from one user dictionary file. */
export interface UserDictionary {
	readonly path: string;
	readonly tags: ReadonlyMap<string, readonly TagEntry[]>;
	readonly routingIndicators: ReadonlyMap<string, readonly RoutingEntry[]>;
}

/** Later dictionaries override earlier ones, and all of them override the built-in tables. */
export function withUserDictionaries(dictionaries: readonly UserDictionary[]): ReferenceTables {
	const tags = new Map<string, readonly TagEntry[]>();
	const routingIndicators = new Map<string, readonly RoutingEntry[]>();
	for (const dictionary of dictionaries) {
		for (const [code, entries] of dictionary.tags) tags.set(code, entries);
		for (const [code, entries] of dictionary.routingIndicators) routingIndicators.set(code, entries);
	}
	return {
		tags: builtInTables.tags.withOverrides(tags),
		routingIndicators: builtInTables.routingIndicators.withOverrides(routingIndicators),
	};
}
