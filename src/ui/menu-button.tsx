import SvgMoreVertical from "@itwin/itwinui-icons-react/SvgMoreVertical";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { createPortal } from "react-dom";

export type MenuItem = { label: string; onSelect: () => void };

type Position = { top: number; right: number };

/**
 * The WAI-ARIA menu button: Enter, Space or ArrowDown opens it on the first item, ArrowUp on the
 * last; arrows, Home and End move; Escape closes it back to the button; Tab or a click outside
 * closes it. In a portal, fixed beside the button: a list that clips or transforms its rows
 * would otherwise cut it off or misplace it.
 */
export function MenuButton({ label, items }: { label: string; items: () => MenuItem[] }) {
  const buttonId = useId();
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  // The items are read as the menu opens: a list of many rows renders buttons, not menus.
  const [open, setOpen] = useState<{ focus: number; at: Position; items: MenuItem[] } | null>(null);

  const show = (focus: "first" | "last") => {
    const rect = button.current?.getBoundingClientRect();
    if (!rect) return;
    const shown = items();
    setOpen({
      focus: focus === "first" ? 0 : shown.length - 1,
      at: { top: rect.bottom, right: window.innerWidth - rect.right },
      items: shown,
    });
  };
  const close = (refocus: boolean) => {
    setOpen(null);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[open.focus]?.focus();
  }, [open]);
  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(null);
    };
    const away = () => setOpen(null);
    document.addEventListener("pointerdown", outside);
    window.addEventListener("scroll", away, { passive: true });
    window.addEventListener("resize", away);
    return () => {
      document.removeEventListener("pointerdown", outside);
      window.removeEventListener("scroll", away);
      window.removeEventListener("resize", away);
    };
  }, [open]);

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      event.stopPropagation();
      show(event.key === "ArrowDown" ? "first" : "last");
    }
  };
  const onMenuKey = (event: KeyboardEvent) => {
    event.stopPropagation();
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const moveTo = (i: number) => {
      event.preventDefault();
      entries[(i + entries.length) % entries.length]?.focus();
    };
    if (event.key === "ArrowDown") moveTo(at + 1);
    else if (event.key === "ArrowUp") moveTo(at - 1);
    else if (event.key === "Home") moveTo(0);
    else if (event.key === "End") moveTo(entries.length - 1);
    else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") close(false);
  };

  return (
    <>
      <button
        ref={button}
        id={buttonId}
        type="button"
        className="menu-button"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : show("first"))}
        onKeyDown={onButtonKey}
      >
        <SvgMoreVertical aria-hidden="true" />
      </button>
      {open
        ? createPortal(
            <div
              ref={menu}
              id={menuId}
              role="menu"
              tabIndex={-1}
              aria-labelledby={buttonId}
              className="menu"
              style={{ top: open.at.top, right: open.at.right }}
              onKeyDown={onMenuKey}
            >
              {open.items.map((item) => (
                <button
                  key={item.label}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className="menu-item"
                  onClick={() => {
                    close(true);
                    item.onSelect();
                  }}
                >
                  {item.label}
                </button>
              ))}
            </div>,
            document.body,
          )
        : null}
    </>
  );
}
