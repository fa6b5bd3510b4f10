import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Extent } from "./extent";
import { ExtentEditor } from "./extent-editor";
import type { ExtentMapProps } from "./extent-map";

const mapRenders: ExtentMapProps[] = [];

vi.mock("./extent-map", () => ({
  ExtentMap: (props: ExtentMapProps) => {
    mapRenders.push(props);
    return (
      <div data-testid="map" data-drawing={String(props.drawing)}>
        <button
          type="button"
          onClick={() => props.onChange({ west: 1, south: 2, east: 3, north: 4 })}
        >
          Simulate a drag
        </button>
      </div>
    );
  },
}));

afterEach(() => {
  mapRenders.length = 0;
  vi.restoreAllMocks();
});

const swiss: Extent = { west: 7.67, south: 46.13, east: 7.84, north: 46.3 };

type HarnessProps = {
  initial: Extent | null;
  onChange?: (next: Extent | null) => void;
  disabled?: boolean;
  error?: string;
  onBlur?: () => void;
  onTypedProblemChange?: (hasProblem: boolean) => void;
  inputsKey?: number;
};

function Harness({ initial, onChange = () => {}, ...rest }: HarnessProps) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <ExtentEditor
        value={value}
        onChange={(next) => {
          onChange(next);
          setValue(next);
        }}
        tileUrl="https://tiles.example/{z}/{x}/{y}.png"
        tileAttribution="Tiles"
        id="extent-field"
        {...rest}
      />
      <button type="button">Elsewhere</button>
    </>
  );
}

function input(name: string): HTMLInputElement {
  return screen.getByRole("textbox", { name });
}

