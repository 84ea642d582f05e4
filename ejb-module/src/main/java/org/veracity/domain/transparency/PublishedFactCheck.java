package org.veracity.domain.transparency;

import java.time.Instant;
import org.veracity.domain.factcheck.Verdict;

/**
 * A rating as the public sees it (R23): the claim, the verdict, the partner organisation, its article,
 * when it was published, and where the claim appeared (the post's URL and posting time, when the post has
 * a URL). No rater, no author id: the organisation speaks, people are not named.
 */
public record PublishedFactCheck(long id, String claim, Verdict verdict, String partner, String articleUrl,
                                 Instant publishedAt, String appearanceUrl, Instant firstAppearance,
                                 String region) {
}
