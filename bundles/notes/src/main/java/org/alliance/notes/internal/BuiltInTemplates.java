package org.alliance.notes.internal;

import static org.alliance.spi.modality.FieldType.LONG_TEXT;
import static org.alliance.spi.modality.FieldType.TEXT;
import static org.alliance.spi.modality.TemplateField.optional;
import static org.alliance.spi.modality.TemplateField.required;

import java.util.List;
import org.alliance.api.notes.TemplateRef;
import org.alliance.spi.modality.TemplateField;

/**
 * The note formats every practice has, whatever its modalities: SOAP, DAP, BIRP, and a discharge
 * summary for the end of an engagement. A process note (psychotherapy note) is written on any of
 * them; the kind, not the template, keeps it apart.
 */
final class BuiltInTemplates {

    private static final TemplateField RISK = TemplateField.choice("risk", "Risk assessed", true,
            List.of("No risk indicated", "Risk indicated: safety plan reviewed", "Risk indicated: see assessment"));

    static final List<TemplateRef> ALL = List.of(
            new TemplateRef("soap", "SOAP note", null, "Subjective, objective, assessment, plan.", List.of(
                    required("subjective", "Subjective", LONG_TEXT).withHelp("What the client reports: concerns, mood, events since the last session."),
                    required("objective", "Objective", LONG_TEXT).withHelp("What you observed: affect, appearance, behaviour, measures."),
                    required("assessment", "Assessment", LONG_TEXT).withHelp("Your clinical impression and progress toward the plan's goals."),
                    required("plan", "Plan", LONG_TEXT).withHelp("Next steps, homework, next session."),
                    RISK)),
            new TemplateRef("dap", "DAP note", null, "Data, assessment, plan.", List.of(
                    required("data", "Data", LONG_TEXT).withHelp("What the client said and what you observed."),
                    required("assessment", "Assessment", LONG_TEXT),
                    required("plan", "Plan", LONG_TEXT),
                    RISK)),
            new TemplateRef("birp", "BIRP note", null, "Behaviour, intervention, response, plan.", List.of(
                    required("behavior", "Behaviour", LONG_TEXT).withHelp("The client's presentation and reported behaviour."),
                    required("intervention", "Intervention", LONG_TEXT).withHelp("What you did in the session."),
                    required("response", "Response", LONG_TEXT).withHelp("How the client responded to the intervention."),
                    required("plan", "Plan", LONG_TEXT),
                    RISK)),
            new TemplateRef("discharge-summary", "Discharge summary", null,
                    "Written at the end of an engagement: why it ended, what was achieved, what comes next.", List.of(
                    required("reason", "Reason for ending", TEXT),
                    required("course", "Course of treatment", LONG_TEXT),
                    required("outcome", "Outcome and goals met", LONG_TEXT).withHelp("Include the final outcome measures."),
                    required("aftercare", "Referrals and aftercare", LONG_TEXT),
                    optional("prognosis", "Prognosis", LONG_TEXT))));

    private BuiltInTemplates() {
    }
}
