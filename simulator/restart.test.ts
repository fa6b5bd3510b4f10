import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SEED } from "./seed-ids";
import { V2, startTestSim } from "./test-helpers";

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("restarts", () => {
  it("keeps the signing key and certificate in dataDir, so tokens survive a restart", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "sim-restart-"));
    dirs.push(dataDir);
    const first = await startTestSim(dataDir);
    const token = await first.token("editor");
    const cert = await readFile(path.join(dataDir, "localhost-cert.pem"), "utf8");
    const idpPort = Number(new URL(first.idpUrl).port);
    await first.close();

    // Same identity-provider port, so the same issuer (the port is part of it).
    const second = await startTestSim(dataDir, idpPort);
    try {
      expect(second.idpUrl).toBe(first.idpUrl);
      expect(await readFile(path.join(dataDir, "localhost-cert.pem"), "utf8")).toBe(cert);
      const res = await fetch(`${second.apiUrl}/imodels/${SEED.imodels.sunCityPlant}`, {
        headers: { Authorization: `Bearer ${token}`, Accept: V2 },
      });
      expect(res.status).toBe(200);
      const fresh = await second.token("editor");
      expect(fresh.split(".")[0]).toBe(token.split(".")[0]);
    } finally {
      await second.close();
    }
  });
});
