package org.veracity.interfaces.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.veracity.application.PoliticalAdService;
import org.veracity.application.PoliticalAdService.LibraryEntry;

/** The public ad library page (R19): the same rows as the open data. */
@Named
@RequestScoped
public class PoliticalAdsBean {

    static final int SHOWN = 500;

    @Inject
    PoliticalAdService ads;

    private List<LibraryEntry> entries;

    public List<LibraryEntry> getEntries() {
        if (entries == null) {
            entries = ads.library(SHOWN);
        }
        return entries;
    }

    public long getRunning() {
        return getEntries().stream().filter(e -> "RUNNING".equals(e.status())).count();
    }

    public long getRejected() {
        return getEntries().size() - getRunning();
    }
}
