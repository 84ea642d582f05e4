package org.veracity.interfaces.web.jobs;

/** How far a running execution has got: items done of a total known only approximately while it runs. */
public record JobProgress(long done, long total, String unit) {

    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }

    public String label() {
        return done + " of " + total + " " + unit;
    }
}
