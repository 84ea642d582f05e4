package org.veracity.domain.exemption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One build of the popular-site list from a ranking; exactly one is active at a time. */
@Entity
@Table(name = "exemption_list")
public class ExemptionList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 500)
    private String source;

    @Column(name = "built_at", nullable = false)
    private Instant builtAt;

    @Column(name = "top_n", nullable = false)
    private int topN;

    @Column(nullable = false)
    private int size;

    @Column(nullable = false)
    private int entered;

    @Column(name = "left_count", nullable = false)
    private int left;

    @Column(nullable = false)
    private boolean active;

    protected ExemptionList() {
    }

    public ExemptionList(String source, Instant builtAt, int topN) {
        this.source = source;
        this.builtAt = builtAt;
        this.topN = topN;
    }

    public void completed(int size, int entered, int left) {
        this.size = size;
        this.entered = entered;
        this.left = left;
    }

    public void activate() {
        active = true;
    }

    public void deactivate() {
        active = false;
    }

    public Long getId() { return id; }
    public String getSource() { return source; }
    public Instant getBuiltAt() { return builtAt; }
    public int getTopN() { return topN; }
    public int getSize() { return size; }
    public int getEntered() { return entered; }
    public int getLeft() { return left; }
    public boolean isActive() { return active; }
}
