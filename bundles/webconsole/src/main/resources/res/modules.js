/*
 * Practice Modules: every action is a POST to the plugin with the page's token; the reply is
 * JSON { ok, message, details }. Success reloads the list and shows the message after the
 * reload; a failure stays on the page with Karaf's full text under "Details".
 */
(function () {
  'use strict';
  var page = document.getElementById('alliance-modules');
  var box = document.getElementById('alliance-message');
  var root = page.getAttribute('data-root');
  var token = page.getAttribute('data-token');
  var KEY = 'alliance-modules-message';

  function show(ok, message, details) {
    box.hidden = false;
    box.className = ok ? 'ok' : 'failed';
    box.textContent = message;
    if (details) {
      var more = document.createElement('details');
      var summary = document.createElement('summary');
      summary.textContent = 'Details';
      var pre = document.createElement('pre');
      pre.textContent = details;
      more.appendChild(summary);
      more.appendChild(pre);
      box.appendChild(more);
    }
    box.scrollIntoView({ block: 'nearest' });
  }

  function busy(on) {
    page.querySelectorAll('button').forEach(function (b) {
      if (on) { b.dataset.wasDisabled = b.disabled; b.disabled = true; } else { b.disabled = b.dataset.wasDisabled === 'true'; }
    });
    document.body.style.cursor = on ? 'progress' : '';
  }

  function post(params, body) {
    busy(true);
    show(true, 'Working…');
    var query = Object.keys(params).map(function (k) {
      return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]);
    }).join('&');
    var headers = { 'X-Alliance-Token': token, 'Accept': 'application/json' };
    if (body) { headers['Content-Type'] = 'application/octet-stream'; }
    // Absolute from location.origin: a page opened as http://user:password@host/... has a base URL
    // with credentials, and fetch() refuses any URL resolved against it.
    return fetch(location.origin + root + '?' + query, { method: 'POST', headers: headers, body: body || null, credentials: 'same-origin' })
      .then(function (r) {
        return r.text().then(function (text) {
          try { return JSON.parse(text); } catch (e) { return { ok: false, message: 'HTTP ' + r.status + ': ' + text }; }
        });
      })
      .then(function (reply) {
        if (reply.ok) {
          sessionStorage.setItem(KEY, reply.message);
          location.reload();
        } else {
          busy(false);
          show(false, reply.message, reply.details);
        }
      })
      .catch(function (e) { busy(false); show(false, 'The server could not be reached: ' + e); });
  }

  page.querySelectorAll('#alliance-module-table button[data-action]').forEach(function (button) {
    button.addEventListener('click', function () {
      var row = button.closest('tr');
      post({ action: button.getAttribute('data-action'), feature: row.getAttribute('data-feature'),
             version: row.getAttribute('data-version') });
    });
  });

  document.getElementById('alliance-add-kar').addEventListener('submit', function (e) {
    e.preventDefault();
    var file = e.target.elements.kar.files[0];
    if (file) { post({ action: 'upload-kar', name: file.name }, file); }
  });

  document.getElementById('alliance-add-repository').addEventListener('submit', function (e) {
    e.preventDefault();
    post({ action: 'add-repository', url: e.target.elements.url.value });
  });

  var previous = sessionStorage.getItem(KEY);
  if (previous) {
    sessionStorage.removeItem(KEY);
    show(true, previous);
  }
}());
