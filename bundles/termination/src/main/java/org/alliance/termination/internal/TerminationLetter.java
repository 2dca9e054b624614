package org.alliance.termination.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.alliance.api.document.Block;
import org.alliance.api.document.Document;
import org.alliance.api.termination.PlanStatus;
import org.alliance.api.termination.Referral;
import org.alliance.termination.internal.store.PlanRow;

/**
 * The letter a client receives at the end of therapy (ACA A.11.c): when the work ended, where
 * to turn next, how to come back. It names no reason, diagnosis or clinical detail: letters are
 * read by others, and the client has heard the clinical part in the closing sessions.
 */
final class TerminationLetter {

    private TerminationLetter() {
    }

    /**
     * @param disclosures what the client must be told about the therapist's practice (e.g. supervision), printed
     *                    above the signature
     */
    static Document of(PlanRow plan, String clientName, String therapistName, String practiceName, List<Referral> referrals,
            List<String> disclosures, LocalDate today) {
        boolean ended = plan.status() == PlanStatus.CLOSED;
        LocalDate end = ended ? plan.endedOn() : plan.plannedEnd();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(today.toString()));
        blocks.add(new Block.Paragraph("Dear " + clientName + ","));
        blocks.add(new Block.Paragraph(ended
                ? "This letter confirms that our work together ended on " + end + ". Thank you for the trust you placed in it."
                : "As we discussed, our work together will end on " + end + ". Until then our sessions continue as planned."));
        if (!referrals.isEmpty()) {
            blocks.add(new Block.Paragraph("Should you want further support, these practitioners and services can help:"));
            blocks.add(new Block.Table(List.of("Who", "How to reach them"),
                    referrals.stream().map(r -> List.of(r.name(), r.contact())).toList()));
        }
        blocks.add(new Block.Paragraph("You are welcome to contact " + practiceName + " again at any time, whether to "
                + "return to therapy or for a copy of your records. In an emergency, call your local emergency number."));
        disclosures.forEach(statement -> blocks.add(new Block.Paragraph(statement)));
        blocks.add(new Block.SignatureLine(therapistName, "Treating practitioner, " + practiceName));
        return new Document(ended ? "End of therapy" : "Planned end of therapy", null, blocks, true);
    }
}
