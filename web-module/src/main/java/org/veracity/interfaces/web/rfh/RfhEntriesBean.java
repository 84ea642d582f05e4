package org.veracity.interfaces.web.rfh;

import jakarta.enterprise.context.RequestScoped;
import org.veracity.interfaces.web.PageData;
import org.veracity.application.DryRunReport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.veracity.application.BreakGlassService;
import org.veracity.application.BreakGlassService.MeasureView;
import org.veracity.application.RfhService;
import org.veracity.application.RfhService.EntryView;
import org.veracity.application.RfhService.Nomination;
import org.veracity.domain.rfh.Severity;
import org.veracity.interfaces.web.DeskInput;
import org.veracity.interfaces.web.DeskMessages;
import org.veracity.interfaces.web.access.DeskUser;

/** R11 in the desk: the RFH entries, the specialists' nomination form and the policy leads' decisions. */
@Named
@RequestScoped
public class RfhEntriesBean {

    private static final Map<String, String> NOMINATE_FIELDS = Map.of("claim", "nominate:claim",
            "measureId", "nominate:measure", "evidenceItems", "nominate:evidence", "severity", "nominate:severity",
            "severityRationale", "nominate:rationale", "links", "nominate:links", "mediaHashes", "nominate:hashes");
    private static final Map<String, String> DECIDE_FIELDS = Map.of("entryId", "decide:entry",
            "decision", "decide:entry", "reason", "decide:note", "note", "decide:note");

    @Inject
    RfhService rfh;

    @Inject
    BreakGlassService breakGlass;

    @Inject
    DeskUser user;

    private String claim;
    private long measureId;
    private String evidence;
    private Severity severity;
    private String rationale;
    private String links;
    private String hashes;
    private long entryId;
    private String note;
    private long dryRunEntryId;
    private int days = 7;
    private DryRunReport dryRunReport;

    private final PageData<List<EntryView>> entries = PageData.of(() -> rfh.entries());
    private final PageData<List<MeasureView>> measures = PageData.of(() -> breakGlass.measures());

    public List<EntryView> getEntries() {
        return entries.get();
    }

    public List<MeasureView> getMeasures() {
        return measures.get();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public void nominate() {
        long[] id = new long[1];
        if (DeskMessages.attempt(() -> id[0] = rfh.nominate(new Nomination(claim, measureId, DeskInput.list(evidence, DeskInput.COMMAS_OR_SPACES),
                severity, rationale, DeskInput.list(links, DeskInput.SPACES), DeskInput.list(hashes, DeskInput.COMMAS_OR_SPACES)), user.actor()), NOMINATE_FIELDS)) {
            DeskMessages.info("Nominated entry " + id[0] + "; a policy lead other than you decides it.");
        }
    }

    public void dryRun() {
        DryRunReport[] out = new DryRunReport[1];
        if (DeskMessages.attempt(() -> out[0] = rfh.dryRun(dryRunEntryId, days, user.actor()),
                Map.of("days", "dryrun:days", "entryId", "dryrun:entry"))) {
            dryRunReport = out[0];
        }
    }

    public DryRunReport getDryRunReport() { return dryRunReport; }
    public long getDryRunEntryId() { return dryRunEntryId; }
    public void setDryRunEntryId(long dryRunEntryId) { this.dryRunEntryId = dryRunEntryId; }
    public int getDays() { return days; }
    public void setDays(int days) { this.days = days; }

    public void approve() {
        if (DeskMessages.attempt(() -> rfh.approve(entryId, note, user.actor()), DECIDE_FIELDS)) {
            DeskMessages.info("Approved entry " + entryId + ".");
        }
    }

    public void reject() {
        if (DeskMessages.attempt(() -> rfh.reject(entryId, note, user.actor()), DECIDE_FIELDS)) {
            DeskMessages.info("Rejected entry " + entryId + ".");
        }
    }

    public void retire() {
        if (DeskMessages.attempt(() -> rfh.retire(entryId, note, user.actor()), DECIDE_FIELDS)) {
            DeskMessages.info("Retired entry " + entryId + "; it no longer matches.");
        }
    }

    public String getClaim() { return claim; }
    public void setClaim(String claim) { this.claim = claim; }
    public long getMeasureId() { return measureId; }
    public void setMeasureId(long measureId) { this.measureId = measureId; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public Severity getSeverity() { return severity; }
    public void setSeverity(Severity severity) { this.severity = severity; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
    public String getLinks() { return links; }
    public void setLinks(String links) { this.links = links; }
    public String getHashes() { return hashes; }
    public void setHashes(String hashes) { this.hashes = hashes; }
    public long getEntryId() { return entryId; }
    public void setEntryId(long entryId) { this.entryId = entryId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
