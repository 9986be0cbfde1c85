/**
 * Facts about the whole cable, the one answer to "what is this cable's classification, id,
 * serial, date and origin" for the rules, the hovers and the command line: which banner is
 * the cable's own, its id, date and overall classification, and the fields several rules walk
 * (routing indicators, addressees' precedence words, TAGS and E.O. lines, sections and page
 * markers, portion marks, the paragraph numbering). Computed once per model (one per document
 * version), in one pass over the banner blocks: diagnostics run on every edit and hovers ask
 * for the summary again and again.
 */
import { type CableIdDecoding, cableIdFor, decodeCableId } from '../decode/identity';
import { type CreatedTime, dtgDate, parseCreated } from '../decode/times';
import { memoByString } from '../util/memo';
import { readClassification } from '../model/classificationWords';
import { isBlank } from '../model/lines';
import type {
	Banner,
	CableModel,
	Caption,
	ClassificationLevel,
	ClassifiedBy,
	DateTimeGroup,
	EoLine,
	Field,
	MetadataKey,
	PageMarker,
	PortionMark,
	SecurityLine,
	TagsLine,
	TransmissionHeader,
} from '../model/types';
import { perModel } from '../util/perModel';
import { levelName } from './levels';
import { namingIndicators } from './namingIndicators';
import { ownMarkers } from './pageMarkers';
import { type Numbering, paragraphNumbering } from './paragraphNumbering';
import { type AddresseePrecedence, addresseePrecedences, type DtgPrecedence, dtgPrecedence } from './precedences';

/** A classification as one field states it. */
export interface StatedLevel {
	readonly level: ClassificationLevel;
	readonly caveats: readonly string[];
	readonly field: Field;
	/** Where it is stated, for messages: `the banner`. */
	readonly where: string;
}

export interface CableFacts {
	/** The header and its repetitions (some renderings repeat it). */
	readonly headers: readonly TransmissionHeader[];
	/** The date-time groups and security lines of the headers. */
	readonly dtgs: readonly DateTimeGroup[];
	readonly securityLines: readonly SecurityLine[];
	/** The headers' station and addressee routing indicators, less operating signals. */
	readonly namingIndicators: readonly Field[];
	/** Every banner in document order; the first is the cable's own. */
	readonly banners: readonly Banner[];
	/** The banners with a `SECTION NN OF MM`. */
	readonly sectionedBanners: readonly Banner[];
	/** The continuation-page markers of this cable, not of one pasted into it. */
	readonly ownPageMarkers: readonly PageMarker[];
	readonly captions: readonly Caption[];
	/** The captions' TAGS and E.O. lines. */
	readonly tagsLines: readonly TagsLine[];
	readonly eoLines: readonly EoLine[];
	/** Every Classified By statement: the captions' and one made in a paragraph. */
	readonly classifiedBy: readonly ClassifiedBy[];
	/** Every portion mark: the SUBJECT lines', then the paragraphs'. */
	readonly portionMarks: readonly PortionMark[];
	/** The paragraphs' numbering: the cable's own paragraphs and where their numbers slip. */
	readonly numbering: Numbering;
	/** The date-time group's precedence, which the prosign and the addressees' words are judged against. */
	readonly precedence: DtgPrecedence | undefined;
	/** The addressees' precedence words that read as one; gathered only when there is a date-time group precedence to judge them by. */
	readonly addresseePrecedences: readonly AddresseePrecedence[];
	readonly metadata: (key: MetadataKey) => Field | undefined;
	/** The publisher's cable id, when it can be read. */
	readonly id: { readonly field: Field; readonly decoding: CableIdDecoding } | undefined;
	/** The cable's id: the publisher's, else the one its first banner's post and serial make in its year. */
	readonly cableId: CableIdDecoding | undefined;
	/** The cable's number: its id's, else its first banner's. */
	readonly serial: number | undefined;
	/** Who sent it, in words: the publisher's Origin, else the post its id names. */
	readonly origin: string | undefined;
	/** How many sections it was sent in, from the first `SECTION NN OF MM`. */
	readonly sections: number | undefined;
	readonly created: { readonly field: Field; readonly time: CreatedTime } | undefined;
	readonly metadataClassification: StatedLevel | undefined;
	readonly bannerClassification: StatedLevel | undefined;
	readonly securityClassification: StatedLevel | undefined;
	/** The classification of the whole cable: the banner's, else the metadata's, else the security line's. */
	readonly overall: StatedLevel | undefined;
	/** When the date-time group says the cable was sent. */
	readonly sent: Date | undefined;
	/** When the cable was sent: its date-time group, else the publisher's Created time. */
	readonly date: Date | undefined;
	/** The cable's year: of its date, else of its id. */
	readonly year: number | undefined;
}

/** Every version of a document carries the same Created value: read once (the answer holds no slice of it). */
const createdTimeOf = memoByString(parseCreated);

/** The facts of one model, worked out on the first question and kept while the model lives. */
export const cableFacts: (model: CableModel) => CableFacts = perModel(gatherFacts);

