/**
 * Declassification: the executive order named on the `E.O.` line, the declassification
 * instruction after it (a date, `OADR`, `X1`...), and the reason letters of `Classified By`.
 */
import { editDistance } from '../data/codeTable';
import {
	DECLASSIFICATION_FORMS,
	EXEMPTION_CATEGORIES,
	type ExecutiveOrder,
	executiveOrder,
	executiveOrderNumbers,
	REASONS,
} from '../data/declassificationTable';
import type { Definition } from '../data/definition';
import { trimmedEnd } from '../model/lines';
import type { EoLine } from '../model/types';
import { utcDate } from './times';

export interface OrderDecoding {
	readonly written: string;
	readonly order: ExecutiveOrder | undefined;
	/** For a number no order has (`12598`): the order it is most likely a typo of. */
	readonly likelyMeant: ExecutiveOrder | undefined;
}

export function decodeExecutiveOrder(written: string): OrderDecoding {
	const number = written.replace(/\D/g, '');
	const order = executiveOrder(number);
	const likelyMeant = order
		? undefined
		: executiveOrderNumbers()
				.filter((candidate) => editDistance(number, candidate, 1) <= 1)
				.map((candidate) => executiveOrder(candidate))[0];
	return { written, order, likelyMeant };
}

/**
 * How long after its successor took effect an order may still be cited without a warning:
 * drafters and templates keep the old number for months (cables of January and February 2010
 * still cite E.O. 12958, rightly, since E.O. 13526 took effect in June 2010), so only an order
 * replaced more than a year before the cable's date is "long replaced".
 */
export const REPLACED_GRACE_DAYS = 365;

const DAY_MS = 86_400_000;

export type OrderTiming =
	| { readonly kind: 'not-yet-signed'; readonly signed: Date }
	| { readonly kind: 'replaced'; readonly replacedOn: Date; readonly successor: ExecutiveOrder };

const isoDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Whether `order` could be cited on `date`: undefined when it could (signed, and not replaced more than the grace period before). */
export function orderTiming(order: ExecutiveOrder, date: Date): OrderTiming | undefined {
	const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
	const signed = isoDay(order.signed);
	if (day < signed.getTime()) return { kind: 'not-yet-signed', signed };
	const successor = order.replacedBy === undefined ? undefined : executiveOrder(order.replacedBy);
	if (!successor) return undefined;
	const replacedOn = isoDay(successor.effective);
	return day > replacedOn.getTime() + REPLACED_GRACE_DAYS * DAY_MS ? { kind: 'replaced', replacedOn, successor } : undefined;
}

export interface DeclDecoding {
	/** What the action word means: DECL, DNG, N/A, GDS... */
	readonly action: { readonly name: string; readonly definition: Definition } | undefined;
	/** The declassification date, when one is written. */
	readonly date: Date | undefined;
	/** Forms written instead of a date: OADR, X1-X8, MR... */
	readonly forms: readonly { readonly name: string; readonly definition: Definition }[];
	/** Free words (`TWENTY YEARS`, `CLOSURE OF ICTY`) kept as written. */
	readonly words: string | undefined;
}

const ACTION_NAMES: ReadonlyMap<string, string> = new Map([
	['DECL', 'DECL'],
	['DECLASSIFY', 'DECL'],
	['DECL ON', 'DECL'],
	['DNG', 'DNG'],
	['N/A', 'N/A'],
	['NA', 'N/A'],
	['GDS', 'GDS'],
	['NGDS', 'NGDS'],
	['XGDS', 'XGDS'],
	['OADR', 'OADR'],
]);

function form(written: string): { readonly name: string; readonly definition: Definition } | undefined {
	const name = written.toUpperCase().replace(/\s+/g, '').replace(/[.:]$/, '');
	const normal = ACTION_NAMES.get(name) ?? name;
	const definition = DECLASSIFICATION_FORMS.get(normal) ?? EXEMPTION_CATEGORIES.get(normal);
	return definition && { name: normal, definition };
}

/** `DECL ON` is the form `DECL`: the trailing word cut by a loop, not an end-anchored `\s+ON$` tried at every space. */
function withoutOn(action: string): string {
	const end = action.length - 2;
	if (end < 1 || action.slice(end).toUpperCase() !== 'ON' || trimmedEnd(action, end) === end) return action;
	return action.slice(0, trimmedEnd(action, end));
}

export function decodeDecl(eo: EoLine): DeclDecoding {
	const action = eo.action && form(withoutOn(eo.action.text));
	const date = eo.declDate && utcDate(eo.declDate.year, eo.declDate.month, eo.declDate.day);
	const declText = eo.decl?.text.trim() ?? '';
	const tokens = eo.declKind === 'date' || declText === '' ? [] : declText.split(/[\s,;]+/).filter(Boolean);
	const forms = tokens.map(form).filter((found): found is NonNullable<typeof found> => found !== undefined);
	// `TEN YEARS AFTER KOREAN UNIFICATION` is an instruction in words; show it as written.
	const words = forms.length < tokens.length ? declText : undefined;
	return { action, date, forms, words };
}

export interface ReasonsDecoding {
	/** `1.4` (E.O. 12958 as amended in 2003, and E.O. 13526) or `1.5` (E.O. 12958 as issued in 1995). */
	readonly section: string | undefined;
	readonly sectionNote: string | undefined;
	readonly reasons: readonly { readonly letter: string; readonly definition: Definition | undefined }[];
}

export function decodeReasons(section: string | undefined, letters: readonly string[]): ReasonsDecoding {
	const normalSection = section?.replace(/\s+/g, '');
	const sectionNote =
		normalSection === '1.5'
			? 'section 1.5 of E.O. 12958 as issued in 1995 (cables before the 2003 amendment)'
			: normalSection === '1.4'
				? 'section 1.4 of E.O. 12958 as amended in 2003 (and of E.O. 13526)'
				: undefined;
	return {
		section: normalSection,
		sectionNote,
		reasons: letters.map((letter) => {
			const normal = letter.replace(/[^A-Za-z]/g, '').toLowerCase();
			return { letter: normal, definition: REASONS.get(normal) };
		}),
	};
}
