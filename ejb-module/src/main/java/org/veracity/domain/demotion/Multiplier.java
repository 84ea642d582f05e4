package org.veracity.domain.demotion;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A factor in [0, 1] applied to an item's distribution; several combine by product (R22). */
@Embeddable
public class Multiplier {

    public static final Multiplier FULL = new Multiplier(1.0);
    public static final Multiplier NONE = new Multiplier(0.0);

    @Column(name = "multiplier", nullable = false)
    private double value;

    protected Multiplier() {
    }

    public Multiplier(double value) {
        if (Double.isNaN(value) || value < 0 || value > 1) {
            throw new IllegalArgumentException("a multiplier lies in [0, 1], was " + value);
        }
        this.value = value;
    }

    public Multiplier times(Multiplier other) {
        return new Multiplier(value * other.value);
    }

    public double value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Multiplier m && Double.compare(m.value, value) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return Double.toString(value);
    }
}
