import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createToastStore, Toaster, TOAST_HIDE_MS, type ToastStore } from "./toasts";

let store: ToastStore;

beforeEach(() => {
  vi.useFakeTimers();
  store = createToastStore();
});
afterEach(() => vi.useRealTimers());

describe("toasts", () => {
  it("shows errors as alerts and other messages as status", () => {
    render(<Toaster store={store} />);
    act(() => {
      store.show({ message: "Saved.", tone: "info" });
      store.show({ message: "Could not save.", tone: "error" });
    });
    expect(screen.getByRole("status")).toHaveTextContent("Saved.");
    expect(screen.getByRole("alert")).toHaveTextContent("Could not save.");
  });

  it("replaces a toast with the same id instead of repeating it", () => {
    render(<Toaster store={store} />);
    act(() => {
      store.show({ id: "x", message: "one" });
      store.show({ id: "x", message: "two" });
    });
    expect(screen.getAllByRole("status")).toHaveLength(1);
    expect(screen.getByRole("status")).toHaveTextContent("two");
  });

  it("hides by itself after a while, or at once with Dismiss", () => {
    render(<Toaster store={store} />);
    act(() => {
      store.show({ message: "first" });
    });
    act(() => vi.advanceTimersByTime(TOAST_HIDE_MS - 1));
    expect(screen.getByRole("status")).toHaveTextContent("first");
    act(() => vi.advanceTimersByTime(1));
    expect(screen.queryByText("first")).not.toBeInTheDocument();

    act(() => {
      store.show({ message: "second" });
    });
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText("second")).not.toBeInTheDocument();
  });

  it("keeps its live regions in the page before any message, so the first one is read out", () => {
    render(<Toaster store={store} />);
    const status = screen.getByRole("status");
    const alert = screen.getByRole("alert");
    act(() => {
      store.show({ message: "one" });
      store.show({ message: "two", tone: "error" });
    });
    expect(screen.getByRole("status")).toBe(status);
    expect(screen.getByRole("alert")).toBe(alert);
    expect(status).toHaveTextContent("one");
    expect(alert).toHaveTextContent("two");
  });

  it("stays while hovered or focused", () => {
    render(<Toaster store={store} />);
    act(() => {
      store.show({ message: "read me", tone: "error" });
    });
    expect(screen.getByRole("alert")).toHaveTextContent("read me");
    const toast = screen.getByText("read me").closest(".toast")!;
    fireEvent.mouseEnter(toast);
    act(() => vi.advanceTimersByTime(TOAST_HIDE_MS * 3));
    expect(toast).toBeInTheDocument();
    fireEvent.mouseLeave(toast);
    act(() => screen.getByRole("button", { name: "Dismiss" }).focus());
    act(() => vi.advanceTimersByTime(TOAST_HIDE_MS * 3));
    expect(toast).toBeInTheDocument();
    act(() => screen.getByRole("button", { name: "Dismiss" }).blur());
    act(() => vi.advanceTimersByTime(TOAST_HIDE_MS));
    expect(screen.queryByText("read me")).not.toBeInTheDocument();
  });

  it("keeps a persistent toast until the code that showed it dismisses it", () => {
    render(<Toaster store={store} />);
    act(() => {
      store.show({ id: "wait", message: "waiting", persistent: true });
    });
    act(() => vi.advanceTimersByTime(TOAST_HIDE_MS * 10));
    expect(screen.getByRole("status")).toHaveTextContent("waiting");
    act(() => store.dismiss("wait"));
    expect(screen.queryByText("waiting")).not.toBeInTheDocument();
  });
});
