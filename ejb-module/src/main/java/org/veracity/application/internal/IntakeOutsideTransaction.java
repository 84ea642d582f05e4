package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.veracity.application.IntakeResult;
import org.veracity.application.IntakeService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.content.ContentSubmission;

/**
 * Takes in items a use case names but Veracity has not seen, outside the use case's transaction: there intake owns
 * its transactions, so losing a race with a concurrent intake of the same new item runs it again instead of failing
 * the use case with a unique-key error. The items stay taken in even if the use case then fails: they are posts
 * that exist on the platform, and the next report naming them finds them.
 */
@Stateless
public class IntakeOutsideTransaction {

    @Inject
    IntakeService intake;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<IntakeResult> submitContent(List<ContentSubmission> items, Actor actor) {
        return intake.submitContent(items, actor);
    }
}
