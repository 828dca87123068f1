import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { preview } from "vite";
import { startStaticServer, type RunningServer } from "./static-server";

/** Where the app is served: at the root by `vite preview`, and from a sub-path of a plain host. */
export type Sites = { rootUrl: string; subPathUrl: string; close: () => Promise<void> };

export const subPath = "/deploy/news-timeline/";

export async function startSites(distDir: string): Promise<Sites> {
  const previewServer = await startVitePreview(distDir);
  const copyRoot = await mkdtemp(join(tmpdir(), "e2e-subpath-"));
  await cp(distDir, join(copyRoot, subPath), { recursive: true });
  let staticServer: RunningServer;
  try {
    staticServer = await startStaticServer(copyRoot);
  } catch (error) {
    await previewServer.close();
    throw error;
  }
  return {
    rootUrl: `${previewServer.origin}/`,
    subPathUrl: `${staticServer.origin}${subPath}`,
    close: async () => {
      await Promise.allSettled([previewServer.close(), staticServer.close()]);
      await rm(copyRoot, { recursive: true, force: true });
    },
  };
}

async function startVitePreview(distDir: string): Promise<RunningServer> {
  const server = await preview({
    logLevel: "warn",
    build: { outDir: distDir },
    preview: { host: "127.0.0.1", port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === "string")
    throw new Error("vite preview did not report a TCP port");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  };
}
