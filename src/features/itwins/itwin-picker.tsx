import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useNavigate } from "react-router";
import { iTwinQueries } from "../../api/itwins";
import { describeError } from "../../api/describe-error";
import { Combobox } from "../../ui/combobox";
import { ErrorMessage } from "../../ui/error-message";
import { paths } from "../../paths";

/** Chooses an iTwin by typing part of its name or number; choosing opens its iModels. */
export function ITwinPicker({ selectedId }: { selectedId?: string }) {
  const navigate = useNavigate();
  const iTwins = useQuery(iTwinQueries.mine());
  const options = useMemo(
    () =>
      (iTwins.data ?? []).map((iTwin) => ({
        id: iTwin.id,
        label: iTwin.displayName,
        detail: iTwin.number,
      })),
    [iTwins.data],
  );
  if (iTwins.isError)
    return (
      <ErrorMessage message={describeError(iTwins.error)} onRetry={() => void iTwins.refetch()} />
    );
  return (
    <div className="field itwin-picker">
      <Combobox
        label="iTwin"
        options={options}
        value={selectedId}
        disabled={iTwins.isPending}
        placeholder={iTwins.isPending ? "Loading iTwins…" : "Type a name or number"}
        noMatch={(text) => `No iTwin matches “${text}”`}
        onSelect={(id) => void navigate(paths.iModels.href(id))}
      />
    </div>
  );
}
