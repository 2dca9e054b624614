// The Termination page. Paths:
//   /termination                    the signed-in practitioner's engagements with where their
//                                   ending stands, engagements at risk, cover during absences (overview.js)
//   /termination/<engagement id>    the planner of that engagement's ending (planner.js)
//   /termination/plans/<plan id>    one plan, as the link a therapist sends to whoever approves
//                                   a short-notice exception (planner.js)
// The server decides who may read and do what; the page only leaves out what it would refuse.

import { linkStyles, isId } from './common.js';
import { renderOverview } from './overview.js';
import { renderPlanner } from './planner.js';

export default async function render(container, app) {
  linkStyles();
  const [, , first, second, ...rest] = app.path.split('/');
  if (!first) return renderOverview(container, app);
  if (first === 'plans' && isId(second) && rest.length === 0) return renderPlanner(container, app, { planId: second });
  if (isId(first) && !second) return renderPlanner(container, app, { engagementId: first });
  return app.render(app.html`<h1>Termination</h1>
    <p class="problem" role="alert" id="termination-bad-path">There is nothing at <code>${app.path}</code>.
      The address may have been cut short.</p>
    <p><a href="/termination">Choose an engagement</a></p>`, container);
}
