// Small helpers the core pages share for forms: reading values and showing which field the
// server refused.

/** The form's named values, with empty strings as null so optional fields are left out. */
export function values(form) {
  const result = {};
  for (const element of form.elements) {
    if (!element.name) continue;
    if (element.type === 'checkbox') {
      if (element.dataset.list) {
        result[element.name] = result[element.name] || [];
        if (element.checked) result[element.name].push(element.value);
      } else {
        result[element.name] = element.checked;
      }
    } else {
      const value = element.value.trim();
      result[element.name] = value === '' ? null : value;
    }
  }
  return result;
}

/** Marks the field the server named in its problem (if it is in this form) and focuses it. */
export function markInvalid(form, error) {
  for (const element of form.elements) element.removeAttribute('aria-invalid');
  const field = error && error.field ? form.elements.namedItem(error.field) : null;
  if (field && field.setAttribute) {
    field.setAttribute('aria-invalid', 'true');
    field.focus();
  }
}
