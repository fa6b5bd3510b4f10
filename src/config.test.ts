import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, parseConfig } from "./config";
import shipped from "../public/config.json";

const valid = {
  authority: "https://ims.bentley.com",
  clientId: "spa-client",
  scopes: ["itwin-platform"],
  apiBaseUrl: "https://api.bentley.com",
  tileUrl: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
};

describe("config.json", () => {
  it("accepts the shipped local configuration and fills defaults", () => {
    expect(parseConfig(shipped)).toMatchObject({
      redirectPath: "/redirect.html",
      postLogoutRedirectPath: "/",
      requestTimeoutMs: 30_000,
    });
  });

  it("accepts a real iTwin Platform configuration", () => {
    expect(parseConfig(valid).authority).toBe("https://ims.bentley.com");
  });

  it("turns the geocoder off when geocoderUrl is empty or missing", () => {
    expect(parseConfig(valid).geocoderUrl).toBe("");
    expect(parseConfig({ ...valid, geocoderUrl: "" }).geocoderUrl).toBe("");
    const url = "https://nominatim.openstreetmap.org";
    expect(parseConfig({ ...valid, geocoderUrl: url }).geocoderUrl).toBe(url);
    expect(parseConfig(shipped).geocoderUrl).toBe("http://localhost:4010/geocoder");
  });

  it.each([
    [{ ...valid, authority: "http://ims.bentley.com" }, "authority"],
    [{ ...valid, authority: "http://localhost:4011" }, "authority"],
    [{ ...valid, apiBaseUrl: "http://api.example.com" }, "apiBaseUrl"],
    [{ ...valid, clientId: "" }, "clientId"],
    [{ ...valid, scopes: [] }, "scopes"],
    [{ ...valid, redirectPath: "https://evil.example/" }, "redirectPath"],
    [{ ...valid, requestTimeoutMs: -1 }, "requestTimeoutMs"],
    [{ ...valid, tileAttribution: '&copy; <a href="https://osm.org">OSM</a>' }, "tileAttribution"],
    [
      { ...valid, tileAttribution: [{ text: "OSM", href: "javascript:alert(1)" }] },
      "tileAttribution",
    ],
    [{ ...valid, tileAttribution: ["<b>OSM</b>"] }, "tileAttribution"],
    [{ ...valid, geocoderUrl: "http://nominatim.example.com" }, "geocoderUrl"],
    [{ ...valid, geocoderUrl: "not a url" }, "geocoderUrl"],
  ])("names the broken setting", (raw, setting) => {
    const error = (() => {
      try {
        parseConfig(raw);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.join("\n")).toContain(setting);
  });

  it("takes the tile attribution as text and links, never markup", () => {
    expect(parseConfig(shipped).tileAttribution).toEqual([
      "© ",
      { text: "OpenStreetMap", href: "https://www.openstreetmap.org/copyright" },
      " contributors",
    ]);
    expect(parseConfig({ ...valid, tileAttribution: "© Tiles & Co" }).tileAttribution).toBe(
      "© Tiles & Co",
    );
  });

  it("explains a missing or unreadable file", async () => {
    await expect(
      loadConfig(async () => new Response("nope", { status: 404 })),
    ).rejects.toMatchObject({
      problems: ["the server answered 404"],
    });
    await expect(loadConfig(async () => new Response("{not json"))).rejects.toMatchObject({
      problems: ["it is not JSON"],
    });
    await expect(
      loadConfig(async () => {
        throw new TypeError("offline");
      }),
    ).rejects.toMatchObject({ problems: ["the server did not answer"] });
  });
});
