import { Component, type ReactNode } from "react";

/** If the map's code cannot be loaded (offline, new deployment), the inputs still work. */
export class ExtentMapBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (this.state.failed) {
      return (
        <p className="extent-editor__note">
          The map could not be loaded. The extent can still be typed or pasted.
        </p>
      );
    }
    return this.props.children;
  }
}
