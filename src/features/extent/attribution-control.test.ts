import { describe, expect, it } from "vitest";
import { attributionContent } from "./attribution-control";

function render(attribution: Parameters<typeof attributionContent>[0]) {
  const div = document.createElement("div");
  div.append(attributionContent(attribution));
  return div;
}

describe("the map attribution", () => {
  it("shows text and links from config.json, markup in the text as text", () => {
    const div = render([
      "© <b>",
      { text: "OpenStreetMap", href: "https://www.openstreetmap.org/copyright" },
      " contributors",
    ]);
    expect(div.textContent).toBe("Leaflet | © <b>OpenStreetMap contributors");
    expect(div.querySelector("b")).toBeNull();
    const links = [...div.querySelectorAll("a")].map((a) => [a.textContent, a.href]);
    expect(links).toEqual([
      ["Leaflet", "https://leafletjs.com/"],
      ["OpenStreetMap", "https://www.openstreetmap.org/copyright"],
    ]);
  });

  it("takes a plain string, and credits Leaflet alone when there is nothing else", () => {
    expect(render("Tiles © Example").textContent).toBe("Leaflet | Tiles © Example");
    expect(render("").textContent).toBe("Leaflet");
    expect(render([]).textContent).toBe("Leaflet");
  });
});
