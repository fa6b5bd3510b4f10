import { onlineManager, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useCallback, useState, useSyncExternalStore } from "react";
import { isApiError } from "../../api/api-error";
import { rateLimitGate } from "../../api/api-instance";
import { addFavorite, favoriteKeys, favoriteQueries, removeFavorite } from "../../api/favorites";
import type { IModel } from "../../api/imodels";
import { toasts } from "../../ui/toasts";
import { cachedFavorite, storeConfirmedFavorite, watchFavorites } from "./favorite-cache";
import { withPending } from "./favorite-list";
import { readIntents, writeIntents } from "./favorite-intents";
import { rollbackMessage } from "./favorite-messages";
import { guardFavoritesOnPageExit } from "./favorite-page-exit";
import { watchRateLimit } from "./favorite-rate-limit";
import { FavoriteStore } from "./favorite-store";
import { tellOtherTabs } from "../tab-sync/tab-channel";

const stores = new WeakMap<QueryClient, FavoriteStore>();

/** A dropped connection or a timeout may have reached the server: only a fresh read knows. */
function mayHaveReachedServer(error: unknown): boolean {
  return !isApiError(error) || error.code === "NetworkError" || error.code === "Timeout";
}

/** Resolves once the browser is online again (at once when it is). */
function whenOnline(): Promise<void> {
  if (onlineManager.isOnline()) return Promise.resolve();
  return new Promise((resolve) => {
    const off = onlineManager.subscribe((online) => {
      if (!online) return;
      off();
      resolve();
    });
  });
}

/**
 * One store per QueryClient, so every star of the app (list rows, detail page) shares its
 * state. Created at start when signed in, so stars asked for before a reload are sent then.
 */
export function favoriteStoreFor(queryClient: QueryClient): FavoriteStore {
  let store = stores.get(queryClient);
  if (store) return store;
  store = new FavoriteStore({
    // A star clicked offline waits for the connection, as the offline notice promises, instead of failing and going back.
    send: async (id, favorite) => {
      await whenOnline();
      return favorite ? addFavorite(id) : removeFavorite(id);
    },
    onConfirmed: (iModel, favorite) => {
      storeConfirmedFavorite(queryClient, iModel, favorite);
      tellOtherTabs({ type: "favorite", iModel, favorite });
    },
    onRolledBack: (iModel, favorite, error) => {
      toasts.show({ tone: "error", message: rollbackMessage(iModel.name, favorite, error) });
      if (mayHaveReachedServer(error)) {
        void queryClient.invalidateQueries({ queryKey: favoriteKeys.ofITwin(iModel.iTwinId) });
      }
    },
    persist: writeIntents,
  });
  watchRateLimit(store, rateLimitGate, toasts);
  guardFavoritesOnPageExit(store, ({ iModel, wanted }) =>
    wanted
      ? addFavorite(iModel.id, { keepalive: true })
      : removeFavorite(iModel.id, { keepalive: true }),
  );
  stores.set(queryClient, store);
  store.resume(readIntents());
  return store;
}

const isLoaded = () => true;

export type FavoriteState = { pressed: boolean; ready: boolean; toggle: () => void };

/** The star of one iModel: shows the last click at once and converges on the server behind it. */
export function useFavorite(iModel: IModel, { enabled = true } = {}): FavoriteState {
  const queryClient = useQueryClient();
  const store = favoriteStoreFor(queryClient);
  const { id, iTwinId } = iModel;
  // Only whether the favorites are loaded re-renders through the query; the star's own state comes below.
  const loaded =
    useQuery({ ...favoriteQueries.ofITwin(iTwinId), select: isLoaded, enabled }).data === true;

  const subscribe = useCallback(
    (onChange: () => void) => {
      const offStore = store.subscribe(id, onChange);
      const offCache = watchFavorites(queryClient, iTwinId, onChange);
      return () => {
        offStore();
        offCache();
      };
    },
    [store, queryClient, id, iTwinId],
  );
  const pressed = useSyncExternalStore(
    subscribe,
    () => store.wanted(id) ?? cachedFavorite(queryClient, { id, iTwinId }) ?? false,
  );
  const changing = useSyncExternalStore(subscribe, () => store.wanted(id) !== undefined);
  const toggle = useCallback(
    () => store.toggle(iModel, cachedFavorite(queryClient, iModel) ?? false),
    [store, queryClient, iModel],
  );
  return { pressed, ready: loaded || changing, toggle };
}

/** The star's state as it is now, without subscribing: for a menu that reads it as it opens. */
export function readFavorite(queryClient: QueryClient, iModel: IModel): FavoriteState {
  const store = favoriteStoreFor(queryClient);
  const cached = cachedFavorite(queryClient, iModel);
  const wanted = store.wanted(iModel.id);
  return {
    pressed: wanted ?? cached ?? false,
    ready: cached !== undefined || wanted !== undefined,
    toggle: () => store.toggle(iModel, cachedFavorite(queryClient, iModel) ?? false),
  };
}

/**
 * The iTwin's favorites as they were when the view opened (the stars on their way included).
 * Kept still afterwards, so starring or unstarring a row never moves it away from the pointer
 * or the keyboard focus; remount (a `key`) to take a fresh one.
 */
export function useFavoritesSnapshot(iTwinId: string) {
  const queryClient = useQueryClient();
  const query = useQuery(favoriteQueries.ofITwin(iTwinId));
  const [snapshot, setSnapshot] = useState<IModel[] | undefined>(undefined);
  if (snapshot === undefined && query.data) {
    setSnapshot(withPending(query.data, favoriteStoreFor(queryClient).pending(), iTwinId));
  }
  return {
    favorites: snapshot,
    error: query.isError && !query.data ? query.error : null,
    retry: query.refetch,
  };
}
