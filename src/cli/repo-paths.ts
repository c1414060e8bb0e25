// Locations the CLI needs inside the installed app: resources and the built UI.
import { join, resolve } from 'node:path';
import { findResourcesDir } from '../node/paths';

export const RESOURCES_DIR = findResourcesDir();
export const APP_ROOT = resolve(RESOURCES_DIR, '..');
export const RENDERER_DIR = join(APP_ROOT, 'out', 'renderer');
