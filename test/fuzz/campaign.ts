/**
 * How long a fuzz test runs and which seeds it tries. `npm test` gives each campaign a few
 * seconds from a fixed seed, so CI always tries the same inputs; `npm run fuzz` gives it
 * minutes from a fresh seed. Environment overrides:
 * - FUZZ_SEED: the first seed (a failure prints the seed that replays it);
 * - FUZZ_ITERATIONS: how many cases (or edits) at most;
 * - FUZZ_BUDGET: seconds at most.
 */

interface Budget {
	readonly seconds: number;
	readonly iterations: number;
}

const numberFrom = (name: string): number | undefined => {
	const value = Number(process.env[name]);
	return process.env[name] !== undefined && Number.isFinite(value) ? value : undefined;
};

/** `npm run fuzz` (npm names the script it runs in npm_lifecycle_event). */
const longRun = process.env.npm_lifecycle_event === 'fuzz';

export class Campaign {
	readonly firstSeed: number;
	readonly budget: Budget;
	private readonly deadline: number;
	tried = 0;

	/** `file` is the test file, for the replay command. */
	constructor(
		private readonly file: string,
		quick: Budget,
		long: Budget,
	) {
		const chosen = longRun ? long : quick;
		this.budget = {
			seconds: numberFrom('FUZZ_BUDGET') ?? chosen.seconds,
			iterations: numberFrom('FUZZ_ITERATIONS') ?? chosen.iterations,
		};
		this.firstSeed = numberFrom('FUZZ_SEED') ?? (longRun ? Date.now() % 1_000_000_000 : 1);
		this.deadline = Date.now() + this.budget.seconds * 1000;
	}

	/** True while there is budget left; counts the case it lets through. */
	more(): boolean {
		if (this.tried >= this.budget.iterations || Date.now() > this.deadline) return false;
		this.tried++;
		return true;
	}

	/** The seed of the case `more()` just let through. */
	get seed(): number {
		return this.firstSeed + this.tried - 1;
	}

	/** The command that runs `iterations` cases from `seed` again (in the test named `test`, when the file holds several). */
	replay(seed: number, iterations = 1, test?: string): string {
		const only = test ? ` --test-name-pattern="${test}"` : '';
		return `FUZZ_SEED=${seed} FUZZ_ITERATIONS=${iterations} node --test${only} out/test/fuzz/${this.file}.js`;
	}

	summary(what: string): string {
		return `${this.tried} ${what} from seed ${this.firstSeed} (budget ${this.budget.iterations} or ${this.budget.seconds} s)`;
	}
}
