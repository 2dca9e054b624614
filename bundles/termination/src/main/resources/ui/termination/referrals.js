// The referrals offered to the client for continuing care (APA 10.10(c)): a colleague picked
// from the practice, or anyone entered by hand with how to reach them. They go into the
// termination letter.

import { API, treating, nameOf, markInvalid, focus } from './common.js';

export function newReferralForm() {
  return { practitionerId: '', name: '', contact: '', error: null, busy: false, status: '' };
}

async function add(event, ctx) {
  event.preventDefault();
  const { app, host } = ctx;
  const f = ctx.referral;
  f.busy = true;
  f.error = null;
  f.status = '';
  ctx.draw();
  try {
    const plan = await app.api('POST', `${API}/plans/${encodeURIComponent(ctx.plan.id)}/referrals`, {
      name: f.name.trim() || null, contact: f.contact.trim() || null, practitionerId: f.practitionerId || null,
    });
    const name = f.name.trim();
    ctx.referral = { ...newReferralForm(), status: `${name} added to the referrals.` };
    await ctx.setPlan(plan);
    focus(host, '#referral-status');
  } catch (e) {
    f.busy = false;
    f.error = e;
    ctx.draw();
    const input = { name: 'referral-name', contact: 'referral-contact', practitionerId: 'referral-colleague' }[e.field];
    if (!markInvalid(host.querySelector('#referral-form'), input)) focus(host, '#referral-error');
  }
}

function pick(ctx, id) {
  const f = ctx.referral;
  const previous = ctx.colleagues.find((c) => c.id === f.practitionerId);
  f.practitionerId = id;
  const colleague = ctx.colleagues.find((c) => c.id === id);
  if (colleague) {
    // The colleague's name, and the practice as the way to reach them unless something else was typed.
    f.name = colleague.displayName;
    if (!f.contact.trim() || f.contact === ctx.app.practice.name) f.contact = ctx.app.practice.name || '';
  } else if (previous && f.name === previous.displayName) {
    f.name = '';
    if (f.contact === ctx.app.practice.name) f.contact = '';
  }
  ctx.draw();
}

export function referrals(ctx) {
  const { app } = ctx;
  const { html, format } = app;
  const plan = ctx.plan;
  const f = ctx.referral;
  const open = plan.status !== 'CLOSED' && ctx.canAct;
  const others = treating(ctx.colleagues).filter((c) => c.id !== plan.therapistId);

  return html`<section class="termination-section" id="termination-referrals" aria-labelledby="referrals-title">
    <h2 id="referrals-title">Referrals offered</h2>
    <p class="hint">Who the client can turn to for continuing care. They are named in the termination letter.</p>
    ${plan.referrals.length ? html`<ul class="termination-list" id="referral-list">${plan.referrals.map((r) => html`
      <li data-testid="referral">
        <strong>${r.name}</strong>
        ${r.practitionerId ? html`<span class="badge termination-colleague">At this practice</span>` : ''}
        <span class="termination-referral-contact">${r.contact || ''}</span>
        <span class="muted termination-referral-meta">added by ${nameOf(ctx.colleagues, r.addedBy, 'a colleague')},
          ${format.date(r.addedAt)}</span>
      </li>`)}</ul>` : html`<p class="muted" id="referral-none">No referral recorded yet.</p>`}
    <p role="status" id="referral-status" tabindex="-1" class="termination-status-message">${f.status}</p>
    ${open ? html`<form id="referral-form" class="panel termination-form" novalidate aria-labelledby="referral-form-title"
        @submit=${(e) => add(e, ctx)}>
      <h3 id="referral-form-title">Add a referral</h3>
      ${others.length ? html`<div class="form-row">
        <label for="referral-colleague">A colleague at this practice <span class="hint">(optional)</span></label>
        <select id="referral-colleague" @change=${(e) => pick(ctx, e.target.value)}>
          <option value="" ?selected=${!f.practitionerId}>Someone outside the practice</option>
          ${others.map((c) => html`<option value=${c.id} ?selected=${f.practitionerId === c.id}>${c.displayName}</option>`)}
        </select>
      </div>` : ''}
      <div class="form-grid">
        <div class="form-row">
          <label for="referral-name">Name of the practitioner or service</label>
          <input id="referral-name" type="text" required maxlength="200" autocomplete="off" .value=${f.name}
            @input=${(e) => { f.name = e.target.value; }}>
        </div>
        <div class="form-row">
          <label for="referral-contact">How to reach them</label>
          <input id="referral-contact" type="text" maxlength="500" autocomplete="off" aria-describedby="referral-contact-help"
            .value=${f.contact} @input=${(e) => { f.contact = e.target.value; }}>
          <p class="hint" id="referral-contact-help">Phone, email, address or website.</p>
        </div>
      </div>
      ${f.error ? html`<div id="referral-error" tabindex="-1">${app.problem(f.error)}</div>` : ''}
      <button type="submit" class="button secondary" id="referral-add" ?disabled=${f.busy}>Add the referral</button>
    </form>` : ''}
  </section>`;
}
