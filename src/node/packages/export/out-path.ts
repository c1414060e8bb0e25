// Checks where a package may be written: a *.copkg file outside the workspace folder, in a folder that exists.
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { AppError } from '../../../common/errors';

/** The absolute target path, or INVALID_INPUT/NOT_FOUND (an existing non-.copkg file is never overwritten: see writePackage). */
export function checkOutPath(outPath: string, workspaceDir: string): string {
  const target = resolve(outPath);
  if (!/\.copkg$/i.test(target)) throw new AppError('INVALID_INPUT', `A package file name must end in .copkg: ${outPath}`);
  let folder: string;
  try {
    folder = realpathSync(dirname(target));
  } catch {
    throw new AppError('NOT_FOUND', `The folder of ${outPath} does not exist`);
  }
  const ws = realpathSync(workspaceDir);
  const rel = relative(ws, folder);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) {
    throw new AppError('INVALID_INPUT', `Refusing to write a package inside the workspace folder ${workspaceDir}; choose a folder outside it`);
  }
  return target;
}
