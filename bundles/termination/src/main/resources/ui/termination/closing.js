// The end of a plan: closing the engagement (after a confirmation; a refusal lists the items
// still open), the termination letter, and once ended, a new engagement if the client comes
// back (re-intake): an ended engagement is never reopened.

import { API, focus, markInvalid, nameOf } from './common.js';

function letterLink(ctx) {
  const { html, format } = ctx.app;
  // The letter is for the treating practitioner to send (and admins); a supervisor is refused it.
  if (!ctx.canAct && !format.holds(ctx.app.user, 'admin')) return '';
  return html`<p class="termination-letter">
    <a class="button secondary" id="termination-letter" download
      href="/api${API}/plans/${ctx.plan.id}/letter.pdf">Termination letter (PDF)</a>
    <span class="hint" id="termination-letter-help">For the client: the last day, the referrals and how to come back.
      It holds no clinical detail.</span>
  </p>`;
}

async function close(ctx) {
  const { app, host, plan } = ctx;
  const { html, format } = app;
  const yes = await app.confirm({
    id: 'close-dialog',
    title: `End the engagement${ctx.clientName ? ` with ${ctx.clientName}` : ''}?`,
    body: html`<p>The engagement ends today, ${format.date(ctx.today)}${plan.plannedEndDate !== ctx.today
      ? ` (the plan said ${format.date(plan.plannedEndDate)})` : ''}. Its future appointments are cancelled, and the
      client and you are told.</p>
      <p>This cannot be undone. If the client comes back, that is a new engagement.</p>`,
    confirm: 'End the engagement',
    cancel: 'Not now',
    danger: true,
  });
  if (!yes) return;
  ctx.closing = { busy: true, error: null };
  ctx.draw();
  try {
    const closed = await app.api('POST', `${API}/plans/${encodeURIComponent(plan.id)}/close`);
    ctx.closing = { busy: false, error: null };
    ctx.status = `The engagement has ended. Its future appointments are cancelled, and the client has been told.`;
    ctx.engagement = ctx.engagement ? { ...ctx.engagement, status: 'ENDED', endedAt: new Date().toISOString() } : null;
    await ctx.setPlan(closed);
    focus(host, '#termination-page-status');
  } catch (e) {
    ctx.closing = { busy: false, error: e };
    if (e.status === 409) {
      // The automatic items may have moved since the page was drawn: show the checklist as it is now.
      try {
        ctx.plan = await app.api('GET', `${API}/plans/${encodeURIComponent(plan.id)}`);
      } catch (ignored) {
        // The refusal says enough.
      }
    }
    ctx.draw();
    focus(host, '#termination-close-error');
  }
}

export function closing(ctx) {
  const { app, plan } = ctx;
  const { html } = app;
  const open = plan.checklist.filter((i) => i.state === 'OPEN');
  const c = ctx.closing;

  if (plan.status === 'AWAITING_APPROVAL') {
    return html`<section class="termination-section" id="termination-closing" aria-labelledby="closing-title">
      <h2 id="closing-title">Ending the engagement</h2>
      <p>The engagement can be ended once the plan is approved and its checklist is complete.</p>
      ${letterLink(ctx)}
    </section>`;
  }
  return html`<section class="termination-section" id="termination-closing" aria-labelledby="closing-title">
    <h2 id="closing-title">Ending the engagement</h2>
    <p>When the checklist is complete, end the engagement here. It ends on the day you do it, even before the planned
      last day. Its future appointments are cancelled, and the client and you are told.</p>
    ${letterLink(ctx)}
    ${c.error ? html`<div class="problem termination-refusal" role="alert" id="termination-close-error" tabindex="-1">
      <p class="termination-refusal-detail">${c.error.message}</p>
      ${c.error.status === 409 && open.length ? html`<p>Still to do:</p>
        <ul id="termination-open-items">${open.map((i) => html`<li data-testid="open-item">
          <a href="#item-${i.id}-label" @click=${(e) => { e.preventDefault(); focusItem(ctx, i.id); }}>${i.label}</a></li>`)}</ul>` : ''}
    </div>` : ''}
    ${ctx.canAct ? html`<button type="button" class="button danger" id="termination-close" ?disabled=${c.busy}
      @click=${() => close(ctx)}>End the engagement…</button>` : html`<p class="muted" id="termination-close-who">Only the
      treating practitioner, ${nameOf(ctx.colleagues, plan.therapistId, 'the client\'s therapist')}, ends the engagement.</p>`}
  </section>`;
}

