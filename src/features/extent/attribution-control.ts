import { Control, DomEvent, DomUtil } from "leaflet";
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import type { TileAttribution } from "../../config";

/**
 * The tile server's credit, made with DOM methods from config.json's text and links: Leaflet's
 * own attribution control writes its HTML string with `innerHTML`, which Trusted Types refuse.
 */
export function attributionContent(attribution: TileAttribution, doc = document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const parts = typeof attribution === "string" ? [attribution] : attribution;
  const leaflet = doc.createElement("a");
  leaflet.href = "https://leafletjs.com";
  leaflet.textContent = "Leaflet";
  fragment.append(leaflet);
  if (parts.length === 0 || parts.every((part) => part === "")) return fragment;
  const separator = doc.createElement("span");
  separator.setAttribute("aria-hidden", "true");
  separator.textContent = " | ";
  fragment.append(separator);
  for (const part of parts) {
    if (typeof part === "string") {
      fragment.append(doc.createTextNode(part));
    } else {
      const link = doc.createElement("a");
      link.href = part.href;
      link.textContent = part.text;
      fragment.append(link);
    }
  }
  return fragment;
}

/** A Leaflet control in the attribution's usual place and style, its content made as DOM. */
export function createAttributionControl(attribution: TileAttribution): Control {
  const control = new Control({ position: "bottomright" });
  control.onAdd = () => {
    const container = DomUtil.create("div", "leaflet-control-attribution leaflet-control");
    DomEvent.disableClickPropagation(container);
    container.append(attributionContent(attribution));
    return container;
  };
  return control;
}

/** Put inside a MapContainer made with `attributionControl={false}`. */
export function AttributionControl({ attribution }: { attribution: TileAttribution }): null {
  const map = useMap();
  useEffect(() => {
    const control = createAttributionControl(attribution).addTo(map);
    return () => void control.remove();
  }, [map, attribution]);
  return null;
}
