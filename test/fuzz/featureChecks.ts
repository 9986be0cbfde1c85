/**
 * Every language-service feature over one text, with what a user would notice when it goes
 * wrong: an exception, a range outside the document, an outline that does not nest, folds
 * that cross, a hover that renders markup from the file or does not cover the mouse, a
 * diagnostic outside the text, a quick fix whose edits overlap or leave its problem there.
 */
import type {
	CodeAction,
	Diagnostic,
	DocumentSymbol,
	FoldingRange,
	Hover,
	MarkupContent,
	Position,
	TextEdit,
} from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { UserDictionary } from '../../server/src/data/referenceTables';
import { createCableLanguageService } from '../../server/src/languageService';
import type { CableModel } from '../../server/src/model/types';
import type { Random } from '../helpers/random';
import { foldingProblems, lineLengths, modelRanges, rangeProblem, symbolProblems } from '../helpers/structure';
import { markupProblems } from './markupSafety';

const URI = 'memory://fuzz/input.cable';

/**
 * Longer hovers or diagnostic messages than these would swamp the editor: text from the file
 * must be cut short (a hover holds at most 60 lines of at most 1,000 characters of it).
 */
const MAX_HOVER_LENGTH = 70_000;
const MAX_MESSAGE_LENGTH = 2_000;

interface FeatureOutput {
	readonly model: CableModel;
	readonly symbols: DocumentSymbol[];
	readonly folds: FoldingRange[];
	readonly hovers: (Hover | null)[];
	readonly diagnostics: Diagnostic[];
	readonly actions: CodeAction[];
}

/**
 * Where to hover: the first, a middle and the last character of sampled lines, the start of
 * sampled model fields, and positions past the end or negative that a confused client sends.
 */
export function hoverPositions(text: string, model: CableModel, random: Random): Position[] {
	const lengths = lineLengths(text);
	const positions: Position[] = [];
	for (let n = Math.min(40, lengths.length); n > 0; n--) {
		const line = random.int(lengths.length);
		const length = lengths[line]!;
		positions.push({ line, character: 0 }, { line, character: random.int(length + 1) }, { line, character: Math.max(0, length - 1) });
	}
	const fields = [...modelRanges(model)];
	for (let n = Math.min(60, fields.length); n > 0; n--) positions.push(random.pick(fields).start);
	positions.push(
		{ line: lengths.length, character: 0 },
		{ line: lengths.length + 1000, character: 3 },
		{ line: 0, character: 10_000_000 },
		{ line: -1, character: -1 },
	);
	return positions;
}

/** Runs every feature on a fresh service (no cache shared with another run) and gathers the problems. */
export function runFeatures(
	text: string,
	positionsFor: (model: CableModel) => Position[],
	dictionaries: readonly UserDictionary[] = [],
): { output: FeatureOutput; problems: string[] } {
	const service = createCableLanguageService();
	service.setUserDictionaries(dictionaries);
	const document = { uri: URI, version: 1, getText: () => text };
	const lengths = lineLengths(text);
	const problems: string[] = [];

	const model = service.getModel(document);
	if (model.lineCount !== lengths.length) problems.push(`model has ${model.lineCount} lines, text ${lengths.length}`);
	for (const range of modelRanges(model)) {
		const bad = rangeProblem(range, lengths);
		if (bad) problems.push(`model range: ${bad}`);
	}
	const symbols = service.getDocumentSymbols(document);
	problems.push(...symbolProblems(symbols, lengths).map((problem) => `outline: ${problem}`));
	const folds = service.getFoldingRanges(document);
	problems.push(...foldingProblems(folds, lengths.length).map((problem) => `folding: ${problem}`));

	const positions = positionsFor(model);
	const hovers = positions.map((position) => service.getHover(document, position));
	hovers.forEach((hover, index) => problems.push(...hoverProblems(hover, positions[index]!, lengths)));

	const diagnostics = service.getDiagnostics(document);
	diagnostics.forEach((diagnostic) => problems.push(...diagnosticProblems(diagnostic, lengths)));
	const whole = { start: { line: 0, character: 0 }, end: { line: lengths.length - 1, character: lengths.at(-1)! } };
	const actions = service.getCodeActions(document, whole, { diagnostics });
	actions.forEach((action, index) => {
		// Each fixed text gets a version of its own: the model cache goes by version.
		const diagnose = (fixed: string) => service.getDiagnostics({ uri: URI, version: 2 + index, getText: () => fixed });
		problems.push(...actionProblems(action, text, diagnostics, diagnose));
	});

	return { output: { model, symbols, folds, hovers, diagnostics, actions }, problems };
}

