// Outcome measures of an engagement: choose a measure (PHQ-9, GAD-7 and what modality plugins
// add), answer every item, and the server scores it: the total, its severity band and any
// item alert (PHQ-9 item 9: thoughts of death or self-harm), shown first and impossible to
// miss. Under it, per measure, the trend over the engagement (trend-chart.js) with its severity
// bands shaded and listed, and every score in a table.

import { API, focus } from './common.js';
import { drawTrend } from './trend-chart.js';

/** The shade of a band: 0 (the lowest band) to 4 (the highest), however many bands a measure has. */
export function bandLevel(index, count) {
  return count <= 1 ? 0 : Math.round((index * 4) / (count - 1));
}

/** Draws the measures section into host (a <section aria-labelledby="measures-title">). */
export async function mountMeasures(host, app, engagement) {
  const { html, format } = app;
  const active = engagement.status === 'ACTIVE';
  const state = {
    measures: [],
    trends: new Map(),
    loadError: null,
    chartError: null,
    selected: '',
    answers: [],
    unanswered: new Set(),
    error: null,
    result: null,
    busy: false,
    trendsVersion: 0,
  };
  let chartsDrawn = -1;

  try {
    state.measures = await app.api('GET', `${API}/measures`);
    const trends = await Promise.all(state.measures.map((m) => app.api('GET',
      `${API}/measures/trend?engagementId=${encodeURIComponent(engagement.id)}&measureId=${encodeURIComponent(m.id)}`)));
    state.measures.forEach((m, i) => state.trends.set(m.id, trends[i]));
  } catch (e) {
    state.loadError = e;
  }

  const measure = () => state.measures.find((m) => m.id === state.selected);
  const bandIndex = (m, label) => m.definition.bands.findIndex((b) => b.label === label);
  const bandClass = (m, label) => {
    const i = bandIndex(m, label);
    return i < 0 ? '' : `band-level-${bandLevel(i, m.definition.bands.length)}`;
  };

  const choose = (id) => {
    state.selected = id;
    state.answers = [];
    state.unanswered = new Set();
    state.error = null;
    draw();
  };

  const answer = (i, value) => {
    state.answers[i] = value;
    state.unanswered.delete(i);
    draw();
  };

  const submit = async (event) => {
    event.preventDefault();
    const m = measure();
    const items = m.definition.items;
    state.unanswered = new Set(items.map((_, i) => i).filter((i) => state.answers[i] === undefined));
    if (state.unanswered.size) {
      const numbers = [...state.unanswered].map((i) => i + 1);
      state.error = new Error(`Answer every item: ${numbers.length === 1 ? 'item' : 'items'} ${numbers.join(', ')} `
        + `${numbers.length === 1 ? 'is' : 'are'} still open.`);
      draw();
      focus(host, `#item-${numbers[0] - 1} input`);
      return;
    }
    state.busy = true;
    state.error = null;
    draw();
    try {
      const result = await app.api('POST', `${API}/measures/${encodeURIComponent(m.id)}/responses`,
        { engagementId: engagement.id, answers: items.map((_, i) => state.answers[i]) });
      state.trends.set(m.id, [...(state.trends.get(m.id) || []), result]);
      state.trendsVersion++;
      state.result = { measure: m, result };
      state.selected = '';
      state.answers = [];
      state.busy = false;
      draw();
      focus(host, result.alerts.length ? '#measure-alert' : '#measure-result');
    } catch (e) {
      state.busy = false;
      state.error = e;
      draw();
      focus(host, e.field === 'measureId' ? '#measure-select' : '#measure-error');
    }
  };

  const resultPanel = () => {
    const { measure: m, result: r } = state.result;
    return html`<div class="measure-result panel" id="measure-result" tabindex="-1" aria-labelledby="measure-result-title">
      ${r.alerts.length ? html`<div class="measure-alert" role="alert" id="measure-alert" tabindex="-1">
        <p class="measure-alert-title"><span aria-hidden="true">⚠ </span>Clinical alert</p>
        <ul>${r.alerts.map((a) => html`<li data-testid="measure-alert">${a}</li>`)}</ul>
      </div>` : ''}
      <h3 id="measure-result-title">${r.measureTitle || m.definition.title}</h3>
      <p class="measure-score">Score <strong id="measure-score" class="score">${r.score}</strong> of ${r.maxScore}
        <span class="band-badge ${bandClass(m, r.band)}" id="measure-band">${r.band}</span></p>
      <p class="hint">Recorded ${format.dateTime(r.at)}, and added to the trend below.</p>
      <button type="button" class="link-button" id="measure-result-close"
        @click=${() => { state.result = null; draw(); focus(host, '#measure-select'); }}>Dismiss</button>
    </div>`;
  };

  const questionnaire = (m) => html`<form id="measure-form" class="panel measure-form" novalidate @submit=${submit}
      aria-labelledby="measure-form-title" data-measure-id=${m.id}>
    <h3 id="measure-form-title">${m.definition.title}</h3>
    ${m.definition.instructions ? html`<p class="measure-instructions" id="measure-instructions">${m.definition.instructions}</p>` : ''}
    ${m.definition.items.map((item, i) => html`<fieldset class="measure-item ${state.unanswered.has(i) ? 'unanswered' : ''}"
        id="item-${i}" data-testid="measure-item" aria-describedby=${m.definition.instructions ? 'measure-instructions' : app.nothing}>
      <legend><span class="item-number">${i + 1}.</span> ${item.text}</legend>
      <div class="measure-options">${m.definition.options.map((o) => html`<div class="measure-option">
        <input type="radio" name="item-${i}" id="item-${i}-${o.value}" value=${o.value}
          aria-invalid=${state.unanswered.has(i) ? 'true' : app.nothing}
          .checked=${state.answers[i] === o.value} @change=${() => answer(i, o.value)}>
        <label for="item-${i}-${o.value}">${o.label}</label>
      </div>`)}</div>
    </fieldset>`)}
    ${state.error ? html`<div id="measure-error" tabindex="-1">${app.problem(state.error)}</div>` : ''}
    <div class="actions">
      <button type="submit" class="button" id="measure-submit" ?disabled=${state.busy}>Score and record</button>
      <button type="button" class="button secondary" id="measure-cancel" @click=${() => choose('')}>Cancel</button>
    </div>
  </form>`;

  const trend = (m, index) => {
    const results = state.trends.get(m.id) || [];
    const latest = results[results.length - 1];
    const bands = m.definition.bands;
    return html`<figure class="trend" data-testid="trend" data-measure-id=${m.id} aria-labelledby="trend-title-${index}">
      <figcaption>
        <h3 id="trend-title-${index}">${m.definition.title}</h3>
        <p class="muted">${results.length} ${results.length === 1 ? 'result' : 'results'}; latest
          <strong>${latest.score}</strong> of ${latest.maxScore}, ${latest.band}, on ${format.date(latest.at)}.</p>
      </figcaption>
      ${latest.alerts.length ? html`<p class="measure-alert compact" data-testid="trend-alert">
        <strong>The latest result raised an alert:</strong> ${latest.alerts.join(' ')}</p>` : ''}
      <div class="trend-chart"><canvas data-measure-id=${m.id} role="img"
        aria-label="${m.definition.title} over the engagement: ${results.map((r) => `${r.score} (${r.band}) on ${format.date(r.at)}`).join('; ')}."></canvas></div>
      <div class="trend-tables">
        <table class="band-table" aria-label="Severity bands of ${m.definition.title}">
          <thead><tr><th scope="col">Severity</th><th scope="col">Scores</th></tr></thead>
          <tbody>${bands.map((b, i) => html`<tr class=${latest.band === b.label ? 'current-band' : ''}>
            <td><span class="band-swatch band-level-${bandLevel(i, bands.length)}" aria-hidden="true"></span>${b.label}</td>
            <td>${b.min}–${b.max}</td></tr>`)}</tbody>
        </table>
        <table class="result-table" aria-label="Scores of ${m.definition.title}">
          <thead><tr><th scope="col">Date</th><th scope="col">Score</th><th scope="col">Severity</th></tr></thead>
          <tbody>${[...results].reverse().map((r) => html`<tr data-testid="trend-row" class=${r.alerts.length ? 'flagged' : ''}>
            <td>${format.dateTime(r.at)}</td><td>${r.score} / ${r.maxScore}</td>
            <td>${r.band}${r.alerts.length ? html` <span class="badge flagged" title=${r.alerts.join(' ')}>Alert</span>` : ''}</td>
          </tr>`)}</tbody>
        </table>
      </div>
    </figure>`;
  };

  const drawCharts = async () => {
    if (chartsDrawn === state.trendsVersion) return;
    chartsDrawn = state.trendsVersion;
    try {
      for (const canvas of host.querySelectorAll('.trend-chart canvas')) {
        const m = state.measures.find((x) => x.id === canvas.dataset.measureId);
        const figure = canvas.closest('figure');
        const colours = [...figure.querySelectorAll('.band-table .band-swatch')].map((s) => getComputedStyle(s).backgroundColor);
        await drawTrend(canvas, m, state.trends.get(m.id), colours, format);
      }
    } catch (e) {
      state.chartError = e;
      draw();
    }
  };

  const draw = () => {
    const m = measure();
    const measured = state.measures.filter((x) => (state.trends.get(x.id) || []).length);
    app.render(html`
      <h2 id="measures-title">Outcome measures</h2>
      ${state.loadError ? app.problem(state.loadError) : ''}
      ${state.result ? resultPanel() : ''}
      ${active && state.measures.length ? html`<div class="form-row measure-pick">
        <label for="measure-select">Record a measure</label>
        <select id="measure-select" @change=${(e) => choose(e.target.value)}>
          <option value="" ?selected=${!state.selected}>Choose a measure…</option>
          ${state.measures.map((x) => html`<option value=${x.id} ?selected=${state.selected === x.id}>${x.definition.title}</option>`)}
        </select>
      </div>` : ''}
      ${m ? questionnaire(m) : ''}
      ${state.chartError ? app.problem(state.chartError) : ''}
      ${measured.length ? html`<div class="trends" id="measure-trends">${measured.map(trend)}</div>`
        : state.loadError ? '' : html`<p class="muted" id="no-measures">No outcome measures recorded yet.</p>`}`, host);
    drawCharts();
  };

  draw();
}
