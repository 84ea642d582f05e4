package org.veracity.domain.importance;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.veracity.domain.content.ContentItem;

/**
 * R9: a named event ("US 2020 general election") with regions, topics, keywords and an active
 * window. Matching items get queue priority and qualify for manual enqueue (R5).
 */
@Entity
@Table(name = "issue_of_importance")
public class IssueOfImportance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Convert(converter = TextList.class)
    @Column(nullable = false, length = 1000)
    private List<String> regions;

    @Convert(converter = TextList.class)
    @Column(nullable = false, length = 2000)
    private List<String> topics;

    @Convert(converter = TextList.class)
    @Column(nullable = false, length = 4000)
    private List<String> keywords;

    @Column(name = "active_from", nullable = false)
    private Instant activeFrom;

    @Column(name = "active_until")
    private Instant activeUntil;

    protected IssueOfImportance() {
    }

    public IssueOfImportance(String name, List<String> regions, List<String> topics, List<String> keywords,
                             Instant activeFrom, Instant activeUntil) {
        update(name, regions, topics, keywords, activeFrom, activeUntil);
    }

    public final void update(String name, List<String> regions, List<String> topics, List<String> keywords,
                             Instant activeFrom, Instant activeUntil) {
        if (activeUntil != null && !activeUntil.isAfter(activeFrom)) {
            throw new IllegalArgumentException("an issue's window ends after it starts");
        }
        if (topics.isEmpty() && keywords.isEmpty()) {
            throw new IllegalArgumentException("an issue names at least one topic or keyword");
        }
        this.name = name;
        this.regions = List.copyOf(regions);
        this.topics = List.copyOf(topics);
        this.keywords = List.copyOf(keywords);
        this.activeFrom = activeFrom;
        this.activeUntil = activeUntil;
    }

    public boolean isActiveAt(Instant t) {
        return !t.isBefore(activeFrom) && (activeUntil == null || t.isBefore(activeUntil));
    }

    /** In the issue's regions (all, when none are named) and sharing a topic or containing a keyword. */
    public boolean matches(ContentItem item) {
        boolean inRegion = regions.isEmpty()
                || (item.getRegion() != null && regions.contains(item.getRegion().toLowerCase(Locale.ROOT)));
        if (!inRegion) {
            return false;
        }
        if (item.getTopics().stream().anyMatch(topics::contains)) {
            return true;
        }
        String text = item.getText() == null ? "" : item.getText().toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(text::contains);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public List<String> getRegions() { return regions; }
    public List<String> getTopics() { return topics; }
    public List<String> getKeywords() { return keywords; }
    public Instant getActiveFrom() { return activeFrom; }
    public Instant getActiveUntil() { return activeUntil; }
}
