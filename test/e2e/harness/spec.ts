import type { BrowserContext, Page } from "playwright-core";
import type { BuiltDataset, Dataset } from "../../../src/shared/schema";
import type { Published } from "../../fixtures/read-published";
import type { PageIncidents } from "./page-watch";

export type Viewport = { width: number; height: number };
export const desktop: Viewport = { width: 1440, height: 900 };
export const phone: Viewport = { width: 375, height: 812 };

/** The datasets a run can serve: the real build, and the CLI's output for the injection folder. */
export type ServedDataset = Published;
export type E2eData = {
  /** The real build's dataset, index and article bodies joined. */
  main: BuiltDataset;
  /** Its index file (timeline.json) as served, raw and parsed. */
  mainJson: string;
  mainIndex: Dataset;
  injection: ServedDataset | Error;
};

/** How the dataset request is answered when a spec replaces it. */
export type DatasetReply =
  | {
      kind: "json";
      body: string;
      delayMs?: number;
      releasedBy?: Promise<void>;
      /** The files this index names (article bodies, full text), served beside it. */
      files?: Map<string, string>;
    }
  | { kind: "status"; status: number }
  | { kind: "hold" };

export type SpecContext = {
  page: Page;
  context: BrowserContext;
  data: E2eData;
  viewport: Viewport;
  incidents: PageIncidents;
  rootUrl: string;
  subPathUrl: string;
  /** Opens the app at the root site with the given query string ("" or "event=x&year=2024"). */
  open: (query?: string, options?: { at?: "root" | "subPath" }) => Promise<void>;
  replyToDataset: (reply: DatasetReply) => Promise<void>;
  /** Stops replacing the dataset: the next request gets the real file again. */
  restoreDataset: () => Promise<void>;
  screenshot: (name: string) => Promise<void>;
  note: (message: string) => void;
};

export type Spec = {
  name: string;
  viewport?: Viewport;
  colorScheme?: "light" | "dark";
  /** The CSP spec provokes violations on purpose. */
  expectCspViolations?: boolean;
  timeoutMs?: number;
  run: (ctx: SpecContext) => Promise<void>;
};
