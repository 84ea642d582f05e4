package org.veracity.interfaces.rest.content;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.veracity.application.FieldProblem;
import org.veracity.domain.content.AuthorKind;
import org.veracity.domain.content.ContentSubmission;
import org.veracity.interfaces.rest.Conversions;

/** The body of {@code POST /api/v1/content} and of the pre-publish check's single item (DESIGN §4). */
@XmlRootElement(name = "contentBatch")
@XmlAccessorType(XmlAccessType.FIELD)
@Schema(name = "ContentBatch", description = "Content items to store, each answered on its own")
public class ContentBatch {

    /** One item as an integrator sends it; the examples of the OpenAPI document. */
    static final String ITEM_EXAMPLE = "{\"id\":\"post-8841\",\"url\":\"https://www.example.org/2020/10/14/story\","
            + "\"text\":\"They counted the ballots twice! #StopTheSteal\",\"authorId\":\"user-1207\","
            + "\"authorKind\":\"PERSON\",\"topics\":[\"politics\"],\"region\":\"US\",\"language\":\"en\","
            + "\"postedAt\":\"2020-10-14T12:00:00Z\",\"views\":10000,\"shares\":50,\"ad\":false}";
    static final String EXAMPLE = "{\"items\":[" + ITEM_EXAMPLE + "]}";

    @XmlElement(name = "items")
    @Schema(description = "The items, answered in this order", required = true)
    public List<Item> items;

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "ContentItem", description = "A post, comment or ad as the integrator knows it")
    public static class Item {
        @Schema(description = "The integrator's own id of the item; intake is idempotent per id", required = true,
                example = "post-8841")
        public String id;
        @Schema(description = "Where the item can be seen", example = "https://www.example.org/2020/10/14/story")
        public String url;
        @Schema(description = "The item's text", example = "They counted the ballots twice! #StopTheSteal")
        public String text;
        @Schema(description = "The author's id on the integrator's platform", required = true, example = "user-1207")
        public String authorId;
        @Schema(description = "Who posted it", required = true, example = "PERSON", implementation = AuthorKind.class)
        public String authorKind;
        @Schema(description = "The group the item was posted to, if any", example = "group-77")
        public String groupId;
        @XmlElement(name = "topics")
        @Schema(example = "[\"politics\"]")
        public List<String> topics;
        @Schema(description = "ISO 3166-1 alpha-2 region", example = "US")
        public String region;
        @Schema(description = "BCP 47 language", example = "en")
        public String language;
        @Schema(description = "When the item was posted (ISO-8601 instant)", required = true,
                example = "2020-10-14T12:00:00Z")
        public String postedAt;
        @Schema(example = "10000")
        public Long views;
        @Schema(example = "50")
        public Long shares;
        @Schema(description = "Whether the item is a paid ad", example = "false")
        public Boolean ad;
        @Schema(description = "Who paid for the ad", example = "Committee for Example")
        public String sponsor;
        @XmlElement(name = "mediaHashes")
        @Schema(description = "Hashes of the attached media, to match known hoaxes")
        public List<String> mediaHashes;
        /** Where a shortened link leads, when known. */
        @Schema(description = "Where a shortened link leads, when known",
                example = "https://nypost.com/2020/10/14/story")
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
