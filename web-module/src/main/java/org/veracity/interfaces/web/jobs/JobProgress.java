package org.veracity.interfaces.web.jobs;

/** How far a running execution has got: items done of a total; a total of 0 means it cannot be measured. */
public record JobProgress(long done, long total, String unit) {

    public boolean measured() {
        return total > 0;
    }

    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }

    public String label() {
        return measured() ? done + " of " + total + " " + unit : "running " + unit;
    }
}
