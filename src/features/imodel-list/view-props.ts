import type { ReactNode } from "react";
import type { IModel } from "../../api/imodels";

/** What every view of the list takes. */
export type ViewProps = {
  iModels: IModel[];
  hasMore: boolean;
  loadingMore: boolean;
  onNeedMore: () => void;
  label: string;
  /** An iModel whose item gets the focus once it is rendered (Back from that iModel). */
  focusId?: string | null;
  /** Told which iModel the user opens from the list. */
  onOpen?: (iModelId: string) => void;
  /** The leading cell of each row and tile (a selection checkbox, say); nothing by default. */
  renderLead?: (iModel: IModel) => ReactNode;
};
