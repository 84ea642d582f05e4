package org.veracity.interfaces.rest.content;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.veracity.application.FieldProblem;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.interfaces.rest.Conversions;

/** The body of {@code POST /api/v1/content} and of the pre-publish check's single item (DESIGN §4). */
@XmlRootElement(name = "contentBatch")
@XmlAccessorType(XmlAccessType.FIELD)
public class ContentBatch {

    @XmlElement(name = "items")
    public List<Item> items;

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Item {
        public String id;
        public String url;
        public String text;
        public String authorId;
        public String authorKind;
        public String groupId;
        @XmlElement(name = "topics")
        public List<String> topics;
        public String region;
        public String language;
        public String postedAt;
        public Long views;
        public Long shares;
        public Boolean ad;
        public String sponsor;
        @XmlElement(name = "mediaHashes")
        public List<String> mediaHashes;
        /** Where a shortened link leads, when known. */
        public String resolvedUrl;

        /** The domain's submission, with syntax problems (dates, enums) added to {@code problems}. */
        public ContentSubmission toSubmission(List<FieldProblem> problems) {
            return new ContentSubmission(id, url, text, authorId,
                    Conversions.enumValue("authorKind", authorKind, AuthorKind.class, problems), groupId,
                    topics == null ? List.of() : new ArrayList<>(topics), region, language,
                    Conversions.instant("postedAt", postedAt, problems),
                    views == null ? 0 : views, shares == null ? 0 : shares, Boolean.TRUE.equals(ad), sponsor,
                    mediaHashes == null ? List.of() : new ArrayList<>(mediaHashes), resolvedUrl);
        }
    }
}
