// Reference tables are bundled as text by esbuild's `text` loader (see esbuild.mjs).
declare module '*.tsv' {
	const text: string;
	export default text;
}
