// Runs a compiled entry point from dist/ with the workspace path aliases (@leerrecht/...) mapped
// to their compiled files. Usage: node tools/runtime/run.js apps/verzuim/src/main.js
'use strict';
const path = require('node:path');
const tsConfigPaths = require('tsconfig-paths');
const base = require('../../tsconfig.base.json');

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist');
const paths = Object.fromEntries(
  Object.entries(base.compilerOptions.paths).map(([alias, targets]) => [alias, targets.map((t) => t.replace(/\.ts$/, '.js'))]),
);
tsConfigPaths.register({ baseUrl: dist, paths });

const entry = process.argv[2];
if (!entry) {
  process.stderr.write('gebruik: node tools/runtime/run.js apps/<service>/src/main.js\n');
  process.exit(2);
}
require(path.join(dist, entry));
