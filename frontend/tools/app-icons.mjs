// Draws the installable app's icons (192/512 px, and a maskable 512 px with its art inside the
// safe zone) as PNGs into public/icons. Run: node tools/app-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const NAVY = [11, 42, 68];
const LAGOON = [22, 163, 170];
const SAND = [245, 233, 200];
const WHITE = [255, 255, 255];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A lagoon disc on navy with a white wave and a sand reef line; `scale` shrinks the art to a safe zone. */
function art(scale, roundedCorners) {
  return (u, v) => {
    const x = (u - 0.5) / scale + 0.5;
    const y = (v - 0.5) / scale + 0.5;
    if (roundedCorners) {
      const corner = 0.18;
      const dx = Math.max(0, Math.abs(u - 0.5) - (0.5 - corner));
      const dy = Math.max(0, Math.abs(v - 0.5) - (0.5 - corner));
      if (dx * dx + dy * dy > corner * corner) return [0, 0, 0, 0];
    }
    const r = Math.hypot(x - 0.5, y - 0.5);
    if (r > 0.36) return [...NAVY, 255];
    const wave = 0.5 + 0.05 * Math.sin((x - 0.14) * Math.PI * 4);
    if (Math.abs(y - wave) < 0.028) return [...WHITE, 255];
    if (y > 0.7 + 0.03 * Math.sin(x * Math.PI * 6)) return [...SAND, 255];
    return [...LAGOON, 255];
  };
}

writeFileSync('public/icons/icon-192.png', png(192, art(1, true)));
writeFileSync('public/icons/icon-512.png', png(512, art(1, true)));
// Maskable: full-bleed background, art within the central 80 % circle.
writeFileSync('public/icons/icon-maskable-512.png', png(512, art(0.78, false)));
