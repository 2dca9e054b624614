// A question before an action that cannot be undone, on the native <dialog> element shown
// modal: the browser keeps focus inside it, makes the page behind it inert and closes it on
// Escape (which answers no). Focus goes back to where it was.

/**
 * Asks, and resolves to true when the user confirms.
 * options: id, title, body (a template), confirm (button text), cancel (button text), danger.
 */
export function confirmDialog(app, host, options) {
  const { html } = app;
  const returnFocus = document.activeElement;
  return new Promise((resolve) => {
    let answer = false;
    const closed = () => {
      app.render(app.nothing, host);
      if (returnFocus && returnFocus.isConnected && typeof returnFocus.focus === 'function') returnFocus.focus();
      resolve(answer);
    };
    app.render(html`<dialog id=${options.id} class="termination-dialog" aria-labelledby="${options.id}-title"
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
