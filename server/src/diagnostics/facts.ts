/**
 * Facts about the whole cable that several rules compare against: which banner is the
 * cable's own, its id, date and overall classification. Computed once per check run.
 */
import { LEVELS } from '../data/markings';
import { type CableIdDecoding, decodeCableId } from '../decode/identity';
import { type CreatedTime, dtgDate, parseCreated } from '../decode/times';
import { readClassification } from '../model/classification';
import type { Banner, CableModel, Caption, ClassificationLevel, ClassifiedBy, Field, MetadataKey, TransmissionHeader } from '../model/types';

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
	/** Every banner in document order; the first is the cable's own. */
	readonly banners: readonly Banner[];
	readonly captions: readonly Caption[];
	/** Every Classified By statement: the captions' and one made in a paragraph. */
	readonly classifiedBy: readonly ClassifiedBy[];
	readonly metadata: (key: MetadataKey) => Field | undefined;
	/** The publisher's cable id, when it can be read. */
	readonly id: { readonly field: Field; readonly decoding: CableIdDecoding } | undefined;
	readonly created: { readonly field: Field; readonly time: CreatedTime } | undefined;
	readonly metadataClassification: StatedLevel | undefined;
	readonly bannerClassification: StatedLevel | undefined;
	readonly securityClassification: StatedLevel | undefined;
	/** The classification of the whole cable: the banner's, else the metadata's, else the security line's. */
	readonly overall: StatedLevel | undefined;
	/** When the cable was sent: its date-time group, else the publisher's Created time. */
	readonly date: Date | undefined;
}

export function cableFacts(model: CableModel): CableFacts {
	const metadata = (key: MetadataKey) => model.metadata?.fields.find((field) => field.key === key && field.value.text.trim() !== '')?.value;
	const idField = metadata('id');
	const idDecoding = idField && decodeCableId(idField.text);
	const createdField = metadata('created');
	const createdTime = createdField && parseCreated(createdField.text);
	const banners = model.bannerBlocks.flatMap((block) => (block.banner ? [block.banner] : []));
	const metadataClassification = stateMetadata(metadata('classification'));
	const bannerClassification = stateBanner(banners[0]);
	const security = model.header?.security;
	const securityClassification =
		security?.level && security.letters ? { level: security.level, caveats: [], field: security.letters, where: 'the security line' } : undefined;
	const dtg = model.header?.dtg;
	const captions = model.bannerBlocks.flatMap((block) => (block.caption ? [block.caption] : []));
	return {
		headers: model.header ? [model.header, ...model.repeatedHeaders] : [],
		banners,
		captions,
		classifiedBy: [...captions.flatMap((caption) => (caption.classifiedBy ? [caption.classifiedBy] : [])), ...(model.body?.classifiedBy ? [model.body.classifiedBy] : [])],
		metadata,
		id: idField && idDecoding ? { field: idField, decoding: idDecoding } : undefined,
		created: createdField && createdTime ? { field: createdField, time: createdTime } : undefined,
		metadataClassification,
		bannerClassification,
		securityClassification,
		overall: bannerClassification ?? metadataClassification ?? securityClassification,
		date: (dtg && dtgDate(dtg.dtg)) ?? createdTime?.date,
	};
}

function stateMetadata(field: Field | undefined): StatedLevel | undefined {
	if (!field) return undefined;
	const read = readClassification(field.text);
	return read.level && { level: read.level, caveats: read.caveats, field, where: 'the metadata Classification' };
}

function stateBanner(banner: Banner | undefined): StatedLevel | undefined {
	const classification = banner?.classification;
	return classification?.level && { level: classification.level, caveats: classification.caveats, field: classification, where: 'the banner' };
}

export const levelName = (level: ClassificationLevel): string => LEVELS[level].name;

const RANKS: Readonly<Record<ClassificationLevel, number>> = { unclassified: 0, confidential: 1, secret: 2, topSecret: 3 };

export const levelRank = (level: ClassificationLevel): number => RANKS[level];
