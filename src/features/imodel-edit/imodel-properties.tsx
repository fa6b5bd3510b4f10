import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Fragment, type ReactNode } from "react";
import { Link } from "react-router";
import { creatorIdFromLink, historyQueries } from "../../api/imodel-history";
import type { IModel } from "../../api/imodels";
import { iTwinQueries } from "../../api/itwins";
import { CopyButton } from "../../ui/copy-button";
import { formatDateTime, formatRelative } from "../../ui/format-date";
import { describeHistory, describeNamedVersions } from "./describe-history";
import "./imodel-edit.css";
import { paths } from "../../paths";
import { LazyThumbnailPanel } from "../thumbnails/lazy-thumbnail-panel";
import { thumbnailUrlQuery, watchThumbnailUrls } from "../thumbnails/thumbnail-urls";

/** "2 years ago (2 May 2024, 14:03)": the relative time people read first, the exact one beside it. */
function When({ iso }: { iso: string }) {
  return (
    <>
      <time dateTime={iso}>{formatRelative(iso)}</time> ({formatDateTime(iso)})
    </>
  );
}

function historyOf(iModel: IModel) {
  const creatorId = creatorIdFromLink(iModel._links?.creator?.href);
  return {
    creatorId,
    creator: {
      ...historyQueries.user(iModel.id, creatorId ?? ""),
      enabled: creatorId !== undefined,
    },
    latest: historyQueries.latestChangeset(iModel.id),
    versions: historyQueries.namedVersions(iModel.id),
  };
}

const QUIET = { notifyOnChangeProps: [] };

/**
 * Subscribes to the side column's history and thumbnail for as long as the page shows the
 * iModel, and renders nothing. The column moves from the loading layout into the editor's, a new
 * mount: in between, a query would have no subscriber, and TanStack Query cancels a fetch that
 * took its signal, so the editor's column would send the same requests again.
 */
export function KeepPropertiesLoading({ iModel }: { iModel: IModel }): null {
  const queries = historyOf(iModel);
  useQuery({ ...queries.creator, ...QUIET });
  useQuery({ ...queries.latest, ...QUIET });
  useQuery({ ...queries.versions, ...QUIET });
  watchThumbnailUrls(useQueryClient().getQueryCache());
  useQuery({ ...thumbnailUrlQuery(iModel.id, "large"), ...QUIET });
  return null;
}

const LOADING = "Loading…";
const UNKNOWN = "Could not be read";

/**
 * The iModel's properties as people read them: names rather than ids, history as counts and
 * the latest items, times relative and exact. Description and extent are in the form.
 */
export function IModelProperties({ iModel }: { iModel: IModel }) {
  const iTwins = useQuery(iTwinQueries.mine());
  const { creatorId, ...queries } = historyOf(iModel);
  const creator = useQuery(queries.creator);
  const latest = useQuery(queries.latest);
  const versions = useQuery(queries.versions);

  const iTwin = iTwins.data?.find((candidate) => candidate.id === iModel.iTwinId);
  const history = describeHistory(latest.data, latest.isPending ? "loading" : latest.status);
  const lastChangeAt = latest.data?.pushDateTime ?? iModel.lastChangesetPushDateTime;

  const rows: [string, ReactNode][] = [
    [
      "iTwin",
      <Link key="itwin" to={paths.iModels.href(iModel.iTwinId)}>
        {iTwin?.displayName ?? (iTwins.isPending ? LOADING : "Its iTwin’s iModels")}
      </Link>,
    ],
    [
      "State",
      iModel.state === "initialized"
        ? "Ready"
        : iModel.state === "notInitialized"
          ? "Not initialized: its first file is still being processed"
          : iModel.state,
    ],
    ["Created", <When key="created" iso={iModel.createdDateTime} />],
    [
      "Created by",
      creatorId === undefined ? (
        "Not recorded"
      ) : creator.data ? (
        <>
          {creator.data.displayName}
          {creator.data.email ? (
            <>
              {" "}
              (<a href={`mailto:${creator.data.email}`}>{creator.data.email}</a>)
            </>
          ) : null}
        </>
      ) : creator.isPending ? (
        LOADING
      ) : (
        UNKNOWN
      ),
    ],
    [
      "Last change",
      history.kind === "none" || (!lastChangeAt && history.kind !== "loading") ? (
        "No changes pushed yet"
      ) : lastChangeAt ? (
        <>
          <When iso={lastChangeAt} />
          {history.latest ? `: ${history.latest}` : null}
        </>
      ) : (
        LOADING
      ),
    ],
    ["Changesets", history.count],
    [
      "Named versions",
      describeNamedVersions(versions.data, versions.isPending ? "loading" : versions.status),
    ],
    ["Data center", iModel.dataCenterLocation ?? "Not stated"],
    [
      "Permissions",
      iModel.isSecured
        ? "Its own: set on this iModel, not taken from the iTwin"
        : "The iTwin’s: none set on this iModel",
    ],
    [
      "iModel id",
      <span key="id" className="copyable">
        <code>{iModel.id}</code> <CopyButton text={iModel.id} label="Copy id" />
      </span>,
    ],
  ];

  return (
    // The picture sits with the facts beside the form, so the form starts in the first screen.
    <div className="imodel-side">
      <LazyThumbnailPanel iModel={iModel} />
      <section className="imodel-properties" aria-labelledby="imodel-properties-heading">
        <h2 id="imodel-properties-heading">Properties</h2>
        <dl className="properties">
          {rows.map(([label, value]) => (
            <Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
    </div>
  );
}
