// Builds the plugin's host app for production in a scratch directory (the shared .medusa/ is left alone), adds
// the bare comparison route to the build output only, and starts it with `medusa start`.
import { spawn } from "node:child_process"
import { cp, mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises"
import { readFileSync, readdirSync } from "node:fs"
import http from "node:http"
import path from "node:path"

export const BARE_ROUTE_PATH = "/hooks/stripe-connect/bench-bare"

const BARE_ROUTE_JS = `"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.POST = void 0;
// Benchmark only: the framework's ceiling, a route that answers 200 without doing anything.
const POST = async (_req, res) => { res.status(200).json({ received: true }); };
exports.POST = POST;
`

export function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(" ")} exited ${code}:\n${output.slice(-4000)}`))))
  })
}

export async function buildApp(root, workDir, env) {
  await rm(workDir, { recursive: true, force: true })
  await mkdir(workDir, { recursive: true })
  for (const entry of ["src", "medusa-config.ts", "tsconfig.json", "package.json"]) {
    await cp(path.join(root, entry), path.join(workDir, entry), { recursive: true })
  }
  await symlink(path.join(root, "node_modules"), path.join(workDir, "node_modules"))
  const medusa = path.join(root, "node_modules/.bin/medusa")
  await run(medusa, ["build"], { cwd: workDir, env })

  const server = path.join(workDir, ".medusa/server")
  // medusa-config.ts is excluded from the plugin's tsconfig; compile it for the built app.
  const ts = (await import("typescript")).default
  const source = await readFile(path.join(workDir, "medusa-config.ts"), "utf8")
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021, esModuleInterop: true },
  })
  await writeFile(path.join(server, "medusa-config.js"), outputText)
  await mkdir(path.join(server, "src/api", BARE_ROUTE_PATH), { recursive: true })
  await writeFile(path.join(server, "src/api", BARE_ROUTE_PATH, "route.js"), BARE_ROUTE_JS)
  await symlink(path.join(root, "node_modules"), path.join(server, "node_modules"))
  return { server, medusa }
}

export function getJson(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        let body = ""
        response.on("data", (chunk) => (body += chunk))
        response.on("end", () => resolve({ status: response.statusCode, body: body ? safeJson(body) : null }))
      })
      .on("error", reject)
  })
}

export function postJson(url, data, headers = {}) {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(data)
    const request = http.request(
      url,
      { method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers } },
      (response) => {
        let text = ""
        response.on("data", (chunk) => (text += chunk))
        response.on("end", () => resolve({ status: response.statusCode, body: text ? safeJson(text) : null }))
      }
    )
    request.on("error", reject)
    request.end(body)
  })
}

function safeJson(text) {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

export async function startApp({ server, medusa, args = ["start"], env, port, log }) {
  const child = spawn(medusa, args, { cwd: server, env, stdio: ["ignore", "pipe", "pipe"] })
  child.stdout.on("data", (chunk) => log(String(chunk)))
  child.stderr.on("data", (chunk) => log(String(chunk)))
  const until = Date.now() + 180_000
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`medusa start exited with ${child.exitCode ?? child.signalCode}`)
    try {
      const { status } = await getJson(`http://127.0.0.1:${port}/health`)
      if (status === 200) return child
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  child.kill("SIGTERM")
  throw new Error("medusa start did not answer /health within 180 s")
}

/** A process and its descendants, from /proc. */
function processTree(rootPid) {
  const parents = new Map()
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8")
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      parents.set(Number(entry), ppid)
    } catch {
      // process ended
    }
  }
  const tree = new Set([rootPid])
  let grew = true
  while (grew) {
    grew = false
    for (const [pid, ppid] of parents) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid)
        grew = true
      }
    }
  }
  return tree
}

/** Resident memory (kB) of a process and its descendants. */
export function treeRssKb(rootPid) {
  let total = 0
  for (const pid of processTree(rootPid)) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8")
      const match = status.match(/VmRSS:\s+(\d+)/)
      if (match) total += Number(match[1])
    } catch {
      // process ended
    }
  }
  return total
}

/** CPU time (ms, user and system) used so far by a process and its descendants; /proc counts 100 ticks a second. */
export function treeCpuMs(rootPid) {
  let ticks = 0
  for (const pid of processTree(rootPid)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      ticks += Number(fields[11]) + Number(fields[12])
    } catch {
      // process ended
    }
  }
  return ticks * 10
}

/**
 * The busiest main thread among a process and its descendants (Node runs JavaScript there): its CPU time and the
 * time it was ready to run but waited for a core (ms, from /proc schedstat). CPU near 1 core a second means the app
 * was CPU-bound; well below, it either waited for a core (the wait says how long) or had nothing to do.
 */
export function mainThreadMs(rootPid) {
  let busiest = { cpu: 0, waitingForCore: 0 }
  for (const pid of processTree(rootPid)) {
    try {
      const [cpuNs, waitNs] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, "utf8").trim().split(" ").map(Number)
      if (cpuNs / 1e6 > busiest.cpu) busiest = { cpu: cpuNs / 1e6, waitingForCore: waitNs / 1e6 }
    } catch {
      // process ended
    }
  }
  return busiest
}

/** Stops an app started by `startApp`: SIGTERM, then SIGKILL if it has not exited a second later. */
export async function stopApp(app) {
  if (app.exitCode !== null || app.signalCode !== null) return
  app.kill("SIGTERM")
  await new Promise((resolve) => setTimeout(resolve, 1000))
  if (app.exitCode === null && app.signalCode === null) app.kill("SIGKILL")
}
