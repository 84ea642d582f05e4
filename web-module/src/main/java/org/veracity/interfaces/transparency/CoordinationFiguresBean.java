package org.veracity.interfaces.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.veracity.application.CoordinationService;
import org.veracity.domain.coordination.CaseStatus;

/** The public side of R18 (R23): how many coordination cases opened, and how many were decided each way. */
@Named
@RequestScoped
public class CoordinationFiguresBean {

    @Inject
    CoordinationService coordination;

    private Map<CaseStatus, Long> counts;

    public record Row(String outcome, long cases) {
    }

    public List<Row> getRows() {
        Map<CaseStatus, Long> c = counts();
        return List.of(new Row("Waiting for a decision", c.get(CaseStatus.OPEN)),
                new Row("Dismissed as organic", c.get(CaseStatus.DISMISSED)),
                new Row("Posts labelled as a coordinated campaign", c.get(CaseStatus.LABELLED)),
                new Row("Accounts suspended", c.get(CaseStatus.SUSPENDED)));
    }

    public long getOpened() {
        return counts().values().stream().mapToLong(Long::longValue).sum();
    }

    public long getDecided() {
        return getOpened() - counts().get(CaseStatus.OPEN);
    }

    private Map<CaseStatus, Long> counts() {
        if (counts == null) {
            counts = coordination.counts();
        }
        return counts;
    }
}
