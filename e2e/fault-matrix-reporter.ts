import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

/** The annotation type of a matrix cell; its description is "operation|fault|expected outcome". */
export const MATRIX_ANNOTATION = "fault-matrix-cell";

type Cell = { operation: string; fault: string; outcome: string; status: TestResult["status"] };

const MARK: Record<TestResult["status"], string> = {
  passed: "pass",
  failed: "FAIL",
  timedOut: "TIME",
  skipped: "skip",
  interrupted: "stop",
};

/**
 * Prints the fault matrix (operations × faults) with each cell's result at the end of the run.
 * Cells are the tests annotated `fault-matrix-cell` with "operation|fault"; a run without any prints nothing.
 */
export default class FaultMatrixReporter implements Reporter {
  private readonly cells = new Map<string, Cell>();

  printsToStdio(): boolean {
    return false;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const annotation = test.annotations.find((a) => a.type === MATRIX_ANNOTATION);
    if (!annotation?.description) return;
    const [operation = "?", fault = "?", outcome = ""] = annotation.description.split("|");
    // The last attempt counts when retries are on.
    this.cells.set(`${operation}|${fault}`, { operation, fault, outcome, status: result.status });
  }

  onEnd(_result: FullResult): void {
    if (this.cells.size === 0) return;
    console.log(`\n${renderMatrix([...this.cells.values()])}\n`);
  }
}

export function renderMatrix(cells: Cell[]): string {
  const operations = unique(cells.map((c) => c.operation));
  const faults = unique(cells.map((c) => c.fault));
  const byKey = new Map(cells.map((c) => [`${c.operation}|${c.fault}`, c]));
  const header = ["operation \\ fault", ...faults];
  const rows = operations.map((operation) => [
    operation,
    ...faults.map((fault) => {
      const cell = byKey.get(`${operation}|${fault}`);
      if (!cell) return "—";
      return cell.outcome ? `${MARK[cell.status]} (${cell.outcome})` : MARK[cell.status];
    }),
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => row[i]!.length)),
  );
  const line = (row: string[]) =>
    `| ${row.map((text, i) => text.padEnd(widths[i]!)).join(" | ")} |`;
  const rule = `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`;
  const passed = cells.filter((c) => c.status === "passed").length;
  return [
    `Fault matrix: ${passed}/${cells.length} cells pass`,
    line(header),
    rule,
    ...rows.map(line),
    "auto: the app recovers by itself · retry: the failure shows, nothing is lost, one click finishes · sign-in: Sign in again (popup); a load or a save then finishes by itself, a star takes one more click",
  ].join("\n");
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
