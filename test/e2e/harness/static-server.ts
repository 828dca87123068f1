import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

// A deliberately dumb static host: no rewrites, no SPA fallback. If the built site works
// here, it works on any plain static host (and under whatever sub-path it is copied to).
const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

export type RunningServer = { origin: string; close: () => Promise<void> };

export async function startStaticServer(rootDir: string): Promise<RunningServer> {
  const server = createServer((request, response) => {
    void serveFile(rootDir, request.url ?? "/").then(
      (file) => {
        if (!file) {
          response.writeHead(404, { "content-type": "text/plain" }).end("not found");
          return;
        }
        const type = contentTypes[extname(file)] ?? "application/octet-stream";
        response.writeHead(200, { "content-type": type, "cache-control": "no-store" });
        createReadStream(file).pipe(response);
      },
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
}

async function serveFile(rootDir: string, url: string): Promise<string | null> {
  const pathname = decodeURIComponent(new URL(url, "http://host").pathname);
  const candidate = normalize(join(rootDir, pathname));
  if (candidate !== rootDir && !candidate.startsWith(rootDir + sep)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = join(candidate, "index.html");
    return (await stat(index).catch(() => null))?.isFile() ? index : null;
  }
  return null;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
