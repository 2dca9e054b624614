// The idle timeout as the user experiences it. The server ends a session after the practice's
// idle timeout (HIPAA automatic logoff); this watch warns before that happens, lets the user
// stay signed in with one click, and notices when the session has ended.
//
// The server's word is final: every minute, or a quarter of the timeout if shorter (and when the local estimate runs out) the watch
// asks GET /api/v1/auth/session, which does not count as activity, and takes the remaining
// time from its answer, measured against the server's own clock (the Date header) so a
// wrong clock on the tablet cannot end a session early or late.

const SYNC_EVERY_MS = 60_000;

// Typing and pointing are activity too: a therapist writing a long note makes no request for
// many minutes, and must not be signed out (losing the text) while at the keyboard. Such input
// is noticed locally and, at the next sync, turned into one request that counts as activity.
const INPUT_EVENTS = ['keydown', 'input', 'pointerdown'];

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
    this.interacted = false;
    this.onInput = () => { this.interacted = true; };
  }

  start(session) {
    this.stop();
    INPUT_EVENTS.forEach((type) => document.addEventListener(type, this.onInput, { capture: true, passive: true }));
    this.timeoutMs = session.idleTimeoutSeconds * 1000;
    // Often enough that typing keeps even a short timeout from running out between two syncs.
    this.syncEveryMs = Math.min(SYNC_EVERY_MS, this.timeoutMs / 4);
    // Warn two minutes ahead, or halfway for very short timeouts.
    this.warnMs = Math.min(120_000, this.timeoutMs / 2);
    this.expiresAt = Date.now() + this.timeoutMs;
    this.lastSync = Date.now();
    this.timer = setInterval(() => this.tick(), 1000);
  }

  stop() {
    INPUT_EVENTS.forEach((type) => document.removeEventListener(type, this.onInput, { capture: true }));
    this.interacted = false;
    clearInterval(this.timer);
    this.timer = null;
    this.warning = false;
  }

  /** A request that counted as activity just succeeded: the server restarted its idle clock. */
  activity() {
    this.interacted = false;
    if (this.timer) {
      this.expiresAt = Date.now() + this.timeoutMs;
    }
  }

  async tick() {
    const left = this.expiresAt - Date.now();
    if (left <= 0 || Date.now() - this.lastSync >= this.syncEveryMs) {
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
    if (this.interacted) {
      this.interacted = false;
      // Any signed-in request restarts the server's idle clock; the session answer below then shows it.
      await fetch('/api/v1/users/me', { credentials: 'same-origin', cache: 'no-store' }).catch(() => {});
    }
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
