/** Error bodies and messages of the iTwin Platform, as the spec and the seed documents show them. */

export interface ErrorDetail {
  code: string;
  message: string;
  target?: string;
}

export interface ErrorBody {
  error: { code: string; message: string; target?: string; details?: ErrorDetail[] };
}

export function errorBody(
  code: string,
  message: string,
  details?: ErrorDetail[],
  target?: string,
): ErrorBody {
  return {
    error: {
      code,
      message,
      ...(target === undefined ? {} : { target }),
      ...(details === undefined ? {} : { details }),
    },
  };
}

export const MESSAGES = {
  headerNotFound: "Header Authorization was not found in the request. Access denied.",
  unauthorized: "The user is unauthorized. Please provide a valid access token.",
  insufficientPermissions: "The user has insufficient permissions for the requested operation.",
  iModelNotFound: "Requested iModel is not available.",
  iTwinNotFound: "Requested iTwin is not available.",
  unsupportedMediaType: "Media Type is not supported.",
  cannotUpdate: "Cannot update iModel.",
  cannotList: "Cannot get iModels.",
  iModelExists: "iModel with the same name already exists within the iTwin.",
  /** (unconfirmed) wording of the second 409 cause; the code is the same as for a name clash. */
  notInitialized: "iModel is not initialized. Cannot update an iModel that is not initialized.",
  tooManyRequests: "More requests were received than the subscription rate-limit allows.",
  rateLimitExceeded:
    "The client sent more requests than allowed by this API for the current tier of the client.",
  invalidRequestBody: "Failed to parse request body. Make sure it is a valid JSON.",
  missingRequiredProperty:
    "Required property is missing. At least one of the following properties must be provided: 'extent', 'name', 'description'.",
  routeNotFound: "The requested resource was not found.",
  internal: "An internal error occurred.",
} as const;

/** Default code and message for a status when a fault does not name them. */
export function defaultErrorFor(status: number): { code: string; message: string } {
  switch (status) {
    case 400:
      return { code: "InvalidRequest", message: "The request is not valid." };
    case 401:
      return { code: "Unauthorized", message: MESSAGES.unauthorized };
    case 403:
      return { code: "InsufficientPermissions", message: MESSAGES.insufficientPermissions };
    case 404:
      return { code: "iModelNotFound", message: MESSAGES.iModelNotFound };
    case 409:
      return { code: "iModelExists", message: MESSAGES.iModelExists };
    case 415:
      return { code: "UnsupportedMediaType", message: MESSAGES.unsupportedMediaType };
    case 422:
      return { code: "InvalidiModelsRequest", message: MESSAGES.cannotUpdate };
    case 429:
      return { code: "TooManyRequests", message: MESSAGES.tooManyRequests };
    case 502:
      return {
        code: "BadGateway",
        message: "The server received an invalid response from an upstream server.",
      };
    case 503:
      return { code: "ServiceUnavailable", message: "The service is temporarily unavailable." };
    case 504:
      return { code: "GatewayTimeout", message: "The upstream server did not answer in time." };
    default:
      return status >= 500
        ? { code: "InternalServerError", message: MESSAGES.internal }
        : { code: "Error", message: `The request failed with status ${status}.` };
  }
}
