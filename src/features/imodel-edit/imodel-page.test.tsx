import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/api-error";
import { configureApi } from "../../api/api-instance";
import { sessionStatus } from "../../auth/session-status";
import type { RequestOptions } from "../../api/client";
import { iModelQueries, type IModel } from "../../api/imodels";
import { ConfigContext } from "../../config-context";
import { configSchema } from "../../config";
import { AnnouncerProvider } from "../../ui/announcer";
import type { ExtentEditorProps } from "../extent/extent-editor";
import { draftKey, writeDraft } from "./draft-storage";
import { IModelPage } from "./imodel-page";
import { NOT_INITIALIZED_READ_ONLY, ROLE_READ_ONLY, SECURED_READ_ONLY } from "./read-only-reason";

vi.mock("../extent/extent-editor", () => ({
  ExtentEditor: (props: ExtentEditorProps) => (
    <fieldset>
      <legend>Extent</legend>
      <button
        type="button"
        id={props.id}
        disabled={props.disabled}
        onClick={() => props.onChange(null)}
      >
        Clear extent
      </button>
      <button type="button" onClick={() => props.onTypedProblemChange?.(true)}>
        Type text that makes no extent
      </button>
      <p>Inputs refilled {props.inputsKey ?? 0} times</p>
      {props.error ? <p>{props.error}</p> : null}
    </fieldset>
  ),
}));

const ID = "5e19bee0-3aea-4355-a9f0-c6df9989ee7d";

const stored = (): IModel => ({
  id: ID,
  displayName: "Sun City Plant",
  name: "Sun City Plant",
  description: "Wind and solar",
  state: "initialized",
  createdDateTime: "2020-10-20T10:51:33.17Z",
  lastChangesetPushDateTime: null,
  iTwinId: "ad0ba809-9241-48ad-9eb0-c8038c1a1d51",
  isSecured: false,
  extent: {
    southWest: { latitude: 46.1, longitude: 7.6 },
    northEast: { latitude: 46.3, longitude: 7.8 },
  },
  dataCenterLocation: "East US",
  _links: { changesets: { href: `https://api.example/imodels/${ID}/changesets` } },
});

type Call = { method: string; path: string; body: unknown; signal?: AbortSignal };

/** The service as this page sees it, behind api(): no network. */
function fakeService() {
  const state = {
    iModel: stored(),
    permissions: ["imodels_read", "imodels_manage"],
    calls: [] as Call[],
    patch: undefined as undefined | ((call: Call) => Promise<unknown>),
    get: undefined as undefined | ((call: Call) => Promise<unknown>),
  };
  configureApi((async (req: RequestOptions<unknown>) => {
    const method = req.method ?? "GET";
    const call = { method, path: req.path, body: req.body, signal: req.signal };
    state.calls.push(call);
    const answer = (json: unknown) => (req.schema ? req.schema.parse(json) : undefined);
    if (req.path.endsWith("/permissions")) return answer({ permissions: state.permissions });
    if (req.path.startsWith("/imodels/recents/")) return undefined;
    if (method === "GET")
      return answer(state.get ? await state.get(call) : { iModel: state.iModel });
    if (state.patch) return answer(await state.patch(call));
    state.iModel = { ...state.iModel, ...(req.body as object) };
    state.iModel.displayName = state.iModel.name;
    return answer({ iModel: state.iModel });
  }) as never);
  return state;
}

const newQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });

function renderPage(queryClient = newQueryClient()) {
  const router = createMemoryRouter(
    [
      { path: "/imodels/:iModelId", element: <IModelPage /> },
      { path: "/", element: <p>Start page</p> },
    ],
    { initialEntries: [`/imodels/${ID}`] },
  );
  const config = configSchema.parse({
    authority: "https://localhost:4011",
    clientId: "test",
    scopes: ["itwin-platform"],
    apiBaseUrl: "http://localhost:4010",
    tileUrl: "https://tiles.example/{z}/{x}/{y}.png",
  });
  render(
    <ConfigContext.Provider value={config}>
      <QueryClientProvider client={queryClient}>
        <AnnouncerProvider>
          <RouterProvider router={router} />
        </AnnouncerProvider>
      </QueryClientProvider>
    </ConfigContext.Provider>,
  );
  return { router, queryClient };
}

/** Text on the page, not in the live region that also announces it. */
const onPage = (text: string | RegExp) =>
  screen.findByText(text, { ignore: "script, style, .visually-hidden, .visually-hidden *" });
const announced = (text: string | RegExp) =>
  waitFor(() =>
    expect(document.querySelector(".visually-hidden[role=status]")).toHaveTextContent(text),
  );

