import { create } from "zustand";

export type Dialog =
  | { kind: "import"; path?: string }
  | { kind: "export-result"; resultId: string; suggestedName: string }
  | { kind: "palette" }
  | { kind: "open-notebook" }
  | { kind: "save-as" }
  | null;

interface UiState {
  dialog: Dialog;
  openDialog(dialog: Dialog): void;
  closeDialog(): void;
}

/** Window-level UI state that is not part of the notebook: which dialog is open. */
export const useUi = create<UiState>((set) => ({
  dialog: null,
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
}));
