/** Hands the reader a file made in the page (no server round trip, nothing stored). */
export function downloadFile(fileName: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL can go once it is read.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