const patches = (service: ReturnType<typeof fakeService>) =>
  service.calls.filter((c) => c.method === "PATCH");
const nameBox = () => screen.getByRole("textbox", { name: "Name" });
const saveButton = () => screen.getByRole("button", { name: "Save" });

async function editable() {
  await waitFor(() => expect(nameBox()).not.toHaveAttribute("readonly"));
}

describe("the iModel page", () => {
  let service: ReturnType<typeof fakeService>;
  beforeEach(() => {
    service = fakeService();
  });
  afterEach(() => vi.useRealTimers());

  it("asks for the rest of the page only once its heading is on screen", async () => {
    const frames: FrameRequestCallback[] = [];
    const frame = vi.spyOn(window, "requestAnimationFrame").mockImplementation((callback) => {
      frames.push(callback);
      return frames.length;
    });
    const secondary = () =>
      service.calls
        .map((call) => call.path)
        .filter((path) => /recents|favorites|changesets|namedversions/.test(path));
    renderPage();
    await screen.findByRole("heading", { level: 1, name: "Sun City Plant" });
    expect(secondary()).toEqual([]);
    // Each check lets the frames asked for so far happen, as the browser would paint.
    await waitFor(() => {
      for (const callback of frames.splice(0)) callback(performance.now());
      expect(secondary()).toEqual(
        expect.arrayContaining([
          `/imodels/recents/${ID}`,
          expect.stringContaining("/imodels/favorites"),
          expect.stringContaining(`/imodels/${ID}/changesets`),
          expect.stringContaining(`/imodels/${ID}/namedversions`),
        ]),
      );
    });
    frame.mockRestore();
  });

  it("shows the iModel and saves only the changed field", async () => {
    const user = userEvent.setup();
    renderPage();
    expect(
      await screen.findByRole("heading", { level: 1, name: "Sun City Plant" }),
    ).toBeInTheDocument();
    expect(await screen.findByText("East US")).toBeInTheDocument();
    await editable();
    expect(saveButton()).toBeDisabled();

    await user.clear(nameBox());
    await user.type(nameBox(), "Sun City Plant II");
    expect(saveButton()).toBeEnabled();
    await user.click(saveButton());

    await announced("Saved.");
    expect(patches(service).map((c) => c.body)).toEqual([{ name: "Sun City Plant II" }]);
    // The iModel was read again right before the PATCH.
    const lastGet = service.calls.findLastIndex(
      (c) => c.method === "GET" && c.path === `/imodels/${ID}`,
    );
    expect(lastGet).toBe(service.calls.findIndex((c) => c.method === "PATCH") - 1);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Sun City Plant II");
    expect(saveButton()).toBeDisabled();
    expect(sessionStorage.getItem(draftKey(ID))).toBeNull();
  });

  it("sends an emptied description as null", async () => {
    const user = userEvent.setup();
    renderPage();
    await editable();
    await user.clear(screen.getByRole("textbox", { name: "Description" }));
    await user.click(saveButton());
    await announced("Saved.");
    expect(patches(service).map((c) => c.body)).toEqual([{ description: null }]);
  });

  it("is read-only without imodels_manage, and says why: the iTwin role or the iModel's own permissions", async () => {
    service.permissions = ["imodels_webview"];
    renderPage();
    expect(await screen.findByText(ROLE_READ_ONLY)).toBeInTheDocument();
    expect(nameBox()).toHaveAttribute("readonly");
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
    cleanup();

    service.iModel = { ...stored(), isSecured: true };
    renderPage();
    expect(await screen.findByText(SECURED_READ_ONLY)).toBeInTheDocument();
    expect(screen.queryByText(ROLE_READ_ONLY)).toBeNull();
  });

  it("opens a not-initialized iModel read-only with its banner, and makes it editable once it is ready", async () => {
    service.iModel = { ...stored(), state: "notInitialized" };
    const queryClient = newQueryClient();
    renderPage(queryClient);
    expect(await screen.findByText(NOT_INITIALIZED_READ_ONLY)).toBeInTheDocument();
    expect(screen.getByText(/This iModel is not initialized yet/)).toBeInTheDocument();
    await waitFor(() => expect(nameBox()).toHaveAttribute("readonly"));
    expect(saveButton()).toBeDisabled();

    service.iModel = stored();
    await act(() => queryClient.refetchQueries({ queryKey: ["imodels", "detail", ID] }));
    await waitFor(() => expect(nameBox()).not.toHaveAttribute("readonly"));
    expect(screen.queryByText(NOT_INITIALIZED_READ_ONLY)).toBeNull();
    expect(screen.queryByText(/This iModel is not initialized yet/)).toBeNull();
    await announced("The iModel is ready now: you can edit it.");
  });

  it("puts a duplicate name on Name, focused, and keeps the edit", async () => {
    service.patch = () =>
      Promise.reject(
        new ApiError({
          status: 409,
          code: "iModelExists",
          message: "iModel with the same name already exists within the iTwin.",
        }),
      );
    const user = userEvent.setup();
    renderPage();
    await editable();
    await user.clear(nameBox());
    await user.type(nameBox(), "Sun City Wind Farm");
    await user.click(saveButton());
    const error = await onPage(/already named “Sun City Wind Farm”/);
    await announced(/already named “Sun City Wind Farm”/);
    expect(nameBox()).toHaveAttribute("aria-invalid", "true");
    expect(nameBox().getAttribute("aria-describedby")).toContain(error.id);
    await waitFor(() => expect(nameBox()).toHaveFocus());
    expect(nameBox()).toHaveValue("Sun City Wind Farm");
  });

  it("shows a 4,000-character name's error at once and keeps every character", async () => {
    const user = userEvent.setup();
    renderPage();
    await editable();
    await user.clear(nameBox());
    nameBox().focus();
    await user.paste("x".repeat(4000));
    expect(await screen.findByText(/4,000 characters long; at most 255/)).toBeInTheDocument();
    expect(screen.getByText(/4,000 of 255 characters/)).toBeInTheDocument();
    await user.click(saveButton());
    expect(nameBox()).toHaveValue("x".repeat(4000));
    expect(patches(service)).toEqual([]);
  });

  it("lets the user choose when someone else changed the same field", async () => {
    const user = userEvent.setup();
    renderPage();
    await editable();
    await user.clear(nameBox());
    await user.type(nameBox(), "Mine");
    service.iModel = { ...service.iModel, name: "Theirs", description: "Their description" };
    await user.click(saveButton());

    const dialog = await screen.findByRole("dialog", { name: "Someone else changed this iModel" });
    expect(within(dialog).getByRole("radio", { name: /Theirs.*: Theirs/ })).toBeInTheDocument();
    await user.click(within(dialog).getByRole("radio", { name: /Yours/ }));
    await user.click(within(dialog).getByRole("button", { name: "Save with these choices" }));

    await announced("Saved.");
    expect(patches(service).map((c) => c.body)).toEqual([{ name: "Mine" }]);
    // The untouched description took the other person's value quietly.
    expect(screen.getByRole("textbox", { name: "Description" })).toHaveValue("Their description");
  });

  it("sends nothing when the user takes the other person's value", async () => {
    const user = userEvent.setup();
    renderPage();
    await editable();
    await user.clear(nameBox());
    await user.type(nameBox(), "Mine");
    service.iModel = { ...service.iModel, name: "Theirs" };
    await user.click(saveButton());
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("radio", { name: /Theirs/ }));
    await user.click(within(dialog).getByRole("button", { name: "Save with these choices" }));
    await announced(/Nothing left to save/);
    expect(patches(service)).toEqual([]);
    expect(nameBox()).toHaveValue("Theirs");
  });

  it("restores a draft with a notice", async () => {
    writeDraft(ID, {
      base: { name: "Sun City Plant", description: "Wind and solar", extent: null },
      changes: { description: "Draft text" },
      savedAt: 1,
    });
    renderPage();
    expect(await onPage(/Unsaved changes restored/)).toBeInTheDocument();
    await announced("Unsaved changes restored.");
    expect(screen.getByRole("textbox", { name: "Description" })).toHaveValue("Draft text");
    await editable();
    expect(saveButton()).toBeEnabled();
  });

  it("keeps a draft of the changes and clears it on discard", async () => {
    const user = userEvent.setup();
    renderPage();
    await editable();
    await user.type(screen.getByRole("textbox", { name: "Description" }), " and more");
    await waitFor(() =>
      expect(sessionStorage.getItem(draftKey(ID))).toContain("Wind and solar and more"),
    );
    await user.click(screen.getByRole("button", { name: "Discard changes" }));
    expect(screen.getByRole("textbox", { name: "Description" })).toHaveValue("Wind and solar");
    await waitFor(() => expect(sessionStorage.getItem(draftKey(ID))).toBeNull());
  });

  it("offers Discard for extent text that makes no extent, and refills the inputs on discard", async () => {
    const user = userEvent.setup();
    renderPage();
    await editable();
    const discard = screen.getByRole("button", { name: "Discard changes" });
    expect(discard).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Type text that makes no extent" }));
    expect(discard).toBeEnabled();
    await user.click(discard);
    expect(screen.getByText("Inputs refilled 1 times")).toBeInTheDocument();
  });

  it("cancels a pending save and keeps the edits", async () => {
    service.patch = (call) =>
      new Promise((_, reject) =>
        call.signal?.addEventListener("abort", () =>
          reject(new ApiError({ status: 0, code: "Cancelled", message: "Cancelled." })),
        ),
      );
    const user = userEvent.setup();
    renderPage();
    await editable();
    await user.type(nameBox(), " B");
    await user.click(saveButton());
    expect(await screen.findByText("Saving…")).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(await onPage(/Save cancelled/)).toBeInTheDocument();
    expect(nameBox()).toHaveValue("Sun City Plant B");
    expect(saveButton()).toBeEnabled();
  });

  it("offers to retry after a network failure", async () => {
    let fail = true;
    service.patch = (call) => {
      if (!fail)
        return Promise.resolve({ iModel: { ...service.iModel, ...(call.body as object) } });
      fail = false;
      return Promise.reject(
        new ApiError({
          status: 0,
          code: "NetworkError",
          message: "The iTwin Platform could not be reached.",
        }),
      );
    };
    const user = userEvent.setup();
    renderPage();
    await editable();
    await user.type(nameBox(), " C");
    await user.click(saveButton());
    await user.click(await screen.findByRole("button", { name: "Retry save" }));
    await announced("Saved.");
  });

  it("saves by itself once the user has signed in again after the sign-in expired", async () => {
    let expired = true;
    service.patch = (call) => {
      if (!expired)
        return Promise.resolve({ iModel: { ...service.iModel, ...(call.body as object) } });
      sessionStatus.markSignInRequired();
      return Promise.reject(
        new ApiError({ status: 401, code: "SignInRequired", message: "Your sign-in has expired." }),
      );
    };
    const user = userEvent.setup();
    renderPage();
    await editable();
    await user.type(nameBox(), " F");
    await user.click(saveButton());
    expect(await onPage(/the save goes on once you are back/)).toBeInTheDocument();
    expect(patches(service)).toHaveLength(1);

    expired = false;
    act(() => sessionStatus.markSignedIn());
    await announced("Saved.");
    expect(patches(service)).toHaveLength(2);
    expect(patches(service)[1]?.body).toEqual({ name: "Sun City Plant F" });
  });

  it("becomes read-only after a 403", async () => {
    service.patch = () =>
      Promise.reject(
        new ApiError({ status: 403, code: "InsufficientPermissions", message: "No." }),
      );
    const user = userEvent.setup();
    renderPage();
    await editable();
    await user.type(nameBox(), " D");
    await user.click(saveButton());
    expect(await onPage(/editing needs the imodels_manage permission/)).toBeInTheDocument();
    expect(nameBox()).toHaveAttribute("readonly");
    expect(nameBox()).toHaveValue("Sun City Plant D");
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
  });

  it("shows the error the route's loader met loading the iModel, without asking again on mount", async () => {
    service.get = () =>
      Promise.reject(new ApiError({ status: 502, code: "BadGateway", message: "Bad gateway." }));
    const queryClient = newQueryClient();
    await queryClient.prefetchQuery(iModelQueries.detail(ID));
    renderPage(queryClient);
    expect(await screen.findByRole("alert")).toHaveTextContent(/Bad gateway|502/);
    expect(
      service.calls.filter((c) => c.method === "GET" && !c.path.endsWith("/permissions")),
    ).toHaveLength(1);
    service.get = undefined;
    await userEvent.setup().click(within(screen.getByRole("alert")).getByRole("button"));
    expect(await screen.findByRole("heading", { name: "Sun City Plant" })).toBeInTheDocument();
  });

  it("shows the not-found page when the iModel is gone", async () => {
    service.patch = () =>
      Promise.reject(new ApiError({ status: 404, code: "iModelNotFound", message: "Gone." }));
    const user = userEvent.setup();
    renderPage();
    await editable();
    await user.type(nameBox(), " E");
    await user.click(saveButton());
    expect(await screen.findByRole("heading", { name: "Not found" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Back to the iModels" })).toBeInTheDocument();
  });

  it("asks before leaving with unsaved changes, and not after saving", async () => {
    const user = userEvent.setup();
    const { router } = renderPage();
    await editable();
    await user.type(nameBox(), " F");
    await act(() => router.navigate("/"));
    const dialog = await screen.findByRole("dialog", { name: "Leave this page?" });
    await user.click(within(dialog).getByRole("button", { name: "Stay" }));
    expect(router.state.location.pathname).toBe(`/imodels/${ID}`);

    await user.click(saveButton());
    await announced("Saved.");
    await act(() => router.navigate("/"));
    expect(await screen.findByText("Start page")).toBeInTheDocument();
  });
});
