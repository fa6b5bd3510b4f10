/**
 * fetch's contract (a Response, or a rejection the client maps like fetch's) over XMLHttpRequest,
 * whose upload reports progress: fetch cannot without request streams (HTTP/2 and duplex).
 * Only the API client uses it, loaded on the first upload so the pages' first JavaScript stays small.
 */
export function xhrFetch(
  url: string,
  init: {
    method: string;
    headers: Record<string, string>;
    body?: Blob | string;
    signal?: AbortSignal;
    /**
     * Without progress for this long, the call fails ("TimeoutError"). Counted from the last byte
     * sent, not the start: 5 MB on a slow line may take minutes, and that is not a hang.
     */
    idleTimeoutMs: number;
  },
  onUploadProgress: (loaded: number, total: number) => void,
): Promise<Response> {
  const { signal } = init;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let timedOut = false;
    const abort = () => xhr.abort();
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        xhr.abort();
      }, init.idleTimeoutMs);
    };
    const settle = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", abort);
    };
    const fail = (name: string) => () => {
      settle();
      reject(new DOMException("The request failed.", timedOut ? "TimeoutError" : name));
    };
    xhr.open(init.method, url);
    for (const [name, value] of Object.entries(init.headers)) xhr.setRequestHeader(name, value);
    xhr.responseType = "arraybuffer";
    xhr.upload.onprogress = (event) => {
      arm();
      if (event.lengthComputable) onUploadProgress(event.loaded, event.total);
    };
    xhr.onload = () => {
      settle();
      // Response takes no body with these statuses, and none outside 200–599.
      const empty = [204, 205, 304].includes(xhr.status);
      try {
        resolve(
          new Response(empty ? null : (xhr.response as ArrayBuffer), {
            status: xhr.status,
            statusText: xhr.statusText,
            headers: parseHeaders(xhr.getAllResponseHeaders()),
          }),
        );
      } catch (error) {
        reject(error);
      }
    };
    xhr.onerror = fail("NetworkError");
    xhr.onabort = fail("AbortError");
    if (signal?.aborted) return fail("AbortError")();
    signal?.addEventListener("abort", abort);
    arm();
    xhr.send(init.body ?? null);
  });
}

function parseHeaders(all: string): [string, string][] {
  return all
    .trim()
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(":");
      return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
    });
}
