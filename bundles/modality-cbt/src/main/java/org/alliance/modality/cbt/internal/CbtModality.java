package org.alliance.modality.cbt.internal;

import java.util.List;
import org.alliance.spi.modality.Modality;
import org.alliance.spi.modality.ModalityId;
import org.alliance.spi.modality.NoteTemplate;
import org.alliance.spi.modality.SessionCadence;
import org.osgi.service.component.annotations.Component;

/**
 * Cognitive behavioural therapy as the practice sees it once the plugin is installed. The
 * templates are built (and so validated) once, when the component is created; the answers never
 * change while it is registered.
 *
 * <p>No outcome measures of its own: the notes module already offers PHQ-9 and GAD-7, which CBT
 * services use routinely, and the instruments specific to CBT (BDI-II, for one) are copyrighted
 * and may not be shipped.
 */
@Component(service = Modality.class)
@ModalityId(CbtModality.ID)
public class CbtModality implements Modality {

    static final String ID = "cbt";

    private final List<NoteTemplate> templates =
            List.of(ThoughtRecord.template(), BehaviouralActivation.template(), SessionNote.template());

    @Override
    public String name() {
        return "Cognitive behavioural therapy";
    }

    @Override
    public String description() {
        return "Structured, time-limited therapy that works on the links between thoughts, feelings and behaviour:"
                + " a shared formulation, an agenda set together each session, skills practised as homework between"
                + " sessions, and progress tracked with routine measures.";
    }

    @Override
    public List<NoteTemplate> noteTemplates() {
        return templates;
    }

    @Override
    public SessionCadence recommendedCadence() {
        return new SessionCadence(50, 7, "6 to 20 sessions");
    }

    @Override
    public List<String> terminationConsiderations() {
        return List.of(
                "Keep the ending in view from the start: CBT is time-limited, so review the agreed number of sessions"
                        + " at set points rather than announcing the end late.",
                "Write a relapse-prevention plan (a therapy blueprint) with the client: what kept the problem going,"
                        + " what they learned and what helped, early warning signs, and what they will do if the"
                        + " problem returns.",
                "Taper the frequency towards the end (fortnightly, then monthly) so the client practises on their own"
                        + " between sessions.",
                "Hand over the role of therapist: before the last session the client sets their own homework and"
                        + " runs their own thought records and behavioural experiments.",
                "Review the goals and the outcome measures against the first sessions' scores together, and name what"
                        + " is still to work on and where to get help (self-help, a GP, a return referral).",
                "Offer booster sessions at agreed intervals after the ending, for example at one, three and six"
                        + " months, to review the blueprint.");
    }
}
