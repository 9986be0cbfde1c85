/**
 * A synthetic cable of any size, generated deterministically in the shapes of the seed cable
 * (publisher metadata, ACP-127 header, banner and caption, then numbered paragraphs with
 * portion marks, boxed and underlined headings, SUMMARY and COMMENT blocks, continuation page
 * markers and repeated section banners, signature and NNNN). No corpus text is copied: the
 * words come from the small vocabulary below, drawn with a seeded generator, so the same size
 * always gives the same bytes.
 */
import { seeded } from '../test/helpers/random';

const WORDS = (
	'the ministry said that embassy officials government minister foreign policy talks would ' +
	'with regard to security council agreement regional economic cooperation visit president ' +
	'delegation meeting noted however further support development program assistance trade ' +
	'energy nuclear issue parliament election party opposition reform budget defense military ' +
	'officer director general deputy secretary counterpart stressed urged expected next week ' +
	'according sources position concerns bilateral relations continue strong interest process'
).split(' ');
const NAMES = ['Kawai', 'Krasner', 'Donovan', 'Arai', 'Yamamoto', 'Inboden', 'Green', 'Sasae'];
const TOPICS = ['SIX PARTY TALKS', 'INDIA', 'CENTRAL ASIA', 'RUSSIA', 'CHINA', 'ENERGY SECURITY', 'TRADE', 'BUDGET'];
const PORTIONS = ['(C)', '(U)', '(S)', '(SBU)', '(C/NF)'];
const POSTS = ['ASHGABAT', 'ASTANA', 'BEIJING', 'BISHKEK', 'CANBERRA', 'LONDON', 'MOSCOW', 'NEW DELHI', 'PARIS', 'SEOUL'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

class Writer {
	readonly lines: string[] = [];
	private bytes = 0;

	constructor(readonly random: () => number) {}

	get size(): number {
		return this.bytes;
	}

	line(text = ''): void {
		this.lines.push(text);
		this.bytes += text.length + 1;
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.random() * items.length)]!;
	}

	/** `count` words wrapped at 65 columns as the seed is; `first` starts the first line. */
	wrapped(first: string, count: number): string[] {
		const out: string[] = [];
		let current = first;
		for (let i = 0; i < count; i++) {
			const word = this.random() < 0.08 ? this.pick(NAMES) : this.pick(WORDS);
			if (current.length + word.length + 1 > 65) {
				out.push(current);
				current = word;
			} else current = current ? `${current} ${word}` : word;
		}
		out.push(`${current}.`);
		return out;
	}
}

const TOTAL_SECTIONS = 99;

function writeHeader(w: Writer): void {
	for (const line of [
		'Identifier',
		'Created',
		'Classification',
		'Origin',
		'07SYNTHETIC374',
		'2007-01-26 07:54:00',
		'CONFIDENTIAL',
		'Embassy Tokyo',
		'Cable title:  ',
		'',
	])
		w.line(line);
	w.line('SYNTHETIC CABLE FOR THE BENCHMARK');
	w.line('');
	w.line('Tags:  PREL PARM KNNP ZK IN KN KS AS CH RS JA ');
	w.line('pdf how-to read a cable');
	for (const line of [
		'VZCZCXRO9140',
		'PP RUEHDBU',
		'DE RUEHKO #0374/01 0260754',
		'ZNY CCCCC ZZH',
		'P 260754Z JAN 07',
		'FM AMEMBASSY TOKYO',
		'TO RUEHC/SECSTATE WASHDC PRIORITY 0137',
	])
		w.line(line);
	POSTS.forEach((post, n) => w.line(`${n === 0 ? 'INFO ' : ''}RUEH${post.slice(0, 2)}/AMEMBASSY ${post} PRIORITY ${pad(100 + n * 37, 4)}`));
	writeBanner(w, 1);
	w.line('E.O. 12958: DECL: 01/25/2017');
	w.line('TAGS: PREL PARM KNNP ZK IN KN KS AS CH RS JA');
	w.line('SUBJECT: SYNTHETIC DIRECTOR MEETS DIRECTOR GENERAL FOR');
	w.line('NORTH AMERICAN AFFAIRS');
	w.line('');
	w.line('REF: A. TOKYO 123 B. STATE 4567');
	w.line('');
	w.line("Classified By: Charge d'Affaires W. Michael Meserve for reasons 1.4(b)");
	w.line('and (d)');
	w.line('');
}

function writeBanner(w: Writer, section: number): void {
	w.line(`C O N F I D E N T I A L SECTION ${pad(section, 2)} OF ${TOTAL_SECTIONS} TOKYO 000374 `);
	w.line('');
	w.line('SIPDIS');
	w.line('');
}

/**
 * About `bytes` of cable text (UTF-16 code units, which is bytes here: the text is ASCII).
 * The header is fixed; the body grows with the size, so cost per byte should not.
 */
export function syntheticCable(bytes: number, seed = 374): string {
	const w = new Writer(seeded(seed));
	writeHeader(w);
	let paragraph = 1;
	let page = 2;
	let section = 1;
	let linesOnPage = 0;
	const emit = (lines: readonly string[]) => {
		for (const line of lines) {
			w.line(line);
			if (++linesOnPage < 60) continue;
			// Continuation markers every page, a repeated section banner every ten pages.
			linesOnPage = 0;
			w.line('');
			w.line(`TOKYO 00000374 ${pad(page, 3)} OF 999`);
			w.line('');
			if (++page % 10 === 0 && section < TOTAL_SECTIONS) writeBanner(w, ++section);
		}
	};
	emit([...w.wrapped(`${paragraph++}. (C) SUMMARY:`, 90), 'END SUMMARY.', '']);
	while (w.size < bytes) {
		const topic = w.pick(TOPICS);
		if (w.random() < 0.5) emit(['--------------', topic, '--------------', '', '']);
		else emit([topic, '-'.repeat(topic.length), '']);
		const paragraphs = 3 + Math.floor(w.random() * 6);
		for (let p = 0; p < paragraphs && w.size < bytes; p++) {
			const words = 40 + Math.floor(w.random() * 120);
			const lead = `${paragraph}. ${w.pick(PORTIONS)}`;
			// Paragraph numbers have at most three digits; long bundles start again at 1.
			paragraph = paragraph === 999 ? 1 : paragraph + 1;
			if (w.random() < 0.1) emit([...w.wrapped(`${lead} COMMENT:`, words), 'END COMMENT.', '', '']);
			else emit([...w.wrapped(lead, words), '', '']);
		}
	}
	w.line('MESERVE');
	w.line('');
	w.line('NNNN');
	return w.lines.join('\n');
}
