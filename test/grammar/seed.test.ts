/**
 * The seed cable, line by line: every header element, routing code and classification marker gets
 * its own scope, and prose stays unscoped.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { seedText } from '../helpers/corpus';
import { type TokenizedLine, cableGrammar, tokenizeText, tokensIn } from './tokenizer';

/** [1-based line, text on that line, scope every token over it carries, which occurrence (default 1)]. */
type Expectation = readonly [number, string, string, number?];

const CONFIDENTIAL = 'constant.language.classification.confidential';

const EXPECTED: readonly Expectation[] = [
	[1, 'Identifier', 'keyword.other.metadata.cable'],
	[4, 'Origin', 'keyword.other.metadata.cable'],
	[5, '07TOKYO374', 'variable.other.constant.cable-id.cable'],
	[6, '2007-01-26 07:54:00', 'constant.numeric.date.cable'],
	[7, 'CONFIDENTIAL', `${CONFIDENTIAL}.metadata.cable`],
	[8, 'Embassy Tokyo', 'string.unquoted.origin.metadata.cable'],
	[9, 'Cable title', 'keyword.other.metadata.cable'],
	[11, 'S/P DIRECTOR KRASNER MEETS DIRECTOR GENERAL FOR', 'string.unquoted.title.metadata.cable'],
	[13, 'Tags', 'keyword.other.tags.cable'],
	[13, 'KNNP', 'support.function.tag.subject.cable'],
	[13, 'JA', 'support.type.tag.country.cable'],
	[14, 'pdf', 'comment.line.notice.cable'],
	[15, 'VZCZC', 'keyword.other.transmission-id.cable'],
	[15, 'XRO', 'variable.other.channel.cable'],
	[15, '9140', 'constant.numeric.channel-serial.cable'],
	[16, 'PP', 'keyword.control.precedence.prosign.cable'],
	[16, 'RUEHDBU', 'entity.name.type.routing-indicator.cable'],
	[17, 'DE', 'keyword.other.de.cable'],
	[17, 'RUEHKO', 'entity.name.type.routing-indicator.cable'],
	[17, '#', 'punctuation.definition.serial.cable'],
	[17, '0374', 'constant.numeric.serial.cable'],
	[17, '/', 'punctuation.separator.section.cable'],
	[17, '01', 'constant.numeric.section.cable'],
	[17, '026', 'constant.numeric.julian-day.cable'],
	[17, '0754', 'constant.numeric.time.cable'],
	[18, 'ZNY', 'keyword.other.security-signal.cable'],
	[18, 'CCCCC', `${CONFIDENTIAL}.security.cable`],
	[18, 'ZZH', 'keyword.other.operating-signal.cable'],
	[19, 'P', 'keyword.control.precedence.cable'],
	[19, '260754Z JAN 07', 'constant.numeric.dtg.cable'],
	[20, 'FM', 'keyword.other.from.cable'],
	[20, 'AMEMBASSY TOKYO', 'string.unquoted.address.cable'],
	[21, 'TO', 'keyword.other.to.cable'],
	[21, 'RUEHC', 'entity.name.type.routing-indicator.cable'],
	[21, '/', 'punctuation.separator.address.cable'],
	[21, 'SECSTATE WASHDC', 'string.unquoted.address.cable'],
	[21, 'PRIORITY', 'keyword.control.precedence.cable'],
	[21, '0137', 'constant.numeric.sequence.cable'],
	[22, 'INFO', 'keyword.other.info.cable'],
	[22, 'RUEHAH', 'entity.name.type.routing-indicator.cable'],
	[22, 'AMEMBASSY ASHGABAT', 'string.unquoted.address.cable'],
	[27, 'RUEHDBU', 'entity.name.type.routing-indicator.cable'],
	[27, 'PRIORITY', 'keyword.control.precedence.cable'],
	[34, 'RHEHAAA', 'entity.name.type.routing-indicator.cable'],
	[35, 'RHMFISS', 'entity.name.type.routing-indicator.cable'],
	[35, 'COMUSJAPAN YOKOTA AB JA', 'string.unquoted.address.cable'],
	[36, 'C O N F I D E N T I A L', `${CONFIDENTIAL}.banner.cable`],
	[36, 'SECTION', 'keyword.other.section.cable'],
	[36, '01', 'constant.numeric.section.cable'],
	[36, '03', 'constant.numeric.section.cable'],
	[36, 'TOKYO', 'string.unquoted.post.cable'],
	[36, '000374', 'constant.numeric.serial.cable'],
	[38, 'SIPDIS', 'storage.modifier.caveat.cable'],
	[42, 'E.O.', 'keyword.other.eo.cable'],
	[42, '12958', 'constant.numeric.order.cable'],
	[42, 'DECL', 'keyword.other.decl.cable'],
	[42, '01/25/2017', 'constant.numeric.date.decl.cable'],
	[43, 'TAGS', 'keyword.other.tags.cable'],
	[43, 'PREL', 'support.function.tag.subject.cable'],
	[43, 'ZK', 'support.type.tag.country.cable'],
	[44, 'SUBJECT', 'keyword.other.subject.cable'],
	[44, 'S/P DIRECTOR KRASNER MEETS DIRECTOR GENERAL FOR', 'string.unquoted.subject.cable'],
	[45, 'NORTH AMERICAN AFFAIRS KAWAI', 'string.unquoted.subject.cable'],
	[47, 'Classified By', 'keyword.other.classified-by.cable'],
	[47, 'reasons', 'keyword.other.reason.cable'],
	[47, '1.4', 'constant.numeric.reason-section.cable'],
	[47, 'b', 'constant.character.reason.cable'],
	[48, 'd', 'constant.character.reason.cable', 2],
	[50, 'C O N F I D E N T I A L', `${CONFIDENTIAL}.banner.cable`],
	[65, '1.', 'constant.numeric.paragraph.cable'],
	[65, '(C)', `${CONFIDENTIAL}.portion.cable`],
	[65, 'SUMMARY', 'keyword.control.block.begin.cable'],
	[76, 'END SUMMARY', 'keyword.control.block.end.cable'],
	[89, '--------------', 'punctuation.definition.heading.cable'],
	[90, 'SIX PARTY TALKS', 'markup.heading.section.cable'],
	[145, 'TOKYO 00000374 002 OF 003', 'comment.line.page-marker.cable'],
	[160, 'INDIA', 'markup.heading.section.cable'],
	[285, '13.', 'constant.numeric.paragraph.cable'],
	[285, '(U)', 'constant.language.classification.unclassified.portion.cable'],
	[286, 'MESERVE', 'string.unquoted.signature.cable'],
];

