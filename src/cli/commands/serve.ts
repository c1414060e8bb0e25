// copw serve [--workspace DIR] [--port N]: the browser host on 127.0.0.1.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { AppError } from '../../common/errors';
import { defaultWorkspaceDir } from '../../node/paths';
import { createServices } from '../../node/services/create-services';
import { warmUpSearch } from '../../node/search/warm-up';
import { startServer } from '../../server/http-server';
import { ensureUiBuilt } from '../ensure-ui-built';
import { RENDERER_DIR, RESOURCES_DIR } from '../repo-paths';

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new AppError('INVALID_INPUT', `--port must be a number from 0 to 65535, got "${value}"`);
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the workbench to a browser on 127.0.0.1 (prints the URL with its access token)')
    .option('--workspace <dir>', 'workspace folder (default: your default workspace, created from the demo on first run)')
    .option('--port <n>', 'port; 0 picks a free one', '0')
    .action(async (opts: { workspace?: string; port: string }) => {
      const port = parsePort(opts.port);
      const log = (line: string) => process.stderr.write(line + '\n');
      ensureUiBuilt(log);
      const services = createServices({
        workspaceDir: opts.workspace ? resolve(opts.workspace) : defaultWorkspaceDir(),
        resourcesDir: RESOURCES_DIR,
        createIfMissing: opts.workspace ? false : 'demo',
      });
      warmUpSearch(services);
      const server = await startServer({ services, assetsDir: RENDERER_DIR, port });
      process.stdout.write(`${server.url}\n`);
      log(`Serving ${services.workspaceDir} — press Ctrl+C to stop`);
      const stop = async () => {
        await server.close();
        services.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
