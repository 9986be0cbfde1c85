import type { CableModel } from './types';

/** Placeholder until the parser lands: an empty model with valid line lengths. */
export function parseCable(text: string, uri: string, version: number): CableModel {
	const lineLengths = text.split(/\r\n|\r|\n/).map((line) => line.length);
	return {
		uri, version, lineCount: lineLengths.length, lineLengths,
		metadata: undefined, legacyHeader: undefined, header: undefined, bannerBlocks: [], body: undefined, problems: [],
	};
}
