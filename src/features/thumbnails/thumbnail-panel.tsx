import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useLayoutEffect, useRef, useState, type DragEvent } from "react";
import { iModelQueries, type IModel } from "../../api/imodels";
import { uploadThumbnail } from "../../api/thumbnails";
import { formatCount } from "../../ui/format-number";
import { ThumbnailImage } from "./thumbnail-image";
import { storeThumbnail } from "./thumbnail-urls";
import { refusalOf, uploadFailure, type UploadFailure } from "./upload-messages";
import { useSecondsLeft } from "../../ui/use-seconds-left";
import "./thumbnail-panel.css";

type Step =
  | { kind: "idle"; note?: string }
  | { kind: "refused"; message: string }
  | { kind: "preview"; file: File; url: string; note?: string }
  | { kind: "uploading"; file: File; url: string; percent: number; abort: () => void }
  | { kind: "failed"; file: File; url: string; failure: UploadFailure };

const NO_MANAGE =
  "You can see this thumbnail but not replace it: replacing it needs the imodels_manage permission.";

/** The large thumbnail and "Replace…": file picker, drop or paste, preview, then upload. */
export default function ThumbnailPanel({ iModel }: { iModel: IModel }) {
  const queryClient = useQueryClient();
  const permissions = useQuery(iModelQueries.permissions(iModel.id));
  const canManage = permissions.data?.includes("imodels_manage") ?? false;
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const hintId = useId();

  const preview = step.kind === "idle" || step.kind === "refused" ? null : step.url;
  useEffect(() => (preview ? () => URL.revokeObjectURL(preview) : undefined), [preview]);

  const take = (file: File | undefined) => {
    if (!file || !canManage || step.kind === "uploading") return;
    const refusal = refusalOf(file);
    if (refusal) return setStep({ kind: "refused", message: refusal });
    setStep({ kind: "preview", file, url: URL.createObjectURL(file) });
  };
  const takeRef = useRef(take);
  useLayoutEffect(() => {
    takeRef.current = take;
  });

  // A picture pasted anywhere on the page; text pastes go on to the form as before.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const file = [...(event.clipboardData?.files ?? [])].find((f) => f.type.startsWith("image/"));
      if (!file) return;
      event.preventDefault();
      takeRef.current(file);
    };
    document.addEventListener("paste", onPaste);
    return () => document.removeEventListener("paste", onPaste);
  }, []);

  const upload = async (file: File, url: string) => {
    const controller = new AbortController();
    const abort = () => controller.abort();
    setStep({ kind: "uploading", file, url, percent: 0, abort });
    // Whole percents only: the same step again renders nothing.
    const onProgress = (loaded: number, total: number) => {
      const percent = Math.floor((loaded / total) * 100);
      setStep((now) =>
        now.kind === "uploading" && now.abort === abort && now.percent !== percent
          ? { ...now, percent }
          : now,
      );
    };
    try {
      await uploadThumbnail(iModel.id, file, controller.signal, onProgress);
      // The list's tile and this picture change at once; nothing is fetched again.
      storeThumbnail(queryClient, iModel.id, file);
      setStep({ kind: "idle", note: "Thumbnail replaced." });
    } catch (error) {
      if (controller.signal.aborted) {
        return setStep({ kind: "preview", file, url, note: "Upload cancelled." });
      }
      setStep({ kind: "failed", file, url, failure: uploadFailure(error) });
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    take(event.dataTransfer.files[0]);
  };

  return (
    <section
      className="thumbnail-panel"
      aria-labelledby={headingId}
      onDragOver={(event) => canManage && event.preventDefault()}
      onDrop={onDrop}
    >
      <h2 id={headingId}>Thumbnail</h2>
      <div className="thumbnail-panel-body">
        {preview ? (
          <img className="thumbnail thumbnail-large" src={preview} alt="The new thumbnail" />
        ) : (
          <ThumbnailImage
            iModelId={iModel.id}
            size="large"
            className="thumbnail-large"
            onScreen
            settleMs={0}
          />
        )}
        <div className="thumbnail-panel-side">
          {!permissions.data && !permissions.isError ? (
            <p role="status">Checking whether you may replace it…</p>
          ) : !canManage ? (
            <p className="thumbnail-panel-note">
              {permissions.isError
                ? "Your permissions could not be read, so replacing is off."
                : NO_MANAGE}
            </p>
          ) : (
            <>
              <input
                ref={input}
                type="file"
                accept="image/png,image/jpeg"
                className="visually-hidden"
                tabIndex={-1}
                aria-hidden="true"
                onChange={(event) => {
                  take(event.target.files?.[0]);
                  event.target.value = "";
                }}
              />
              <button
                type="button"
                aria-describedby={hintId}
                disabled={step.kind === "uploading"}
                onClick={() => input.current?.click()}
              >
                Replace…
              </button>
              <p id={hintId} className="thumbnail-panel-note">
                PNG or JPEG, at most 5 MB. You can also drop a picture here or paste one.
              </p>
            </>
          )}
          <Outcome step={step} onUpload={upload} onCancel={() => setStep({ kind: "idle" })} />
        </div>
      </div>
    </section>
  );
}

function Outcome(props: {
  step: Step;
  onUpload: (file: File, url: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { step, onUpload, onCancel } = props;
  const seconds = useSecondsLeft(step.kind === "failed" ? step.failure.retryAt : undefined);
  if (step.kind === "idle") {
    return <p role="status">{step.note ?? ""}</p>;
  }
  if (step.kind === "refused") {
    return (
      <p role="alert" className="thumbnail-panel-error">
        {step.message} Nothing was uploaded.
      </p>
    );
  }
  const size = `${formatCount(Math.max(1, Math.round(step.file.size / 1024)))} KB`;
  if (step.kind === "uploading") {
    const quarter = Math.floor(step.percent / 25) * 25;
    return (
      <div className="thumbnail-panel-progress">
        <label>
          Uploading {step.file.name} ({size})… {step.percent} %
          <progress max={100} value={step.percent} />
        </label>
        {/* Said at quarters only, not at every percent. */}
        <p role="status" className="visually-hidden">
          {quarter ? `${quarter} % uploaded` : `Uploading ${step.file.name}…`}
        </p>
        {/* Once every byte is out, the service may already have the picture: too late to cancel. */}
        {step.percent < 100 && (
          <button type="button" onClick={step.abort}>
            Cancel upload
          </button>
        )}
      </div>
    );
  }
  const actions = (label: string, disabled = false) => (
    <div className="thumbnail-panel-actions">
      <button
        type="button"
        className="button-primary"
        disabled={disabled}
        onClick={() => void onUpload(step.file, step.url)}
      >
        {label}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
  if (step.kind === "preview") {
    return (
      <>
        <p role="status">
          {step.note ? `${step.note} ` : ""}Preview of {step.file.name} ({size}). Upload it to
          replace the thumbnail.
        </p>
        {actions("Upload")}
      </>
    );
  }
  const { failure } = step;
  return (
    <>
      <p role="alert" className="thumbnail-panel-error">
        {failure.message}
        {failure.retryAt
          ? seconds > 0
            ? ` Try again in ${seconds} s.`
            : " You can try again now."
          : ""}
      </p>
      {failure.canRetry ? actions("Try again", seconds > 0) : actions("Upload", true)}
    </>
  );
}
