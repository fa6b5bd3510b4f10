import { onlineManager } from "@tanstack/react-query";
import { act, renderHook } from "@testing-library/react";
import { afterEach, expect, test, vi } from "vitest";
import { sessionStatus } from "../../auth/session-status";
import type { SaveErrorView } from "./map-save-error";
import { useSaveRetry } from "./use-save-retry";

const view = (over: Partial<SaveErrorView>): SaveErrorView => ({
  fieldErrors: {},
  canRetry: false,
  notFound: false,
  summary: "",
  ...over,
});

afterEach(() => {
  act(() => onlineManager.setOnline(true));
  sessionStatus.markSignedIn();
});

test("a network failure seen before the browser goes offline still retries once it is back", () => {
  const retry = vi.fn();
  const { result } = renderHook(() => useSaveRetry(view({ canRetry: true }), retry));
  expect(result.current).toBe(false);

  act(() => onlineManager.setOnline(false));
  expect(result.current).toBe(true);
  expect(retry).not.toHaveBeenCalled();

  act(() => onlineManager.setOnline(true));
  expect(retry).toHaveBeenCalledTimes(1);
  expect(result.current).toBe(false);
});

test("a failure not worth sending again does not wait for the network", () => {
  const retry = vi.fn();
  const { result } = renderHook(() => useSaveRetry(view({ canRetry: false }), retry));
  act(() => onlineManager.setOnline(false));
  expect(result.current).toBe(false);
  act(() => onlineManager.setOnline(true));
  expect(retry).not.toHaveBeenCalled();
});

test("a save stopped by an expired sign-in goes again once signed in", () => {
  const retry = vi.fn();
  sessionStatus.markSignInRequired();
  renderHook(() => useSaveRetry(view({ resumesAfterSignIn: true }), retry));
  expect(retry).not.toHaveBeenCalled();
  act(() => sessionStatus.markSignedIn());
  expect(retry).toHaveBeenCalledTimes(1);
});
