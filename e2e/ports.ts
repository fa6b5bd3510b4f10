/** The ports of the stack the end-to-end tests start, apart from `npm start`'s so both can run at once. */
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4173);
export const API_PORT = Number(process.env.E2E_API_PORT ?? 4110);
export const IDP_PORT = Number(process.env.E2E_IDP_PORT ?? 4111);
export const APP_URL = `http://localhost:${APP_PORT}`;
export const API_URL = `http://localhost:${API_PORT}`;
export const IDP_URL = `https://localhost:${IDP_PORT}`;
