// The layer rule: which folders may import what. Used by eslint.config.js and its own test.
const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http', 'http2',
  'https', 'module', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'tls', 'url', 'util', 'v8', 'vm',
  'worker_threads', 'zlib',
];
const NATIVE_AND_DESKTOP = ['electron', 'better-sqlite3', 'ws', 'commander', 'tsx'];

const restrict = (message, patterns) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

const nodeAndDesktop = [...NODE_BUILTINS, 'node:*', ...NATIVE_AND_DESKTOP];

export const layerRules = [
  {
    files: ['src/common/**/*.{ts,tsx}'],
    rules: restrict('src/common is pure TypeScript: no DOM-only, Node or Electron imports, and no imports from other layers.', [
      ...nodeAndDesktop,
      'react',
      'react-dom',
      '**/node/**',
      '**/renderer/**',
      '**/server/**',
      '**/cli/**',
      '**/electron/**',
    ]),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: restrict('The renderer never imports Node, Electron or native modules, nor the node/server/cli layers.', [
      ...nodeAndDesktop,
      '**/node/**',
      '**/server/**',
      '**/cli/**',
      '**/electron/**',
    ]),
  },
  {
    files: ['src/node/**/*.{ts,tsx}'],
    rules: restrict('The service layer never imports Electron, React or the hosts above it.', [
      'electron',
      'react',
      'react-dom',
      '**/renderer/**',
      '**/server/**',
      '**/cli/**',
      '**/electron/**',
    ]),
  },
  {
    files: ['src/server/**/*.{ts,tsx}', 'src/cli/**/*.{ts,tsx}'],
    rules: restrict('Hosts on Node never import Electron or the renderer.', ['electron', 'react', 'react-dom', '**/renderer/**', '**/electron/**']),
  },
];
