package org.veracity.domain.hoax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled evaluation set in {@code src/test/resources/hoax/} (built by {@link HoaxFixtureGenerator}, described
 * in the README next to it): RFH entries with one registered variant each, and items with the entry they are a
 * version of, or none.
 */
public record HoaxFixture(List<Entry> entries, List<Item> items) {

    public static final String ENTRIES = "/hoax/hoax-eval-entries.tsv";
    public static final String ITEMS = "/hoax/hoax-eval-items.tsv";
    static final String ENTRIES_HEADER = "entry_id\tvariant_id\torigin\tsplit\tsource\ttext";
    static final String ITEMS_HEADER = "item_id\texpected_entry_id\tcategory\tsplit\tsource\ttext";

    /**
     * origin: liar-hoax (a sampled false statement), liar-pair (a claim LIAR repeats in other words) or
     * liar-anchor (one side of a hand-labelled DIFFERENT pair, so that the other side is a real near miss).
     */
    public record Entry(String entryId, String variantId, String origin, String split, String source, String text) {

        String toLine() {
            return String.join("\t", entryId, variantId, origin, split, source, text);
        }
    }

    /** expectedEntryId is empty for an item that is no version of any entry. */
    public record Item(String itemId, String expectedEntryId, String category, String split, String source,
            String text) {

        public boolean isVariant() {
            return !expectedEntryId.isEmpty();
        }

        String toLine() {
            return String.join("\t", itemId, expectedEntryId, category, split, source, text);
        }
    }

    public static HoaxFixture load() {
        List<Entry> entries = new ArrayList<>();
        for (String[] c : rows(ENTRIES, 6)) {
            entries.add(new Entry(c[0], c[1], c[2], c[3], c[4], c[5]));
        }
        List<Item> items = new ArrayList<>();
        for (String[] c : rows(ITEMS, 6)) {
            items.add(new Item(c[0], c[1], c[2], c[3], c[4], c[5]));
        }
        return new HoaxFixture(List.copyOf(entries), List.copyOf(items));
    }

    public void register(HoaxMatcher matcher) {
        for (Entry entry : entries) {
            matcher.add(entry.entryId(), entry.variantId(), entry.text());
        }
    }

    private static List<String[]> rows(String resource, int columns) {
        InputStream in = HoaxFixture.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " columns: " + line);
                }
                rows.add(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
