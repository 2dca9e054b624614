// The Supervision page. Paths:
//   /supervision                    notes waiting for my co-signature or approval (queue.js),
//                                   supervision relationships (relationships.js) and observation
//                                   requests (observations.js)
//   /supervision/<supervisee id>    one supervisee's supervision log (log.js) and licensure
//                                   hours (hours.js): the supervisee's own, or a supervisor's view
// The server decides who may read and do what; the page only leaves out what it would refuse.

import { linkStyles, isId } from './common.js';
import { renderOverview } from './overview.js';
import { renderSupervisee } from './supervisee.js';

export default async function render(container, app) {
  linkStyles();
  const [, , first, ...rest] = app.path.split('/');
  if (!first) return renderOverview(container, app);
  if (isId(first) && rest.length === 0) return renderSupervisee(container, app, first);
  return app.render(app.html`<h1>Supervision</h1>
    <p class="problem" role="alert" id="supervision-bad-path">There is nothing at <code>${app.path}</code>.
      The address may have been cut short.</p>
    <p><a href="/supervision">Back to Supervision</a></p>`, container);
}
