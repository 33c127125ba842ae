/**
 * DuckDB ends parser/binder errors with a context block:
 *   LINE 2:   select nope from range(3)
 *                    ^
 * The quoted snippet may be one statement of the line, or a window with "..." around it,
 * so the caret is mapped back onto the real line of the executed text. Returns the
 * character offset in `executed`, or undefined when DuckDB gave no position.
 */
export function sqlErrorOffset(message: string, executed: string): number | undefined {
  const m = /\nLINE (\d+): (.*)\n( *)\^/.exec(message);
  if (!m) return undefined;
  const lineNo = Number(m[1]);
  const snippet = m[2]!;
  const caretInSnippet = m[3]!.length - `LINE ${m[1]}: `.length;
  const lines = executed.split("\n");
  const line = lines[lineNo - 1];
  if (line === undefined || caretInSnippet < 0) return undefined;
  const lead = snippet.startsWith("...") ? 3 : 0;
  const core = snippet.slice(lead).replace(/\.\.\.$/, "");
  const found = core.length > 0 ? line.indexOf(core) : -1;
  const index = found >= 0 ? found + caretInSnippet - lead : caretInSnippet;
  const column = Math.min(Math.max(index, 0), line.length);
  return lines.slice(0, lineNo - 1).reduce((n, l) => n + l.length + 1, 0) + column;
}

/** DuckDB's message without the context block. */
export function sqlErrorHeadline(message: string): string {
  return message.split("\n\nLINE ")[0]!.replace(/^Failed to extract statements: /, "");
}