describe("ExtentEditor", () => {
  it("shows the extent in four named inputs, in a group with the map region", async () => {
    render(<Harness initial={swiss} />);
    const group = screen.getByRole("group", { name: "Extent" });
    expect(within(group).getByRole("textbox", { name: "West longitude" })).toHaveValue("7.67");
    expect(input("South latitude")).toHaveValue("46.13");
    expect(input("East longitude")).toHaveValue("7.84");
    expect(input("North latitude")).toHaveValue("46.3");
    expect(input("West longitude")).toHaveAttribute("id", "extent-field");
    const region = screen.getByRole("region", { name: "Extent map" });
    expect(await within(region).findByTestId("map")).toBeInTheDocument();
  });

  it("sends a typed value once it makes a valid extent, rounding only that coordinate", async () => {
    const onChange = vi.fn();
    const precise = { ...swiss, west: 7.123456789 };
    render(<Harness initial={precise} onChange={onChange} />);
    const north = input("North latitude");
    await userEvent.clear(north);
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByText(/Enter all four values \(North latitude missing\)/)).toBeVisible();
    await userEvent.type(north, "46.400000004");
    expect(onChange).toHaveBeenLastCalledWith({ ...precise, north: 46.4 });
    for (const [next] of onChange.mock.calls) expect((next as Extent).west).toBe(7.123456789);
  });

  it("shows a broken rule on the inputs and does not send it", async () => {
    const onChange = vi.fn();
    render(<Harness initial={swiss} onChange={onChange} />);
    const south = input("South latitude");
    await userEvent.clear(south);
    await userEvent.type(south, "50");
    // "5" alone was a valid extent and was sent; "50" is not.
    expect(onChange).toHaveBeenLastCalledWith({ ...swiss, south: 5 });
    const message = screen.getByText(
      "South latitude (50) must be less than North latitude (46.3).",
    );
    expect(south).toHaveAttribute("aria-invalid", "true");
    expect(south).toHaveAccessibleDescription(expect.stringContaining(message.textContent!));
    expect(input("West longitude")).not.toHaveAttribute("aria-invalid");
  });

  it("says when its inputs hold text that makes no extent, and refills them on a new inputsKey", async () => {
    const onTypedProblemChange = vi.fn();
    const onChange = vi.fn();
    const props = { initial: swiss, onChange, onTypedProblemChange };
    const { rerender } = render(<Harness {...props} />);
    await userEvent.clear(input("West longitude"));
    expect(onTypedProblemChange).toHaveBeenLastCalledWith(true);
    expect(onChange).not.toHaveBeenCalled();
    rerender(<Harness {...props} inputsKey={1} />);
    expect(input("West longitude")).toHaveValue("7.67");
    expect(onTypedProblemChange).toHaveBeenLastCalledWith(false);
  });

  it("stops the form's submit while the typed text is not a valid extent", async () => {
    const onSubmit = vi.fn((e: { preventDefault(): void }) => e.preventDefault());
    // Like the edit form: noValidate, so the browser's own range check does not stop it first.
    render(
      <form noValidate onSubmit={onSubmit}>
        <Harness initial={swiss} />
        <button type="submit">Save</button>
      </form>,
    );
    const north = input("North latitude");
    await userEvent.clear(north);
    await userEvent.type(north, "95");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(north).toHaveFocus();
    expect(north).toHaveAccessibleDescription(
      expect.stringContaining("North latitude must be between -90 and 90 (it is 95)."),
    );

    await userEvent.clear(north);
    await userEvent.type(north, "46.4");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it("refuses an extent across the antimeridian, saying why", async () => {
    const onChange = vi.fn();
    render(
      <Harness initial={{ west: 170, south: 10, east: 175, north: 20 }} onChange={onChange} />,
    );
    const east = input("East longitude");
    await userEvent.clear(east);
    await userEvent.type(east, "-170");
    expect(screen.getByText(/cannot cross the antimeridian/)).toBeVisible();
    expect(onChange).not.toHaveBeenCalledWith(expect.objectContaining({ east: -170 }));
  });

  it("clears the extent when all four inputs are emptied", async () => {
    const onChange = vi.fn();
    render(<Harness initial={swiss} onChange={onChange} />);
    for (const name of ["West longitude", "South latitude", "East longitude", "North latitude"]) {
      await userEvent.clear(input(name));
    }
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(null);
  });

  it("builds a new extent typed into empty inputs", async () => {
    const onChange = vi.fn();
    render(<Harness initial={null} onChange={onChange} />);
    await userEvent.type(input("West longitude"), "7.67");
    await userEvent.type(input("South latitude"), "46.13");
    await userEvent.type(input("East longitude"), "7.84");
    expect(onChange).not.toHaveBeenCalled();
    await userEvent.type(input("North latitude"), "46.3");
    expect(onChange).toHaveBeenLastCalledWith(swiss);
  });

  it("follows a value changed elsewhere (the map, a draft restore)", async () => {
    const { rerender } = render(
      <ExtentEditor value={swiss} onChange={() => {}} tileUrl="" tileAttribution="" />,
    );
    rerender(
      <ExtentEditor
        value={{ west: 1, south: 2, east: 3, north: 4 }}
        onChange={() => {}}
        tileUrl=""
        tileAttribution=""
      />,
    );
    expect(input("West longitude")).toHaveValue("1");
    expect(input("North latitude")).toHaveValue("4");
  });

  it("takes one change from the map and announces it", async () => {
    const onChange = vi.fn();
    render(<Harness initial={swiss} onChange={onChange} />);
    await userEvent.click(await screen.findByRole("button", { name: "Simulate a drag" }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith({ west: 1, south: 2, east: 3, north: 4 });
    expect(input("East longitude")).toHaveValue("3");
    expect(screen.getByText("Extent: West 1, South 2, East 3, North 4.")).toBeInTheDocument();
  });

  it("gives the map stable callbacks, so other form fields do not re-render it", async () => {
    const { rerender } = render(
      <ExtentEditor value={swiss} onChange={() => {}} tileUrl="" tileAttribution="" />,
    );
    await screen.findByTestId("map");
    rerender(<ExtentEditor value={swiss} onChange={() => {}} tileUrl="" tileAttribution="" />);
    const [first, last] = [mapRenders[0]!, mapRenders.at(-1)!];
    expect(last.onChange).toBe(first.onChange);
    expect(last.onMessage).toBe(first.onMessage);
    expect(last.onDrawEnd).toBe(first.onDrawEnd);
  });

  it("toggles drawing with the Draw rectangle button", async () => {
    render(<Harness initial={swiss} />);
    const draw = screen.getByRole("button", { name: "Draw rectangle" });
    expect(draw).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(draw);
    expect(draw).toHaveAttribute("aria-pressed", "true");
    expect(await screen.findByTestId("map")).toHaveAttribute("data-drawing", "true");
    await userEvent.keyboard("{Escape}");
    expect(draw).toHaveAttribute("aria-pressed", "false");
  });

  it("clears the extent with Clear extent", async () => {
    const onChange = vi.fn();
    render(<Harness initial={swiss} onChange={onChange} />);
    await userEvent.click(screen.getByRole("button", { name: "Clear extent" }));
    expect(onChange).toHaveBeenCalledWith(null);
    expect(input("West longitude")).toHaveValue("");
    expect(screen.getByRole("button", { name: "Clear extent" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Zoom to extent" })).toBeDisabled();
  });

  it("undoes and redoes extent changes: a field's typing is one step, a map change another", async () => {
    const onChange = vi.fn();
    render(<Harness initial={swiss} onChange={onChange} />);
    const undoButton = screen.getByRole("button", { name: "Undo extent change" });
    const redoButton = screen.getByRole("button", { name: "Redo extent change" });
    expect(undoButton).toBeDisabled();
    const east = input("East longitude");
    await userEvent.clear(east);
    await userEvent.type(east, "7.95");
    await userEvent.click(await screen.findByRole("button", { name: "Simulate a drag" }));
    expect(input("West longitude")).toHaveValue("1");

    await userEvent.click(undoButton);
    expect(input("West longitude")).toHaveValue("7.67");
    expect(input("East longitude")).toHaveValue("7.95");
    east.focus();
    await userEvent.keyboard("{Control>}z{/Control}");
    expect(input("East longitude")).toHaveValue("7.84");
    expect(onChange).toHaveBeenLastCalledWith(swiss);
    expect(undoButton).toBeDisabled();
    await userEvent.keyboard("{Control>}{Shift>}z{/Shift}{/Control}");
    expect(input("East longitude")).toHaveValue("7.95");
    await userEvent.click(redoButton);
    expect(onChange).toHaveBeenLastCalledWith({ west: 1, south: 2, east: 3, north: 4 });
    expect(redoButton).toBeDisabled();
  });

  it("shows the form's error next to the field", () => {
    render(<Harness initial={swiss} error="Provided 'extent' value is not valid." />);
    const message = screen.getByText("Provided 'extent' value is not valid.");
    expect(screen.getByRole("group", { name: "Extent" })).toHaveAccessibleDescription(
      message.textContent!,
    );
    expect(input("West longitude")).toHaveAttribute("aria-invalid", "true");
    expect(input("North latitude")).toHaveAccessibleDescription(
      expect.stringContaining(message.textContent!),
    );
  });

  it("calls onBlur when focus leaves the field, not when it moves inside it", async () => {
    const onBlur = vi.fn();
    render(<Harness initial={swiss} onBlur={onBlur} />);
    await userEvent.click(input("West longitude"));
    await userEvent.click(input("South latitude"));
    expect(onBlur).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole("button", { name: "Elsewhere" }));
    expect(onBlur).toHaveBeenCalledTimes(1);
  });
});

describe("ExtentEditor: paste", () => {
  /** Pastes, then waits for the paste box's parsers, which load on first use. */
  async function paste(text: string) {
    fireEvent.paste(screen.getByRole("textbox", { name: "Paste extent" }), {
      clipboardData: { getData: () => text },
    });
    await act(async () => {
      await import("./read-paste");
    });
  }

  it("reads a pasted extent at once", async () => {
    const onChange = vi.fn();
    render(<Harness initial={null} onChange={onChange} />);
    await paste("ENVELOPE(7.67, 7.84, 46.30, 46.13)");
    expect(onChange).toHaveBeenCalledWith(swiss);
    expect(screen.getByText("Extent set from the pasted text.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Paste extent" })).toHaveValue(
      "ENVELOPE(7.67, 7.84, 46.30, 46.13)",
    );
  });

  it("says exactly what it could not read and changes nothing", async () => {
    const onChange = vi.fn();
    render(<Harness initial={swiss} onChange={onChange} />);
    await paste("7.67,46.13,7.84");
    expect(onChange).not.toHaveBeenCalled();
    const box = screen.getByRole("textbox", { name: "Paste extent" });
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(box).toHaveAccessibleDescription(
      "Expected 4 numbers (West, South, East, North), found 3.",
    );
    expect(input("West longitude")).toHaveValue("7.67");
  });

  it("reads typed text with Apply pasted extent, rounding only what changed", async () => {
    const onChange = vi.fn();
    const precise = { ...swiss, west: 7.123456789 };
    render(<Harness initial={precise} onChange={onChange} />);
    const box = screen.getByRole("textbox", { name: "Paste extent" });
    await userEvent.type(box, "7.123456789 46.000000001 7.84 46.3");
    await userEvent.click(screen.getByRole("button", { name: "Apply pasted extent" }));
    await waitFor(() => expect(onChange).toHaveBeenCalledWith({ ...precise, south: 46 }));
  });
});

describe("ExtentEditor: one current description, no stale messages", () => {
  /** Pastes, then waits for the paste box's parsers, which load on first use. */
  async function paste(text: string) {
    fireEvent.paste(screen.getByRole("textbox", { name: "Paste extent" }), {
      clipboardData: { getData: () => text },
    });
    await act(async () => {
      await import("./read-paste");
    });
  }

  it("drops the paste's message and the undo message once the extent changes again", async () => {
    render(<Harness initial={swiss} />);
    await paste("1, 2, 3, 4");
    expect(screen.getByText("Extent set from the pasted text.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Clear extent" }));
    expect(screen.queryByText(/set from the pasted text/)).not.toBeInTheDocument();
    expect(screen.getByText("No extent.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Undo extent change" }));
    expect(
      screen.getByText("Undone. Extent: West 1, South 2, East 3, North 4."),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Undo extent change" }));
    expect(screen.getByText(/^Undone\. Extent: West 7\.67,/)).toBeInTheDocument();
    await paste("5, 6, 7, 8");
    expect(screen.queryByText(/^Undone/)).not.toBeInTheDocument();
    expect(screen.getByText("Extent set from the pasted text.")).toBeInTheDocument();
  });

  it("offers the swap for a latitude-first paste and takes it in one click", async () => {
    const onChange = vi.fn();
    render(<Harness initial={swiss} onChange={onChange} />);
    await paste("46.13, 7.67, 46.3, 7.84");
    expect(screen.getByText(/Looks like latitude, longitude: swap\?/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: /^Swap to West 7\.67/ }));
    expect(onChange).toHaveBeenLastCalledWith(swiss);
    expect(screen.queryByText(/Looks like latitude/)).not.toBeInTheDocument();
  });

  it("notes an extent wider than the guidance, without an error", () => {
    render(<Harness initial={{ west: 7, south: 46, east: 8, north: 46.5 }} />);
    expect(screen.getByText(/about 77 km across/)).toBeInTheDocument();
  });
});

describe("ExtentEditor: copy", () => {
  it("copies in the chosen format", async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, "writeText").mockResolvedValue(undefined);
    render(<Harness initial={swiss} />);
    await user.selectOptions(screen.getByRole("combobox", { name: "Copy format" }), "wkt");
    await user.click(screen.getByRole("button", { name: "Copy extent" }));
    expect(writeText).toHaveBeenCalledWith(
      "POLYGON((7.67 46.13, 7.84 46.13, 7.84 46.3, 7.67 46.3, 7.67 46.13))",
    );
    expect(await screen.findByText("Copied as WKT POLYGON.")).toBeInTheDocument();
  });

  it("shows the text to copy by hand when the clipboard refuses", async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new Error("denied"));
    render(<Harness initial={swiss} />);
    await user.click(screen.getByRole("button", { name: "Copy extent" }));
    expect(await screen.findByRole("textbox", { name: "Extent to copy" })).toHaveValue(
      "7.67,46.13,7.84,46.3",
    );
    expect(screen.getByText(/did not allow copying/)).toBeInTheDocument();
  });
});

