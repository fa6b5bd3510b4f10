import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { ExtentMapProps } from "./extent-map";
import { ExtentMapBoundary } from "./extent-map-boundary";
import { LazyExtentMap, loadExtentMap } from "./lazy-extent-map";

const failNextLoad = vi.hoisted(() => ({ value: false }));

vi.mock("./extent-map", () => {
  if (failNextLoad.value) {
    failNextLoad.value = false;
    throw new Error("Failed to fetch dynamically imported module");
  }
  return {
    ExtentMap: (props: ExtentMapProps) => (
      <div data-testid="map" data-drawing={String(props.drawing)} />
    ),
  };
});

const props: ExtentMapProps = {
  value: null,
  onChange: () => {},
  onMessage: () => {},
  drawing: false,
  onDrawEnd: () => {},
  disabled: false,
  tileUrl: "https://tiles.example/{z}/{x}/{y}.png",
  tileAttribution: "Tiles",
};

// One module for all tests, as in the app: they run in order, from a failed load to a loaded map.
describe("LazyExtentMap", () => {
  it("shows the boundary's message when the map's code cannot be loaded, and the next load tries again", async () => {
    failNextLoad.value = true;
    vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <ExtentMapBoundary>
        <LazyExtentMap {...props} />
      </ExtentMapBoundary>,
    );
    expect(screen.getByText("Loading map…")).toBeInTheDocument();
    expect(await screen.findByText(/The map could not be loaded/)).toBeInTheDocument();
    await expect(loadExtentMap()).resolves.toHaveProperty("ExtentMap");
  });

  it("renders the map in its first render when the code is already here (no fallback to reveal later)", () => {
    render(<LazyExtentMap {...props} drawing />);
    expect(screen.getByTestId("map")).toHaveAttribute("data-drawing", "true");
    expect(screen.queryByText("Loading map…")).not.toBeInTheDocument();
  });
});
