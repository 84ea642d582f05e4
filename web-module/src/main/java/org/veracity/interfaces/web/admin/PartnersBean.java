package org.veracity.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.veracity.application.FactCheckService;
import org.veracity.application.FactCheckService.PartnerView;
import org.veracity.interfaces.web.DeskInput;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.access.DeskUser;

/** /desk/partners: fact-checking partner organisations, their languages, regions and contact (ADMIN). */
@Named
@RequestScoped
public class PartnersBean {

    private static final Map<String, String> CREATE_FIELDS = Map.of("name", "create:name",
            "languages", "create:languages", "regions", "create:regions", "contact", "create:contact");
    private static final Map<String, String> CHANGE_FIELDS = Map.of("name", "change:partner",
            "languages", "change:languages", "regions", "change:regions", "contact", "change:contact");

    @Inject
    FactCheckService factChecking;

    @Inject
    DeskUser user;

    private String name;
    private String languages;
    private String regions;
    private String contact;
    private String selected;
    private String newLanguages;
    private String newRegions;
    private String newContact;
    private List<PartnerView> all;

    public List<PartnerView> getAll() {
        if (all == null) {
            all = factChecking.partners();
        }
        return all;
    }

    public void create() {
        List<String> l = DeskInput.list(languages, DeskInput.COMMAS_OR_SPACES);
        List<String> r = DeskInput.list(regions, DeskInput.COMMAS_OR_SPACES);
        if (DeskMessages.attempt(() -> factChecking.addPartner(name, l, r, contact, user.actor()), CREATE_FIELDS)) {
            DeskMessages.info("Partner " + name + " added.");
            name = languages = regions = contact = null;
            all = null;
        }
    }

    public void change() {
        if (DeskMessages.attempt(() -> factChecking.describePartner(selected,
                DeskInput.list(newLanguages, DeskInput.COMMAS_OR_SPACES),
                DeskInput.list(newRegions, DeskInput.COMMAS_OR_SPACES), newContact, user.actor()), CHANGE_FIELDS)) {
            DeskMessages.info("Partner " + selected + " changed.");
            all = null;
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public String getRegions() { return regions; }
    public void setRegions(String regions) { this.regions = regions; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public String getSelected() { return selected; }
    public void setSelected(String selected) { this.selected = selected; }
    public String getNewLanguages() { return newLanguages; }
    public void setNewLanguages(String newLanguages) { this.newLanguages = newLanguages; }
    public String getNewRegions() { return newRegions; }
    public void setNewRegions(String newRegions) { this.newRegions = newRegions; }
    public String getNewContact() { return newContact; }
    public void setNewContact(String newContact) { this.newContact = newContact; }
}
