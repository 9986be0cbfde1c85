/**
 * Measure 7: the `cable` command (issue 19) on the synthetic workspaces of measure 6: `cable
 * check` with two worker threads against one, and `cable export` against `cable check` on the
 * same files, each run a child process timed from its spawn to its exit, the runs of a round
 * in an order that turns from round to round, so that the machine's load falls on each alike.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { CLI } from './builds';
import { readAndSplit } from './floor/readAndSplit';
import type { Plan } from './options';
import { bytes, type Findings, fixed, ms, ratio, spread, type Target } from './report';
import { median } from './stats';
import { PART_SIZE, syntheticWorkspace } from './syntheticWorkspace';

const JOBS_SPEEDUP = 1.8;
/**
 * Loaded into the command before it runs: on exit it writes the CPU time of its whole process
 * (every thread: getrusage's RUSAGE_SELF) to file descriptor 3, what a loaded machine leaves
 * alone where it stretches the wall-clock time.
 */
const CPU_REPORT =
	'data:text/javascript,import{writeSync}from"node:fs";process.on("exit",()=>{writeSync(3,JSON.stringify(process.cpuUsage()))})';
const EXPORT_SPEEDUP = 5;

interface Run {
	readonly name: 'check1' | 'check2' | 'export2';
	readonly args: readonly string[];
}

const RUNS: readonly Run[] = [
	{ name: 'check1', args: ['check', '--jobs', '1'] },
	{ name: 'check2', args: ['check', '--jobs', '2'] },
	{ name: 'export2', args: ['export', '--jobs', '2'] },
];

const LABELS: Readonly<Record<Run['name'], string>> = {
	check1: '`cable check --jobs 1`',
	check2: '`cable check --jobs 2`',
	export2: '`cable export --jobs 2`',
};

interface Timed {
	readonly ms: number;
	/** User + system CPU time of the process, all threads. */
	readonly cpuMs: number;
	/** What the command wrote to stdout: its size and a hash, so that outputs can be compared. */
	readonly outputBytes: number;
	readonly outputHash: string;
	/** The one-minute load average as the run started. */
	readonly load: number;
}

interface Scale {
	readonly cables: number;
	readonly bytes: number;
	readonly rounds: Record<Run['name'], Timed>[];
}

export async function commandLine(plan: Plan): Promise<Findings> {
	const scales: Scale[] = [];
	for (const count of plan.collectionSizes) scales.push(await measureScale(count, count > PART_SIZE ? 1 : plan.cliRounds));
	return findings(scales);
}

async function measureScale(count: number, rounds: number): Promise<Scale> {
	const log = (line: string) => process.stderr.write(`bench:   ${line}\n`);
	const workspace = syntheticWorkspace(count, log);
	// Every file read once before timing, so that each run finds them in the page cache.
	await readAndSplit(
		workspace.cables.map((cable) => cable.path),
		2,
	);
	const timed: Record<Run['name'], Timed>[] = [];
	for (let round = 0; round < rounds; round++) {
		const results: Partial<Record<Run['name'], Timed>> = {};
		for (let step = 0; step < RUNS.length; step++) {
			const run = RUNS[(round + step) % RUNS.length]!;
			results[run.name] = await timeRun([...run.args, workspace.folder]);
			log(`${count} cables, round ${round + 1}/${rounds}: ${run.args.join(' ')} ${ms(results[run.name]!.ms)}`);
		}
		timed.push(results as Record<Run['name'], Timed>);
	}
	return { cables: count, bytes: workspace.bytes, rounds: timed };
}

/** One run of the command as a child process; a usage or I/O error (exit status 2) fails the measure. */
function timeRun(args: readonly string[]): Promise<Timed> {
	return new Promise((resolve, reject) => {
		const load = loadavg()[0]!;
		const started = performance.now();
		const child = spawn(process.execPath, ['--import', CPU_REPORT, CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
		const hash = createHash('sha256');
		let outputBytes = 0;
		let stderr = '';
		let cpu = '';
		child.stdio[3]!.on('data', (chunk: Buffer) => (cpu += chunk.toString()));
		child.stdout!.on('data', (chunk: Buffer) => {
			hash.update(chunk);
			outputBytes += chunk.length;
		});
		child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			const elapsed = performance.now() - started;
			// check exits 1 when it finds errors: that is its answer, not a failure.
			if (code !== 0 && code !== 1) reject(new Error(`cable ${args.join(' ')} exited ${code}: ${stderr.trim()}`));
			else {
				const usage = JSON.parse(cpu) as { user: number; system: number };
				resolve({ ms: elapsed, cpuMs: (usage.user + usage.system) / 1000, outputBytes, outputHash: hash.digest('hex'), load });
			}
		});
	});
}

