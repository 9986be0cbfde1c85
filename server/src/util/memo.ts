/**
 * Remembers a pure function's answers by its string argument. The parser reads the same few
 * markings on every page, and diagnostics look up the same few hundred addresses and words in
 * every version of a document and in document after document, so each is worked out once;
 * past `limit` distinct arguments the memory starts over.
 */
export function memoByString<T>(compute: (key: string) => T, limit = 10_000): (key: string) => T {
	// Boxed, so that a remembered `undefined` costs one lookup like any other answer.
	const answers = new Map<string, { readonly answer: T }>();
	return (key) => {
		let known = answers.get(key);
		if (!known) {
			// Worked out from a copy, so that neither the key kept nor an answer quoting it holds a
			// slice of a document's text.
			const own = detached(key);
			known = { answer: compute(own) };
			if (answers.size >= limit) answers.clear();
			answers.set(own, known);
		}
		return known.answer;
	};
}

/**
 * A copy of `text` that shares no memory with it. A field's text is a slice of the document's
 * text, and a remembered slice would keep a closed document's whole text alive; prepending and
 * slicing off a character makes V8 copy the characters.
 */
function detached(text: string): string {
	return ` ${text}`.slice(1);
}
