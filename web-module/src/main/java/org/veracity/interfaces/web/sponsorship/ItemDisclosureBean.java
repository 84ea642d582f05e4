package org.veracity.interfaces.web.sponsorship;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.veracity.application.DisclosureService;
import org.veracity.application.DisclosureService.DisclosureRequestView;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.access.DeskUser;
import org.veracity.interfaces.web.item.ItemBean;

/** R17 on the item page: the post's disclosure request with its deadline, and recording the disclosure. */
@Named
@RequestScoped
public class ItemDisclosureBean {

    @Inject
    DisclosureService disclosures;

    @Inject
    ItemBean item;

    @Inject
    DeskUser user;

    private List<DisclosureRequestView> requests;

    public List<DisclosureRequestView> getRequests() {
        if (requests == null) {
            requests = item.getId() == null ? List.of() : disclosures.requestsOf(item.getId());
        }
        return requests;
    }

    public void disclose() {
        if (DeskMessages.attempt(() -> disclosures.recordDisclosure(item.getId(), user.actor()), Map.of())) {
            DeskMessages.info("Disclosure recorded; the post carries its label.");
            requests = null;
            item.load();
        }
    }
}
