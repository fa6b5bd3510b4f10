import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import type { Extent } from "./extent";
import { ExtentInputs } from "./extent-inputs";

const stored: Extent = {
  west: 7.672120009938448,
  south: 46.13267702834806,
  east: 7.835541640797823,
  north: 46.302763954781234,
};

function Harness({ onChange }: { onChange(next: Extent | null): void }) {
  const [value, setValue] = useState<Extent | null>(stored);
  return (
    <ExtentInputs
      value={value}
      disabled={false}
      onChange={(next) => {
        onChange(next);
        setValue(next);
      }}
    />
  );
}

const box = (name: string) => screen.getByRole("textbox", { name }) as HTMLInputElement;

describe("ExtentInputs", () => {
  it("shows up to 7 decimals in a compass, and keeps the full stored value of untouched sides", async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const order = screen
      .getAllByRole("textbox")
      .map((b) => (b as HTMLInputElement).labels![0]!.textContent);
    expect(order).toEqual(["North latitude", "West longitude", "East longitude", "South latitude"]);
    expect(box("West longitude")).toHaveValue("7.67212");
    expect(box("North latitude")).toHaveValue("46.302764");
    expect(box("West longitude")).toHaveAttribute("inputmode", "decimal");
    await userEvent.clear(box("East longitude"));
    await userEvent.type(box("East longitude"), "7.9");
    expect(onChange).toHaveBeenLastCalledWith({ ...stored, east: 7.9 });
  });

  it("reads a decimal comma as a decimal mark and says so", async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const east = box("East longitude");
    await userEvent.clear(east);
    await userEvent.type(east, "7,9");
    expect(onChange).toHaveBeenLastCalledWith({ ...stored, east: 7.9 });
    expect(east).toHaveAccessibleDescription(expect.stringContaining("Read as 7.9"));
    await userEvent.tab();
    expect(east).toHaveValue("7.9");
  });

  it("refuses a thousands separator with a message on the field, sending nothing", async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const west = box("West longitude");
    await userEvent.clear(west);
    onChange.mockClear();
    await userEvent.type(west, "1,234.5");
    expect(west).toHaveAttribute("aria-invalid", "true");
    expect(west).toHaveAccessibleDescription(
      expect.stringContaining("thousands separators are not accepted"),
    );
    expect(onChange).not.toHaveBeenCalledWith(expect.objectContaining({ west: 1234.5 }));
    expect(onChange).not.toHaveBeenCalledWith(expect.objectContaining({ west: 1.2345 }));
  });

  it("steps by the last digit shown with Arrow, by 1° with Shift+Arrow", () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const south = box("South latitude");
    expect(south).toHaveAccessibleDescription(expect.stringContaining("Shift+Arrow by 1°"));
    expect(south).toHaveValue("46.132677");
    fireEvent.keyDown(south, { key: "ArrowUp" });
    expect(south).toHaveValue("46.132678");
    expect(onChange).toHaveBeenLastCalledWith({ ...stored, south: 46.132678 });
    fireEvent.keyDown(south, { key: "ArrowDown", shiftKey: true });
    expect(south).toHaveValue("45.132678");
    expect(onChange).toHaveBeenLastCalledWith({ ...stored, south: 45.132678 });
  });

  it("does not change on a wheel", () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const west = box("West longitude");
    west.focus();
    fireEvent.wheel(west, { deltaY: -100 });
    expect(west).toHaveValue("7.67212");
    expect(onChange).not.toHaveBeenCalled();
  });
});