describe("ExtentEditor: stored extents that break the rules", () => {
  it("warns and fixes in one click", async () => {
    const onChange = vi.fn();
    render(
      <Harness
        initial={{ west: 7.84, south: 46.3, east: 7.67, north: 46.13 }}
        onChange={onChange}
      />,
    );
    expect(screen.getByText(/South latitude is north of North latitude/)).toBeInTheDocument();
    expect(screen.getByText(/West longitude is east of East longitude/)).toBeInTheDocument();
    expect(input("South latitude")).not.toHaveAttribute("aria-invalid");
    await userEvent.click(screen.getByRole("button", { name: "Fix extent" }));
    expect(onChange).toHaveBeenCalledWith(swiss);
    expect(screen.queryByRole("button", { name: "Fix extent" })).not.toBeInTheDocument();
    expect(input("South latitude")).toHaveValue("46.13");
  });

  it("says when it cannot fix", () => {
    render(<Harness initial={{ ...swiss, east: swiss.west }} />);
    expect(screen.getByText(/cannot be fixed automatically/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Fix extent" })).not.toBeInTheDocument();
  });
});

describe("ExtentEditor: read-only", () => {
  it("disables the inputs and offers no editing", async () => {
    render(<Harness initial={{ ...swiss, north: 95 }} disabled />);
    for (const name of ["West longitude", "South latitude", "East longitude", "North latitude"]) {
      expect(input(name)).toBeDisabled();
    }
    for (const name of ["Clear extent", "Draw rectangle", "Fix extent", "Apply pasted extent"]) {
      expect(screen.queryByRole("button", { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole("textbox", { name: "Paste extent" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Zoom to extent" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Copy extent" })).toBeEnabled();
    await act(async () => {});
    expect(mapRenders.at(-1)?.disabled).toBe(true);
  });
});
