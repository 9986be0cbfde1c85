/**
 * Executive orders on classified information, the declassification forms written after
 * `DECL:` and the classification reason letters cited on `Classified By` lines.
 */
import { type Definition, SOURCE, sourced, unverified } from './definition';

export interface ExecutiveOrder {
	readonly number: string;
	readonly title: string;
	/** Years in force, as shown: `1995–2009`. */
	readonly inForce: string;
	readonly definition: Definition;
	/** When the President signed it and when it took effect (ISO dates): cables cite an order from its signing on. */
	readonly signed: string;
	readonly effective: string;
	/** The order that took its place; its effective date ends this one's. */
	readonly replacedBy: string | undefined;
	/** Where the dates come from: for 12958, 13292 and 13526 the sources of the definitions; older orders' dates are general knowledge. */
	readonly datesVerified: boolean;
}

const ORDERS: readonly ExecutiveOrder[] = [
	{
		number: '10501',
		title: 'Safeguarding Official Information in the Interests of the Defense of the United States',
		inForce: '1953–1972',
		definition: unverified('the order in force before E.O. 11652'),
		signed: '1953-11-05',
		effective: '1953-12-15',
		replacedBy: '11652',
		datesVerified: false,
	},
	{
		number: '11652',
		title: 'Classification and Declassification of National Security Information and Material',
		inForce: '1972–1978',
		definition: sourced('introduced the General Declassification Schedule (GDS)', SOURCE.fieldGuide),
		signed: '1972-03-08',
		effective: '1972-06-01',
		replacedBy: '12065',
		datesVerified: false,
	},
	{
		number: '12065',
		title: 'National Security Information',
		inForce: '1978–1982',
		definition: sourced('the order cited by cables of 1978–82', SOURCE.fieldGuide),
		signed: '1978-06-28',
		effective: '1978-12-01',
		replacedBy: '12356',
		datesVerified: false,
	},
	{
		number: '12356',
		title: 'National Security Information',
		inForce: '1982–1995',
		definition: sourced('allowed indefinite classification ("OADR")', SOURCE.isl96),
		signed: '1982-04-02',
		effective: '1982-08-01',
		replacedBy: '12958',
		datesVerified: false,
	},
	{
		number: '12958',
		title: 'Classified National Security Information',
		inForce: '1995–2009 (amended in 2003 by E.O. 13292)',
		definition: sourced(
			'signed 17 April 1995, effective 14 October 1995; reasons cited from section 1.5, from section 1.4 after the 2003 amendment',
			SOURCE.isl96,
		),
		signed: '1995-04-17',
		effective: '1995-10-14',
		replacedBy: '13526',
		datesVerified: true,
	},
	{
		number: '13292',
		title: 'Further Amendment to Executive Order 12958, as Amended',
		inForce: '2003–2009',
		definition: sourced('the 2003 amendment of E.O. 12958: reasons moved to section 1.4 and reason (h) was added', SOURCE.isooMarkings2003),
		signed: '2003-03-25',
		effective: '2003-03-25',
		replacedBy: '13526',
		datesVerified: true,
	},
	{
		number: '13526',
		title: 'Classified National Security Information',
		inForce: 'from mid-2010 (signed 29 December 2009)',
		definition: sourced('replaced E.O. 12958; keeps the eight reasons of section 1.4', SOURCE.fieldGuide),
		signed: '2009-12-29',
		effective: '2010-06-27',
		replacedBy: undefined,
		datesVerified: true,
	},
];

const ordersByNumber = new Map(ORDERS.map((order) => [order.number, order]));

export function executiveOrder(number: string): ExecutiveOrder | undefined {
	return ordersByNumber.get(number);
}

export function executiveOrderNumbers(): string[] {
	return ORDERS.map((order) => order.number);
}

/** What may stand after `DECL:` (or in place of it) instead of a date. */
export const DECLASSIFICATION_FORMS: ReadonlyMap<string, Definition> = new Map([
	['DECL', sourced('declassify on the date or event that follows', SOURCE.fieldGuide)],
	['DNG', sourced('downgrade (e.g. `DNG: CO 03/06/2018`: downgrade to CONFIDENTIAL on that date)', SOURCE.fieldGuide)],
	['N/A', sourced('not applicable: the text is unclassified', SOURCE.fieldGuide)],
	[
		'OADR',
		sourced(
			"Originating Agency's Determination Required: no set date; the originating agency decides (indefinite, abolished by E.O. 12958 for new decisions)",
			SOURCE.isl96,
		),
	],
	[
		'GDS',
		sourced('General Declassification Schedule of E.O. 11652 (automatic downgrading and declassification over time)', SOURCE.fieldGuide),
	],
	['NGDS', unverified('exempt from the General Declassification Schedule (E.O. 11652)')],
	['XGDS', unverified('exempt from the General Declassification Schedule (E.O. 11652)')],
	['MR', unverified('manual review: declassification only after review')],
	[
		'X',
		sourced(
			'an E.O. 12958 exemption from the 10-year declassification rule (categories X1–X8, no longer allowed after 2003)',
			SOURCE.isooMarkings2003,
		),
	],
]);

/** The eight exemption categories X1–X8 of E.O. 12958 (1995 text, section 1.6(d)). */
export const EXEMPTION_CATEGORIES: ReadonlyMap<string, Definition> = new Map(
	[
		'reveal an intelligence source, method or activity, or a cryptologic system or activity',
		'reveal information that would assist the development or use of weapons of mass destruction',
		'impair the development or use of technology within a US weapons system',
		'reveal US military plans or national security emergency preparedness plans',
		'reveal foreign government information',
		'damage relations with a foreign government, reveal a confidential source, or undermine ongoing diplomatic activities',
		'impair the protection of the President, Vice President and others under protective services',
		'violate a statute, treaty or international agreement',
	].map((meaning, index) => [
		`X${index + 1}`,
		unverified(
			`exempt from 10-year declassification because release would ${meaning}`,
			'E.O. 12958 §1.6(d) (1995 text), restated from memory',
		),
	]),
);

/** Reason letters of E.O. 12958 §1.5 (1995) / §1.4 (as amended 2003) and E.O. 13526 §1.4. */
export const REASONS: ReadonlyMap<string, Definition> = new Map(
	Object.entries({
		a: 'military plans, weapons systems, or operations',
		b: 'foreign government information',
		c: 'intelligence activities, intelligence sources or methods, or cryptology',
		d: 'foreign relations or foreign activities of the United States, including confidential sources',
		e: 'scientific, technological, or economic matters relating to national security',
		f: 'US Government programs for safeguarding nuclear materials or facilities',
		g: 'vulnerabilities or capabilities of systems, installations, infrastructures, projects, plans, or protection services relating to national security',
		h: 'weapons of mass destruction (added in 2003)',
	}).map(([letter, meaning]) => [letter, sourced(meaning, SOURCE.reasonLetters)]),
);
