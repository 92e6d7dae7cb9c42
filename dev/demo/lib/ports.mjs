// Fails early, with a clear message, when a port the demo needs is taken.
import net from "node:net"

export function assertPortFree(port, what) {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", (error) => {
      reject(
        new Error(
          error.code === "EADDRINUSE"
            ? `Port ${port} (${what}) is in use; stop what runs there or pick another port with the variable shown in dev/demo/README.md`
            : `Cannot check port ${port} (${what}): ${error.message}`
        )
      )
    })
    server.listen(port, () => server.close(() => resolve()))
  })
}
