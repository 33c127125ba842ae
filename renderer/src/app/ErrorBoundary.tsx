import { Component, type ReactNode } from "react";
import { t } from "../i18n/t.ts";

interface State {
  error: Error | null;
}

/** A failure while drawing one part of the window shows a message there, never a white screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="boundary-error" role="alert">
        <p>{t("error.boundary", { message: this.state.error.message })}</p>
        <button type="button" className="btn" onClick={() => this.setState({ error: null })}>
          {t("error.retry")}
        </button>
      </div>
    );
  }
}
