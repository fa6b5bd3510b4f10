export function findChromium(): Promise<string | null>;
export function chromiumArgs(): string[];
