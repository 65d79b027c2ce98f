// Draws the two Teams icons and writes manifest/color.png and manifest/outline.png.
// Motif: two housing blocks on a common ground line (the Métropole and the HLM
// bodies, side by side). Run `node tools/manifest/make-icons.js` after changing it
// and commit the PNGs; the packaging script only copies them.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { encodePng } = require("./png");

const BLUE = [0x0a, 0x4d, 0xa2]; // same as accentColor in manifest/manifest.json
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4; // 4x4 supersampling per pixel gives anti-aliased edges

// Shapes on a 32-unit grid (y downwards): [x0, y0, x1, y1]. Whole units keep the
// 32x32 outline crisp; the 192x192 icon is the same drawing at 6 px per unit.
const GRID = 32;
const SOLIDS = [
  [6, 7, 15, 25], // tall block
  [17, 13, 26, 25], // low block
  [4, 25, 28, 26], // ground line
];
const WINDOWS = [
  ...grid(8, 9, 2, 4), // tall block: 2 columns x 4 rows
  ...grid(19, 15, 2, 2), // low block: 2 x 2
];

/** 2x2 windows with a 1-unit gap, starting at (x, y). */
function grid(x, y, columns, rows) {
  const cells = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) cells.push([x + c * 3, y + r * 3, x + c * 3 + 2, y + r * 3 + 2]);
  return cells;
}

const inside = ([x0, y0, x1, y1], x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;
const isMotif = (x, y) => SOLIDS.some((s) => inside(s, x, y)) && !WINDOWS.some((w) => inside(w, x, y));

/** Share of a pixel's area covered by the motif, 0..1. */
function coverage(px, py, size) {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++)
    for (let sx = 0; sx < SAMPLES; sx++)
      if (isMotif(((px + (sx + 0.5) / SAMPLES) * GRID) / size, ((py + (sy + 0.5) / SAMPLES) * GRID) / size)) hits++;
  return hits / (SAMPLES * SAMPLES);
}

/** Full colour: white motif blended on an opaque blue square. */
function colorIcon(size) {
  return render(size, (a) => [...BLUE.map((b, i) => Math.round(b + (WHITE[i] - b) * a)), 255]);
}

/** Outline: white motif, the rest fully transparent; alpha carries the shape. */
function outlineIcon(size) {
  return render(size, (a) => (a === 0 ? [0, 0, 0, 0] : [...WHITE, Math.round(a * 255)]));
}

function render(size, shade) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) rgba.set(shade(coverage(x, y, size)), (y * size + x) * 4);
  return encodePng(size, size, rgba);
}

const manifestDir = path.resolve(__dirname, "..", "..", "manifest");
fs.writeFileSync(path.join(manifestDir, "color.png"), colorIcon(192));
fs.writeFileSync(path.join(manifestDir, "outline.png"), outlineIcon(32));
console.log(`Wrote ${path.join(manifestDir, "color.png")} (192x192) and outline.png (32x32)`);
