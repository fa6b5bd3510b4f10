import { ConfigError } from "../config";

export function ConfigErrorPage({ error }: { error: unknown }) {
  const problems = error instanceof ConfigError ? error.problems : [String(error)];
  const title = error instanceof ConfigError ? error.message : "The app could not start";
  return (
    <main className="page config-error">
      <h1>iModel Admin is not configured correctly</h1>
      <p role="alert">{title}:</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p>
        An administrator must fix <code>config.json</code> beside the app (see the project&apos;s
        <code>docs/deployment.md</code>).
      </p>
    </main>
  );
}
