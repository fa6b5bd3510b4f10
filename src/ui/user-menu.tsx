import SvgUser from "@itwin/itwinui-icons-react/SvgUser";
import { useEffect, useId, useRef, useState } from "react";

/**
 * The signed-in user's name as a disclosure button; it opens a small panel with the name and
 * Sign out. Escape or a click outside closes it and focus goes back to the button.
 */
export function UserMenu({ name, onSignOut }: { name: string; onSignOut: () => void }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);
  return (
    <div className="user-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="user-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <SvgUser aria-hidden="true" />
        <span className="user-name">{name}</span>
      </button>
      {/* Its content only while open: the name is then once in the page, not twice. */}
      <div id={panelId} className="user-menu-panel" hidden={!open}>
        {open ? (
          <>
            <p>
              Signed in as <strong>{name}</strong>
            </p>
            <button type="button" className="button-secondary" onClick={onSignOut}>
              Sign out
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}
