// The Peer network page. Paths:
//   /peer                        what waits for me (overview.js)
//   /peer/profile                my directory profile and the private list of people close to me (profile.js)
//   /peer/directory              the opt-in directory, with filters (directory.js)
//   /peer/therapist              finding my own therapist, confidentially (therapist.js)
//   /peer/requests               colleagues' requests for a therapist, asked of me (requests.js)
//   /peer/consultations          de-identified consultations, mine and those addressed to me (consultations.js)
//   /peer/consultations/<id>     one consultation thread with its replies (thread.js)
//   /peer/groups                 my consultation groups (groups.js)
//   /peer/groups/<id>            one group: members, meetings, attendance and CE hours (group.js)
//   /peer/referrals              referrals I made and received (referrals.js)
// The server decides who may read and do what; the page only leaves out what it would refuse.

import { linkStyles, isId } from './common.js';
import { renderOverview } from './overview.js';
import { renderProfile } from './profile.js';
import { renderDirectory } from './directory.js';
import { renderTherapist } from './therapist.js';
import { renderRequests } from './requests.js';
import { renderConsultations } from './consultations.js';
import { renderThread } from './thread.js';
import { renderGroups } from './groups.js';
import { renderGroup } from './group.js';
import { renderReferrals } from './referrals.js';

const SECTIONS = {
  profile: renderProfile,
  directory: renderDirectory,
  therapist: renderTherapist,
  requests: renderRequests,
  consultations: renderConsultations,
  groups: renderGroups,
  referrals: renderReferrals,
};

export default async function render(container, app) {
  linkStyles();
  const [, , section, id, ...rest] = app.path.split('/');
  if (!section) return renderOverview(container, app);
  if (SECTIONS[section] && !id) return SECTIONS[section](container, app);
  if (section === 'consultations' && isId(id) && rest.length === 0) return renderThread(container, app, id);
  if (section === 'groups' && isId(id) && rest.length === 0) return renderGroup(container, app, id);
  return app.render(app.html`<h1>Peer network</h1>
    <p class="problem" role="alert" id="peer-bad-path">There is nothing at <code>${app.path}</code>.
      The address may have been cut short.</p>
    <p><a href="/peer">Back to the Peer network</a></p>`, container);
}
