import { useMemo } from "react";
import { useNavigate } from "react-router";
import { describeError } from "../../api/describe-error";
import { Combobox } from "../../ui/combobox";
import { ErrorMessage } from "../../ui/error-message";
import { paths } from "../../paths";
import { useITwinSections } from "./use-itwin-sections";

/** Enough recents to find the ones in use this week; the start page lists all 25. */
const PICKER_RECENTS = 5;

/**
 * Chooses an iTwin by typing part of its name or number; choosing opens its iModels. Favorites
 * and recently used iTwins come first, each iTwin once.
 */
export function ITwinPicker({
  selectedId,
  includeInactive = false,
}: {
  selectedId?: string;
  includeInactive?: boolean;
}) {
  const navigate = useNavigate();
  const { all, sections } = useITwinSections({
    includeInactive,
    mode: "distinct",
    recentLimit: PICKER_RECENTS,
  });
  const options = useMemo(() => {
    const grouped = (sections?.length ?? 0) > 1;
    return (sections ?? []).flatMap((section) =>
      section.iTwins.map((iTwin) => ({
        id: iTwin.id,
        label: iTwin.displayName,
        detail: [iTwin.number, iTwin.status === "Inactive" ? "Inactive" : null]
          .filter(Boolean)
          .join(" · "),
        group: grouped ? section.label : undefined,
      })),
    );
  }, [sections]);
  if (all.isError)
    return <ErrorMessage message={describeError(all.error)} onRetry={() => void all.refetch()} />;
  return (
    <div className="field itwin-picker">
      <Combobox
        label="iTwin"
        options={options}
        value={selectedId}
        disabled={all.isPending}
        placeholder={all.isPending ? "Loading iTwins…" : "Type a name or number"}
        noMatch={(text) => `No iTwin matches “${text}”`}
        onSelect={(id) => void navigate(paths.iModels.href(id))}
      />
    </div>
  );
}
