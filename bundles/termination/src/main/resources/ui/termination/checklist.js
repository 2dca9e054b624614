// The checklist of a plan: what must be done (or not apply) before the engagement can end.
// The therapist ticks the items they decide, with a note; the automatic ones follow what
// scheduling and notes record, and the page says how each gets ticked.

import { API, ITEMS, ITEM_STATES, nameOf, focus, markInvalid } from './common.js';

async function mark(ctx, item, done) {
  const { app, host } = ctx;
  const s = ctx.items[item.id] || (ctx.items[item.id] = { note: '' });
  s.busy = true;
  s.error = null;
  ctx.draw();
  try {
    const plan = await app.api('POST', `${API}/plans/${encodeURIComponent(ctx.plan.id)}/checklist/${encodeURIComponent(item.id)}`,
      { done, note: done ? (s.note.trim() || null) : null });
    ctx.items[item.id] = { note: '', status: done ? `“${item.label}” is done.` : `“${item.label}” is open again.` };
    await ctx.setPlan(plan);
    focus(host, `#item-${item.id}-status`);
  } catch (e) {
    s.busy = false;
    s.error = e;
    ctx.draw();
    const noteRefused = e.field === 'note' || (done && !s.note.trim() && e.status === 400);
    if (!markInvalid(host.querySelector(`[data-item-id="${item.id}"]`), noteRefused ? `item-${item.id}-note` : null)) {
      focus(host, `#item-${item.id}-error`);
    }
  }
}

function explanation(ctx, item) {
  const words = ITEMS[item.id];
  if (!words) return '';
  // A waived item says why in its note; how it would be ticked no longer matters. A supervisor or an
  // admin reading the plan is not told how the therapist ticks it: the record behind it is not theirs.
  const how = item.state === 'NOT_APPLICABLE' || !ctx.canAct ? null : item.automatic ? words.automatic : words.manual;
  return `${words.what}${how ? ` ${how}` : ''}`;
}

function itemView(ctx, item) {
  const { app } = ctx;
  const { html, format } = app;
  const s = ctx.items[item.id] || {};
  const editable = ctx.plan.status !== 'CLOSED' && !item.automatic && ctx.canAct;
  const noteId = `item-${item.id}-note`;
  return html`<li class="termination-item termination-item-${item.state.toLowerCase()}" data-item-id=${item.id}
      data-testid="checklist-item" data-state=${item.state}>
    <div class="termination-item-head">
      <span class="badge termination-item-state" data-testid="item-state">${ITEM_STATES[item.state] || item.state}</span>
      <strong id="item-${item.id}-label">${item.label}</strong>
      ${item.automatic && item.state !== 'NOT_APPLICABLE' ? html`<span class="badge termination-automatic">Automatic</span>` : ''}
    </div>
    <p class="hint termination-item-help" id="item-${item.id}-help">${explanation(ctx, item)}
      ${item.id === 'discharge-summary' && item.automatic && item.state === 'OPEN' && ctx.plan.status !== 'CLOSED'
        ? html`<a href="/notes/${ctx.plan.engagementId}/new">Write it in Notes</a>` : ''}</p>
    ${item.state !== 'OPEN' && (item.note || item.doneAt) ? html`<p class="termination-item-record">
      ${item.note ? html`<span class="termination-item-note">${item.note}</span>` : ''}
      ${item.doneAt ? html`<span class="muted">${item.doneBy ? `${nameOf(ctx.colleagues, item.doneBy, 'recorded')}, ` : ''}${
        format.dateTime(item.doneAt)}</span>` : ''}
    </p>` : ''}
    ${editable && item.state === 'OPEN' ? html`<div class="termination-item-form">
      <div class="form-row">
        <label for=${noteId}>Note <span class="hint">(what was done, and when)</span></label>
        <textarea id=${noteId} rows="2" maxlength="2000" required aria-describedby="item-${item.id}-help"
          .value=${s.note || ''} @input=${(e) => { (ctx.items[item.id] ||= { note: '' }).note = e.target.value; }}></textarea>
      </div>
      <button type="button" class="button secondary" id="item-${item.id}-done" ?disabled=${s.busy}
        aria-describedby="item-${item.id}-label" @click=${() => mark(ctx, item, true)}>Mark done</button>
    </div>` : ''}
    ${editable && item.state === 'DONE' ? html`<button type="button" class="link-button" id="item-${item.id}-reopen"
      ?disabled=${s.busy} @click=${() => mark(ctx, item, false)}>Reopen “${item.label}”</button>` : ''}
    ${s.error ? html`<div id="item-${item.id}-error" tabindex="-1">${app.problem(s.error)}</div>` : ''}
    <p role="status" class="termination-status-message" id="item-${item.id}-status" tabindex="-1">${s.status || ''}</p>
  </li>`;
}

export function checklist(ctx) {
  const { html } = ctx.app;
  const items = ctx.plan.checklist;
  const left = items.filter((i) => i.state === 'OPEN').length;
  return html`<section class="termination-section" id="termination-checklist" aria-labelledby="checklist-title">
    <h2 id="checklist-title">Before the engagement ends</h2>
    <p id="checklist-summary">${ctx.plan.status === 'CLOSED' ? 'The checklist as it stood when the engagement ended.'
      : left === 0 ? 'Everything is done: the engagement can be closed.'
        : `${left} of ${items.length} still to do. Every item must be done, or not apply, before the engagement can be closed.`}</p>
    <ol class="termination-checklist" id="checklist">${items.map((item) => itemView(ctx, item))}</ol>
  </section>`;
}
