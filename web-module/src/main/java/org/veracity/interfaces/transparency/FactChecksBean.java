package org.veracity.interfaces.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.veracity.application.TransparencyService;
import org.veracity.domain.transparency.ClaimReviewRating;
import org.veracity.domain.transparency.PublishedFactCheck;

/** The public list of published fact-checks and the page of one, which embeds its ClaimReview JSON-LD. */
@Named
@RequestScoped
public class FactChecksBean {

    static final int PAGE = 200;

    @Inject
    TransparencyService transparency;

    private Long id;
    private List<PublishedFactCheck> latest;
    private Optional<PublishedFactCheck> one;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<PublishedFactCheck> getLatest() {
        if (latest == null) {
            latest = transparency.publishedFactChecks(Long.MAX_VALUE, PAGE);
        }
        return latest;
    }

    public PublishedFactCheck getFactCheck() {
        if (one == null) {
            one = id == null ? Optional.empty() : transparency.publishedFactCheck(id);
        }
        return one.orElse(null);
    }

    public String rating(PublishedFactCheck f) {
        return ClaimReviewRating.of(f.verdict()).alternateName();
    }

    /** The ClaimReview as JSON-LD, safe inside a {@code <script>} element (no {@code </script>} can close it). */
    public String getJsonLd() {
        PublishedFactCheck f = getFactCheck();
        return f == null ? "" : ClaimReviews.of(f).toString().replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
