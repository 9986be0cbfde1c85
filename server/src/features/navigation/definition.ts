/**
 * Go to definition: from a cable id under the cursor (a REF citation, a `REFTEL` that stands
 * for one cable, an id written out, the cable's own id) to the file that holds that cable, at
 * the place it names itself. Several files holding the cable give several targets.
 */
import type { LocationLink, Position } from 'vscode-languageserver-types';
import type { CableCollection } from '../../collection/types';
import type { CableModel } from '../../model/types';
import { cableSpans, spanAt } from './cableSpans';

/** `text` is the text `model` was parsed from; without a collection there is nowhere to go. */
export function getDefinition(
	model: CableModel,
	text: string,
	position: Position,
	collection: CableCollection | undefined,
): LocationLink[] | null {
	if (!collection) return null;
	const span = spanAt(cableSpans(model, text), position);
	if (!span) return null;
	// On its own id a cable's definition is its other copies, never the place the cursor already is.
	const entries = collection.byId(span.id).filter((entry) => span.kind !== 'own' || entry.uri !== model.uri);
	if (entries.length === 0) return null;
	return entries.map((entry) => ({
		originSelectionRange: span.range,
		targetUri: entry.uri,
		targetRange: entry.target,
		targetSelectionRange: entry.target,
	}));
}
