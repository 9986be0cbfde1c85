/**
 * The classification colours package.json contributes (issue 20), measured: each default is
 * legible on the editor background of every built-in theme kind, and on its own band.
 * The backgrounds are the default themes' `editor.background` (Dark Modern, Dark+, Light
 * Modern / Light+, Dark High Contrast, Light High Contrast).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/corpus';

type ThemeKind = 'dark' | 'light' | 'highContrast' | 'highContrastLight';
interface ColorContribution {
	readonly id: string;
	readonly description: string;
	readonly defaults: Record<ThemeKind, string>;
}

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
const colors: ColorContribution[] = manifest.contributes.colors ?? [];
const LEVELS = ['unclassified', 'confidential', 'secret', 'topSecret'];
const EDITOR_BACKGROUNDS: Record<ThemeKind, readonly string[]> = {
	dark: ['#1F1F1F', '#1E1E1E'],
	light: ['#FFFFFF'],
	highContrast: ['#000000'],
	highContrastLight: ['#FFFFFF'],
};
/** WCAG AA for normal text. */
const LEGIBLE = 4.5;
/** A band that the eye finds against the page: measured, not a contrast for text. */
const VISIBLE_BAND = 1.15;

/** `#RRGGBB` or `#RRGGBBAA` as channels 0-255 and alpha 0-1. */
function parse(hex: string): { rgb: [number, number, number]; alpha: number } {
	assert.match(hex, /^#[0-9A-F]{6}([0-9A-F]{2})?$/i, hex);
	const channel = (i: number) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
	return { rgb: [channel(0), channel(1), channel(2)], alpha: hex.length === 9 ? channel(3) / 255 : 1 };
}

/** A translucent colour as it shows over an opaque one. */
function over(top: string, below: string): [number, number, number] {
	const { rgb, alpha } = parse(top);
	const base = parse(below).rgb;
	return rgb.map((c, i) => Math.round(c * alpha + base[i]! * (1 - alpha))) as [number, number, number];
}

function luminance(rgb: readonly number[]): number {
	const linear = (c: number) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * linear(rgb[0]!) + 0.7152 * linear(rgb[1]!) + 0.0722 * linear(rgb[2]!);
}

function contrast(a: readonly number[], b: readonly number[]): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

const color = (level: string, part: string) => colors.find((entry) => entry.id === `cable.classification.${level}.${part}`);

describe('classification colours', () => {
	it('contributes a foreground and a background for each level, with a default for every theme kind', () => {
		assert.deepEqual(
			colors.map((entry) => entry.id).sort(),
			LEVELS.flatMap((level) => [`cable.classification.${level}.foreground`, `cable.classification.${level}.background`]).sort(),
		);
		for (const entry of colors) assert.deepEqual(Object.keys(entry.defaults).sort(), Object.keys(EDITOR_BACKGROUNDS).sort(), entry.id);
	});

	it('gives every foreground 4.5:1 on the editor background of each built-in theme, and on its band', () => {
		const failures: string[] = [];
		for (const level of LEVELS) {
			for (const [kind, backgrounds] of Object.entries(EDITOR_BACKGROUNDS) as [ThemeKind, readonly string[]][]) {
				const foreground = parse(color(level, 'foreground')!.defaults[kind]);
				assert.equal(foreground.alpha, 1, `${level} ${kind}: text is opaque`);
				for (const background of backgrounds) {
					const band = over(color(level, 'background')!.defaults[kind], background);
					const onEditor = contrast(foreground.rgb, parse(background).rgb);
					const onBand = contrast(foreground.rgb, band);
					if (onEditor < LEGIBLE) failures.push(`${level} ${kind} on ${background}: ${onEditor.toFixed(2)}:1`);
					if (onBand < LEGIBLE) failures.push(`${level} ${kind} on its band over ${background}: ${onBand.toFixed(2)}:1`);
				}
			}
		}
		assert.deepEqual(failures, []);
	});

	it('draws bands that stand out from the editor background yet let selections show through', () => {
		for (const level of LEVELS) {
			for (const [kind, backgrounds] of Object.entries(EDITOR_BACKGROUNDS) as [ThemeKind, readonly string[]][]) {
				const band = color(level, 'background')!.defaults[kind];
				assert.ok(parse(band).alpha < 0.5, `${level} ${kind}: ${band} is translucent`);
				for (const background of backgrounds) {
					const ratio = contrast(over(band, background), parse(background).rgb);
					assert.ok(ratio >= VISIBLE_BAND, `${level} ${kind} band over ${background}: ${ratio.toFixed(2)}:1`);
				}
			}
		}
	});

	it("no longer sets the global editor.tokenColorCustomizations, which a user's own rules replace as a whole", () => {
		assert.equal(manifest.contributes.configurationDefaults?.['editor.tokenColorCustomizations'], undefined);
	});
});
