package org.veracity.interfaces.rest.content;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.veracity.application.FieldProblem;
import org.veracity.domain.content.ContentSubmission;

/** The body of {@code POST /api/v1/prepublish-check}: one item as in intake; it has no id yet, so one is optional. */
@XmlRootElement(name = "item")
@XmlAccessorType(XmlAccessType.FIELD)
@Schema(name = "PrepublishItem", description = "A post before it is published, as in intake; the id is optional",
        requiredProperties = {"authorId", "authorKind", "postedAt"})
public class PrepublishItem extends ContentBatch.Item {

    static final String UNPUBLISHED_ID = "unpublished";

    @Override
    public ContentSubmission toSubmission(List<FieldProblem> problems) {
        if (id == null || id.isBlank()) {
            id = UNPUBLISHED_ID;
        }
        return super.toSubmission(problems);
    }
}
