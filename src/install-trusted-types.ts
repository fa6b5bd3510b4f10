import { installTrustedTypesPolicy } from "./trusted-types";

// Imported first by main.tsx: the policy exists before any module that writes markup runs.
installTrustedTypesPolicy();
