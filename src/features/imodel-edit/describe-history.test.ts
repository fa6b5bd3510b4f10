import { describe, expect, it } from "vitest";
import { describeHistory, describeNamedVersions } from "./describe-history";

const changeset = {
  id: "a".repeat(40),
  index: 1412,
  description: " Moved cable route ",
  pushDateTime: "2024-05-02T14:03:11Z",
};

describe("describeHistory", () => {
  it("counts by the newest index and names it with its description", () => {
    expect(describeHistory(changeset, "success")).toEqual({
      kind: "some",
      count: "1,412",
      latest: "changeset 1,412, “Moved cable route”",
    });
    expect(describeHistory({ ...changeset, description: "" }, "success").latest).toBe(
      "changeset 1,412",
    );
  });

  it("says none, loading or unreadable in words", () => {
    expect(describeHistory(null, "success")).toEqual({ kind: "none", count: "None yet" });
    expect(describeHistory(undefined, "loading").count).toBe("Loading…");
    expect(describeHistory(undefined, "error").count).toBe("Could not be read");
  });
});

describe("describeNamedVersions", () => {
  const version = (name: string) => ({ id: name, displayName: name, name, changesetIndex: 1 });
  it("counts one page and names the newest", () => {
    expect(
      describeNamedVersions(
        { versions: [version("As built 4"), version("x")], more: false },
        "success",
      ),
    ).toBe("2; the latest is “As built 4”");
    expect(describeNamedVersions({ versions: [version("v")], more: true }, "success")).toBe(
      "More than 1; the latest is “v”",
    );
    expect(describeNamedVersions({ versions: [], more: false }, "success")).toBe("None");
    expect(describeNamedVersions(undefined, "error")).toBe("Could not be read");
  });
});
