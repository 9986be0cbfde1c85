/**
 * `npm run bench`: runs every measure, prints a summary, and writes BENCHMARKS.md with the
 * machine, the date and each figure beside its baseline. The "What each change bought"
 * section of BENCHMARKS.md is kept by hand and carried over from the file as it was.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../test/helpers/corpus';
import { collection } from './collection';
import { commandLine } from './commandLine';
import { growth } from './growth';
import { lspLatency } from './lspLatency';
import { type Plan, planFrom } from './options';
import { bytes, failedSection, type Findings, HAND_KEPT, markdownSection, type Section, verdict, withSections } from './report';
import { startupAndSize } from './startupAndSize';
import { throughput } from './throughput';
import { tokenization } from './tokenization';

const MEASURES: ReadonlyArray<readonly [string, string, (plan: Plan) => Findings | Promise<Findings>]> = [
	['throughput', '1. Analysis throughput', throughput],
	['lsp', '2. LSP latency over stdio', lspLatency],
	['tokenization', '3. Grammar tokenization (vscode-textmate)', tokenization],
	['startup', '4. Startup and size', startupAndSize],
	['growth', '5. Growth with input size', growth],
	['collection', '6. Workspace collection at the scale of the release', collection],
	['cli', '7. The cable command on the synthetic workspaces', commandLine],
];

const BENCHMARKS = join(REPO_ROOT, 'BENCHMARKS.md');

function machine(): string {
	const cpu = cpus();
	return [
		`- CPU: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores`,
		`- Memory: ${bytes(totalmem())}`,
		`- Node: ${process.version} (${process.platform} ${process.arch})`,
		`- Date: ${new Date().toISOString()}`,
	].join('\n');
}

function handKept(): string {
	const current = existsSync(BENCHMARKS) ? readFileSync(BENCHMARKS, 'utf8') : '';
	const at = current.indexOf(HAND_KEPT);
	return at >= 0 ? current.slice(at).trimEnd() : `${HAND_KEPT}\n\n(none yet)`;
}

function document(sections: readonly Section[], command: string): string {
	return (
		[
			'# Benchmarks',
			'Written by `npm run bench` (bench/run.ts); only the last section is kept by hand. Every figure is measured against a baseline ' +
				'measured in the same run on the same bytes, because these machines are noisy: read the ratios, not the absolute times. ' +
				`This run: \`${command}\`.`,
			machine(),
			'## Targets',
			summaryTable(sections),
			...sections.map(markdownSection),
			handKept(),
		].join('\n\n') + '\n'
	);
}

function summaryTable(sections: readonly Section[]): string {
	const rows = sections.flatMap((s) => s.targets.map((t) => `| ${t.goal} | ${t.measured} | ${verdict(t.met)} |`));
	return ['| Target | Measured | Verdict |', '| --- | --- | --- |', ...rows].join('\n');
}

async function main(): Promise<void> {
	const plan = planFrom(process.argv.slice(2));
	const sections: Section[] = [];
	for (const [key, title, measure] of MEASURES) {
		if (plan.only && !plan.only.has(key)) continue;
		process.stderr.write(`bench: ${title}…\n`);
		const started = Date.now();
		try {
			sections.push({ title, ...(await measure(plan)) });
		} catch (error) {
			sections.push(failedSection(title, error));
		}
		process.stderr.write(`bench: ${title} took ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
	}
	const command = ['npm run bench', ...process.argv.slice(2)].join(' ');
	for (const section of sections) {
		console.log(`\n${section.title}`);
		for (const target of section.targets) console.log(`  ${verdict(target.met).padEnd(12)} ${target.goal}: ${target.measured}`);
		if (!section.targets.length)
			console.log(
				`  ${section.tables[0]?.rows.map((row) => `${row[0]}: ${row.slice(1, 4).join(', ')}`).join('\n  ') ?? section.notes.join(' ')}`,
			);
	}
	if (plan.quick || (!existsSync(BENCHMARKS) && plan.only)) {
		console.log(`\n${sections.map(markdownSection).join('\n\n')}`);
		console.log('\nBENCHMARKS.md left alone (smoke run: --quick).');
		return;
	}
	if (plan.only) {
		writeFileSync(BENCHMARKS, withSections(readFileSync(BENCHMARKS, 'utf8'), sections, command));
		console.log(`\nUpdated the sections of this run in ${BENCHMARKS}`);
		return;
	}
	writeFileSync(BENCHMARKS, document(sections, command));
	console.log(`\nWrote ${BENCHMARKS}`);
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
