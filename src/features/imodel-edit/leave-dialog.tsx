import { ModalDialog } from "../../ui/modal-dialog";

export function LeaveDialog({
  name,
  onStay,
  onLeave,
}: {
  name: string;
  onStay: () => void;
  onLeave: () => void;
}) {
  return (
    <ModalDialog title="Leave this page?" onCancel={onStay}>
      <p>
        Your changes to “{name}” are not saved. They stay in this browser tab as a draft and come
        back when you open this iModel again.
      </p>
      <div className="dialog-actions">
        <button type="button" className="button-primary" onClick={onStay}>
          Stay
        </button>
        <button type="button" className="button-secondary" onClick={onLeave}>
          Leave
        </button>
      </div>
    </ModalDialog>
  );
}
