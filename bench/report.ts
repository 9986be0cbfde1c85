/**
 * What each measure hands back, and how it reads: one section per measure with its method,
 * tables of figures beside their baselines, and each target with whether it holds.
 */
import type { Summary } from './stats';

export interface Table {
	readonly columns: readonly string[];
	readonly rows: ReadonlyArray<readonly string[]>;
}

export interface Target {
	readonly goal: string;
	readonly measured: string;
	/** undefined: could not be measured in this run (the report says why in `measured`). */
	readonly met: boolean | undefined;
}

/** What a measure finds; the runner gives it its title. */
export interface Findings {
	readonly method: string;
	readonly tables: readonly Table[];
	readonly targets: readonly Target[];
	readonly notes: readonly string[];
}

export interface Section extends Findings {
	readonly title: string;
}

export const fixed = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
export const ratio = (n: number): string => `${fixed(n, n < 10 ? 2 : 1)}×`;
export const ms = (n: number): string => `${fixed(n, n < 1 ? 3 : n < 100 ? 2 : 0)} ms`;
export const mbps = (n: number): string => `${fixed(n, n < 10 ? 2 : 1)} MB/s`;
export const spread = (values: readonly number[], format: (n: number) => string): string =>
	`${format(Math.min(...values))}–${format(Math.max(...values))}`;
export const percentiles = (s: Summary): string[] => [ms(s.p50), ms(s.p95), ms(s.max)];

export function bytes(n: number): string {
	if (n >= 1_000_000) return `${fixed(n / 1_000_000, 2)} MB`;
	if (n >= 1_000) return `${fixed(n / 1_000, 1)} KB`;
	return `${n} B`;
}

export const verdict = (met: boolean | undefined): string => (met === undefined ? 'not measured' : met ? 'met' : 'NOT met');

export function markdownTable(table: Table): string {
	const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
	return [row(table.columns), row(table.columns.map(() => '---')), ...table.rows.map(row)].join('\n');
}

export function markdownSection(section: Section): string {
	const parts = [`## ${section.title}`, section.method, ...section.tables.map(markdownTable)];
	if (section.targets.length) {
		parts.push(
			markdownTable({
				columns: ['Target', 'Measured', 'Verdict'],
				rows: section.targets.map((t) => [t.goal, t.measured, verdict(t.met)]),
			}),
		);
	}
	if (section.notes.length) parts.push(section.notes.map((note) => `- ${note}`).join('\n'));
	return parts.join('\n\n');
}

/** A section for a measure that threw: the rest of the run still reports. */
export function failedSection(title: string, error: unknown): Section {
	const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
	return { title, method: 'This measure failed in this run:', tables: [], targets: [], notes: ['```\n' + message + '\n```'] };
}

/** The heading of BENCHMARKS.md's last section, kept by hand: every run carries it over. */
export const HAND_KEPT = '## What each change bought';

/**
 * BENCHMARKS.md with the sections of a partial run (`--only`) put in place of their earlier
 * versions (or before the hand-kept section), the summary rebuilt from every section's targets,
 * and a line saying which sections come from which run.
 */
export function withSections(current: string, sections: readonly Section[], command: string): string {
	let text = current;
	for (const section of sections) {
		const heading = `## ${section.title}\n`;
		const start = text.indexOf(heading);
		const replacement = `${markdownSection(section)}\n\n`;
		if (start < 0) {
			const at = text.indexOf(HAND_KEPT);
			text = at < 0 ? `${text}\n${replacement}` : text.slice(0, at) + replacement + text.slice(at);
		} else {
			const end = text.indexOf('\n## ', start + heading.length);
			text = text.slice(0, start) + replacement + (end < 0 ? '' : text.slice(end + 1));
		}
	}
	const titles = sections.map((section) => section.title.replace(/\..*/, '')).join(', ');
	const note = `Section ${titles}: \`${command}\`, ${new Date().toISOString()}.`;
	text = text.replace(/^(This run: .*|Written by .*)$/m, (line) => `${line.replace(/ Section .*$/, '')} ${note}`);
	const rows = [...text.matchAll(/^## \d+\.[^\n]*\n[\s\S]*?(?=^## |(?![\s\S]))/gm)].flatMap((match) => {
		const table = /\| Target \| Measured \| Verdict \|\n\| --- \| --- \| --- \|\n((?:\|.*\n?)*)/.exec(match[0]);
		return table ? table[1]!.trimEnd().split('\n') : [];
	});
	return text.replace(
		/## Targets\n\n[\s\S]*?\n\n(?=## )/,
		`## Targets\n\n| Target | Measured | Verdict |\n| --- | --- | --- |\n${rows.join('\n')}\n\n`,
	);
}
