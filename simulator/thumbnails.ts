import { createHash } from "node:crypto";
import { encodePng, type Rgb } from "./png";
import { SEED } from "./seed-ids";

export type ThumbnailSize = "small" | "large";

/** Pixel sizes of the generated images (the service makes both sizes from an upload). */
export const THUMBNAIL_PIXELS: Record<ThumbnailSize, { width: number; height: number }> = {
  small: { width: 200, height: 125 },
  large: { width: 800, height: 500 },
};

export interface StoredThumbnail {
  contentType: "image/png" | "image/jpeg";
  bytes: Uint8Array;
}

function hsl(h: number, s: number, l: number): Rgb {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

/**
 * The default image of an iModel: a sky in a hue taken from the id, with "buildings" whose
 * number, widths and heights come from it too, so two iModels never look alike.
 */
function defaultPicture(id: string, size: ThumbnailSize): Uint8Array {
  const d = createHash("sha256").update(id.toLowerCase()).digest();
  const { width, height } = THUMBNAIL_PIXELS[size];
  const hue = (d.readUInt16BE(0) / 65536) * 360;
  const sky = hsl(hue, 0.55, 0.8);
  const ground = hsl(hue, 0.35, 0.35);
  const building = hsl((hue + 180) % 360, 0.5, 0.5);
  const count = 3 + (d[2] % 4);
  const bars = Array.from({ length: count }, (_, i) => ({
    from: (d[3 + i * 3] / 255) * 0.85,
    width: 0.05 + (d[4 + i * 3] / 255) * 0.12,
    top: 0.2 + (d[5 + i * 3] / 255) * 0.5,
  }));
  return encodePng(width, height, (x, y) => {
    const u = x / width;
    const v = y / height;
    if (v > 0.85) return ground;
    return bars.some((b) => u >= b.from && u < b.from + b.width && v >= b.top) ? building : sky;
  });
}

/** Stand-ins for pictures users uploaded: diagonal stripes instead of the default's skyline. */
function uploadedPicture(id: string): Uint8Array {
  const d = createHash("sha256").update(`upload:${id}`).digest();
  const { width, height } = THUMBNAIL_PIXELS.large;
  const a = hsl((d[0] / 255) * 360, 0.7, 0.55);
  const b = hsl((d[1] / 255) * 360, 0.7, 0.25);
  return encodePng(width, height, (x, y) => (Math.floor((x + y) / 40) % 2 ? a : b));
}

/** Seed iModels that come with an uploaded picture. */
export const SEED_UPLOADED_THUMBNAILS: readonly string[] = [
  SEED.imodels.sunCityPlant,
  SEED.imodels.harborDeck,
  SEED.imodels.japanese,
];

const CACHE_LIMIT = 4000;
const seedPictures = new Map<string, Uint8Array>();

/** Uploaded thumbnails (per iModel) and a bounded cache of generated ones. */
export class ThumbnailStore {
  private uploads = new Map<string, StoredThumbnail>();
  private generated = new Map<string, Uint8Array>();

  constructor() {
    this.reset();
  }

  reset(): void {
    this.uploads = new Map();
    for (const id of SEED_UPLOADED_THUMBNAILS) {
      let bytes = seedPictures.get(id);
      if (!bytes) {
        bytes = uploadedPicture(id);
        seedPictures.set(id, bytes);
      }
      this.uploads.set(id, { contentType: "image/png", bytes });
    }
  }

  /** The upload when there is one (served for both sizes), else the generated default. */
  get(id: string, size: ThumbnailSize): StoredThumbnail {
    const upload = this.uploads.get(id);
    if (upload) return upload;
    const key = `${id}|${size}`;
    let bytes = this.generated.get(key);
    if (!bytes) {
      bytes = defaultPicture(id, size);
      if (this.generated.size >= CACHE_LIMIT) this.generated.clear();
      this.generated.set(key, bytes);
    }
    return { contentType: "image/png", bytes };
  }

  put(id: string, thumbnail: StoredThumbnail): void {
    this.uploads.set(id, thumbnail);
  }
}
