package org.veracity.domain.factcheck;

import java.util.List;

/**
 * What a person narrows the queue to. Null fields do not filter. {@code partnerLanguages} and
 * {@code partnerRegions} restrict the queue to a partner's coverage (R7); {@code partnerId} also
 * admits the entries a partner enqueued for itself.
 */
public record QueueFilter(QueueStatus status, EnqueueRoute route, Long issueId, String language, String region,
                          String domain, Long partnerId, List<String> partnerLanguages, List<String> partnerRegions) {

    public static final QueueFilter OPEN = new QueueFilter(null, null, null, null, null, null, null, null, null);

    public static QueueFilter forPartner(PartnerOrganisation p) {
        return new QueueFilter(null, null, null, null, null, null, p.getId(), p.getLanguages(), p.getRegions());
    }

    public QueueFilter withStatus(QueueStatus s) {
        return new QueueFilter(s, route, issueId, language, region, domain, partnerId, partnerLanguages, partnerRegions);
    }
}
