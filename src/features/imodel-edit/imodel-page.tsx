import { useQuery, useQueryClient } from "@tanstack/react-query";
import { startTransition, useEffect, useState } from "react";
import { useParams } from "react-router";
import { isApiError } from "../../api/api-error";
import { findIModelInLists, iModelQueries } from "../../api/imodels";
import { paths } from "../../paths";
import { Breadcrumbs } from "../../ui/breadcrumbs";
import { NotFoundPage } from "../../ui/not-found-page";
import { describeError } from "../../api/describe-error";
import { ErrorMessage } from "../../ui/error-message";
import { FavoriteStar } from "../favorites/favorite-star";
import { useITwin } from "../itwins/use-itwin";
import { useDocumentTitle } from "../../ui/use-document-title";
import { useAfterFirstPaint } from "../../ui/use-after-first-paint";
import { IModelEditor } from "./imodel-editor";
import { IModelProperties, KeepPropertiesLoading } from "./imodel-properties";
import { useRecordRecent } from "../imodel-list/use-record-recent";

const NOT_READY_REFETCH_MS = 15_000;

export function IModelPage() {
  const { iModelId = "" } = useParams();
  return <IModelDetail key={iModelId} iModelId={iModelId} />;
}

function IModelDetail({ iModelId }: { iModelId: string }) {
  const queryClient = useQueryClient();
  const detail = useQuery({
    ...iModelQueries.detail(iModelId),
    // The route's loader has just asked; a failure it met is shown, not silently asked again.
    retryOnMount: false,
    placeholderData: () => findIModelInLists(queryClient, iModelId),
    // A not-initialized iModel becomes editable by itself: asked again slowly and on focus.
    refetchInterval: (query) =>
      query.state.data?.state === "notInitialized" ? NOT_READY_REFETCH_MS : false,
    refetchOnWindowFocus: (query) =>
      query.state.data?.state === "notInitialized" ? "always" : false,
  });
  // The heading is the page's first sight: what it needs comes first, the rest is asked for
  // once it is on screen, so the heading does not wait behind a dozen secondary requests.
  const headingShown = useAfterFirstPaint(useAfterFirstPaint(detail.data !== undefined));
  useRecordRecent(iModelId, headingShown);
  const [gone, setGone] = useState(false);
  const notFound = gone || (isApiError(detail.error) && detail.error.status === 404);
  const iModel = detail.data;
  const iTwinName = useITwin(iModel?.iTwinId)?.displayName;
  useDocumentTitle(notFound ? undefined : iModel?.name);
  // The heading paints first; the form, a large render, follows in a transition, which React
  // renders in slices between which the browser paints and handles input.
  const [editorShown, setEditorShown] = useState(false);
  const canShowEditor = iModel !== undefined && !detail.isPlaceholderData;
  useEffect(() => {
    if (canShowEditor) startTransition(() => setEditorShown(true));
  }, [canShowEditor]);

  if (notFound) return <NotFoundPage what="iModel" />;
  if (!iModel) {
    return (
      <section className="page imodel-page" aria-labelledby="imodel-heading">
        <h1 id="imodel-heading">iModel</h1>
        {detail.isError ? (
          <ErrorMessage
            message={describeError(detail.error)}
            onRetry={() => void detail.refetch()}
          />
        ) : (
          <p role="status">Loading the iModel…</p>
        )}
      </section>
    );
  }
  return (
    <section className="page imodel-page" aria-labelledby="imodel-heading">
      <Breadcrumbs
        items={[
          {
            label: `iModels of ${iTwinName ?? "this iTwin"}`,
            to: paths.iModels.href(iModel.iTwinId),
          },
          { label: iModel.name },
        ]}
      />
      <header className="imodel-header">
        <h1 id="imodel-heading">{iModel.name}</h1>
        <FavoriteStar iModel={iModel} label="Favorite" asked={headingShown} />
      </header>
      {headingShown ? <KeepPropertiesLoading iModel={iModel} /> : null}
      {!editorShown || detail.isPlaceholderData ? (
        <div className="imodel-layout">
          <p role="status" className="imodel-form imodel-form--loading">
            Loading the iModel…
          </p>
          {headingShown ? <IModelProperties iModel={iModel} /> : null}
        </div>
      ) : (
        <IModelEditor iModel={iModel} onNotFound={() => setGone(true)} />
      )}
    </section>
  );
}
