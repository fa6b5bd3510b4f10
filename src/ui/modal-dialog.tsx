import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * A modal built on <dialog>: the browser traps focus, makes the page behind inert,
 * closes on Escape (reported as onCancel) and returns focus where it was.
 */
export function ModalDialog(props: {
  title: string;
  children: ReactNode;
  onCancel: () => void;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) {
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    }
    return () => {
      if (dialog.open && typeof dialog.close === "function") dialog.close();
    };
  }, []);
  const { onCancel } = props;
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={["modal-dialog", props.className].filter(Boolean).join(" ")}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
    </dialog>
  );
}
