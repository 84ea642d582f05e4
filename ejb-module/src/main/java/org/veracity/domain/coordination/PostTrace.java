package org.veracity.domain.coordination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.hoax.NearDuplicates;
import org.veracity.domain.hoax.NormalizedText;

/**
 * What R18 remembers of a post: who posted it when, its normalised terms and their {@link TextSketch} (six band
 * keys, in the columns {@code sketch1}…{@code sketch6}), and the coordination case it belongs to, if any. Posts with fewer than {@link NearDuplicates#MIN_TERMS} content terms
 * leave no trace: they name a topic, not a message.
 */
@Entity
@Table(name = "coordination_post")
public class PostTrace {

    @Id
    @Column(name = "content_id")
    private Long contentId;

    @Column(name = "platform_id", nullable = false, length = 200)
    private String platformId;

    @Column(name = "author_id", nullable = false, length = 200)
    private String authorId;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "terms", nullable = false, length = 20000)
    private String terms;

    @Column(name = "sketch1", nullable = false)
    private long sketch1;

    @Column(name = "sketch2", nullable = false)
    private long sketch2;

    @Column(name = "sketch3", nullable = false)
    private long sketch3;

    @Column(name = "sketch4", nullable = false)
    private long sketch4;

    @Column(name = "sketch5")
    private Long sketch5;

    @Column(name = "sketch6")
    private Long sketch6;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "joined_at")
    private Instant joinedAt;

    /**
     * The detection that stored the trace or last assigned it to a case ({@link CoordinationRepository#lockDetection}):
     * a later commit never carries a smaller number, so an instance reads only what changed since it last looked.
     */
    @Column(name = "detection", nullable = false)
    private long detection;

    @Transient
    private List<String> termList;

    /** Its terms as numbers, shared with its {@link #copy() copies}: a known post is numbered once, not per batch. */
    @Transient
    private Numbers numbers = new Numbers();

    /** A box, shared by a trace and its copies, holding the terms' numbers of one {@link TermNumbering}. */
    private static final class Numbers {
        volatile Numbered value;
    }

    private record Numbered(TermNumbering by, int[] numbers) {
    }

    protected PostTrace() {
    }

    private PostTrace(Long contentId, String platformId, String authorId, Instant postedAt, List<String> terms) {
        this.contentId = contentId;
        this.platformId = platformId;
        this.authorId = authorId;
        this.postedAt = postedAt;
        this.termList = List.copyOf(terms);
        this.terms = String.join(" ", terms);
        long[] sketch = TextSketch.of(terms);
        this.sketch1 = sketch[0];
        this.sketch2 = sketch[1];
        this.sketch3 = sketch[2];
        this.sketch4 = sketch[3];
        this.sketch5 = sketch[4];
        this.sketch6 = sketch[5];
    }

    /**
     * The trace of a post, or empty when its text has too few content terms to be a message.
     *
     * @param postedAt the moment the rule reads: the post's own time, never later than its receipt
     */
    public static Optional<PostTrace> of(Long contentId, String platformId, String authorId, Instant postedAt,
                                         NormalizedText text) {
        if (text.size() < NearDuplicates.MIN_TERMS) {
            return Optional.empty();
        }
        return Optional.of(new PostTrace(contentId, platformId, authorId, postedAt, text.terms()));
    }

    /**
     * A post already stored, as a query read it: never stored again from here (a case it joins is assigned by the
     * repository, {@link CoordinationRepository#assign}).
     */
    public static PostTrace known(Long contentId, String platformId, String authorId, Instant postedAt, String terms,
                                  long[] sketch, Long caseId) {
        PostTrace p = new PostTrace();
        p.contentId = contentId;
        p.platformId = platformId;
        p.authorId = authorId;
        p.postedAt = postedAt;
        p.terms = terms;
        p.sketch1 = sketch[0];
        p.sketch2 = sketch[1];
        p.sketch3 = sketch[2];
        p.sketch4 = sketch[3];
        p.sketch5 = sketch[4];
        p.sketch6 = sketch[5];
        p.caseId = caseId;
        return p;
    }

    /**
     * A copy to place (the placement changes its case), sharing what does not change: its terms, and their numbers
     * once a {@link TermNumbering} has them.
     */
    public PostTrace copy() {
        PostTrace p = known(contentId, platformId, authorId, postedAt, terms, sketch(), caseId);
        p.termList = termList;
        p.numbers = numbers;
        return p;
    }

    /** The terms' numbers of {@code numbering}, if it has numbered this post or a copy of it; else null. */
    int[] numbersOf(TermNumbering numbering) {
        Numbered numbered = numbers.value;
        return numbered != null && numbered.by() == numbering ? numbered.numbers() : null;
    }

    void numbered(TermNumbering numbering, int[] terms) {
        numbers.value = new Numbered(numbering, terms);
    }

    /** Normalised terms, distinct and sorted. */
    public List<String> terms() {
        if (termList == null) {
            termList = terms.isEmpty() ? List.of() : Arrays.asList(terms.split(" "));
        }
        return termList;
    }

    /** The terms as stored: one text, the terms joined by single spaces. */
    public String termText() {
        return terms;
    }

    public long[] sketch() {
        // A trace of the four-band scheme (before V32) has no fifth and sixth key: 0 stands in, which no band equals.
        return new long[] {sketch1, sketch2, sketch3, sketch4, sketch5 == null ? 0 : sketch5,
                sketch6 == null ? 0 : sketch6};
    }

    public void joinCase(long caseId) {
        this.caseId = caseId;
    }

    /** When it joined its case (the case's opening for its first members): null for posts of no case. */
    public void joinedAt(Instant at) {
        this.joinedAt = at;
    }

    /** Stamps the trace with the detection storing it ({@link #detection}). */
    public void writtenBy(long detectionNumber) {
        this.detection = detectionNumber;
    }

    public Long getContentId() { return contentId; }
    public String getPlatformId() { return platformId; }
    public String getAuthorId() { return authorId; }
    public Instant getPostedAt() { return postedAt; }
    public Long getCaseId() { return caseId; }
    public Instant getJoinedAt() { return joinedAt; }

    @Override
    public String toString() {
        return platformId + " by " + authorId + " at " + postedAt;
    }
}
