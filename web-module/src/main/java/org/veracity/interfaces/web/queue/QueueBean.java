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
import org.veracity.application.FactCheckQueueService;
import org.veracity.application.QueueRow;

/** The desk's fact-check queue, paged lazily from the service. */
@Named
@ViewScoped
public class QueueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FactCheckQueueService queue;

    private final LazyDataModel<QueueRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queue.countOpen();
        }

        @Override
        public List<QueueRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            return queue.openEntries(first, pageSize);
        }

        @Override
        public String getRowKey(QueueRow row) {
            return row.contentId();
        }
    };

    public LazyDataModel<QueueRow> getRows() {
        return rows;
    }
}
