package org.veracity.interfaces.web.rfh;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.veracity.application.RfhService;
import org.veracity.application.RfhService.MatchView;
import org.veracity.interfaces.web.item.ItemBean;

/** The item page's RFH section: which entry the item matched at intake, how closely, and what followed. */
@Named
@RequestScoped
public class ItemRfhBean {

    @Inject
    RfhService rfh;

    @Inject
    ItemBean item;

    private List<MatchView> matches;

    public List<MatchView> getMatches() {
        if (matches == null) {
            matches = item.getId() == null || item.getId().isBlank() ? List.of() : rfh.matchesFor(item.getId());
        }
        return matches;
    }
}
