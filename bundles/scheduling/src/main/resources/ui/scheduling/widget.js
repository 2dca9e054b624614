// The calendar widget: FullCalendar 5 (MIT), copied into this bundle from its WebJar and
// served from /ui/scheduling/lib/. Version 5 because version 6 injects a style element at
// run time, which the web app's Content-Security-Policy (style-src 'self') refuses; version 5
// ships its stylesheet as a file, linked here once. Its "global" build defines
// window.FullCalendar, so it is loaded as a classic script, not imported.
//
// One trap: the stylesheet embeds FullCalendar's icon font as a data: URL, which the policy's
// default-src 'self' refuses (Chromium reports one font-src violation per page load). The icons
// only decorate FullCalendar's own toolbar and popovers; this module draws its own toolbar and
// uses no popover, so nothing is missing.

const LIB = '/ui/scheduling/lib/fullcalendar/5.11.5/';

let loading = null;

/** Resolves to the FullCalendar namespace, loading its script and stylesheet on first use. */
export function loadFullCalendar() {
  if (window.FullCalendar) return Promise.resolve(window.FullCalendar);
  if (!loading) {
    linkStyles();
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `${LIB}main.min.js`;
      script.addEventListener('load', () => resolve(window.FullCalendar));
      script.addEventListener('error', () => {
        loading = null;
        script.remove();
        reject(new Error('The calendar could not be loaded from the server. Reload the page to try again.'));
      });
      document.head.append(script);
    });
  }
  return loading;
}

/** Links FullCalendar's stylesheet and then this module's, which adjusts it. */
export function linkStyles() {
  stylesheet(`${LIB}main.min.css`, 'fullcalendar');
  stylesheet('/ui/scheduling/scheduling.css', 'scheduling');
}

/** Links a stylesheet into the document once (style-src 'self' allows linked files). */
export function stylesheet(href, name) {
  if (document.head.querySelector(`link[data-scheduling-css="${name}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.dataset.schedulingCss = name;
  document.head.append(link);
}
