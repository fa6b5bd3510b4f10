import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "react-router";
import { findIModelInLists, iModelQueries } from "../../api/imodels";

/** Placeholder until the edit issue lands. */
export function IModelPage() {
  const { iModelId = "" } = useParams();
  const queryClient = useQueryClient();
  const query = useQuery({ ...iModelQueries.detail(iModelId), placeholderData: () => findIModelInLists(queryClient, iModelId) });
  return (
    <section className="page">
      <h1>{query.data?.name ?? "Loading…"}</h1>
    </section>
  );
}
