package org.veracity.tools;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.veracity.domain.hoax.HoaxIndex;
import org.veracity.domain.hoax.HoaxMatch;
import org.veracity.domain.hoax.MatchThresholds;
import org.veracity.domain.hoax.SemanticIndex;
import org.veracity.domain.hoax.SemanticThresholds;
import org.veracity.domain.hoax.SentenceEncoder;
import org.veracity.infrastructure.embedding.MiniLmSentenceEncoder;

/**
 * The evaluation command (issue 10, {@code config/tools/match-eval ENTRIES.tsv ITEMS.tsv OUT.tsv}): matches items
 * against RFH entries with the code and thresholds intake uses — the lexical {@link HoaxIndex} (block or review)
 * and then the semantic {@link SemanticIndex} (review only, entries the text tier did not already match).
 * Thresholds are read from the application's {@code META-INF/microprofile-config.properties}, overridden by
 * environment variables as MicroProfile Config does ({@code VERACITY_RFH_SEMANTIC_REVIEW_SIMILARITY=0.7}).
 *
 * <p>Entries: {@code entry_id \t text}, one line per variant, several lines may share an id. Items:
 * {@code item_id \t text}. Output: {@code item_id \t tier \t entry_id \t score \t kind \t evidence}, one line per
 * match (the text match first, then the semantic suggestions, closest first), or one {@code NONE} line.
 */
public final class MatchEval {

    static final String TEXT_BLOCK = "veracity.rfh.text.block-similarity";
    static final String TEXT_REVIEW = "veracity.rfh.text.review-similarity";
    static final String SEMANTIC_REVIEW = "veracity.rfh.semantic.review-similarity";
    static final String SEMANTIC_MAX = "veracity.rfh.semantic.max-suggestions";

    private final HoaxIndex lexical;
    private final SemanticIndex semantic;
    private final SentenceEncoder encoder;
    private final int refused;

    /** The screens as intake builds them, over the entries' variants ({@code entryId -> variant texts}). */
    public MatchEval(Map<String, List<String>> entries, MatchThresholds text, SemanticThresholds meaning,
                     SentenceEncoder encoder, int threads) throws Exception {
        this.encoder = encoder;
        this.lexical = new HoaxIndex(text);
        this.semantic = new SemanticIndex(meaning, encoder.dimensions());
        List<String[]> variants = new ArrayList<>();
        entries.forEach((id, texts) -> {
            for (int v = 0; v < texts.size(); v++) {
                variants.add(new String[] {id, "v" + (v + 1), texts.get(v)});
            }
        });
        int skipped = 0;
        for (String[] v : variants) {
            try {
                lexical.add(v[0], v[1], v[2]);
            } catch (IllegalArgumentException topicOnly) {
                skipped++; // as at intake: a variant naming only a topic is not matched by text
            }
        }
        this.refused = skipped;
        List<float[]> vectors = encodeAll(variants.stream().map(v -> v[2]).toList(), threads);
        for (int i = 0; i < variants.size(); i++) {
            semantic.add(variants.get(i)[0], variants.get(i)[1], vectors.get(i));
        }
    }

    /** Every match of one item: the text match (if any), then the semantic suggestions. */
    public List<HoaxMatch> matches(String text) {
        return matches(text, encoder.encode(text));
    }

    /** As {@link #matches(String)} with the item's embedding already computed. */
    public List<HoaxMatch> matches(String text, float[] embedding) {
        Optional<HoaxMatch> byText = lexical.match(text, null, List.of());
        List<HoaxMatch> all = new ArrayList<>();
        byText.ifPresent(all::add);
        all.addAll(semantic.suggest(embedding, byText.map(m -> Set.of(m.entryId())).orElse(Set.of())));
        return all;
    }

    public SemanticIndex semanticIndex() {
        return semantic;
    }

    public Optional<HoaxMatch> textMatch(String text) {
        return lexical.match(text, null, List.of());
    }