export function hoverProblems(hover: Hover | null, position: Position, lengths: readonly number[]): string[] {
	if (!hover) return [];
	const where = `hover at ${position.line}:${position.character}`;
	const markdown = (hover.contents as MarkupContent).value;
	const problems = markupProblems(markdown).map((problem) => `${where} ${problem}`);
	if (markdown.length > MAX_HOVER_LENGTH) problems.push(`${where}: ${markdown.length} characters`);
	if (!hover.range) return problems;
	const bad = rangeProblem(hover.range, lengths);
	if (bad) return [...problems, `${where}: range ${bad}`];
	const { start, end } = hover.range;
	// LSP: "If the character value is greater than the line length it defaults back to the line length."
	const character = Math.min(position.character, lengths[position.line] ?? position.character);
	const afterStart = position.line > start.line || (position.line === start.line && character >= start.character);
	const beforeEnd = position.line < end.line || (position.line === end.line && character <= end.character);
	if (!afterStart || !beforeEnd) problems.push(`${where}: range ${JSON.stringify(hover.range)} does not hold the position`);
	return problems;
}

export function diagnosticProblems(diagnostic: Diagnostic, lengths: readonly number[]): string[] {
	const where = `diagnostic ${diagnostic.code}`;
	const problems: string[] = [];
	const bad = rangeProblem(diagnostic.range, lengths);
	if (bad) problems.push(`${where}: range ${bad}`);
	// LSP 3.18 lets a message be Markdown: then it must render no markup from the file either.
	const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
	if (typeof diagnostic.message !== 'string' && diagnostic.message.kind === 'markdown')
		problems.push(...markupProblems(message).map((problem) => `${where} ${problem}`));
	if (!message.trim()) problems.push(`${where}: empty message`);
	if (message.length > MAX_MESSAGE_LENGTH) problems.push(`${where}: message of ${message.length} characters`);
	for (const related of diagnostic.relatedInformation ?? []) {
		const badRelated = rangeProblem(related.location.range, lengths);
		if (badRelated) problems.push(`${where}: related range ${badRelated}`);
		if (related.message.length > MAX_MESSAGE_LENGTH) problems.push(`${where}: related message of ${related.message.length} characters`);
	}
	return problems;
}

/**
 * Applies the action as the editor would: its edits must apply, and when it is a preferred
 * fix (one "Fix All" applies unasked) its diagnostics must go. A placeholder fix may leave them.
 */
function actionProblems(
	action: CodeAction,
	text: string,
	diagnostics: readonly Diagnostic[],
	diagnose: (fixed: string) => Diagnostic[],
): string[] {
	const where = `quick fix "${action.title}"`;
	const edits: TextEdit[] = action.edit?.changes?.[URI] ?? [];
	const lengths = lineLengths(text);
	const problems = edits.flatMap((edit) => {
		const bad = rangeProblem(edit.range, lengths);
		return bad ? [`${where}: edit range ${bad}`] : [];
	});
	if (problems.length) return problems;
	let fixed: string;
	try {
		fixed = TextDocument.applyEdits(TextDocument.create(URI, 'cable', 1, text), edits);
	} catch (error) {
		return [`${where}: edits do not apply (${String(error)})`];
	}
	if (!action.isPreferred) return problems;
	const codes = new Set((action.diagnostics ?? []).map((diagnostic) => diagnostic.code));
	const count = (list: readonly Diagnostic[]) => list.filter((diagnostic) => codes.has(diagnostic.code)).length;
	if (count(diagnose(fixed)) >= count(diagnostics)) problems.push(`${where}: its diagnostics remain`);
	return problems;
}
