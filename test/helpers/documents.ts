import type { CableTextDocument } from '../../server/src/textDocument';

let nextVersion = 1;

/** An in-memory document, as the server or the CLI would hand it to the language service. */
export function doc(text: string, uri = `memory://test/${nextVersion}.cable`): CableTextDocument {
	const version = nextVersion++;
	return { uri, version, getText: () => text };
}

/** Joins lines with LF, so fixtures read as the cable they show. */
export function lines(...content: string[]): string {
	return content.join('\n');
}
