import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useNavigate } from "react-router";
import { iTwinQueries } from "../../api/itwins";
import { describeError } from "../../api/describe-error";
import { ErrorMessage } from "../../ui/error-message";

export function ITwinPicker({ selectedId }: { selectedId?: string }) {
  const id = useId();
  const navigate = useNavigate();
  const iTwins = useQuery(iTwinQueries.mine());
  if (iTwins.isError)
    return (
      <ErrorMessage message={describeError(iTwins.error)} onRetry={() => void iTwins.refetch()} />
    );
  return (
    <div className="field itwin-picker">
      <label htmlFor={id}>iTwin</label>
      <select
        id={id}
        value={selectedId ?? ""}
        disabled={iTwins.isPending}
        onChange={(event) => {
          if (event.target.value)
            void navigate(`/itwins/${encodeURIComponent(event.target.value)}`);
        }}
      >
        <option value="" disabled>
          {iTwins.isPending ? "Loading iTwins…" : "Choose an iTwin"}
        </option>
        {iTwins.data?.map((iTwin) => (
          <option key={iTwin.id} value={iTwin.id}>
            {iTwin.displayName}
            {iTwin.number ? ` (${iTwin.number})` : ""}
          </option>
        ))}
      </select>
    </div>
  );
}
