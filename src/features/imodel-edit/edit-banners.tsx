import { FORBIDDEN_MESSAGE, NOT_INITIALIZED_MESSAGE, type SaveErrorView } from "./map-save-error";

/** Why the form cannot be saved right now, at the top of the page (a viewer's reason is in the form). */
export function EditBanners(props: {
  banner: SaveErrorView["banner"];
  permissions: "loading" | "manage" | "view" | "error";
  onCheckAgain: () => void;
  onRetryPermissions: () => void;
}) {
  const { banner, permissions } = props;
  return (
    <div className="edit-banners">
      {banner === "forbidden" ? (
        <p className="notice notice-warning">{FORBIDDEN_MESSAGE}</p>
      ) : permissions === "error" ? (
        <p className="notice notice-warning">
          Your permissions on this iModel could not be read, so it is shown read-only for now.{" "}
          <button type="button" className="button-secondary" onClick={props.onRetryPermissions}>
            Try again
          </button>
        </p>
      ) : null}
      {banner === "notInitialized" ? (
        <p className="notice notice-warning">
          {NOT_INITIALIZED_MESSAGE}{" "}
          <button type="button" className="button-secondary" onClick={props.onCheckAgain}>
            Check again
          </button>
        </p>
      ) : null}
    </div>
  );
}
