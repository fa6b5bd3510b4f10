import { describe, expect, it } from "vitest";
import {
  formatCoordinate,
  parseCoordinate,
  shownStep,
  stepCoordinateText,
} from "./parse-coordinate";

const value = (text: string) => {
  const reading = parseCoordinate(text);
  return reading.kind === "number" ? reading.value : reading.kind;
};

describe("parseCoordinate", () => {
  it("reads a decimal dot", () => {
    expect(parseCoordinate("7.7")).toEqual({ kind: "number", value: 7.7, decimalComma: false });
    expect(value("46.302763954781234")).toBe(46.302763954781234);
    expect(value(".5")).toBe(0.5);
    expect(value("12")).toBe(12);
  });

  it("reads a decimal comma as a decimal mark, never as a thousands separator", () => {
    expect(parseCoordinate("7,7")).toEqual({ kind: "number", value: 7.7, decimalComma: true });
    expect(value("7,700")).toBe(7.7);
    expect(value("-0,25")).toBe(-0.25);
  });

  it("reads a half-typed number as far as it goes", () => {
    expect(value("7.")).toBe(7);
    expect(value("7,")).toBe(7);
  });

  it("reads signs: plus, hyphen-minus and the minus sign", () => {
    expect(value("+7.5")).toBe(7.5);
    expect(value("-7.5")).toBe(-7.5);
    expect(value("\u22127.5")).toBe(-7.5);
    expect(Object.is(value("-0"), 0)).toBe(true);
  });

  it("ignores spaces around the number, refuses them inside", () => {
    expect(value("  7.5 ")).toBe(7.5);
    expect(parseCoordinate("1 234")).toEqual({
      kind: "invalid",
      message: "Remove the space inside the number: digit grouping is not accepted.",
    });
    expect(parseCoordinate("- 7").kind).toBe("invalid");
  });

  it("refuses thousands separators", () => {
    for (const text of ["1,234.5", "1.234,5", "1,234,567", "7..5", "7,,5"]) {
      expect(parseCoordinate(text)).toEqual({
        kind: "invalid",
        message: "Use one decimal mark (. or ,): thousands separators are not accepted.",
      });
    }
  });

  it("refuses exponents", () => {
    for (const text of ["1e5", "7.5E-1", "-1e2"]) {
      expect(parseCoordinate(text)).toEqual({
        kind: "invalid",
        message: "Write the number out in degrees: exponents (e) are not accepted.",
      });
    }
  });

  it("refuses anything else with a reason", () => {
    for (const text of ["abc", "7.5°", "0x10", "Infinity", "NaN", "--7", "+", "-", ".", "7 E"]) {
      const reading = parseCoordinate(text);
      expect(reading.kind, text).toBe("invalid");
      expect(reading.kind === "invalid" && reading.message.length).toBeGreaterThan(10);
    }
  });

  it("says an empty or blank text is empty", () => {
    expect(parseCoordinate("")).toEqual({ kind: "empty" });
    expect(parseCoordinate("   ")).toEqual({ kind: "empty" });
  });
});

describe("formatCoordinate", () => {
  it("shows at most 7 decimals without trailing zeros", () => {
    expect(formatCoordinate(7.672120009938448)).toBe("7.67212");
    expect(formatCoordinate(46.302763954781234)).toBe("46.302764");
    expect(formatCoordinate(7.5)).toBe("7.5");
    expect(formatCoordinate(180)).toBe("180");
    expect(formatCoordinate(1e-7)).toBe("0.0000001");
    expect(formatCoordinate(-0.00000001)).toBe("0");
  });
});

describe("stepping", () => {
  it("steps by the last shown digit", () => {
    expect(shownStep("7.65")).toBeCloseTo(0.01, 12);
    expect(shownStep("7")).toBe(1);
    expect(shownStep("7,1234567")).toBeCloseTo(1e-7, 15);
    expect(stepCoordinateText("7.65", 1, false, 180)).toBe("7.66");
    expect(stepCoordinateText("7.60", -1, false, 180)).toBe("7.59");
    expect(stepCoordinateText("0.01", -1, false, 180)).toBe("0.00");
  });

  it("steps by 1° with Shift, keeping the shown precision and decimal mark", () => {
    expect(stepCoordinateText("7,65", 1, true, 180)).toBe("8,65");
    expect(stepCoordinateText("-0.5", 1, true, 180)).toBe("0.5");
  });

  it("stays within the range and leaves what it cannot read", () => {
    expect(stepCoordinateText("89.5", 1, true, 90)).toBe("90.0");
    expect(stepCoordinateText("-180", -1, false, 180)).toBe("-180");
    expect(stepCoordinateText("abc", 1, false, 180)).toBeNull();
    expect(stepCoordinateText("", 1, false, 180)).toBeNull();
  });
});
