/**
 * Reads the reference tables shipped in server/src/data. They are tab-separated with a header
 * row; esbuild bundles them as text, so parsing happens once, when the module loads.
 */
export type TsvRow = Readonly<Record<string, string>>;

export function parseTsv(text: string): TsvRow[] {
	const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
	const header = (lines.shift() ?? '').split('\t');
	return lines.map((line) => {
		const cells = line.split('\t');
		return Object.fromEntries(header.map((name, index) => [name, cells[index] ?? '']));
	});
}
