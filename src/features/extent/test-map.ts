import * as L from "leaflet";

const WIDTH = 800;
const HEIGHT = 600;

/**
 * A Leaflet map in jsdom, which lays nothing out: the container is given a size and a
 * place (at the viewport's origin), and layers use the SVG renderer.
 */
export function testMap(center: [number, number] = [46.2, 7.7], zoom = 10): L.Map {
  const container = document.createElement("div");
  document.body.append(container);
  Object.defineProperties(container, {
    clientWidth: { value: WIDTH },
    clientHeight: { value: HEIGHT },
    offsetWidth: { value: WIDTH },
    offsetHeight: { value: HEIGHT },
  });
  container.getBoundingClientRect = () => new DOMRect(0, 0, WIDTH, HEIGHT);
  container.tabIndex = 0;
  return L.map(container, {
    renderer: L.svg(),
    fadeAnimation: false,
    zoomAnimation: false,
  }).setView(center, zoom);
}

/**
 * Drives pointer and key events as a user's hand would (after excalidraw's tests/helpers/ui.ts):
 * one pointer, moved in viewport pixels, pressed on an element and released on the window.
 */
export class Pointer {
  private x = 0;
  private y = 0;
  private target: Element | null = null;

  constructor(private readonly pointerId = 1) {}

  private event(type: string, init: PointerEventInit = {}): PointerEvent {
    return new PointerEvent(type, {
      bubbles: true,
      cancelable: true,
      pointerId: this.pointerId,
      pointerType: "mouse",
      button: 0,
      clientX: this.x,
      clientY: this.y,
      ...init,
    });
  }

  down(target: Element, x: number, y: number, init: PointerEventInit = {}): void {
    this.x = x;
    this.y = y;
    this.target = target;
    target.dispatchEvent(this.event("pointerdown", init));
  }

  move(x: number, y: number): void {
    this.x = x;
    this.y = y;
    (this.target ?? window).dispatchEvent(this.event("pointermove"));
  }

  up(): void {
    (this.target ?? window).dispatchEvent(this.event("pointerup"));
    this.target = null;
  }

  drag(target: Element, from: [number, number], to: [number, number]): void {
    this.down(target, ...from);
    this.move((from[0] + to[0]) / 2, (from[1] + to[1]) / 2);
    this.move(...to);
    this.up();
  }
}

export function press(target: Element, key: string, init: KeyboardEventInit = {}): void {
  target.dispatchEvent(
    new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init }),
  );
  target.dispatchEvent(
    new KeyboardEvent("keyup", { key, bubbles: true, cancelable: true, ...init }),
  );
}

/** The viewport pixel of a point on the map. */
export function pixelOf(map: L.Map, lat: number, lng: number): [number, number] {
  const p = map.latLngToContainerPoint([lat, lng]);
  return [p.x, p.y];
}
