import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { configureApi } from "../../api/api-instance";
import { createApiClient } from "../../api/client";
import { noContent, startTestServer, type TestServer } from "../../api/http-test-server";
import { RateLimitGate } from "../../api/rate-limit-gate";
import { useRecordRecent } from "./use-record-recent";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  // The token takes a moment, as a renewal does: the page may be gone before the request goes.
  const getToken = () => new Promise<string>((resolve) => setTimeout(() => resolve("t"), 30));
  configureApi(createApiClient({ baseUrl: server.baseUrl, gate: new RateLimitGate(), getToken }));
});

const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>
);

it("records the visit even when the user leaves the iModel at once", async () => {
  server.answer(noContent);
  const { unmount } = renderHook(() => useRecordRecent("m1"), { wrapper });
  unmount();
  await waitFor(() =>
    expect(server.seen.map((r) => `${r.method} ${r.url}`)).toEqual(["POST /imodels/recents/m1"]),
  );
});
