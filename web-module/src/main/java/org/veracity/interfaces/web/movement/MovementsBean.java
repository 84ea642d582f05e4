package org.veracity.interfaces.web.movement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.veracity.application.FieldProblem;
import org.veracity.application.MovementService;
import org.veracity.application.MovementService.Designation;
import org.veracity.application.MovementService.MovementView;
import org.veracity.interfaces.web.DeskInput;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.access.DeskUser;

/** R16 in the desk: designated movements, the designation form and revocation. */
@Named
@RequestScoped
public class MovementsBean {

    private static final Map<String, String> DESIGNATE_FIELDS = Map.of("name", "designate:name",
            "description", "designate:description", "groupIds", "designate:groupIds", "hashtags", "designate:hashtags",
            "phrases", "designate:phrases", "identifiers", "designate:groupIds", "effectiveFrom", "designate:effectiveFrom");
    private static final Map<String, String> REVOKE_FIELDS = Map.of("movementId", "revoke:movement",
            "reason", "revoke:reason");

    @Inject
    MovementService movements;

    @Inject
    DeskUser user;

    private String name;
    private String description;
    private String groupIds;
    private String hashtags;
    private String phrases;
    private boolean banAllContent;
    private LocalDateTime effectiveFrom;
    private Long revokeId;
    private String revokeReason;
    private List<MovementView> all;

    public List<MovementView> getAll() {
        if (all == null) {
            all = movements.movements();
        }
        return all;
    }

    public List<MovementView> getInForce() {
        return getAll().stream().filter(m -> m.revokedAt() == null).toList();
    }

    public void designate() {
        Designation d = new Designation(name, description, DeskInput.list(groupIds, DeskInput.LINES_OR_COMMAS),
                DeskInput.list(hashtags, DeskInput.LINES_OR_COMMAS), DeskInput.list(phrases, DeskInput.LINES),
                banAllContent, DeskInput.utc(effectiveFrom));
        if (DeskMessages.attempt(() -> movements.designate(d, user.actor()), DESIGNATE_FIELDS)) {
            DeskMessages.info("Movement " + name + " designated" + (banAllContent ? " with a ban of all its content." : "."));
            name = description = groupIds = hashtags = phrases = null;
            banAllContent = false;
            effectiveFrom = null;
            all = null;
        }
    }

    public void revoke() {
        if (revokeId == null) {
            DeskMessages.problems("Choose a designation.", List.of(new FieldProblem("movementId", "choose a designation")),
                    REVOKE_FIELDS);
            return;
        }
        if (DeskMessages.attempt(() -> movements.revoke(revokeId, revokeReason, user.actor()), REVOKE_FIELDS)) {
            DeskMessages.info("Designation revoked.");
            revokeId = null;
            revokeReason = null;
            all = null;
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getGroupIds() { return groupIds; }
    public void setGroupIds(String groupIds) { this.groupIds = groupIds; }
    public String getHashtags() { return hashtags; }
    public void setHashtags(String hashtags) { this.hashtags = hashtags; }
    public String getPhrases() { return phrases; }
    public void setPhrases(String phrases) { this.phrases = phrases; }
    public boolean isBanAllContent() { return banAllContent; }
    public void setBanAllContent(boolean banAllContent) { this.banAllContent = banAllContent; }
    public LocalDateTime getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDateTime effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public Long getRevokeId() { return revokeId; }
    public void setRevokeId(Long revokeId) { this.revokeId = revokeId; }
    public String getRevokeReason() { return revokeReason; }
    public void setRevokeReason(String revokeReason) { this.revokeReason = revokeReason; }
}
