// What the machine did wrong rather than the input or the code: a folder that cannot be
// written, a full disk, a file that cannot be read. One line naming the path and the cause,
// exit 1, never a stack trace.

export class EnvironmentError extends Error {
  readonly path: string;

  constructor(path: string, cause: string) {
    super(`${path}: ${cause}`);
    this.name = "EnvironmentError";
    this.path = path;
  }
}

const CAUSES: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EROFS: "read-only file system",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "is a folder, not a file",
  ENOENT: "does not exist",
  EEXIST: "already exists",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "name too long",
  EMFILE: "too many open files",
  ENFILE: "too many open files",
  EIO: "input/output error",
  EBUSY: "busy",
  EFBIG: "file too large",
};

export function errnoOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** A system call's error as a plain cause ("permission denied"), or null if it is not one. */
export function describeErrno(error: unknown): string | null {
  const code = errnoOf(error);
  if (code === undefined || !/^E[A-Z]+$/.test(code)) return null;
  return CAUSES[code] ?? `system error ${code}`;
}

/** Re-throws a file-system error as an EnvironmentError naming `path`; others unchanged. */
export function asEnvironmentError(error: unknown, path: string, doing: string): unknown {
  const cause = describeErrno(error);
  return cause === null ? error : new EnvironmentError(path, `${doing}: ${cause}`);
}
