import type { CableModel } from '../model/types';

/** A feature's answer kept for as long as its model lives: models are immutable, one per document version. */
export function perModel<T>(compute: (model: CableModel) => T): (model: CableModel) => T {
	const answers = new WeakMap<CableModel, T>();
	return (model) => {
		let answer = answers.get(model);
		if (answer === undefined) {
			answer = compute(model);
			answers.set(model, answer);
		}
		return answer;
	};
}
