import { create } from "zustand";

export type Dialog =
  | { kind: "import"; path?: string }
  | { kind: "export-result"; resultId: string; suggestedName: string }
  | { kind: "export-table"; table: string }
  | { kind: "palette" }
  | { kind: "open-notebook" }
  | { kind: "save-as" }
  | { kind: "export-report" }
  | null;

interface UiState {
  dialog: Dialog;
  presenting: boolean;
  startPresenting(): void;
  stopPresenting(): void;
  openDialog(dialog: Dialog): void;
  closeDialog(): void;
}

/** Window-level UI state that is not part of the notebook: which dialog is open. */
export const useUi = create<UiState>((set) => ({
  dialog: null,
  presenting: false,
  startPresenting: () => set({ presenting: true, dialog: null }),
  stopPresenting: () => set({ presenting: false }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
}));
