import { mkdir, readdir, symlink, writeFile } from "node:fs/promises"
import path from "node:path"
import { runCommand, tail } from "./run-command"

export const repoRoot = path.resolve(__dirname, "../..")
export const PLUGIN_NAME = "medusa-plugin-stripe-connect"
const medusaCli = path.join(repoRoot, "node_modules/@medusajs/cli/cli.js")

/** The environment for commands run in a host: the test's own, minus what belongs to jest or the root app. */
export function hostEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const key of ["TEST_TYPE", "NODE_OPTIONS", "DATABASE_URL", "JEST_WORKER_ID", "MEDUSA_ADMIN_DISABLED"]) {
    delete env[key]
  }
  return { ...env, MEDUSA_DISABLE_TELEMETRY: "true", LOG_LEVEL: "info", ...extra }
}

/** Runs the Medusa CLI (the repository's, like any host's `npx medusa`) in `cwd`; throws with its output on failure. */
export async function medusa(args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs = 180_000): Promise<string> {
  const { code, output } = await runCommand(process.execPath, [medusaCli, ...args], { cwd, env, timeoutMs })
  if (code !== 0) {
    throw new Error(`medusa ${args.join(" ")} failed in ${cwd} (exit ${code}):\n${tail(output)}`)
  }
  return output
}

/** `medusa plugin:build` then `npm pack` into `outDir`; returns the tarball's path. */
export async function buildAndPackPlugin(outDir: string): Promise<string> {
  const env = hostEnv({})
  await medusa(["plugin:build"], repoRoot, env)
  const packed = await runCommand("npm", ["pack", "--json", "--pack-destination", outDir], {
    cwd: repoRoot,
    env,
    timeoutMs: 120_000,
  })
  if (packed.code !== 0) {
    throw new Error(`npm pack failed (exit ${packed.code}):\n${tail(packed.output)}`)
  }
  const jsonStart = packed.output.indexOf("[")
  const [{ filename }] = JSON.parse(packed.output.slice(jsonStart)) as { filename: string }[]
  return path.join(outDir, filename)
}

/**
 * Makes a minimal Medusa host in `dir`: package.json, tsconfig.json and a medusa-config.ts listing the plugin
 * with `pluginOptionsSource` (TypeScript source of the options object). The plugin is the packed tarball,
 * unpacked into node_modules as `npm install <tarball>` does; Medusa and the plugin's dependencies are the
 * repository's node_modules, linked entry by entry, so nothing is downloaded.
 */
export async function createHostApp(dir: string, tarball: string, pluginOptionsSource: string): Promise<void> {
  const nodeModules = path.join(dir, "node_modules")
  const pluginDir = path.join(nodeModules, PLUGIN_NAME)
  await mkdir(pluginDir, { recursive: true })

  const untar = await runCommand("tar", ["-xzf", tarball, "-C", pluginDir, "--strip-components=1"], {
    cwd: dir,
    env: process.env,
    timeoutMs: 60_000,
  })
  if (untar.code !== 0) throw new Error(`tar failed: ${untar.output}`)

  for (const entry of await readdir(path.join(repoRoot, "node_modules"))) {
    if (entry === PLUGIN_NAME) continue
    await symlink(path.join(repoRoot, "node_modules", entry), path.join(nodeModules, entry))
  }

  await writeFile(
    path.join(dir, "package.json"),
    JSON.stringify(
      {
        name: "stripe-connect-packaging-host",
        version: "0.0.0",
        private: true,
        scripts: { build: "medusa build", start: "medusa start" },
        dependencies: {
          [PLUGIN_NAME]: `file:${tarball}`,
          "@medusajs/framework": "2.21.2",
          "@medusajs/medusa": "2.21.2",
          "@medusajs/cli": "2.21.2",
        },
      },
      null,
      2
    )
  )
  await writeFile(
    path.join(dir, "tsconfig.json"),
    JSON.stringify(
      {
        compilerOptions: {
          target: "ES2021",
          esModuleInterop: true,
          module: "Node16",
          moduleResolution: "Node16",
          emitDecoratorMetadata: true,
          experimentalDecorators: true,
          skipLibCheck: true,
          declaration: false,
          outDir: "./.medusa/server",
          rootDir: "./",
          strict: true,
        },
        include: ["**/*"],
        exclude: ["node_modules", ".medusa"],
      },
      null,
      2
    )
  )
  await writeFile(
    path.join(dir, "medusa-config.ts"),
    `import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:9000",
      jwtSecret: "packaging-test-jwt-secret",
      cookieSecret: "packaging-test-cookie-secret",
    },
  },
  admin: { disable: true },
  plugins: [
    {
      resolve: "${PLUGIN_NAME}",
      options: ${pluginOptionsSource},
    },
  ],
})
`
  )
}

/**
 * What a store does for production: \`medusa build\` (backend only, the admin is disabled), then the built app in
 * .medusa/server gets its dependencies (here: the host's node_modules, linked). Returns the built app's folder.
 */
export async function buildHostApp(dir: string, env: NodeJS.ProcessEnv): Promise<string> {
  await medusa(["build"], dir, env)
  const serverDir = path.join(dir, ".medusa", "server")
  await symlink(path.join(dir, "node_modules"), path.join(serverDir, "node_modules"))
  return serverDir
}

export const medusaCliPath = medusaCli
