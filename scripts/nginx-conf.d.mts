import type { HeaderConfig } from "./security-headers.mjs";

export const PRODUCTION_CONFIG: HeaderConfig;
export const DEPLOY_CONF: string;
export function nginxConf(
  config: HeaderConfig,
  options?: { listen?: string; root?: string; generatedBy?: string },
): string;
