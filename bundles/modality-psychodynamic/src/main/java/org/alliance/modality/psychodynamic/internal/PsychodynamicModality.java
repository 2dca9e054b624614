package org.alliance.modality.psychodynamic.internal;

import java.util.List;
import org.alliance.spi.modality.Modality;
import org.alliance.spi.modality.ModalityId;
import org.alliance.spi.modality.NoteTemplate;
import org.alliance.spi.modality.SessionCadence;
import org.osgi.service.component.annotations.Component;

/**
 * Psychodynamic therapy as the practice sees it once the plugin is installed. The templates are
 * built (and so validated) once, when the component is created; the answers never change while
 * it is registered.
 *
 * <p>No outcome measures of its own: psychodynamic work is followed with the notes module's
 * general measures (PHQ-9, GAD-7) and the formulation, and the instruments made for it are
 * copyrighted or are clinician interviews rather than sum-scored questionnaires.
 */
@Component(service = Modality.class)
@ModalityId(PsychodynamicModality.ID)
public class PsychodynamicModality implements Modality {

    static final String ID = "psychodynamic";

    private final List<NoteTemplate> templates = List.of(ProcessSession.template(), Formulation.template());

    @Override
    public String name() {
        return "Psychodynamic therapy";
    }

    @Override
    public String description() {
        return "Exploratory therapy that works with unconscious conflicts, defences and repeating relationship patterns"
                + " as they show in the client's life and in the relationship with the therapist, aiming at insight"
                + " and lasting change in how the client relates to themselves and others.";
    }

    @Override
    public List<NoteTemplate> noteTemplates() {
        return templates;
    }

    @Override
    public SessionCadence recommendedCadence() {
        return new SessionCadence(50, 7, "open-ended; brief forms 16 to 30 sessions");
    }

    @Override
    public List<String> terminationConsiderations() {
        return List.of(
                "Set the ending date together well ahead, weeks to months before (in brief therapy, from the start),"
                        + " so that the ending can be worked through as a phase of the therapy, not announced at its"
                        + " last session.",
                "Expect themes of loss and separation, earlier losses among them, to return; make room for grief,"
                        + " anger and disappointment as well as gratitude.",
                "Work with the ending as it appears in the transference, and notice your countertransference to it:"
                        + " how the client leaves often repeats how they have met separations before.",
                "Expect old symptoms or patterns to flare as the date approaches; understand them with the client"
                        + " rather than postponing the ending because of them.",
                "Review the work together: what has changed, what has been understood, and what the client will go on"
                        + " working at on their own.",
                "Leave the door open: tell the client how to get back in touch later, without taking back the ending.");
    }
}
