import { autocompletion, type CompletionSource } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { PostgreSQL, type SQLNamespace, sql } from "@codemirror/lang-sql";
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { type Diagnostic, linter, lintGutter, setDiagnostics } from "@codemirror/lint";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import { Compartment, EditorState } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, placeholder } from "@codemirror/view";
import { useEffect, useRef } from "react";
import type { CellError } from "../store/cell-types.ts";
import { formatSql } from "./format-sql.ts";

export interface EditorKeys {
  /** Shift+Enter: run and move on. */
  onRun(): void;
  /** Ctrl/Cmd+Enter: run and stay. */
  onRunStay(): void;
  /** Esc: cancel a running cell, else leave edit mode. */
  onEscape(): void;
  onFocus(): void;
}

interface Props extends EditorKeys {
  language: "sql" | "text";
  value: string;
  onChange(value: string): void;
  error: CellError | null;
  placeholderText: string;
  /** Tables and cells with their columns, for completion. */
  schema?: SQLNamespace;
  /** DuckDB function names, for completion. */
  functions?: readonly string[];
  autoFocus?: boolean;
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

/** Shift+Alt+F: the SQL formatter over the whole cell; text it cannot parse stays as it is. */
function formatInPlace(view: EditorView, language: Props["language"]): boolean {
  if (language !== "sql") return false;
  try {
    const formatted = formatSql(view.state.doc.toString());
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: formatted } });
  } catch {
    // Incomplete SQL is common while typing; leave it untouched.
  }
  return true;
}

function functionCompletions(names: readonly string[]): CompletionSource {
  const options = names.map((label) => ({ label, type: "function", apply: `${label}(` }));
  return (ctx) => {
    const word = ctx.matchBefore(/[a-z_][a-z0-9_]*/i);
    if (!word || (word.from === word.to && !ctx.explicit)) return null;
    return { from: word.from, options, validFor: /^[a-z0-9_]*$/i };
  };
}

function languageFor(
  language: Props["language"],
  schema: SQLNamespace | undefined,
  functions: readonly string[],
) {
  if (language === "text") return [EditorView.lineWrapping];
  const lang = sql({ dialect: PostgreSQL, upperCaseKeywords: true, schema });
  return [lang, lang.language.data.of({ autocomplete: functionCompletions(functions) })];
}

/** CodeMirror 6 for cell sources: SQL with highlighting, completion and error underlines, or plain text. */
export function CodeEditor(props: Props) {
  const { language, value, error, schema, functions, placeholderText, autoFocus } = props;
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const lang = useRef(new Compartment());
  const handlers = useRef(props);
  handlers.current = props;

  // biome-ignore lint/correctness/useExhaustiveDependencies: created once; later text comes from typing in it
  useEffect(() => {
    const state = EditorState.create({
      doc: value,
      extensions: [
        lineNumbers(),
        history(),
        bracketMatching(),
        highlightSelectionMatches(),
        lang.current.of(languageFor(language, schema, functions ?? [])),
        autocompletion(),
        syntaxHighlighting(defaultHighlightStyle),
        placeholder(placeholderText),
        linter(null),
        lintGutter(),
        keymap.of([
          { key: "Shift-Enter", run: () => handled(handlers.current.onRun) },
          { key: "Mod-Enter", run: () => handled(handlers.current.onRunStay) },
          { key: "Escape", run: () => handled(handlers.current.onEscape) },
          { key: "Shift-Alt-f", run: (v) => formatInPlace(v, handlers.current.language) },
          ...defaultKeymap,
          ...historyKeymap,
          ...searchKeymap,
        ]),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) handlers.current.onChange(u.state.doc.toString());
          if (u.focusChanged && u.view.hasFocus) handlers.current.onFocus();
        }),
        EditorView.contentAttributes.of({ "aria-label": language === "sql" ? "SQL editor" : "Text editor" }),
      ],
    });
    view.current = new EditorView({ state, parent: host.current! });
    if (autoFocus) view.current.focus();
    return () => view.current?.destroy();
  }, []);

  useEffect(() => {
    view.current?.dispatch({
      effects: lang.current.reconfigure(languageFor(language, schema, functions ?? [])),
    });
  }, [language, schema, functions]);

  // Replace the text only when it changed from outside (undo, "query this table").
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

  return <div className="code-editor sql-editor" ref={host} data-testid="code-editor" />;
}
