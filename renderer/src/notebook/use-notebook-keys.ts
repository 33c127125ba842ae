import { useEffect } from "react";
import { useNotebook } from "../store/notebook-store.ts";
import { useUi } from "../store/ui-store.ts";
import { COMMANDS } from "./commands.ts";
import { KeySequence, loadOverrides } from "./keymap.ts";

/** Whether the key press happened in something that takes text (editors, inputs). */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** Jupyter-style keys: global ones anywhere, command-mode ones when no editor has focus. */
export function useNotebookKeys(): void {
  useEffect(() => {
    const sequence = new KeySequence();
    const onKey = (e: KeyboardEvent) => {
      if (useUi.getState().dialog || useUi.getState().presenting) return;
      const overrides = loadOverrides();
      const typing = inTextField(e.target);
      for (const command of COMMANDS) {
        if (command.scope === "command" && (typing || useNotebook.getState().editing)) continue;
        if (sequence.match(e, overrides[command.id] ?? command.keys)) {
          e.preventDefault();
          command.run();
          return;
        }
      }
      if (!typing) sequence.remember(e);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