    public List<float[]> encodeAll(List<String> texts, int threads) throws Exception {
        if (threads <= 1) {
            return texts.stream().map(encoder::encode).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<float[]>> futures = new ArrayList<>();
            for (String t : texts) {
                futures.add(pool.submit(() -> encoder.encode(t)));
            }
            List<float[]> out = new ArrayList<>(texts.size());
            for (Future<float[]> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: match-eval ENTRIES.tsv ITEMS.tsv OUT.tsv");
            System.exit(2);
        }
        int threads = Integer.getInteger("threads", Runtime.getRuntime().availableProcessors());
        Properties config = config();
        MatchThresholds text = MatchThresholds.ofText(number(config, TEXT_BLOCK), number(config, TEXT_REVIEW));
        SemanticThresholds meaning = new SemanticThresholds(number(config, SEMANTIC_REVIEW),
                (int) number(config, SEMANTIC_MAX));
        Map<String, List<String>> entries = readEntries(Path.of(args[0]));
        List<String[]> items = readTsv(Path.of(args[1]));

        long start = System.nanoTime();
        MiniLmSentenceEncoder encoder = new MiniLmSentenceEncoder();
        MatchEval eval = new MatchEval(entries, text, meaning, encoder, threads);
        long built = System.nanoTime();
        List<float[]> embeddings = eval.encodeAll(items.stream().map(i -> i[1]).toList(), threads);
        int blocks = 0;
        int reviews = 0;
        int none = 0;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            for (int i = 0; i < items.size(); i++) {
                String[] item = items.get(i);
                List<HoaxMatch> found = eval.matches(item[1], embeddings.get(i));
                if (found.isEmpty()) {
                    none++;
                    out.write(item[0] + "\tNONE\t\t\t\t\n");
                    continue;
                }
                if (found.get(0).tier().name().equals("BLOCK")) {
                    blocks++;
                } else {
                    reviews++;
                }
                for (HoaxMatch m : found) {
                    out.write(String.join("\t", item[0], m.tier().name(), m.entryId(),
                            String.format(Locale.ROOT, "%.4f", m.similarity()), m.kind().name(),
                            m.evidence().replace('\t', ' ')) + "\n");
                }
            }
        }
        long done = System.nanoTime();
        double buildSeconds = (built - start) / 1e9;
        double matchSeconds = (done - built) / 1e9;
        System.out.printf(Locale.ROOT, "%d entries (%d variants; %d too short to match by text) indexed in %.1f s%n",
                entries.size(), eval.semantic.size(), eval.refused, buildSeconds);
        System.out.printf(Locale.ROOT, "thresholds: text block %.2f, text review %.2f, semantic review %.2f, "
                + "at most %d semantic suggestions an item%n", text.textBlock(), text.textReview(), meaning.review(),
                meaning.maxSuggestions());
        System.out.printf(Locale.ROOT, "%d items matched in %.1f s: %.1f items/s (%d threads); "
                        + "%d blocked, %d to review only, %d no match%n",
                items.size(), matchSeconds, items.size() / Math.max(matchSeconds, 1e-9), threads, blocks, reviews, none);
        System.out.printf(Locale.ROOT, "total %.1f s; wrote %s%n", (done - start) / 1e9, args[2]);
    }

    /** {@code entry_id \t text} lines grouped by id, in file order. */
    public static Map<String, List<String>> readEntries(Path file) throws IOException {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        for (String[] row : readTsv(file)) {
            entries.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        return entries;
    }

    /** Two columns: an id and the rest of the line; blank lines skipped. */
    public static List<String[]> readTsv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        int n = 0;
        Set<String> seen = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException(file + " line " + n + ": expected id<TAB>text");
            }
            rows.add(new String[] {line.substring(0, tab), line.substring(tab + 1)});
            seen.add(line.substring(0, tab));
        }
        return Collections.unmodifiableList(rows);
    }

    /** The application's configuration defaults, with environment overrides. */
    public static Properties config() throws IOException {
        Properties p = new Properties();
        for (URL url : Collections.list(MatchEval.class.getClassLoader()
                .getResources("META-INF/microprofile-config.properties"))) {
            Properties one = new Properties();
            try (InputStream in = url.openStream()) {
                one.load(in);
            }
            if (one.containsKey(TEXT_BLOCK)) {
                p.putAll(one);
            }
        }
        for (String key : List.of(TEXT_BLOCK, TEXT_REVIEW, SEMANTIC_REVIEW, SEMANTIC_MAX)) {
            String env = System.getenv(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
            if (env != null) {
                p.setProperty(key, env);
            }
        }
        return p;
    }

    private static double number(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(key + " is not configured");
        }
        return Double.parseDouble(value.trim());
    }
}
