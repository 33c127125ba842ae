import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { PostgreSQL, sql } from "@codemirror/lang-sql";
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { type Diagnostic, linter, lintGutter, setDiagnostics } from "@codemirror/lint";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, placeholder } from "@codemirror/view";
import { useEffect, useRef } from "react";
import type { CellError } from "../store/cell-types.ts";

interface Props {
  value: string;
  onChange(value: string): void;
  onRun(): void;
  onCancel(): void;
  error: CellError | null;
  placeholderText: string;
}

/** The end of the word at `from`, so the underline covers the token DuckDB complained about. */
function tokenEnd(text: string, from: number): number {
  const m = /^[\w$"'.]+/.exec(text.slice(from));
  return Math.min(text.length, from + Math.max(1, m ? m[0].length : 1));
}

/** Runs a key command and tells CodeMirror the key was taken. */
function handled(action: () => void): boolean {
  action();
  return true;
}

export function SqlEditor({ value, onChange, onRun, onCancel, error, placeholderText }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const handlers = useRef({ onChange, onRun, onCancel });
  handlers.current = { onChange, onRun, onCancel };

  // biome-ignore lint/correctness/useExhaustiveDependencies: created once; later text comes from typing in it
  useEffect(() => {
    const state = EditorState.create({
      doc: value,
      extensions: [
        lineNumbers(),
        history(),
        bracketMatching(),
        highlightSelectionMatches(),
        sql({ dialect: PostgreSQL, upperCaseKeywords: true }),
        syntaxHighlighting(defaultHighlightStyle),
        placeholder(placeholderText),
        linter(null),
        lintGutter(),
        keymap.of([
          { key: "Shift-Enter", run: () => handled(handlers.current.onRun) },
          { key: "Mod-Enter", run: () => handled(handlers.current.onRun) },
          { key: "Escape", run: () => handled(handlers.current.onCancel) },
          ...defaultKeymap,
          ...historyKeymap,
          ...searchKeymap,
        ]),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) handlers.current.onChange(u.state.doc.toString());
        }),
        EditorView.contentAttributes.of({ "aria-label": "SQL editor" }),
      ],
    });
    view.current = new EditorView({ state, parent: host.current! });
    return () => view.current?.destroy();
  }, []);

  // Replace the text only when it changed from outside (e.g. "query this table").
  useEffect(() => {
    const v = view.current;
    if (v && v.state.doc.toString() !== value) {
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
    }
  }, [value]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const diagnostics: Diagnostic[] = [];
    if (error?.position) {
      const text = v.state.doc.toString();
      const from = Math.min(error.position.offset, text.length);
      diagnostics.push({ from, to: tokenEnd(text, from), severity: "error", message: error.message });
    }
    v.dispatch(setDiagnostics(v.state, diagnostics));
  }, [error]);

  return <div className="sql-editor" ref={host} data-testid="sql-editor" />;
}