function gatherFacts(model: CableModel): CableFacts {
	const metadata = (key: MetadataKey): Field | undefined => {
		for (const field of model.metadata?.fields ?? []) if (field.key === key && !isBlank(field.value.text)) return field.value;
		return undefined;
	};
	const idField = metadata('id');
	const idDecoding = idField && decodeCableId(idField.text);
	const createdField = metadata('created');
	const createdTime = createdField && createdTimeOf(createdField.text);
	const headers = model.header ? [model.header, ...model.repeatedHeaders] : [];
	const dtgs: DateTimeGroup[] = [];
	const securityLines: SecurityLine[] = [];
	for (const header of headers) {
		if (header.dtg) dtgs.push(header.dtg.dtg);
		if (header.security) securityLines.push(header.security);
	}
	const banners: Banner[] = [];
	const sectionedBanners: Banner[] = [];
	const captions: Caption[] = [];
	const tagsLines: TagsLine[] = [];
	const eoLines: EoLine[] = [];
	const classifiedBy: ClassifiedBy[] = [];
	const portionMarks: PortionMark[] = [];
	for (const block of model.bannerBlocks) {
		if (block.banner) banners.push(block.banner);
		if (block.banner?.sectionOf) sectionedBanners.push(block.banner);
		const caption = block.caption;
		if (!caption) continue;
		captions.push(caption);
		if (caption.tags) tagsLines.push(caption.tags);
		if (caption.eo) eoLines.push(caption.eo);
		if (caption.classifiedBy) classifiedBy.push(caption.classifiedBy);
		if (caption.subject?.portion) portionMarks.push(caption.subject.portion);
	}
	if (model.body?.classifiedBy) classifiedBy.push(model.body.classifiedBy);
	for (const paragraph of model.body?.paragraphs ?? []) if (paragraph.portion) portionMarks.push(paragraph.portion);
	const metadataClassification = stateMetadata(metadata('classification'));
	const bannerClassification = stateBanner(banners[0]);
	const security = model.header?.security;
	const securityClassification =
		security?.level && security.letters
			? { level: security.level, caveats: [], field: security.letters, where: 'the security line' }
			: undefined;
	const dtg = model.header?.dtg;
	const sent = dtg && dtgDate(dtg.dtg);
	const precedence = dtgPrecedence(model.header);
	// The cable's serial: its id's, else its first banner's.
	const serial = idDecoding?.serial ?? (banners[0]?.serial ? Number(banners[0].serial.text) : undefined);
	const date = sent ?? createdTime?.date;
	const year = date ? date.getUTCFullYear() : idDecoding?.year;
	const cableId = idDecoding ?? bannerId(banners[0], year);
	return {
		headers,
		dtgs,
		securityLines,
		namingIndicators: namingIndicators(headers),
		banners,
		sectionedBanners,
		ownPageMarkers: ownMarkers(model, serial),
		captions,
		tagsLines,
		eoLines,
		classifiedBy,
		portionMarks,
		numbering: paragraphNumbering(model.body),
		precedence,
		addresseePrecedences: precedence ? addresseePrecedences(model.header) : [],
		metadata,
		id: idField && idDecoding ? { field: idField, decoding: idDecoding } : undefined,
		cableId,
		serial,
		origin: metadata('origin')?.text.trim() ?? cableId?.originator?.station,
		sections: sectionedBanners[0]?.sectionOf ? Number(sectionedBanners[0].sectionOf.total.text) : undefined,
		created: createdField && createdTime ? { field: createdField, time: createdTime } : undefined,
		metadataClassification,
		bannerClassification,
		securityClassification,
		overall: bannerClassification ?? metadataClassification ?? securityClassification,
		sent,
		date,
		year,
	};
}

function bannerId(banner: Banner | undefined, year: number | undefined): CableIdDecoding | undefined {
	return banner?.post && banner.serial && year !== undefined
		? decodeCableId(cableIdFor(banner.post.text, banner.serial.text, year))
		: undefined;
}

function stateMetadata(field: Field | undefined): StatedLevel | undefined {
	if (!field) return undefined;
	const read = readClassification(field.text);
	return read.level && { level: read.level, caveats: read.caveats, field, where: 'the metadata Classification' };
}

function stateBanner(banner: Banner | undefined): StatedLevel | undefined {
	const classification = banner?.classification;
	return (
		classification?.level && { level: classification.level, caveats: classification.caveats, field: classification, where: 'the banner' }
	);
}

/**
 * The cable's classification: the level the rules judge by (banner, else metadata, else security
 * line), in the publisher's words when its metadata states that level (they carry the handling
 * caveats a banner writes on lines of their own), else as the level and its caveats.
 */
export function statedClassification(facts: CableFacts): string | undefined {
	const { overall, metadataClassification: metadata } = facts;
	if (!overall) return undefined;
	if (metadata && metadata.level === overall.level) return metadata.field.text.trim();
	return [levelName(overall.level), ...overall.caveats].join('//');
}
