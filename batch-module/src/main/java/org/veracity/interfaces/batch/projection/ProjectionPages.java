package org.veracity.interfaces.batch.projection;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.veracity.application.DistributionProjectionService;
import org.veracity.application.DistributionProjectionService.ReconciledPage;

/**
 * Reads the items a page at a time, each page compared with the database and repaired as it is read (the page is the
 * unit of work: comparing needs the database's rows and the grid's values together). The checkpoint is the last id.
 */
@Named("projectionPages")
@Dependent
public class ProjectionPages extends AbstractItemReader {

    @Inject
    DistributionProjectionService projection;

    @Inject
    @BatchProperty(name = "pageSize")
    String pageSize;

    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (lastId < 0) {
            return null;
        }
        ReconciledPage page = projection.reconcileItemsAfter(lastId, pageSize == null ? 1_000 : Integer.parseInt(pageSize));
        lastId = page.lastId();
        return page.checked() == 0 ? null : page;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
