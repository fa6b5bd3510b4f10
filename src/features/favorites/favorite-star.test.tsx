import { onlineManager, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ApiError } from "../../api/api-error";
import { configureApi } from "../../api/api-instance";
import type { ApiClient, RequestOptions } from "../../api/client";
import { favoriteQueries } from "../../api/favorites";
import type { IModel } from "../../api/imodels";
import { Toaster, toasts } from "../../ui/toasts";
import { FavoriteStar } from "./favorite-star";
import { testIModel } from "../../api/imodel-fixture";

const plant: IModel = testIModel("plant", { name: "Sun City Plant", iTwinId: "sun-city" });

type Pending = {
  req: RequestOptions<unknown>;
  resolve: (value?: unknown) => void;
  reject: (error: unknown) => void;
};

let writes: Pending[];
let favoritesOnServer: IModel[];

function installFakeApi() {
  writes = [];
  const client = ((req: RequestOptions<unknown>) => {
    if (!req.method || req.method === "GET") {
      return Promise.resolve(
        req.schema!.parse({ iModels: favoritesOnServer, _links: { next: null } }),
      );
    }
    return new Promise<unknown>((resolve, reject) => writes.push({ req, resolve, reject }));
  }) as ApiClient;
  configureApi(client);
}

function renderStars() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <FavoriteStar iModel={plant} />
      <FavoriteStar iModel={plant} label="Favorite" />
      <Toaster />
    </QueryClientProvider>,
  );
  return queryClient;
}

const rowStar = () => screen.getByRole("button", { name: "Favorite Sun City Plant" });
const detailStar = () => screen.getByRole("button", { name: "Favorite" });

beforeEach(() => {
  favoritesOnServer = [];
  installFakeApi();
});
afterEach(() => act(() => toasts.clear()));

describe("FavoriteStar", () => {
  it("is a toggle button named after the iModel, enabled once the favorites are known", async () => {
    favoritesOnServer = [plant];
    renderStars();
    expect(rowStar()).toBeDisabled();
    await waitFor(() => expect(rowStar()).toBeEnabled());
    expect(rowStar()).toHaveAttribute("aria-pressed", "true");
    expect(detailStar()).toHaveAttribute("aria-pressed", "true");
  });

  it("stars at once, sends one PUT, and writes the confirmed state where list and detail read it", async () => {
    const queryClient = renderStars();
    await waitFor(() => expect(rowStar()).toBeEnabled());
    await userEvent.click(rowStar());
    expect(rowStar()).toHaveAttribute("aria-pressed", "true");
    expect(detailStar()).toHaveAttribute("aria-pressed", "true");
    expect(writes.map((w) => [w.req.method, w.req.path])).toEqual([
      ["PUT", "/imodels/favorites/plant"],
    ]);
    await act(async () => writes[0]!.resolve());
    expect(
      queryClient.getQueryData(favoriteQueries.ofITwin("sun-city").queryKey)?.map((m) => m.id),
    ).toEqual(["plant"]);
    expect(detailStar()).toHaveAttribute("aria-pressed", "true");
  });

  it("works from the keyboard with Space and Enter", async () => {
    const user = userEvent.setup();
    renderStars();
    await waitFor(() => expect(rowStar()).toBeEnabled());
    await user.tab();
    expect(rowStar()).toHaveFocus();
    await user.keyboard(" ");
    expect(rowStar()).toHaveAttribute("aria-pressed", "true");
    await act(async () => writes[0]!.resolve());
    await user.keyboard("{Enter}");
    expect(rowStar()).toHaveAttribute("aria-pressed", "false");
  });

  it("puts the star back and says why when the server refuses", async () => {
    renderStars();
    await waitFor(() => expect(rowStar()).toBeEnabled());
    await userEvent.click(detailStar());
    await act(async () =>
      writes[0]!.reject(
        new ApiError({
          status: 500,
          code: "Http500",
          message: "The iTwin Platform had a problem (HTTP 500). Try again.",
        }),
      ),
    );
    expect(rowStar()).toHaveAttribute("aria-pressed", "false");
    expect(detailStar()).toHaveAttribute("aria-pressed", "false");
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Could not add Sun City Plant to favorites: The iTwin Platform had a problem (HTTP 500). Try again. The star was put back.",
    );
  });

  it("removes with DELETE and treats the answer as confirmation", async () => {
    favoritesOnServer = [plant];
    const queryClient = renderStars();
    await waitFor(() => expect(rowStar()).toHaveAttribute("aria-pressed", "true"));
    await userEvent.click(rowStar());
    expect(rowStar()).toHaveAttribute("aria-pressed", "false");
    expect(writes.map((w) => w.req.method)).toEqual(["DELETE"]);
    await act(async () => writes[0]!.resolve());
    expect(queryClient.getQueryData(favoriteQueries.ofITwin("sun-city").queryKey)).toEqual([]);
  });

  it("keeps a star clicked offline and sends it when the connection is back", async () => {
    renderStars();
    await waitFor(() => expect(rowStar()).toBeEnabled());
    act(() => onlineManager.setOnline(false));
    try {
      await userEvent.click(rowStar());
      expect(rowStar()).toHaveAttribute("aria-pressed", "true");
      await act(async () => {});
      expect(writes).toEqual([]);
      expect(screen.queryByText(/Could not add/)).toBeNull();
    } finally {
      act(() => onlineManager.setOnline(true));
    }
    await waitFor(() => expect(writes.map((w) => w.req.method)).toEqual(["PUT"]));
    await act(async () => writes[0]!.resolve());
    expect(rowStar()).toHaveAttribute("aria-pressed", "true");
  });
});
