export type HeaderConfig = { authority: string; apiBaseUrl: string; tileUrl: string };
export const TRUSTED_TYPES_POLICIES: string[];
export const HSTS: string;
export function securityHeaders(
  config: HeaderConfig,
  options?: { https?: boolean },
): Record<string, string>;
