// Draws images/icon.png (128x128), the extension's icon: a telegram sheet with a red
// classification banner and lines of text on a navy tile. Dependency-free: shapes are
// sampled 4x4 per pixel for smooth edges and written as an RGBA PNG with node's zlib.
// Run again after changing a colour or a shape: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;
const NAVY = [31, 42, 68];
const PAPER = [244, 241, 232];
const FOLD = [214, 208, 192];
const BANNER = [198, 40, 40];
const INK = [90, 99, 120];

const inRoundedRect = (x, y, left, top, right, bottom, radius) => {
	const cx = Math.min(Math.max(x, left + radius), right - radius);
	const cy = Math.min(Math.max(y, top + radius), bottom - radius);
	return x >= left && x <= right && y >= top && y <= bottom && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};
const inRect = (x, y, left, top, right, bottom) => x >= left && x <= right && y >= top && y <= bottom;

// Text lines: [y, length], like paragraphs of a cable.
const TEXT_LINES = [
	[48, 56],
	[58, 64],
	[68, 44],
	[82, 60],
	[92, 64],
	[102, 36],
];

/** The colour at a point, painting from back to front; undefined is transparent. */
function colourAt(x, y) {
	if (!inRoundedRect(x, y, 0, 0, SIZE, SIZE, 22)) return undefined;
	// The sheet's top-right corner is folded: cut off along the diagonal through (90,14) and
	// (106,30), the flap being the rest of that 16x16 corner square.
	const cutOff = x - y > 76;
	if (!inRect(x, y, 22, 14, 106, 116) || cutOff) return NAVY;
	if (x > 90 && y < 30) return FOLD;
	if (inRect(x, y, 32, 24, 84, 34)) return BANNER;
	for (const [top, length] of TEXT_LINES) if (inRect(x, y, 32, top, 32 + length, top + 4)) return INK;
	return PAPER;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
	const row = py * (SIZE * 4 + 1);
	raw[row] = 0; // filter: none
	for (let px = 0; px < SIZE; px++) {
		const sum = [0, 0, 0, 0];
		for (let sy = 0; sy < SAMPLES; sy++) {
			for (let sx = 0; sx < SAMPLES; sx++) {
				const colour = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
				if (!colour) continue;
				for (let channel = 0; channel < 3; channel++) sum[channel] += colour[channel];
				sum[3] += 255;
			}
		}
		const covered = sum[3] / 255;
		const offset = row + 1 + px * 4;
		for (let channel = 0; channel < 3; channel++) raw[offset + channel] = covered ? Math.round(sum[channel] / covered) : 0;
		raw[offset + 3] = Math.round(sum[3] / SAMPLES ** 2);
	}
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
const crc32 = (bytes) => {
	let c = 0xffffffff;
	for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
	Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
	chunk('IHDR', header),
	chunk('IDAT', deflateSync(raw, { level: 9 })),
	chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
