import { useEffect, useEffectEvent, useState, useSyncExternalStore } from "react";

export type ToastTone = "info" | "error";

export type Toast = {
  id: string;
  message: string;
  tone: ToastTone;
  /** Stays until dismissed (by the user or the code that showed it), instead of hiding by itself. */
  persistent: boolean;
};

export type ToastInput = { id?: string; message: string; tone?: ToastTone; persistent?: boolean };

export const TOAST_HIDE_MS = 8_000;

/** Toasts live outside React so code that is not a component (a sync engine, a callback) can show them. */
export function createToastStore() {
  let toasts: readonly Toast[] = [];
  let counter = 0;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());

  return {
    /** Shows a toast; one with the same id is replaced in place rather than repeated. */
    show(input: ToastInput): string {
      counter += 1;
      const toast: Toast = {
        id: input.id ?? `toast-${counter}`,
        message: input.message,
        tone: input.tone ?? "info",
        persistent: input.persistent ?? false,
      };
      const index = toasts.findIndex((t) => t.id === toast.id);
      toasts = index < 0 ? [...toasts, toast] : toasts.map((t, i) => (i === index ? toast : t));
      emit();
      return toast.id;
    },
    dismiss(id: string): void {
      if (!toasts.some((t) => t.id === id)) return;
      toasts = toasts.filter((t) => t.id !== id);
      emit();
    },
    clear(): void {
      toasts = [];
      emit();
    },
    list: (): readonly Toast[] => toasts,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type ToastStore = ReturnType<typeof createToastStore>;

/** The app's one toast store; `<Toaster />` is mounted once to show it. */
export const toasts = createToastStore();

/**
 * Shows the store's toasts: errors in an alert region, the rest in a status region; each can
 * be dismissed. Both regions stay in the page, because screen readers often miss a live
 * region that arrives together with its text.
 */
export function Toaster({
  store = toasts,
  hideAfterMs = TOAST_HIDE_MS,
}: {
  store?: ToastStore;
  hideAfterMs?: number;
}) {
  const list = useSyncExternalStore(store.subscribe, store.list);
  const item = (toast: Toast) => (
    <ToastItem
      key={toast.id}
      toast={toast}
      hideAfterMs={hideAfterMs}
      onDismiss={() => store.dismiss(toast.id)}
    />
  );
  return (
    <div className="toasts">
      <div role="alert">{list.filter((toast) => toast.tone === "error").map(item)}</div>
      <div role="status">{list.filter((toast) => toast.tone !== "error").map(item)}</div>
    </div>
  );
}

function ToastItem({
  toast,
  hideAfterMs,
  onDismiss,
}: {
  toast: Toast;
  hideAfterMs: number;
  onDismiss: () => void;
}) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  // The latest onDismiss, without restarting the timer when the parent passes a new one.
  const dismiss = useEffectEvent(onDismiss);
  const paused = hovered || focused;
  useEffect(() => {
    if (toast.persistent || paused) return;
    const timer = setTimeout(() => dismiss(), hideAfterMs);
    return () => clearTimeout(timer);
  }, [toast.persistent, toast.message, paused, hideAfterMs]);

  return (
    <div
      className="toast"
      data-tone={toast.tone}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
    >
      <p className="toast-message">{toast.message}</p>
      <button type="button" className="toast-dismiss" aria-label="Dismiss" onClick={onDismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
