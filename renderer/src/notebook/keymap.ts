/**
 * Key bindings by physical key (KeyboardEvent.code), so they work the same on Russian and
 * Kyrgyz layouts: "A" is the key where Latin A sits, whatever letter it types.
 * A binding is "Ctrl+Shift+KeyP", or a two-key sequence "KeyD KeyD".
 */
export type Binding = string;

const STORAGE_KEY = "osh-workbench-keybindings";

export function comboOf(e: KeyboardEvent): string {
  const mods = [
    e.ctrlKey || e.metaKey ? "Ctrl" : "",
    e.altKey ? "Alt" : "",
    e.shiftKey ? "Shift" : "",
  ].filter(Boolean);
  return [...mods, e.code].join("+");
}

export function displayBinding(binding: Binding): string {
  return binding
    .split(" ")
    .map((combo) =>
      combo
        .split("+")
        .map((k) =>
          k
            .replace(/^Key/, "")
            .replace(/^Digit/, "")
            .replace(/^Arrow/, ""),
        )
        .join("+"),
    )
    .join(" ");
}

export function loadOverrides(): Record<string, Binding[]> {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (!parsed || typeof parsed !== "object") return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (e): e is [string, Binding[]] => Array.isArray(e[1]) && e[1].every((b) => typeof b === "string"),
      ),
    );
  } catch {
    return {};
  }
}

export function saveOverrides(overrides: Record<string, Binding[]>): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(overrides));
}

/** Matches key presses against bindings, remembering the first key of a sequence briefly. */
export class KeySequence {
  private pending: string | null = null;
  private at = 0;

  match(e: KeyboardEvent, bindings: Binding[]): boolean {
    const combo = comboOf(e);
    const now = Date.now();
    const previous = this.pending !== null && now - this.at < 800 ? this.pending : null;
    for (const b of bindings) {
      const parts = b.split(" ");
      if (parts.length === 1 && parts[0] === combo) return this.reset();
      if (parts.length === 2 && parts[1] === combo && parts[0] === previous) return this.reset();
    }
    return false;
  }

  /** Remembers a key that may start a sequence. */
  remember(e: KeyboardEvent): void {
    this.pending = comboOf(e);
    this.at = Date.now();
  }

  private reset(): true {
    this.pending = null;
    return true;
  }
}
