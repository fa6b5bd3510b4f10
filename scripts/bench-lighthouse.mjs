// npm run bench:lighthouse: only the bench's Lighthouse group (build, stack, audits, table), for
// working on page speed without the whole bench. BENCH_LIGHTHOUSE_ONLY=list.mobile,list.dark.mobile
// picks audits; BENCH_LIGHTHOUSE_RUNS the runs of each; each run's LCP element and phases are in
// the figures' details (printed as JSON with --details).
import { buildApp } from "./bench/build.mjs";
import { lighthouseFigures } from "./bench/lighthouse-runs.mjs";
import { renderTable } from "./bench/report.mjs";
import { startStack, stopStack } from "./bench/stack.mjs";

const log = (message) => console.error(message);
log("bench:lighthouse: building the production app into .bench/dist…");
await buildApp();
await startStack();
try {
  const figures = await lighthouseFigures({ log });
  console.log(renderTable(figures));
  if (process.argv.includes("--details"))
    for (const item of figures.filter((figure) => figure.id.endsWith(".performance")))
      console.log(item.id, JSON.stringify(item.details));
} finally {
  await stopStack();
}
