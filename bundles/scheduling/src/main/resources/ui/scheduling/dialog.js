// A modal dialog on the native <dialog> element: the browser keeps focus inside it, makes the
// page behind it inert and closes it on Escape. This adds the label, moves focus to the first
// field (or the element marked data-autofocus) and back to where it was when it closes.

export class Dialog {
  /**
   * @param app     the page's app (for html/render)
   * @param host    an element of the page the dialog is drawn into
   * @param id      the dialog's id; its heading gets `${id}-title`
   * @param onClose called once after it closed, however that happened
   * @param fallbackFocus called to place focus when the element that opened the dialog is gone
   *                      (the calendar redrew it)
   */
  constructor(app, host, id, onClose, fallbackFocus) {
    this.app = app;
    this.host = host;
    this.id = id;
    this.onClose = onClose;
    this.fallbackFocus = fallbackFocus;
    this.returnFocus = null;
    this.content = null;
    this.element = null;
  }

  /** Shows the dialog with content(): a template whose first element is its heading. */
  open(content) {
    this.returnFocus = document.activeElement;
    this.content = content;
    this.draw();
    this.element = this.host.querySelector(`#${this.id}`);
    if (!this.element.open) this.element.showModal();
    const first = this.element.querySelector('[data-autofocus]')
      || this.element.querySelector('form :is(input:not([type=hidden]), select, textarea):not([disabled])')
      || this.element.querySelector('button');
    first?.focus();
  }

  draw() {
    const { html } = this.app;
    this.app.render(html`<dialog id=${this.id} class="scheduling-dialog" role="dialog" aria-modal="true"
        aria-labelledby="${this.id}-title" @close=${() => this.closed()}>
      <button type="button" class="dialog-close link-button" aria-label="Close" @click=${() => this.close()}>Close</button>
      ${this.content ? this.content() : ''}
    </dialog>`, this.host);
  }

  get isOpen() {
    return Boolean(this.element?.open);
  }

  close() {
    if (this.element?.open) this.element.close();
  }

  closed() {
    const back = this.returnFocus;
    this.content = null;
    this.app.render(this.app.nothing, this.host);
    this.element = null;
    if (back && back.isConnected && back !== document.body && typeof back.focus === 'function') back.focus();
    else this.fallbackFocus?.();
    this.onClose?.();
  }
}

/** Marks the field the server (or the form) named and focuses it; clears the others. */
export function markInvalid(root, fieldId) {
  root.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  const field = fieldId ? root.querySelector(`#${fieldId}`) : null;
  if (field) {
    field.setAttribute('aria-invalid', 'true');
    field.focus();
  }
}
