package org.veracity.interfaces.web.queue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.veracity.application.FactCheckService;
import org.veracity.application.FactCheckService.QueuePage;
import org.veracity.application.QueueRow;
import org.veracity.domain.factcheck.EnqueueRoute;
import org.veracity.domain.factcheck.QueueFilter;
import org.veracity.domain.factcheck.QueueStatus;
import org.veracity.interfaces.web.access.DeskUser;

/** The desk's fact-check queue with its filters, paged lazily from the service. */
@Named
@ViewScoped
public class QueueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FactCheckService factChecking;

    @Inject
    DeskUser user;

    private QueueStatus status;
    private EnqueueRoute route;
    private Long issueId;
    private String language;
    private String region;
    private String domain;

    private final LazyDataModel<QueueRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) factChecking.queue(filter(), 0, 1, user.actor()).total();
        }

        @Override
        public List<QueueRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            QueuePage page = factChecking.queue(filter(), first, pageSize, user.actor());
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(QueueRow row) {
            return row.contentId();
        }
    };

    QueueFilter filter() {
        return new QueueFilter(status, route, issueId, blankToNull(language), blankToNull(region), blankToNull(domain),
                null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public LazyDataModel<QueueRow> getRows() { return rows; }
    public QueueStatus[] getStatuses() { return new QueueStatus[] {QueueStatus.QUEUED, QueueStatus.CLAIMED}; }
    public EnqueueRoute[] getRoutes() { return EnqueueRoute.values(); }
    public QueueStatus getStatus() { return status; }
    public void setStatus(QueueStatus status) { this.status = status; }
    public EnqueueRoute getRoute() { return route; }
    public void setRoute(EnqueueRoute route) { this.route = route; }
    public Long getIssueId() { return issueId; }
    public void setIssueId(Long issueId) { this.issueId = issueId; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getDomain() { return domain; }
    public void setDomain(String domain) { this.domain = domain; }
}
