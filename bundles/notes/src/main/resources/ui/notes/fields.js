// Any note template, drawn from its field list: TEXT as a line, LONG_TEXT as a text area,
// NUMBER as a number input, DATE as a date input, CHOICE as a list. Required fields are marked
// (they are needed to sign, not to save a draft, so the browser is not asked to enforce them);
// the template's help text is linked to its field. A field of a type this page does not know
// yet (a newer plugin) is shown as a line of text: the server still checks it.

/** The element id of a template field's control; the server names it `fields.<id>` in a problem. */
export function controlId(fieldId) {
  return `field-${fieldId}`;
}

/** The control ids a problem points at: one field, or every required field left empty ("fields"). */
export function refusedControls(template, values, problemField) {
  if (!problemField) return [];
  if (problemField.startsWith('fields.')) return [controlId(problemField.slice('fields.'.length))];
  if (problemField === 'fields') return missingRequired(template, values).map((f) => controlId(f.id));
  return [];
}

/** The required fields without an answer. */
export function missingRequired(template, values) {
  return template.fields.filter((f) => f.required && !(values[f.id] || '').trim());
}

/** The answers to send: empty ones left out, as the server drops them anyway. */
export function answers(template, values) {
  const result = {};
  for (const f of template.fields) {
    const value = values[f.id];
    if (value !== undefined && value !== null && String(value).trim() !== '') result[f.id] = String(value);
  }
  return result;
}

/** One field's label, control and help, calling onInput(fieldId, value) as the user writes. */
export function fieldRow(app, field, value, onInput) {
  const { html, nothing } = app;
  const id = controlId(field.id);
  const helpId = field.help ? `${id}-help` : null;
  const input = (e) => onInput(field.id, e.target.value);
  const common = { id, helpId };
  let control;
  switch (field.type) {
    case 'LONG_TEXT':
      control = html`<textarea id=${id} name=${field.id} rows="3" aria-describedby=${helpId || nothing}
        aria-required=${field.required ? 'true' : 'false'} .value=${value || ''} @input=${input}></textarea>`;
      break;
    case 'NUMBER':
      control = html`<input id=${id} name=${field.id} type="number" step="any" inputmode="decimal" class="note-number"
        aria-describedby=${helpId || nothing} aria-required=${field.required ? 'true' : 'false'}
        .value=${value || ''} @input=${input}>`;
      break;
    case 'DATE':
      control = html`<input id=${id} name=${field.id} type="date" class="note-date"
        aria-describedby=${helpId || nothing} aria-required=${field.required ? 'true' : 'false'}
        .value=${value || ''} @input=${input} @change=${input}>`;
      break;
    case 'CHOICE':
      control = html`<select id=${id} name=${field.id} aria-describedby=${helpId || nothing}
        aria-required=${field.required ? 'true' : 'false'} @change=${input}>
        <option value="" ?selected=${!value}>Choose…</option>
        ${field.options.map((o) => html`<option value=${o} ?selected=${value === o}>${o}</option>`)}
        ${value && !field.options.includes(value) ? html`<option value=${value} selected>${value}</option>` : ''}
      </select>`;
      break;
    default:
      control = html`<input id=${id} name=${field.id} type="text" maxlength="2000"
        aria-describedby=${helpId || nothing} aria-required=${field.required ? 'true' : 'false'}
        .value=${value || ''} @input=${input}>`;
  }
  return html`<div class="form-row note-field field-${field.type.toLowerCase()}" data-field-id=${field.id}
      data-testid="note-field">
    <label for=${common.id}>${field.label}${field.required
      ? html`<span class="required-mark" aria-hidden="true"> *</span><span class="visually-hidden"> (required to sign)</span>`
      : ''}</label>
    ${control}
    ${field.help ? html`<p class="hint" id=${helpId}>${field.help}</p>` : ''}
  </div>`;
}

/** A signed note's answers, read-only: every field of its template, in order. */
export function fieldList(app, template, values) {
  const { html } = app;
  return html`<dl class="record note-fields" id="note-fields">
    ${template.fields.map((f) => html`<dt data-field-id=${f.id}>${f.label}</dt>
      <dd class=${f.type === 'LONG_TEXT' ? 'long-text' : ''} data-field-id=${f.id}>${values[f.id]
        ? values[f.id] : html`<span class="muted">Not filled in</span>`}</dd>`)}
  </dl>`;
}
