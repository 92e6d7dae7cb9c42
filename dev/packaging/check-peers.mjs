#!/usr/bin/env node
// Checks that the packed plugin installs without ERESOLVE, with the dashboard's @medusajs/ui only and with Medusa's
// @medusajs/draft-order at the store's root, into a store on the lowest Medusa version its peerDependencies admit and
// on the version it is developed against
// (`npm run check:peers`). `npm run check:store` (try-store.mjs) goes further: install, build, migrate, start.
//
// Each store is a fresh folder with the packages a store made by create-medusa-app lists, at one version, plus the
// plugin's tarball; `npm install --package-lock-only` resolves the whole tree against the registry (peers
// included) without downloading packages. Opt-in: it needs the npm registry and takes about a minute per version.
//
//   npm run check:peers                      builds and packs the plugin first
//   TARBALL=path/to.tgz npm run check:peers  checks an existing tarball
import { spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"

const require = createRequire(import.meta.url)
const semver = require("semver")
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const pkg = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"))
const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" }

function run(command, args, cwd) {
  const started = Date.now()
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
  return { code: result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}`, seconds: (Date.now() - started) / 1000 }
}

function pack(workDir) {
  if (process.env.TARBALL) return path.resolve(process.env.TARBALL)
  const build = run(process.execPath, [path.join(repoRoot, "node_modules/@medusajs/cli/cli.js"), "plugin:build"], repoRoot)
  if (build.code !== 0) throw new Error(`medusa plugin:build failed:\n${build.output}`)
  const packed = run("npm", ["pack", "--json", "--pack-destination", workDir], repoRoot)
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.output}`)
  const [{ filename }] = JSON.parse(packed.output.slice(packed.output.indexOf("[")))
  return path.join(workDir, filename)
}

/** The store's package.json: what create-medusa-app writes, all @medusajs packages at `version`. */
function storePackage(version, tarball) {
  return {
    name: `store-medusa-${version}`,
    version: "0.0.0",
    private: true,
    dependencies: {
      "@medusajs/admin-sdk": version,
      "@medusajs/cli": version,
      "@medusajs/framework": version,
      "@medusajs/medusa": version,
      [pkg.name]: `file:${tarball}`,
    },
    devDependencies: { "@medusajs/test-utils": version, react: "^18.2.0", "react-dom": "^18.2.0" },
  }
}

const range = pkg.peerDependencies["@medusajs/framework"]
const lowest = semver.minVersion(range).version
const developed = pkg.devDependencies["@medusajs/framework"]
const versions = [...new Set([lowest, developed])]
for (const version of versions) {
  if (!semver.satisfies(version, range)) {
    console.error(`check:peers: ${version} is not within the peer range ${range}`)
    process.exit(1)
  }
}

const workDir = mkdtempSync(path.join(os.tmpdir(), "stripe-connect-peers-"))
let failed = false
try {
  const tarball = pack(workDir)
  console.log(`check:peers: ${path.basename(tarball)}, peer range ${range}; stores on ${versions.join(", ")}`)
  for (const version of versions) {
    const storeDir = mkdtempSync(path.join(workDir, `store-${version}-`))
    writeFileSync(path.join(storeDir, "package.json"), JSON.stringify(storePackage(version, tarball), null, 2))
    const install = run("npm", ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund"], storeDir)
    if (install.code === 0) {
      // One @medusajs/ui in the tree: the plugin's admin and the dashboard must share it (its providers, its styles).
      const lock = JSON.parse(readFileSync(path.join(storeDir, "package-lock.json"), "utf8"))
      const uis = [
        ...new Set(
          Object.entries(lock.packages)
            .filter(([location]) => location.endsWith("node_modules/@medusajs/ui"))
            .map(([, entry]) => entry.version)
        ),
      ]
      // Medusa loads its own draft-order admin plugin from the store's root: nested under @medusajs/medusa (npm does
      // that when a peer of the plugin roots another @medusajs/icons or ui than Medusa's), `medusa build` fails.
      const draftOrderAtRoot = lock.packages["node_modules/@medusajs/draft-order"]?.version === version
      if (uis.length !== 1) {
        failed = true
        console.log(`  FAIL  Medusa ${version}: @medusajs/ui ${uis.join(", ")} in the tree, the dashboard's and the plugin's differ`)
      } else if (!draftOrderAtRoot) {
        failed = true
        console.log(`  FAIL  Medusa ${version}: @medusajs/draft-order ${version} is not at the store's root (medusa build cannot find it)`)
      } else {
        console.log(
          `  ok    Medusa ${version}: resolves without ERESOLVE, one @medusajs/ui ${uis[0]}, @medusajs/draft-order at the root (${install.seconds.toFixed(0)} s)`
        )
      }
    } else {
      failed = true
      const reason = install.output.includes("ERESOLVE") ? "ERESOLVE" : `exit ${install.code}`
      console.log(`  FAIL  Medusa ${version}: ${reason} (${install.seconds.toFixed(0)} s)\n${install.output.trim().split("\n").slice(0, 40).join("\n")}`)
    }
  }
} finally {
  rmSync(workDir, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