function findings(scales: readonly Scale[]): Findings {
	const label = (scale: Scale) => `${scale.cables.toLocaleString('en-US')} cables`;
	const times = (scale: Scale, name: Run['name']) => scale.rounds.map((round) => round[name].ms);
	const cpu = (scale: Scale, name: Run['name']) => median(scale.rounds.map((round) => round[name].cpuMs));
	const ratios = (scale: Scale, slow: Run['name'], fast: Run['name']) => scale.rounds.map((round) => round[slow].ms / round[fast].ms);
	const identical = (scale: Scale) => scale.rounds.every((round) => round.check1.outputHash === round.check2.outputHash);
	const runRows = scales.flatMap((scale) =>
		RUNS.map(({ name }) => {
			const runs = times(scale, name);
			const time = median(runs);
			return [
				label(scale),
				LABELS[name],
				String(runs.length),
				ms(time),
				spread(runs, ms),
				ms(cpu(scale, name)),
				`${fixed(scale.cables / (time / 1000), 0)} files/s`,
				`${bytes(scale.bytes / (time / 1000))}/s`,
				bytes(scale.rounds[0]![name].outputBytes),
				fixed(median(scale.rounds.map((round) => round[name].load))),
			];
		}),
	);
	const ratioRows = scales.map((scale) => {
		const jobs = ratios(scale, 'check1', 'check2');
		const exported = ratios(scale, 'check2', 'export2');
		const cpuJobs = scale.rounds.map((round) => round.check2.cpuMs / round.check1.cpuMs);
		return [
			label(scale),
			`${ratio(median(jobs))} (${spread(jobs, ratio)})`,
			ratio(median(cpuJobs)),
			identical(scale) ? 'identical' : 'DIFFERENT',
			`${ratio(median(exported))} (${spread(exported, ratio)})`,
		];
	});
	const targets: Target[] = [];
	for (const scale of scales) {
		const jobs = median(ratios(scale, 'check1', 'check2'));
		targets.push({
			goal: `\`cable check\` at least ${JOBS_SPEEDUP}× faster with 2 jobs than with 1, same output (${label(scale)})`,
			measured: `${ms(median(times(scale, 'check1')))} vs ${ms(median(times(scale, 'check2')))}: ${ratio(jobs)} (CPU ${ms(cpu(scale, 'check1'))} vs ${ms(cpu(scale, 'check2'))})${identical(scale) ? '' : ', outputs DIFFER'}`,
			met: jobs >= JOBS_SPEEDUP && identical(scale),
		});
	}
	for (const scale of scales) {
		const exported = median(ratios(scale, 'check2', 'export2'));
		targets.push({
			goal: `\`cable export\` at least ${EXPORT_SPEEDUP}× faster than \`cable check\` of the same files, 2 jobs each (${label(scale)})`,
			measured: `${ms(median(times(scale, 'export2')))} vs ${ms(median(times(scale, 'check2')))}: ${ratio(exported)} (CPU ${ms(cpu(scale, 'export2'))} vs ${ms(cpu(scale, 'check2'))})`,
			met: exported >= EXPORT_SPEEDUP,
		});
	}
	return {
		method:
			'The `cable` bundle (built like dist/cli.js and dist/cliWorker.js, into out/bench/) run as a child process on the synthetic workspaces of measure 6, ' +
			'timed from its spawn until it exits, its output read through a pipe (hashed, so that the outputs of 1 and 2 jobs are compared) and its standard error not a terminal (no progress line). ' +
			'Each round runs `check --jobs 1`, `check --jobs 2` and `export --jobs 2` on the workspace folder (text and CSV, the default formats), ' +
			'starting with a different one each round; the files are read once before the first round so that every run finds them in the page cache. ' +
			'Figures are medians over the rounds (the 250,000-cable workspace gets one round); each ratio is the median of the per-round ratios. ' +
			'CPU: user + system time of the whole process (all its threads) from getrusage, reported by the process as it exits: ' +
			'on a loaded machine the wall-clock time stretches with the load, the CPU time much less, so it shows whether 2 jobs do more work than 1 or only wait for the cores. ' +
			'Load: the one-minute load average as each run started, median over the rounds: the machine has 2 cores, and a load above about 1 leaves two jobs less than two cores.',
		tables: [
			{
				columns: ['Workspace', 'Command', 'Runs', 'Time (median)', 'Spread', 'CPU (user + system)', 'Files', 'Bytes', 'Output', 'Load'],
				rows: runRows,
			},
			{
				columns: [
					'Workspace',
					'check: 1 job / 2 jobs',
					'check CPU: 2 jobs / 1 job',
					'Output of 1 and 2 jobs',
					'check / export (2 jobs each)',
				],
				rows: ratioRows,
			},
		],
		targets,
		notes: [],
	};
}
