/** "MINISTER OF DEFENSE" -> "Minister Of Defense"; "O'NEILL" -> "O'Neill". */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
