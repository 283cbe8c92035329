import { Component, type ReactNode } from "react";
import { Notice } from "./Notice";
import { CHUNK_FAILED, errorText } from "./strings";

/** A render error (or a view whose script could not be fetched) shows one Chinese message instead of a blank pane. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const e = this.state.error;
    if (e instanceof Error && e.name === "ChunkLoadError")
      return <Notice title="此页未能加载" message={`${CHUNK_FAILED}。`} role="alert" />;
    if (e) {
      return (
        <Notice title="检查面板出错" message={`${errorText(e, "显示")}。请关闭后重新打开检查面板。`} role="alert" />
      );
    }
    return this.props.children;
  }
}
