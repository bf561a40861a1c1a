/**
 * Writes the add-in's icons (16, 32, 64 and 80 px PNGs) into this folder: a green rounded
 * square with a white pulse line, drawn pixel by pixel so no image tool or download is needed.
 * Run with `node assets/make-icons.js` after changing the drawing; the PNGs are committed.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const BACKGROUND = [16, 124, 65];
const LINE = [255, 255, 255];

/** The pulse line as points in a 0–1 square, joined by straight segments. */
const PULSE = [
  [0.12, 0.55],
  [0.34, 0.55],
  [0.44, 0.3],
  [0.56, 0.78],
  [0.66, 0.45],
  [0.88, 0.45],
];

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Returns the RGBA colour of one pixel centre (x, y in 0–1). */
function pixel(x, y, size) {
  const radius = 0.18;
  const cornerX = Math.min(Math.max(x, radius), 1 - radius);
  const cornerY = Math.min(Math.max(y, radius), 1 - radius);
  if (Math.hypot(x - cornerX, y - cornerY) > radius) return [0, 0, 0, 0];

  const halfWidth = Math.max(0.06, 1.2 / size);
  const onLine = PULSE.slice(1).some((point, index) => distanceToSegment(x, y, PULSE[index], point) <= halfWidth);
  return [...(onLine ? LINE : BACKGROUND), 255];
}

function png(size) {
  const rows = [];
  for (let row = 0; row < size; row++) {
    const line = [0];
    for (let column = 0; column < size; column++) line.push(...pixel((column + 0.5) / size, (row + 0.5) / size, size));
    rows.push(Buffer.from(line));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), png(size));