/** Prose lines that must carry no scope but the grammar's own. */
const PROSE = [66, 67, 71, 72, 148, 200];

function columnOf(line: TokenizedLine, text: string, occurrence: number): number {
	let column = -1;
	for (let n = 0; n < occurrence; n++) column = line.text.indexOf(text, column + 1);
	return column;
}

describe('the seed cable 07TOKYO374', () => {
	let lines: TokenizedLine[];
	before(async () => {
		lines = tokenizeText(await cableGrammar(), seedText());
	});

	it('gives every header element, routing code and classification marker its scope', () => {
		const failures: string[] = [];
		for (const [lineNumber, text, scope, occurrence = 1] of EXPECTED) {
			const line = lines[lineNumber - 1]!;
			const column = columnOf(line, text, occurrence);
			if (column < 0) {
				failures.push(`line ${lineNumber}: ${JSON.stringify(text)} not found`);
				continue;
			}
			const wrong = tokensIn(line, column, column + text.length).find((t) => !t.scopes.includes(scope));
			if (wrong)
				failures.push(`line ${lineNumber} ${JSON.stringify(wrong.text)}: ${wrong.scopes.slice(1).join(' ') || 'no scope'}, not ${scope}`);
		}
		assert.deepEqual(failures, []);
	});

	it('leaves the prose of the body unscoped', () => {
		for (const lineNumber of PROSE) {
			const scoped = lines[lineNumber - 1]!.tokens.filter((t) => t.scopes.length > 1);
			assert.deepEqual(
				scoped.map((t) => `${t.text}: ${t.scopes.join(' ')}`),
				[],
				`line ${lineNumber}`,
			);
		}
	});
});
