// Minimal PNG support: write 8-bit RGBA images, read back the header (IHDR).
"use strict";

const zlib = require("node:zlib");
const { crc32 } = require("./crc32");

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOR_TYPES = { 0: "grey", 2: "rgb", 3: "palette", 4: "grey+alpha", 6: "rgba" };

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes width x height RGBA pixels (a Buffer of width*height*4 bytes) as a PNG. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per sample, RGBA, deflate, no filter method, no interlace
  const stride = width * 4;
  const scanlines = Buffer.alloc(height * (stride + 1)); // filter byte 0 (None) before each row
  for (let y = 0; y < height; y++) rgba.copy(scanlines, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(scanlines, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Reads the IHDR of a PNG; throws when the buffer is not a PNG. */
function readPngHeader(buffer) {
  if (buffer.length < 33 || !buffer.subarray(0, 8).equals(SIGNATURE) || buffer.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error("not a PNG file");
  }
  return {
    width: buffer.readUInt32BE(16),
    height: buffer.readUInt32BE(20),
    colorType: COLOR_TYPES[buffer[25]] ?? `unknown (${buffer[25]})`,
  };
}

module.exports = { encodePng, readPngHeader };
