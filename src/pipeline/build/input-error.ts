// An input the build cannot use, named by file (and line where it applies) so the CLI can
// report it exactly and exit non-zero.

export class InputError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;

  constructor(
    file: string,
    message: string,
    line: number | null = null,
    column: number | null = null,
  ) {
    const where = line === null ? "" : column === null ? `:${line}` : `:${line}:${column}`;
    super(`${file}${where}: ${message}`);
    this.name = "InputError";
    this.file = file;
    this.line = line;
    this.column = column;
  }
}
