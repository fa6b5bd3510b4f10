import {
  FAULTS,
  MATRIX_ANNOTATION,
  OPERATIONS,
  OUTCOME_LABEL,
  requestsOf,
  signInAgainInPopup,
  statusesOf,
} from "./fault-matrix";
import { expect, test } from "./fixtures";

// One test per (operation × fault), generated from the table in fault-matrix.ts; the
// fault-matrix reporter prints the table with each cell's result at the end of the run.
for (const operation of OPERATIONS) {
  for (const fault of FAULTS) {
    const outcome = fault.outcome[operation.kind];
    test(
      `${operation.name} × ${fault.name}: ${outcome}`,
      {
        tag: "@fault-matrix",
        annotation: {
          type: MATRIX_ANNOTATION,
          description: `${operation.name}|${fault.name}|${OUTCOME_LABEL[outcome]}`,
        },
      },
      async ({ signedInPage: page, sim }) => {
        const ctx = { page, sim };
        await operation.arrange(ctx);
        const since = (await sim.requests()).length;
        await fault.plant(sim, operation.target);
        await operation.act(ctx);
        await fault.whileWaiting?.(ctx, operation);

        if (outcome === "fails") {
          await operation.expectFailed(ctx, fault.reason!);
          await sim.clearFaults();
          await operation.retry(ctx, outcome);
        } else if (outcome === "signInAgain") {
          await operation.expectFailed(ctx, fault.reason!);
          await signInAgainInPopup(page);
          if (operation.kind === "write") await operation.retry(ctx, outcome);
        }

        await operation.expectDone(ctx);
        await expect(page.getByRole("button", { name: "Sign in again" })).toHaveCount(0);
        const requests = await requestsOf(sim, operation.target, since);
        fault.expectStatuses(statusesOf(requests), operation);
        fault.expectRequests?.(requests);
      },
    );
  }
}
