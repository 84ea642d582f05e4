package org.veracity.interfaces.rest.distribution;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.veracity.domain.distribution.DistributionAnswer;

/** {@code {"items":[{"id","multiplier","recommendable","adsAllowed","labels","reasons"}]}} */
@XmlRootElement(name = "distribution")
@XmlAccessorType(XmlAccessType.FIELD)
@Schema(name = "DistributionAnswers")
public class DistributionItems {

    @XmlElement(name = "items")
    public List<Item> items = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "DistributionAnswer", description = "How far one item may be distributed now")
    public static class Item {
        @Schema(example = "post-8841")
        public String id;
        @Schema(description = "Multiply the item's ranking score by this; 1 is undemoted", example = "0.5")
        public double multiplier;
        @Schema(description = "Whether the item may be recommended to people who do not follow its author")
        public boolean recommendable;
        @Schema(description = "Whether the item may be promoted as an ad")
        public boolean adsAllowed;
        @XmlElement(name = "labels")
        @Schema(description = "Labels to show with the item")
        public List<Label> labels = new ArrayList<>();
        @XmlElement(name = "reasons")
        @Schema(description = "Why, in words")
        public List<String> reasons = new ArrayList<>();

        public static Item of(DistributionAnswer a) {
            Item item = new Item();
            item.id = a.contentId();
            item.multiplier = a.multiplier();
            item.recommendable = a.recommendable();
            item.adsAllowed = a.adsAllowed();
            a.labels().forEach(l -> {
                Label label = new Label();
                label.kind = l.kind();
                label.text = l.text();
                label.url = l.url();
                item.labels.add(label);
            });
            item.reasons.addAll(a.reasons());
            return item;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @Schema(name = "Label")
    public static class Label {
        @Schema(example = "FALSE")
        public String kind;
        @Schema(example = "False information. Checked by independent fact-checkers.")
        public String text;
        @Schema(description = "The fact-check article", example = "https://factcheck.example/fulton-ballots")
        public String url;
    }

    public static DistributionItems of(List<DistributionAnswer> answers) {
        DistributionItems out = new DistributionItems();
        answers.forEach(a -> out.items.add(Item.of(a)));
        return out;
    }
}
