/**
 * Document links (Ctrl+click) on the spans definition answers on, to the file of the cable
 * they name, at the line where it names itself. Only ids the collection holds become links:
 * text of a cable is never a link target by itself, and a link that opens nothing is worse
 * than none.
 */
import type { DocumentLink } from 'vscode-languageserver-types';
import type { CableCollection } from '../../collection/types';
import type { CableModel } from '../../model/types';
import { cableSpans } from './cableSpans';

/** `text` is the text `model` was parsed from. */
export function getDocumentLinks(model: CableModel, text: string, collection: CableCollection | undefined): DocumentLink[] {
	if (!collection) return [];
	const links: DocumentLink[] = [];
	for (const span of cableSpans(model, text).spans) {
		// A link on the cable's own id would open this file again; its copies are for go to definition.
		if (span.kind === 'own') continue;
		const entry = collection.byId(span.id)[0];
		if (!entry) continue;
		links.push({ range: span.range, target: lineTarget(entry.uri, entry.target.start.line), tooltip: `Open cable ${span.id}` });
	}
	return links;
}

/** The file URI with the `#L<line>` fragment editors open at that line (one-based). */
function lineTarget(uri: string, line: number): string {
	const hash = uri.indexOf('#');
	return `${hash < 0 ? uri : uri.slice(0, hash)}#L${line + 1}`;
}
