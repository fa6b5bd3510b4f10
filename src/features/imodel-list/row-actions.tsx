import { useQueryClient } from "@tanstack/react-query";
import { memo } from "react";
import { useNavigate } from "react-router";
import type { IModel } from "../../api/imodels";
import { useAnnounce } from "../../ui/announcer";
import { MenuButton, type MenuItem } from "../../ui/menu-button";
import { readFavorite } from "../favorites/use-favorites";
import { paths } from "../../paths";

/** Open, favorite, copy id, copy link: what Bentley's tiles offer, from the keyboard too. */
export const RowActions = memo(function RowActions({
  iModel,
  onOpen,
}: {
  iModel: IModel;
  onOpen?: (iModelId: string) => void;
}) {
  const navigate = useNavigate();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const href = paths.iModel.href(iModel.id);
  const copy = (text: string, what: string) => {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard)
      return announce(`Could not copy the ${what}: the browser does not allow it here.`);
    clipboard.writeText(text).then(
      () => announce(`Copied the ${what} of ${iModel.name}.`),
      () => announce(`Could not copy the ${what}.`),
    );
  };
  // The star's state as the menu opens: no favorites subscription per row for a closed menu.
  const items = (): MenuItem[] => {
    const { pressed, ready, toggle } = readFavorite(queryClient, iModel);
    return [
      {
        label: "Open",
        onSelect: () => {
          onOpen?.(iModel.id);
          void navigate(href);
        },
      },
      ...(ready
        ? [
            {
              label: pressed ? "Remove from favorites" : "Add to favorites",
              onSelect: () => toggle(),
            },
          ]
        : []),
      { label: "Copy iModel ID", onSelect: () => copy(iModel.id, "iModel ID") },
      {
        label: "Copy link",
        onSelect: () => copy(new URL(href, window.location.href).toString(), "link"),
      },
    ];
  };
  return <MenuButton label={`Actions for ${iModel.name}`} items={items} />;
});
