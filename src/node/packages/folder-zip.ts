// Zips a folder (an exported HTML mini-site or Markdown vault) into one .zip file, so a UI without file paths can
// download it. Regular files only, sorted paths, written to a temp file then renamed.
import { lstatSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { AppError } from '../../common/errors';
import { dosDateTime, encodeEntry, endOfCentralDirectory } from './zip-encode';

/** Files below `dir` as zip paths ("a/b.html"), depth-first and sorted; symlinks and special files are skipped. */
function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    const st = lstatSync(full);
    if (st.isDirectory()) out.push(...listFiles(full, `${prefix}${name}/`));
    else if (st.isFile()) out.push(`${prefix}${name}`);
  }
  return out;
}

/** Writes `srcDir` as `outPath` with every entry under `root/` (so unzipping gives one folder). Returns the entry count. */
export function zipFolder(srcDir: string, outPath: string, root: string, now = new Date()): number {
  const files = listFiles(srcDir);
  if (files.length > 0xfffe) throw new AppError('PKG_TOO_MANY_ENTRIES', `${files.length} files is over the zip limit of ${0xfffe} (ZIP64 is not written)`);
  const when = dosDateTime(now);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const rel of files) {
    const data = readFileSync(join(srcDir, rel));
    const deflated = data.length > 64 ? deflateRawSync(data) : null;
    const enc = encodeEntry(`${root}/${rel}`, data, deflated && deflated.length < data.length ? deflated : null, offset, when);
    parts.push(...enc.chunks);
    central.push(enc.central);
    offset += enc.bytes;
    if (offset > 0xf0000000) throw new AppError('PKG_TOTAL_TOO_LARGE', 'The zip would be over 4 GB (ZIP64 is not written)');
  }
  const cd = Buffer.concat(central);
  parts.push(cd, endOfCentralDirectory(files.length, cd.length, offset));
  const tmp = join(dirname(outPath), `.${basename(outPath)}.${randomUUID()}.tmp`);
  try {
    writeFileSync(tmp, Buffer.concat(parts), { flag: 'wx', mode: 0o644 });
    renameSync(tmp, outPath);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  return files.length;
}
