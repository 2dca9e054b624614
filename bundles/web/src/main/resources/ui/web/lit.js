// The one place that names the lit-html version; everything else imports from here.
export { html, render, nothing } from './lib/lit-html/3.3.2/lit-html.js';
export { live } from './lib/lit-html/3.3.2/directives/live.js';
