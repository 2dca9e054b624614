// The Notes page. Paths:
//   /notes                              the signed-in practitioner's engagements (engagements.js)
//   /notes/<engagement id>              that engagement's clinical record (record.js)
//   /notes/<engagement id>/new          a new note: template and kind, then the editor (note.js)
//   /notes/<engagement id>/<note id>    one note: the editor while it is the user's draft,
//                                       read-only with its addenda once signed (note.js)
// The server decides who may read and write what; the page only leaves out what it would refuse.

import { linkStyles, isId } from './common.js';
import { renderEngagements } from './engagements.js';
import { renderRecord } from './record.js';
import { renderNewNote, renderNote } from './note.js';

export default async function render(container, app) {
  linkStyles();
  const [, , engagementId, noteId, ...rest] = app.path.split('/');
  if (!engagementId) return renderEngagements(container, app);
  if (!isId(engagementId) || rest.length > 0 || (noteId && noteId !== 'new' && !isId(noteId))) {
    return app.render(app.html`<h1>Notes</h1>
      <p class="problem" role="alert" id="notes-bad-path">There is nothing at <code>${app.path}</code>.
        The address may have been cut short.</p>
      <p><a href="/notes">Choose an engagement</a></p>`, container);
  }
  if (noteId === 'new') return renderNewNote(container, app, engagementId);
  if (noteId) return renderNote(container, app, engagementId, noteId);
  return renderRecord(container, app, engagementId);
}
