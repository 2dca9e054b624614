// Links in notifications. The server accepts only application paths ("/scheduling/..."); this
// checks again before a value becomes an href, so nothing else could ever be followed.

/** The path if it is one of this app's ("/x", never "//host" or "javascript:"), else null. */
export function appPath(link) {
  return typeof link === 'string' && /^\/(?![/\\])\S*$/.test(link) ? link : null;
}