/** Moves to a checklist item from the list of open ones: its note field when it has one. */
function focusItem(ctx, itemId) {
  const item = ctx.host.querySelector(`[data-item-id="${itemId}"]`);
  if (!item) return;
  item.scrollIntoView({ block: 'center' });
  const target = item.querySelector('textarea, button') || item;
  if (target === item) item.setAttribute('tabindex', '-1');
  target.focus();
}

async function reintake(event, ctx) {
  event.preventDefault();
  const { app, host } = ctx;
  const r = ctx.reintake;
  r.busy = true;
  r.error = null;
  ctx.draw();
  try {
    const created = await app.api('POST', '/v1/engagements', {
      clientId: ctx.clientId, therapistId: ctx.therapistId, modality: r.modality || null,
    });
    ctx.reintake = { ...r, busy: false, created };
    ctx.draw();
    focus(host, '#reintake-status');
  } catch (e) {
    r.busy = false;
    r.error = e;
    ctx.draw();
    if (!markInvalid(host.querySelector('#reintake-form'), e.field === 'modality' ? 'reintake-modality' : null)) {
      focus(host, '#reintake-error');
    }
  }
}

/** The ended engagement: when, the letter, and starting again if the client returns. */
export function ended(ctx) {
  const { app, plan } = ctx;
  const { html, format } = app;
  const r = ctx.reintake;
  const endedOn = plan?.endedOn || (ctx.engagement?.endedAt ? ctx.engagement.endedAt : null);
  const modalities = [...ctx.modalities];
  if (r.modality && !modalities.some((m) => m.id === r.modality)) modalities.unshift({ id: r.modality, name: r.modality });

  return html`<section class="termination-section" id="termination-closed" aria-labelledby="closed-title">
    <h2 id="closed-title">Ended</h2>
    <p class="notice" id="termination-ended">This engagement ended on <strong>${format.date(endedOn)}</strong>${
      plan && plan.plannedEndDate !== plan.endedOn ? html` (planned: ${format.date(plan.plannedEndDate)})` : ''}.
      Its record stays readable.</p>
    ${plan ? letterLink(ctx) : ''}
  </section>
  ${ctx.canAct && ctx.clientId ? html`<section class="termination-section" id="termination-reintake" aria-labelledby="reintake-title">
    <h2 id="reintake-title">If the client comes back</h2>
    <p>An ended engagement is never reopened. A return is a new engagement with its own record, plan and measures;
      this one stays as it ended.</p>
    ${ctx.activeSibling ? html`<p id="reintake-active">The client already has an active engagement with you:
      <a href="/termination/${ctx.activeSibling.id}">open it</a>.</p>` : r.created ? html`
      <p role="status" id="reintake-status" tabindex="-1" class="termination-status-message termination-done">A new
        engagement has started.</p>
      <p><a href="/notes/${r.created.id}" id="reintake-record">Open its clinical record</a> ·
        <a href="/clients/${ctx.clientId}">Open the client</a></p>` : html`
      <form id="reintake-form" class="panel termination-form" novalidate aria-labelledby="reintake-form-title"
        @submit=${(e) => reintake(e, ctx)}>
        <h3 id="reintake-form-title">Re-intake</h3>
        <div class="form-row">
          <label for="reintake-modality">Modality</label>
          <select id="reintake-modality" required @change=${(e) => { r.modality = e.target.value; }}>
            ${modalities.map((m) => html`<option value=${m.id} ?selected=${r.modality === m.id}>${m.name}</option>`)}
          </select>
        </div>
        ${r.error ? html`<div id="reintake-error" tabindex="-1">${app.problem(r.error)}</div>` : ''}
        <button type="submit" class="button" id="reintake-start" ?disabled=${r.busy}>Start a new engagement (re-intake)</button>
      </form>`}
  </section>` : ''}`;
}
