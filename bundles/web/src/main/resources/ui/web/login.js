// The sign-in page. Shown in place of whatever path was asked for; after signing in the user
// lands on that path.
import { html, render } from './lit.js';
import { api } from './api.js';

/**
 * Draws the sign-in form into root.
 * @param message a notice to show above the form (signed out, timed out), or null
 * @param signedIn called with the session after a successful sign-in
 */
export function showLogin(root, message, signedIn) {
  let error = null;
  let busy = false;

  const submit = async (event) => {
    event.preventDefault();
    const form = event.target;
    busy = true;
    error = null;
    draw();
    try {
      const session = await api('POST', '/v1/auth/login',
        { username: form.username.value.trim(), password: form.password.value }, { anonymous: true });
      signedIn(session);
    } catch (e) {
      busy = false;
      error = e.message;
      form.password.value = '';
      draw();
      form.password.focus();
    }
  };

  const draw = () => render(html`
    <main class="login" id="main">
      <h1>Alliance</h1>
      <p class="muted">Sign in to your practice.</p>
      ${message ? html`<p class="notice" role="status" id="login-message">${message}</p>` : ''}
      <form @submit=${submit} novalidate>
        <div class="form-row">
          <label for="username">Username</label>
          <input id="username" name="username" autocomplete="username" required autofocus ?disabled=${busy}>
        </div>
        <div class="form-row">
          <label for="password">Password</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required ?disabled=${busy}>
        </div>
        ${error ? html`<p class="problem" role="alert" id="login-error">${error}</p>` : ''}
        <button class="button" id="sign-in" type="submit" ?disabled=${busy}>${busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
    </main>`, root);

  document.title = 'Sign in · Alliance';
  draw();
  root.querySelector('#username')?.focus();
}
