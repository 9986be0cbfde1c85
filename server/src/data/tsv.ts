/**
 * Reads the reference tables shipped in server/src/data. They are tab-separated with a header
 * row; esbuild bundles them as text, so parsing happens once, when the module loads. A loader
 * names the columns it reads: a table that lacks one fails at load, in the tests, rather than
 * giving empty meanings to every hover.
 */
export type TsvRow<Column extends string> = Readonly<Record<Column, string>>;

export function parseTsv<Column extends string>(text: string, columns: readonly Column[]): TsvRow<Column>[] {
	const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
	const header = (lines.shift() ?? '').split('\t');
	const missing = columns.filter((column) => !header.includes(column));
	if (missing.length > 0) throw new Error(`reference table without the column(s) ${missing.join(', ')}`);
	return lines.map((line) => {
		const cells = line.split('\t');
		return Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])) as TsvRow<Column>;
	});
}
