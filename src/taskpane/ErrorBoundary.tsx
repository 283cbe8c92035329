import { Component, type ReactNode } from "react";
import { Notice } from "./Notice";
import { errorText } from "./strings";

/** A render error shows one Chinese message instead of a blank pane. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <Notice
          title="检查面板出错"
          message={`${errorText(this.state.error, "显示")}。请关闭后重新打开检查面板。`}
          role="alert"
        />
      );
    }
    return this.props.children;
  }
}
