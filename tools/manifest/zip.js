// A tiny ZIP writer and reader (deflate, no ZIP64, no encryption): enough for a
// Teams app package of a few small files, without adding an npm dependency.
"use strict";

const zlib = require("node:zlib");
const { crc32 } = require("./crc32");

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1; // fixed timestamp: identical inputs give identical zips
const LOCAL = 0x04034b50, CENTRAL = 0x02014b50, END = 0x06054b50;

/** Builds a ZIP archive from [{ name, data }] entries, names relative to the archive root. */
function writeZip(entries) {
  const locals = [], centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const fileName = Buffer.from(name, "utf8");
    const compressed = zlib.deflateRawSync(data, { level: 9 });
    const fields = { crc: crc32(data), compressedSize: compressed.length, size: data.length, fileName };
    const local = Buffer.concat([header(LOCAL, fields, 0), fileName, compressed]);
    centrals.push(Buffer.concat([header(CENTRAL, fields, offset), fileName]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function header(signature, { crc, compressedSize, size, fileName }, localOffset) {
  const central = signature === CENTRAL;
  const b = Buffer.alloc(central ? 46 : 30);
  let p = 0;
  const u16 = (v) => { b.writeUInt16LE(v, p); p += 2; };
  const u32 = (v) => { b.writeUInt32LE(v, p); p += 4; };
  u32(signature);
  if (central) u16(20); // version made by: 2.0
  u16(20); // version needed to extract: 2.0 (deflate)
  u16(1 << 11); // flags: names are UTF-8
  u16(8); // method: deflate
  u16(0); // time 00:00:00
  u16(DOS_DATE_1980_01_01);
  u32(crc);
  u32(compressedSize);
  u32(size);
  u16(fileName.length);
  u16(0); // extra field length
  if (central) {
    u16(0); // comment length
    u16(0); // disk number
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(localOffset);
  }
  return b;
}

/** Reads the entries of a ZIP written by writeZip (or any plain deflate/stored ZIP). */
function readZip(zip) {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error("not a ZIP file (no end of central directory)");
  const count = zip.readUInt16LE(endAt + 10);
  let p = zip.readUInt32LE(endAt + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error("corrupt ZIP central directory");
    const method = zip.readUInt16LE(p + 10);
    const compressedSize = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28), extraLength = zip.readUInt16LE(p + 30), commentLength = zip.readUInt16LE(p + 32);
    const localOffset = zip.readUInt32LE(p + 42);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLength);
    const dataAt = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(dataAt, dataAt + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`ZIP entry ${name} uses unsupported method ${method}`);
    entries.push({ name, data: method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw) });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

module.exports = { writeZip, readZip };
