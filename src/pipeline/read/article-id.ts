// Article ids come from file names so they stay the same across builds and machines.

export function articleIdOf(file: string): string {
  const base = file.replace(/^.*[\\/]/, "").replace(/\.txt$/i, "");
  const id = base
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}_-]+/gu, "-")
    .replace(/^-+|(?<!-)-+$/g, "");
  return id === "" ? "article" : id;
}
