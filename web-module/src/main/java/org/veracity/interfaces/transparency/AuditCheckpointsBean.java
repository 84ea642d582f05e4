package org.veracity.interfaces.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.veracity.application.AuditService;
import org.veracity.application.PublishedCheckpoint;

/** The public side of the anchored audit chain: the latest checkpoints, for outsiders to keep. */
@Named
@RequestScoped
public class AuditCheckpointsBean {

    static final int SHOWN = 10;

    @Inject
    AuditService audit;

    private List<PublishedCheckpoint> latest;

    public List<PublishedCheckpoint> getLatest() {
        if (latest == null) {
            latest = audit.latestCheckpoints(SHOWN);
        }
        return latest;
    }
}
