// copw inspect FILE.copkg and copw keys show|list|trust|untrust: verify a package without writing; manage identity keys.
import type { Command } from 'commander';
import Database from 'better-sqlite3';
import { lstatSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../common/errors';
import type { PackageManifest, SignatureStatus } from '../../common/packages/manifest-types';
import { inspectWorkspace } from '../../node/db/open-workspace';
import { readPackage, type TrustedKeyRef } from '../../node/packages/archive-reader';
import { keyIdOf } from '../../node/packages/signature';
import { parsePublicKeyText } from '../../node/packages/identity';
import { createServices } from '../../node/services/create-services';
import { createInProcessClient } from '../../node/transport/in-process';
import { RESOURCES_DIR } from '../repo-paths';

/** Trusted keys of a workspace read through a read-only connection (inspect never writes, not even a migration). */
function readTrustedKeys(workspace: string): TrustedKeyRef[] {
  const { dbPath } = inspectWorkspace(resolve(workspace));
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'trusted_keys'").get();
    if (!hasTable) return [];
    return db.prepare('SELECT key_id AS keyId, name, public_key AS publicKey FROM trusted_keys').all() as TrustedKeyRef[];
  } finally {
    db.close();
  }
}

function describeSignature(s: SignatureStatus): string {
  if (s.state === 'unsigned') return 'unsigned';
  if (s.state === 'trusted') return `signed by ${s.name} (trusted, key ${s.keyId})`;
  return `signed by an unknown key ${s.keyId} (claims to be ${s.name})`;
}

function printInspect(m: PackageManifest, s: SignatureStatus, bytes: number): void {
  const c = m.counts;
  process.stdout.write(
    [
      `${m.title} — package ${m.packageId} v${m.packageVersion} (format ${m.formatVersion}, app ${m.appVersion})`,
      `Created ${m.createdAt} by ${m.creator.name}`,
      `Signature: ${describeSignature(s)}`,
      `Contents: ${c.notes} notes, ${c.attachments} attachments, ${c.domains} domains, ${c.members} members, ${c.plans} plans, ${c.templates} templates`,
      `Entries: ${m.entries.length} files, ${bytes} bytes uncompressed; all checksums verified`,
      ...(m.description ? ['', m.description] : []),
    ].join('\n') + '\n',
  );
}

/** Reads a key file as printed by `copw keys show` (or --json, or PEM); the name comes from --name, the file, or the key id. */
function readKeyFile(file: string): { publicKey: string; name: string | null } {
  const path = resolve(file);
  const st = (() => {
    try {
      return lstatSync(path);
    } catch {
      throw new AppError('NOT_FOUND', `No key file at ${path}`);
    }
  })();
  if (!st.isFile()) throw new AppError('INVALID_INPUT', `${path} is not a regular file`);
  if (st.size > 64 * 1024) throw new AppError('INVALID_INPUT', `${path} is too large to be a key file`);
  const text = readFileSync(path, 'utf8');
  const publicKey = parsePublicKeyText(text);
  let name: string | null = null;
  try {
    const json = JSON.parse(text) as { name?: unknown };
    if (typeof json.name === 'string' && json.name.trim()) name = json.name.trim();
  } catch {
    name = /^name:\s*(.+)$/im.exec(text)?.[1].trim() ?? null;
  }
  return { publicKey, name };
}

async function withClient<T>(workspace: string, fn: (client: ReturnType<typeof createInProcessClient>) => Promise<T>): Promise<T> {
  const services = createServices({ workspaceDir: resolve(workspace), resourcesDir: RESOURCES_DIR });
  try {
    return await fn(createInProcessClient(services));
  } finally {
    services.close();
  }
}

export function registerPackagesKeysCommands(program: Command): void {
  program
    .command('inspect')
    .description('Verify a .copkg package (structure, checksums, signature) and show its manifest; reads nothing but the archive')
    .argument('<file>', 'package file (.copkg)')
    .option('--workspace <dir>', 'workspace whose trusted keys label the signature (opened read-only)')
    .option('--json', 'print {manifest, signature, counts, entries, bytes} as JSON')
    .action(async (file: string, opts: { workspace?: string; json?: boolean }) => {
      const trustedKeys = opts.workspace ? readTrustedKeys(opts.workspace) : [];
      const { manifest, signature, files } = await readPackage(resolve(file), { trustedKeys });
      let bytes = 0;
      for (const b of files.values()) bytes += b.length;
      if (opts.json) {
        process.stdout.write(JSON.stringify({ manifest, signature, counts: manifest.counts, entries: manifest.entries.length, bytes }, null, 2) + '\n');
      } else printInspect(manifest, signature, bytes);
    });

  const keys = program.command('keys').description("This workspace's signing identity and the keys it trusts");
  keys
    .command('show')
    .description("Show this workspace's public key (created on first use); give the output to members who should trust you")
    .requiredOption('--workspace <dir>', 'workspace folder')
    .option('--json', 'print {keyId, name, publicKey} as JSON')
    .action(async (opts: { workspace: string; json?: boolean }) => {
      const id = await withClient(opts.workspace, (c) => c.call('keys.show', {}));
      if (opts.json) process.stdout.write(JSON.stringify(id, null, 2) + '\n');
      else process.stdout.write(`Key id: ${id.keyId}\nName: ${id.name}\nPublic key: ${id.publicKey}\n`);
    });
  keys
    .command('list')
    .description('List the trusted keys')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .option('--json', 'print the list as JSON')
    .action(async (opts: { workspace: string; json?: boolean }) => {
      const list = await withClient(opts.workspace, (c) => c.call('keys.list', {}));
      if (opts.json) process.stdout.write(JSON.stringify(list, null, 2) + '\n');
      else if (list.length === 0) process.stdout.write('No trusted keys\n');
      else for (const k of list) process.stdout.write(`${k.keyId}  ${k.name}  (trusted ${k.trustedAt})\n`);
    });
  keys
    .command('trust')
    .description('Trust the public key in FILE (as printed by `copw keys show`, its --json form, or a PEM public key)')
    .argument('<file>', 'file holding the public key')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .option('--name <name>', 'who the key belongs to (default: the name in the file)')
    .option('--json', 'print the trusted key as JSON')
    .action(async (file: string, opts: { workspace: string; name?: string; json?: boolean }) => {
      const { publicKey, name } = readKeyFile(file);
      const chosen = opts.name?.trim() || name || `key ${keyIdOf(publicKey)}`;
      const key = await withClient(opts.workspace, (c) => c.call('keys.trust', { publicKey, name: chosen }));
      if (opts.json) process.stdout.write(JSON.stringify(key, null, 2) + '\n');
      else process.stdout.write(`Trusted ${key.name} (key ${key.keyId})\n`);
    });
  keys
    .command('untrust')
    .description('Stop trusting a key')
    .argument('<keyId>', 'key id as shown by `copw keys list`')
    .requiredOption('--workspace <dir>', 'workspace folder')
    .action(async (keyId: string, opts: { workspace: string }) => {
      await withClient(opts.workspace, (c) => c.call('keys.untrust', { keyId }));
      process.stdout.write(`No longer trusting key ${keyId}\n`);
    });
}
