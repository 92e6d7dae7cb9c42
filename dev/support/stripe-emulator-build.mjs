// Compiles the Stripe emulator (dev/stripe-emulator) to JavaScript once per test run, with the very transpiler
// `node -r ts-node/register/transpile-only` uses (ts-node with the repository's tsconfig.json), so that the emulator
// each test file starts is plain node: loading TypeScript and transpiling in every one of those processes took about
// as long again as the rest of the emulator's start.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const source = path.join(root, "dev/stripe-emulator")
const SKIPPED_FOLDERS = new Set(["__tests__", "node_modules", "dist"])

async function sourceFiles(dir) {
  const files = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) files.push(...(await sourceFiles(file)))
    } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) {
      files.push(file)
    }
  }
  return files
}

/**
 * @param {string} outDir a folder inside the repository (the compiled files resolve `stripe` and the other packages
 *   from its node_modules)
 * @returns {Promise<string>} the compiled cli.js, for STRIPE_EMULATOR_BUILD (dev/support/stripe-emulator-process.mjs)
 */
export async function buildStripeEmulator(outDir) {
  const { create } = createRequire(import.meta.url)("ts-node")
  const service = create({ transpileOnly: true, cwd: root })
  for (const file of await sourceFiles(source)) {
    const target = path.join(outDir, path.relative(source, file).replace(/\.ts$/, ".js"))
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, service.compile(await readFile(file, "utf8"), file))
  }
  return path.join(outDir, "cli.js")
}
