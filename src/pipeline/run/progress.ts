// A progress bar for the map step, on stderr and only when stderr is a terminal: logs and
// pipes get the warnings and the summary line, nothing else.

import { SingleBar } from "cli-progress";

export type Progress = { tick(): void; stop(): void };

export function startProgress(total: number, label: string): Progress | null {
  if (!process.stderr.isTTY || total < 2) return null;
  const bar = new SingleBar({
    stream: process.stderr,
    format: `${label} [{bar}] {value}/{total} articles · {eta_formatted} left`,
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}
