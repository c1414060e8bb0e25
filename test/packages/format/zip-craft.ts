// Hand-written zip bytes for hostile archives: any name, method, declared sizes, offsets and external attributes.
import { crc32, deflateRawSync } from 'node:zlib';

export interface CraftEntry {
  name: string | Buffer;
  data: Buffer;
  /** 8 deflate (default), 0 stored. */
  method?: 0 | 8;
  /** Overrides of what the headers claim. */
  declaredUncompressed?: number;
  declaredCompressed?: number;
  /** Upper 16 bits: unix mode (e.g. 0o120777 for a symlink). */
  unixMode?: number;
  /** Point this central-directory record at the local header of entry #i instead of its own (overlap). */
  localHeaderOf?: number;
  /** Write only a central directory record (no local header/data of its own); use with localHeaderOf. */
  centralOnly?: boolean;
}

export function craftZip(entries: readonly CraftEntry[]): Buffer {
  const locals: Buffer[] = [];
  const offsets: number[] = [];
  const metas: { name: Buffer; method: number; crc: number; csize: number; usize: number; mode: number }[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = typeof e.name === 'string' ? Buffer.from(e.name, 'utf8') : e.name;
    const method = e.method ?? 8;
    const body = method === 8 ? deflateRawSync(e.data) : e.data;
    const crc = crc32(e.data);
    const csize = e.declaredCompressed ?? body.length;
    const usize = e.declaredUncompressed ?? e.data.length;
    metas.push({ name, method, crc, csize, usize, mode: e.unixMode ?? 0o100644 });
    if (e.centralOnly) {
      offsets.push(-1);
      continue;
    }
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x800, 6);
    h.writeUInt16LE(method, 8);
    h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(csize, 18);
    h.writeUInt32LE(usize, 22);
    h.writeUInt16LE(name.length, 26);
    h.writeUInt16LE(0, 28);
    offsets.push(offset);
    locals.push(h, name, body);
    offset += h.length + name.length + body.length;
  }
  const cdStart = offset;
  const central: Buffer[] = [];
  entries.forEach((e, i) => {
    const m = metas[i];
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE((3 << 8) | 20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x800, 8);
    c.writeUInt16LE(m.method, 10);
    c.writeUInt32LE(m.crc, 16);
    c.writeUInt32LE(m.csize, 20);
    c.writeUInt32LE(m.usize, 24);
    c.writeUInt16LE(m.name.length, 28);
    c.writeUInt32LE((m.mode << 16) >>> 0, 38);
    c.writeUInt32LE(offsets[e.localHeaderOf ?? i], 42);
    central.push(c, m.name);
  });
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(cdStart, 16);
  return Buffer.concat([...locals, cd, end]);
}
