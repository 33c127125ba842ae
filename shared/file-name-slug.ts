/** A file name from a title: lower case, letters and digits (any script) joined by dashes. */
export function fileNameFromTitle(title: string, fallback: string, extension: string): string {
  const base = title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return `${base || fallback}.${extension}`;
}
