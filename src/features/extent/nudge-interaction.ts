import type { Extent } from "./extent";
import {
  finishGesture,
  handlePosition,
  nudgeExtent,
  shiftLongitudes,
  type HandleKind,
} from "./extent-gesture";
import {
  ARROWS,
  KEY_BIG_STEP_PX,
  KEY_STEP_PX,
  stepLatLng,
  type ExtentInteraction,
  type InteractionContext,
} from "./extent-interaction";

type Nudges = { kind: HandleKind; start: Extent; draft: Extent };

/** Arrow keys on a focused handle: each press a small step, committed on key up or blur. */
export class NudgeInteraction implements ExtentInteraction {
  private nudges: Nudges | null = null;

  constructor(private readonly ctx: InteractionContext) {}

  get busy(): boolean {
    return this.nudges !== null;
  }

  cancel(): void {
    this.nudges = null;
  }

  keydown(e: KeyboardEvent, kind: HandleKind): void {
    const { ctx } = this;
    if (ctx.state().disabled || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === "Escape" && this.nudges) {
      e.preventDefault();
      e.stopPropagation();
      this.nudges = null;
      ctx.restore();
      return;
    }
    const arrow = ARROWS[e.key];
    if (!arrow) return;
    if (this.nudges && this.nudges.kind !== kind) this.commit();
    const base = this.nudges?.draft ?? ctx.view.shown;
    if (!base) return;
    e.preventDefault();
    e.stopPropagation();
    const step = e.shiftKey ? KEY_BIG_STEP_PX : KEY_STEP_PX;
    const here = handlePosition(shiftLongitudes(base, ctx.view.offset), kind);
    const there = stepLatLng(ctx.map, here, arrow[0] * step, arrow[1] * step);
    const nudged = nudgeExtent(base, kind, there.lat - here.lat, there.lng - here.lng);
    if (!nudged.ok) {
      ctx.message(nudged.message);
      return;
    }
    const start = this.nudges?.start ?? base;
    const checked = finishGesture(start, nudged.extent);
    if (!checked.ok) {
      ctx.message(checked.message);
      return;
    }
    this.nudges = { kind, start, draft: nudged.extent };
    ctx.view.draw(nudged.extent, ctx.view.offset, true);
  }

  commit(): void {
    const n = this.nudges;
    if (!n) return;
    this.nudges = null;
    this.ctx.finish(
      finishGesture(n.start, n.draft),
      shiftLongitudes(n.draft, this.ctx.view.offset),
    );
  }
}
