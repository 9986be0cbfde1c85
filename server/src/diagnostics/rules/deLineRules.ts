/**
 * The shape of the DE line (format line 3): `DE RUEHKO #0374/01 0260754` is the originating
 * station, a four-digit station serial, an optional section and the Julian day and time filed.
 */
import type { DeLine } from '../../model/types';
import { finding, type Finding, partOf, type Rule } from '../rule';

const EXAMPLE = '`DE RUEHKO #0374/01 0260754`';

function deLineProblems(de: DeLine): Finding[] {
	const problems: Finding[] = [];
	if (!de.station)
		problems.push(
			finding(de.keyword.range, `The DE line names no originating station: expected a routing indicator after DE, as in ${EXAMPLE}.`),
		);
	if (!de.serialField) {
		problems.push(
			finding(
				de.station?.range ?? de.keyword.range,
				`The DE line has no station serial: expected # and four digits after the station, as in ${EXAMPLE}.`,
			),
		);
	} else if (de.serial !== undefined && de.serial.length !== 4) {
		problems.push(
			finding(
				de.serialField.range,
				`The station serial ${de.serialField.text} has ${de.serial.length} digits: expected four (#${de.serial.slice(-4).padStart(4, '0')}).`,
			),
		);
	}
	if (de.filed) {
		if (de.julianDay !== undefined && (de.julianDay < 1 || de.julianDay > 366)) {
			problems.push(finding(partOf(de.filed, 0, 3), `Julian day ${de.filed.text.slice(0, 3)} does not exist: expected 001-366.`));
		}
		const time = de.timeFiled ?? '';
		if (Number(time.slice(0, 2)) > 23 || Number(time.slice(2)) > 59) {
			problems.push(finding(partOf(de.filed, 3, 4), `Time filed ${time} is not a time of day: expected HHMM from 0000 to 2359 (UTC).`));
		}
	}
	if (de.trailing) {
		const expected = de.filed ? 'nothing after the Julian day and time filed' : 'the Julian day and time filed as seven digits (DDDHHMM)';
		problems.push(finding(de.trailing.range, `Unexpected "${de.trailing.text}" on the DE line: expected ${expected}, as in ${EXAMPLE}.`));
	} else if (!de.filed) {
		problems.push(
			finding(de.range, `The DE line lacks the Julian day and time filed: expected seven digits (DDDHHMM) at its end, as in ${EXAMPLE}.`),
		);
	}
	return problems;
}

export const deLineRules: readonly Rule[] = [
	{
		code: 'cable.de.malformed',
		family: 'malformed',
		severity: 'error',
		description: 'The DE line lacks its station, four-digit serial or Julian day and time filed, or carries an impossible day or time.',
		check: ({ facts }) => facts.headers.flatMap((header) => (header.de ? deLineProblems(header.de) : [])),
	},
];
