package org.veracity.domain.hoax;

import java.util.Arrays;

/** A growable int array: posting lists of slots without boxing. */
final class IntList {

    private int[] values;
    private int size;

    IntList() {
        this(4);
    }

    IntList(int capacity) {
        values = new int[Math.max(1, capacity)];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** Removes every occurrence; order of the rest is kept. */
    void removeValue(int value) {
        int kept = 0;
        for (int k = 0; k < size; k++) {
            if (values[k] != value) {
                values[kept++] = values[k];
            }
        }
        size = kept;
    }

    void clear() {
        size = 0;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    /** The backing array; only the first {@link #size()} values are meaningful. */
    int[] raw() {
        return values;
    }
}
