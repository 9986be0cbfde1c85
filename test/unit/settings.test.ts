import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ruleSummaries } from '../../server/src/features/diagnostics';
import { DEFAULT_SETTINGS, readSettings } from '../../server/src/settings';
import { REPO_ROOT } from '../helpers/corpus';

// The settings the server reads and the ones package.json offers the user must be the same
// settings with the same defaults, and every rule of the registry must be in the manifest
// (a new rule cannot be forgotten there).

interface ManifestProperty {
	readonly default?: unknown;
	readonly markdownDescription?: string;
	readonly properties?: Record<string, ManifestProperty>;
}
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
	contributes: { configuration: { properties: Record<string, ManifestProperty> } };
};
const properties = manifest.contributes.configuration.properties;

/** `cable.diagnostics.rules`' entry for each rule, as the registry defines it. */
function ruleProperties(): Record<string, ManifestProperty> {
	return Object.fromEntries(
		ruleSummaries().map(({ code, severity, description }) => [
			code,
			{ type: 'string', enum: ['off', 'error', 'warning', 'information', 'hint'], default: severity, markdownDescription: description },
		]),
	);
}

describe('settings and the manifest', () => {
	it("gives every setting package.json's default", () => {
		assert.equal(properties['cable.detectTextFiles']?.default, DEFAULT_SETTINGS.detectTextFiles);
		assert.deepEqual(properties['cable.dictionaries']?.default, DEFAULT_SETTINGS.dictionaries);
		assert.equal(properties['cable.diagnostics.enable']?.default, DEFAULT_SETTINGS.diagnostics.enable);
		assert.deepEqual(properties['cable.diagnostics.rules']?.default, DEFAULT_SETTINGS.diagnostics.rules);
		assert.equal(properties['cable.maxFileSize']?.default, DEFAULT_SETTINGS.maxFileSize);
		assert.equal(properties['cable.index.enable']?.default, DEFAULT_SETTINGS.index.enable);
		assert.deepEqual(properties['cable.index.include']?.default, DEFAULT_SETTINGS.index.include);
		assert.deepEqual(properties['cable.index.exclude']?.default, DEFAULT_SETTINGS.index.exclude);
		for (const [kind, on] of Object.entries(DEFAULT_SETTINGS.inlayHints))
			assert.equal(properties[`cable.inlayHints.${kind}`]?.default, on, kind);
		assert.equal(properties['cable.format.lineWidth']?.default, DEFAULT_SETTINGS.format.lineWidth);
		assert.equal(properties['cable.hover.enable']?.default, DEFAULT_SETTINGS.hover.enable);
		assert.equal(properties['cable.outline.enable']?.default, DEFAULT_SETTINGS.outline.enable);
		for (const [place, on] of Object.entries(DEFAULT_SETTINGS.classificationColors)) {
			assert.equal(properties[`cable.classificationColors.${place}`]?.default, on, place);
		}
	});

	it('reads the feature switches and each place of the classification colours on its own', () => {
		assert.equal(readSettings({ hover: { enable: false } }).hover.enable, false);
		assert.equal(readSettings({ outline: { enable: false } }).outline.enable, false);
		assert.equal(readSettings({ hover: { enable: 'no' }, outline: null }).hover.enable, true);
		assert.deepEqual(readSettings({ classificationColors: { portionMarks: false, banners: 1 } }).classificationColors, {
			banners: true,
			portionMarks: false,
		});
	});

	it('reads each inlay hint kind and the line width on its own', () => {
		assert.equal(DEFAULT_SETTINGS.format.lineWidth, 69, 'cables were sent at 69 characters a line');
		assert.deepEqual(readSettings({ inlayHints: { tagMeanings: true, dates: 'no' } }).inlayHints, {
			...DEFAULT_SETTINGS.inlayHints,
			tagMeanings: true,
		});
		assert.equal(readSettings({ format: { lineWidth: 72 } }).format.lineWidth, 72);
		// A width no cable has (or one the rewrap could not fill) is malformed.
		for (const lineWidth of [0, -5, 10.5, '69', 100_000])
			assert.equal(readSettings({ format: { lineWidth } }).format.lineWidth, 69, String(lineWidth));
	});

	it('reads what the manifest offers and nothing it does not', () => {
		// Every manifest setting but the client's trace is a field of CableSettings, and back.
		const offered = Object.keys(properties)
			.filter((key) => key !== 'cable.trace.server')
			.map((key) => key.replace(/^cable\./, '').split('.')[0]);
		assert.deepEqual([...new Set(offered)].sort(), Object.keys(DEFAULT_SETTINGS).sort());
	});

	it('falls back to the defaults for a missing or malformed section', () => {
		for (const section of [undefined, null, 42, [], {}, { maxFileSize: -1, dictionaries: 'x.json', detectTextFiles: 'yes' }]) {
			assert.deepEqual(readSettings(section), DEFAULT_SETTINGS, JSON.stringify(section));
		}
		assert.deepEqual(readSettings({ maxFileSize: 50, dictionaries: ['a.json', '', 3] }).dictionaries, ['a.json']);
		assert.equal(readSettings({ maxFileSize: 50 }).maxFileSize, 50);
		// Index settings fall back one by one: an empty include list is the user's choice (index nothing), a string is malformed.
		assert.deepEqual(readSettings({ index: { enable: 'no', include: [], exclude: '**/x/**' } }).index, {
			...DEFAULT_SETTINGS.index,
			include: [],
		});
		assert.deepEqual(readSettings({ index: { enable: false, exclude: ['**/drafts/**', 7] } }).index, {
			enable: false,
			include: DEFAULT_SETTINGS.index.include,
			exclude: ['**/drafts/**'],
		});
	});

	it('lists every rule of the registry, with its default severity and description, in cable.diagnostics.rules', () => {
		const rules = properties['cable.diagnostics.rules']!;
		assert.deepEqual(
			rules.properties,
			ruleProperties(),
			'package.json: regenerate "cable.diagnostics.rules".properties from the rule registry',
		);
		const list = ruleSummaries().map(({ code, severity, description }) => `- \`${code}\` (${severity}): ${description}`);
		assert.equal(
			rules.markdownDescription?.split('\n\n')[1],
			list.join('\n'),
			'package.json: the rule list in "cable.diagnostics.rules".markdownDescription',
		);
	});
});
