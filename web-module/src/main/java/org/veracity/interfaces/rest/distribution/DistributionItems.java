package org.veracity.interfaces.rest.distribution;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import org.veracity.domain.distribution.DistributionAnswer;

/** {@code {"items":[{"id","multiplier","recommendable","adsAllowed","labels","reasons"}]}} */
@XmlRootElement(name = "distribution")
@XmlAccessorType(XmlAccessType.FIELD)
public class DistributionItems {

    @XmlElement(name = "items")
    public List<Item> items = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Item {
        public String id;
        public double multiplier;
        public boolean recommendable;
        public boolean adsAllowed;
        @XmlElement(name = "labels")
        public List<Label> labels = new ArrayList<>();
        @XmlElement(name = "reasons")
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
    public static class Label {
        public String kind;
        public String text;
        public String url;
    }

    public static DistributionItems of(List<DistributionAnswer> answers) {
        DistributionItems out = new DistributionItems();
        answers.forEach(a -> out.items.add(Item.of(a)));
        return out;
    }
}
