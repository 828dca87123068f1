export type SourceTree = { folders: string[]; files: string[] };
export type LaunchStamp = {
  bundle: string;
  node: string;
  folders: Record<string, string>;
  files: Record<string, string>;
};
export function sourceTree(root: string, folders: string[]): SourceTree;
export function launchStamp(
  root: string,
  bundle: string,
  folders: string[],
  files: string[],
): LaunchStamp;
export function stampHolds(root: string, stamp: Pick<LaunchStamp, "folders" | "files">): boolean;
export function stampedBundle(root: string, stampFile: string): string | null;
