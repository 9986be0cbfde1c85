/**
 * What the extension-host suite hands back to the node:test side: one entry per check,
 * written as JSON to the file named by $CABLE_E2E_RESULTS (the exit code alone says too little).
 */
export type CheckStatus = 'pass' | 'fail' | 'skip';

export interface CheckResult {
	readonly name: string;
	readonly status: CheckStatus;
	/** Why it failed or was skipped. */
	readonly message?: string;
	readonly ms: number;
}

export const RESULTS_ENV = 'CABLE_E2E_RESULTS';
/** Prefix of the suite's console lines; the launcher shows these and hides the workbench's noise. */
export const LOG_PREFIX = '[cable-e2e]';
