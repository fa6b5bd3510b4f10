import { afterEach, describe, expect, it } from "vitest";
import { preconnect } from "./preconnect";

const links = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preconnect"]')].map(
    (link) => link.href,
  );

describe("preconnect", () => {
  afterEach(() => {
    for (const link of document.head.querySelectorAll('link[rel="preconnect"]')) link.remove();
  });

  it("opens the origin of a tile template once", () => {
    preconnect("https://tile.example.org/{z}/{x}/{y}.png");
    preconnect("https://tile.example.org/{z}/{x}/{y}@2x.png");
    expect(links()).toEqual(["https://tile.example.org/"]);
  });

  it("leaves out the page's own origin, a templated host and what is no address", () => {
    preconnect("/tiles/{z}/{x}/{y}.png");
    preconnect(`${window.location.origin}/tiles/{z}/{x}/{y}.png`);
    preconnect("https://{s}.tile.example.net/{z}/{x}/{y}.png");
    preconnect("https://exa mple.com:99999/");
    expect(links()).toEqual([]);
  });
});
