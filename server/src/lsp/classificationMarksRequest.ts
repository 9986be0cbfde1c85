/**
 * The custom request VS Code's client sends for the classification colours (issue 20), in a
 * module of its own so that the client's bundle takes the name and the types and none of the
 * server: `{ textDocument: { uri } }` in, the banners and portion marks with their levels out.
 */
export type { ClassificationMark, ClassificationMarks } from '../features/classificationMarks';

export const CLASSIFICATION_MARKS_REQUEST = 'cable/classificationMarks';

export interface ClassificationMarksParams {
	readonly textDocument: { readonly uri: string };
}
