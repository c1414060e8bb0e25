// Process entry of the copw command (loaded by bin/copw.mjs).
import { runCli } from './main';

const code = await runCli(process.argv.slice(2));
// serve keeps the process alive; everything else ends here.
if (code !== 0 || !process.argv.slice(2).includes('serve')) process.exitCode = code;
