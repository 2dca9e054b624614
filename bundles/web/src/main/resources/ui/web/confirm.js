// app.confirm: a question before an action that cannot be undone, on the native <dialog>
// element shown modal. The browser keeps focus inside it, makes the page behind it inert and
// closes it on Escape (which answers no); focus goes back to where it was. One place for every
// module, so every such question looks and behaves the same.

import { html, render, nothing } from './lit.js';

/**
 * Asks, and resolves to true when the user confirms.
 * options: id (prefix of the element ids, for tests), title, body (text or an app.html template),
 * confirm (button text), cancel (button text), danger (a red confirm button).
 */
export function confirmDialog(options) {
  let host = document.getElementById('confirm-host');
  if (!host) {
    host = document.createElement('div');
    host.id = 'confirm-host';
    document.body.append(host);
  }
  const returnFocus = document.activeElement;
  return new Promise((resolve) => {
    let answer = false;
    const closed = () => {
      render(nothing, host);
      if (returnFocus && returnFocus.isConnected && typeof returnFocus.focus === 'function') returnFocus.focus();
      resolve(answer);
    };
    render(html`<dialog id=${options.id} class="confirm-dialog" aria-labelledby="${options.id}-title"
        aria-describedby="${options.id}-body" @close=${closed}>
      <h2 id="${options.id}-title">${options.title}</h2>
      <div id="${options.id}-body">${options.body}</div>
      <div class="actions">
        <button type="button" class=${options.danger ? 'button danger' : 'button'} id="${options.id}-confirm"
          @click=${(e) => { answer = true; e.target.closest('dialog').close(); }}>${options.confirm}</button>
        <button type="button" class="button secondary" id="${options.id}-cancel" data-autofocus
          @click=${(e) => e.target.closest('dialog').close()}>${options.cancel}</button>
      </div>
    </dialog>`, host);
    const dialog = host.querySelector('dialog');
    dialog.showModal();
    dialog.querySelector('[data-autofocus]').focus();
  });
}
