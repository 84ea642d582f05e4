package org.veracity.interfaces.batch.exemption;

import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.logging.Logger;

/** Logs each ranking record the rebuild skipped; the step's read-skip count says how many. */
@Named("rejectedRankingLines")
@Dependent
public class RejectedRankingLines implements SkipReadListener {

    private static final Logger LOG = Logger.getLogger(RejectedRankingLines.class.getName());

    @Override
    public void onSkipReadItem(Exception e) {
        LOG.warning(() -> "rebuild-exemption-list skipped " + e.getMessage());
    }
}
