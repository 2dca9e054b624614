// Calls to the Alliance REST API from the browser: JSON in and out, the session cookie sent
// by the browser, the CSRF token echoed on every state-changing request, and API problems
// (RFC 9457) turned into errors that carry the problem's detail for the user to read.

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken = null;
const listeners = { activity: [], signedOut: [] };

/** An API answer other than 2xx, with what the server said. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `The server answered ${status}.`);
    this.status = status;
    this.title = problem.title || '';
    this.field = problem.field || null;
    this.problem = problem;
  }
}

export function setCsrfToken(token) {
  csrfToken = token;
}

/** Called after every request that counts as activity for the idle timeout. */
export function onActivity(listener) {
  listeners.activity.push(listener);
}

/** Called when the server says the session is over (401 on a signed-in request). */
export function onSignedOut(listener) {
  listeners.signedOut.push(listener);
}

/**
 * Sends one request to /api. Resolves to the parsed JSON body (or null for 204); rejects with
 * an ApiError for any 4xx/5xx and with a plain Error when the server cannot be reached.
 * Options: keepIdle (the call must not count as activity), anonymous (no signed-out event on 401).
 */
export async function api(method, path, body, options = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (csrfToken && STATE_CHANGING.has(method)) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  let response;
  try {
    response = await fetch(path.startsWith('/api/') ? path : `/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (networkError) {
    throw new Error('The Alliance server cannot be reached. Check the connection and try again.');
  }
  if (!options.keepIdle && response.status !== 401) {
    listeners.activity.forEach((l) => l(response));
  }
  if (response.status === 401 && !options.anonymous) {
    listeners.signedOut.forEach((l) => l());
  }
  if (response.status === 204) {
    return null;
  }
  const text = await response.text();
  const parsed = text ? safeJson(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, parsed && typeof parsed === 'object' ? parsed
      : { title: response.statusText, detail: `The server answered ${response.status} ${response.statusText}.` });
  }
  return parsed;
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return { detail: text.slice(0, 300) };
  }
}
