import { Navigate } from "react-router";
import { ITwinPicker } from "../features/itwins/itwin-picker";
import { lastITwin } from "../features/itwins/last-itwin";
import { useDocumentTitle } from "../ui/use-document-title";

export function StartPage() {
  useDocumentTitle("Choose an iTwin");
  const last = lastITwin.get();
  if (last) return <Navigate to={`/itwins/${encodeURIComponent(last)}`} replace />;
  return (
    <section aria-labelledby="start-heading" className="page">
      <h1 id="start-heading">Choose an iTwin</h1>
      <p>Pick the iTwin whose iModels you want to see.</p>
      <ITwinPicker />
    </section>
  );
}
