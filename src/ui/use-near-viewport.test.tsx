import { act, render, screen } from "@testing-library/react";
import { useRef } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useNearViewport } from "./use-near-viewport";

type Callback = (entries: Pick<IntersectionObserverEntry, "isIntersecting">[]) => void;
const observers: {
  callback: Callback;
  options?: IntersectionObserverInit;
  disconnected: boolean;
}[] = [];

class FakeIntersectionObserver {
  private record: (typeof observers)[number];
  constructor(callback: Callback, options?: IntersectionObserverInit) {
    this.record = { callback, options, disconnected: false };
    observers.push(this.record);
  }
  observe() {}
  disconnect() {
    this.record.disconnected = true;
  }
}

function Probe() {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref, "100px");
  return <div ref={ref}>{near ? "near" : "far"}</div>;
}

afterEach(() => {
  observers.length = 0;
  vi.unstubAllGlobals();
});

describe("useNearViewport", () => {
  it("is false until the element comes within the margin, then true for good", () => {
    vi.stubGlobal("IntersectionObserver", FakeIntersectionObserver);
    render(<Probe />);
    expect(screen.getByText("far")).toBeInTheDocument();
    expect(observers[0]!.options?.rootMargin).toBe("100px 0px");
    act(() => observers[0]!.callback([{ isIntersecting: false }]));
    expect(screen.getByText("far")).toBeInTheDocument();
    act(() => observers[0]!.callback([{ isIntersecting: true }]));
    expect(screen.getByText("near")).toBeInTheDocument();
    expect(observers[0]!.disconnected).toBe(true);
    expect(observers).toHaveLength(1);
  });

  it("is true at once without IntersectionObserver", () => {
    vi.stubGlobal("IntersectionObserver", undefined);
    render(<Probe />);
    expect(screen.getByText("near")).toBeInTheDocument();
  });
});
