// The idle timeout as the user experiences it. The server ends a session after the practice's
// idle timeout (HIPAA automatic logoff); this watch warns before that happens, lets the user
// stay signed in with one click, and notices when the session has ended.
//
// The server's word is final: every minute (and when the local estimate runs out) the watch
// asks GET /api/v1/auth/session, which does not count as activity, and takes the remaining
// time from its answer, measured against the server's own clock (the Date header) so a
// wrong clock on the tablet cannot end a session early or late.

const SYNC_EVERY_MS = 60_000;

export class IdleWatch {
  /**
   * @param onChange called with {warning: boolean, secondsLeft} whenever the warning should be redrawn
   * @param onExpired called once when the server says the session is over
   */
  constructor(onChange, onExpired) {
    this.onChange = onChange;
    this.onExpired = onExpired;
    this.timer = null;
    this.expiresAt = 0;
    this.lastSync = 0;
    this.warning = false;
  }

  start(session) {
    this.stop();
    this.timeoutMs = session.idleTimeoutSeconds * 1000;
    // Warn two minutes ahead, or halfway for very short timeouts.
    this.warnMs = Math.min(120_000, this.timeoutMs / 2);
    this.expiresAt = Date.now() + this.timeoutMs;
    this.lastSync = Date.now();
    this.timer = setInterval(() => this.tick(), 1000);
  }

  stop() {
    clearInterval(this.timer);
    this.timer = null;
    this.warning = false;
  }

  /** A request that counted as activity just succeeded: the server restarted its idle clock. */
  activity() {
    if (this.timer) {
      this.expiresAt = Date.now() + this.timeoutMs;
    }
  }

  async tick() {
    const left = this.expiresAt - Date.now();
    if (left <= 0 || Date.now() - this.lastSync >= SYNC_EVERY_MS) {
      await this.sync();
      if (!this.timer) return;
    }
    const remaining = this.expiresAt - Date.now();
    const warning = remaining <= this.warnMs;
    if (warning || this.warning) {
      this.warning = warning;
      this.onChange({ warning, secondsLeft: Math.max(0, Math.ceil(remaining / 1000)) });
    }
  }

  async sync() {
    this.lastSync = Date.now();
    let response;
    try {
      response = await fetch('/api/v1/auth/session', { credentials: 'same-origin', cache: 'no-store' });
    } catch (e) {
      return; // offline for a moment: keep the local estimate
    }
    if (response.status === 401) {
      this.stop();
      this.onExpired();
      return;
    }
    if (!response.ok) return;
    const session = await response.json();
    const serverNow = Date.parse(response.headers.get('Date')) || Date.now();
    this.expiresAt = Date.now() + (Date.parse(session.expiresAt) - serverNow);
  }
}
