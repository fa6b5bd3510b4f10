import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { MenuButton, type MenuItem } from "./menu-button";

describe("MenuButton", () => {
  it("reads its items as it opens, not while it is closed", async () => {
    let reads = 0;
    let label = "Add to favorites";
    const items = (): MenuItem[] => {
      reads += 1;
      return [
        { label: "Open", onSelect: () => {} },
        { label, onSelect: () => {} },
      ];
    };
    const { rerender } = render(<MenuButton label="Actions" items={items} />);
    rerender(<MenuButton label="Actions" items={items} />);
    expect(reads).toBe(0);

    label = "Remove from favorites";
    await userEvent.click(screen.getByRole("button", { name: "Actions" }));
    expect(reads).toBe(1);
    expect(screen.getByRole("menuitem", { name: "Remove from favorites" })).toBeInTheDocument();
    expect(screen.getByRole("menuitem", { name: "Open" })).toHaveFocus();
  });

  it("opens on its last item with ArrowUp", async () => {
    const items = (): MenuItem[] => [
      { label: "Open", onSelect: () => {} },
      { label: "Copy link", onSelect: () => {} },
    ];
    render(<MenuButton label="Actions" items={items} />);
    screen.getByRole("button", { name: "Actions" }).focus();
    await userEvent.keyboard("{ArrowUp}");
    expect(screen.getByRole("menuitem", { name: "Copy link" })).toHaveFocus();
  });
});
