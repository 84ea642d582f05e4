package org.veracity.domain.hoax;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds the labelled evaluation set for R11 text matching from LIAR (see the README in
 * {@code src/test/resources/hoax/}). Deterministic: the same LIAR files and labels give the same fixture.
 *
 * <pre>
 * mvn -q -pl ejb-module test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.veracity.domain.hoax.HoaxFixtureGenerator \
 *     -Dexec.args="../shared/data/liar ejb-module/src/test/resources/hoax"
 * </pre>
 */
public final class HoaxFixtureGenerator {

    static final long SEED = 20_170_730L;
    static final int HOAX_ENTRIES = 200;
    static final int SAME_SUBJECT_NEGATIVES_PER_ENTRY = 3;
    /** A sampled hoax needs this many content terms, so that an edit or deletion still leaves a claim. */
    static final int MIN_HOAX_TERMS = 6;

    private final List<LiarStatements.Statement> statements;
    private final Map<String, LiarStatements.Statement> byId = new HashMap<>();
    private final Map<String, String> labels;
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Screen> screens = new HashMap<>();
    private final Map<String, Boolean> safeNegatives = new HashMap<>();
    private final Random random = new Random(SEED);

    private final List<HoaxFixture.Entry> entries = new ArrayList<>();
    private final Map<String, List<String>> membersByEntry = new LinkedHashMap<>();
    private final Map<String, String> entryOfStatement = new HashMap<>();
    private final List<HoaxFixture.Item> items = new ArrayList<>();
    private final Set<String> usedTexts = new HashSet<>();

    HoaxFixtureGenerator(List<LiarStatements.Statement> statements, Map<String, String> labels) {
        this.statements = statements;
        this.labels = labels;
        statements.forEach(s -> byId.put(s.id(), s));
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: HoaxFixtureGenerator <liar directory> <output directory> [pair labels]");
            System.exit(2);
        }
        Path liar = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path labelFile = args.length > 2 ? Path.of(args[2]) : out.resolve("liar-pair-labels.tsv");
        HoaxFixtureGenerator generator = new HoaxFixtureGenerator(LiarStatements.read(liar), readLabels(labelFile));
        generator.build();
        generator.write(out);
    }

    static Map<String, String> readLabels(Path file) throws IOException {
        Map<String, String> labels = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("left_id")) {
                continue;
            }
            String[] c = line.split("\t");
            labels.put(pairKey(c[0], c[1]), c[2]);
        }
        return labels;
    }

    void build() {
        groupSameClaims();
        addPairEntries();
        addAnchorEntries();
        addHoaxEntries();
        addRealVersions();
        addEditedVersions();
        addRealNearMisses();
        addSameSubjectNearMisses();
        addUnrelated();
    }

    /** Statements labelled SAME, and statements with identical text, are one claim. */
    private void groupSameClaims() {
        Map<String, String> firstWithText = new HashMap<>();
        for (LiarStatements.Statement s : statements) {
            String first = firstWithText.putIfAbsent(s.text(), s.id());
            if (first != null) {
                union(first, s.id());
            }
        }
        labels.forEach((key, label) -> {
            if (label.equals("SAME")) {
                String[] ids = key.split("\\|");
                union(ids[0], ids[1]);
            }
        });
    }

    /** One entry per claim that LIAR repeats in other words, registered as its earliest statement. */
    private void addPairEntries() {
        Map<String, List<String>> claims = new TreeMap<>();
        labels.forEach((key, label) -> {
            if (label.equals("SAME")) {
                String root = find(key.split("\\|")[0]);
                claims.computeIfAbsent(root, r -> new ArrayList<>());
            }
        });
        for (LiarStatements.Statement s : statements) {
            List<String> members = claims.get(find(s.id()));
            if (members != null) {
                members.add(s.id());
            }
        }
        List<List<String>> ordered = new ArrayList<>(claims.values());
        ordered.forEach(m -> m.sort(Comparator.comparingInt(Integer::parseInt)));
        ordered.sort(Comparator.comparingInt(m -> Integer.parseInt(m.get(0))));
        for (List<String> members : ordered) {
            members.stream().filter(id -> terms(id) >= VariantFingerprint.MIN_TERMS).findFirst()
                    .ifPresent(registered -> addEntry(registered, "liar-pair", members));
        }
    }

    /**
     * For a hand-labelled DIFFERENT pair that touches no entry yet, the earlier statement becomes an entry, so
     * that the later one is a real near miss of it ("voter fraud in Virginia" registered, "… in California" sent).
     */
    private void addAnchorEntries() {
        Set<String> reserved = new HashSet<>();
        new TreeMap<>(labels).forEach((key, label) -> {
            String[] ids = key.split("\\|");
            if (!label.equals("DIFFERENT") || reserved.contains(ids[0]) || reserved.contains(ids[1])
                    || entryOfStatement.containsKey(ids[0]) || entryOfStatement.containsKey(ids[1])
                    || terms(ids[0]) < VariantFingerprint.MIN_TERMS) {
                return;
            }
            List<String> members = statements.stream().filter(o -> find(o.id()).equals(find(ids[0])))
                    .map(LiarStatements.Statement::id).toList();
            addEntry(ids[0], "liar-anchor", members);
            reserved.add(ids[1]);
        });
    }

    /** False and pants-on-fire statements that no labelled pair touches, drawn with a fixed seed. */
    private void addHoaxEntries() {
        Set<String> labelled = new HashSet<>();
        labels.keySet().forEach(key -> labelled.addAll(List.of(key.split("\\|"))));
        List<LiarStatements.Statement> pool = statements.stream()
                .filter(LiarStatements.Statement::isFalse)
                .filter(s -> !labelled.contains(s.id()) && !entryOfStatement.containsKey(s.id()))
                .filter(s -> !s.text().startsWith("On ") && terms(s.id()) >= MIN_HOAX_TERMS)
                .sorted(Comparator.comparingInt(s -> Integer.parseInt(s.id())))
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(pool, random);
        Set<String> texts = new HashSet<>();
        for (LiarStatements.Statement s : pool) {
            if (entries.stream().filter(e -> e.origin().equals("liar-hoax")).count() == HOAX_ENTRIES) {
                break;
            }
            if (texts.add(s.text())) {
                List<String> members = statements.stream().filter(o -> find(o.id()).equals(find(s.id())))
                        .map(LiarStatements.Statement::id).toList();
                addEntry(s.id(), "liar-hoax", members);
            }
        }
    }

    private void addEntry(String registeredId, String origin, List<String> members) {
        String entryId = "rfh-" + registeredId;
        String split = Math.floorMod(entryId.hashCode(), 2) == 0 ? "tune" : "test";
        String text = byId.get(registeredId).text();
        entries.add(new HoaxFixture.Entry(entryId, "v-" + registeredId, origin, split, "liar:" + registeredId,
                text));
        membersByEntry.put(entryId, List.copyOf(members));
        members.forEach(id -> entryOfStatement.put(id, entryId));
        usedTexts.add(text);
    }

    /** The other LIAR statements of each claim: real rewordings and verbatim repeats by other speakers. */
    private void addRealVersions() {
        for (HoaxFixture.Entry entry : entries) {
            Set<String> seen = new HashSet<>(List.of(entry.text()));
            boolean repeatAdded = false;
            for (String id : membersByEntry.get(entry.entryId())) {
                String text = byId.get(id).text();
                if (("liar:" + id).equals(entry.source())) {
                    continue;
                }
                if (text.equals(entry.text())) {
                    if (!repeatAdded) {
                        addItem(entry.entryId(), "real-repeat", entry.split(), "liar:" + id, text);
                        repeatAdded = true;
                    }
                } else if (!unsureAgainstOtherClaim(id, entry.entryId()) && seen.add(text) && usedTexts.add(text)) {
                    addItem(entry.entryId(), "real-rewording", entry.split(), "liar:" + id, text);
                }
            }
        }
    }

    private void addEditedVersions() {
        for (HoaxFixture.Entry entry : entries) {
            if (!entry.origin().equals("liar-hoax")) {
                continue;
            }
            for (VariantEdits.Kind kind : VariantEdits.Kind.values()) {
                String edited = VariantEdits.apply(kind, entry.text(), random);
                if (edited != null && !edited.equals(entry.text())) {
                    addItem(entry.entryId(), "edit-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                            entry.split(), entry.source(), edited);
                }
            }
        }
    }

    /** Statements hand-labelled DIFFERENT from a claim's statement: the hardest real near misses. */
    private void addRealNearMisses() {
        new TreeMap<>(labels).forEach((key, label) -> {
            if (!label.equals("DIFFERENT")) {
                return;
            }
            String[] ids = key.split("\\|");
            for (int side = 0; side < 2; side++) {
                String member = ids[side];
                String other = ids[1 - side];
                String entryId = entryOfStatement.get(member);
                if (entryId != null && !entryOfStatement.containsKey(other) && isSafeNegative(other)) {
                    addNegative(entryId, "real-near-miss", other);
                }
            }
        });
    }

    /** The closest statements on the same subject that are not in a labelled pair and clearly differ. */
    private void addSameSubjectNearMisses() {
        for (HoaxFixture.Entry entry : entries) {
            String registered = entry.source().substring("liar:".length());
            Set<String> subjects = new HashSet<>(byId.get(registered).subjects());
            subjects.remove("");
            List<LiarStatements.Statement> candidates = statements.stream()
                    .filter(s -> s.subjects().stream().anyMatch(subjects::contains))
                    .filter(s -> !usedTexts.contains(s.text()) && isSafeNegative(s.id()))
                    .sorted(Comparator.comparingDouble((LiarStatements.Statement s) ->
                            -screen(registered).closeness(screen(s.id())))
                            .thenComparingInt(s -> Integer.parseInt(s.id())))
                    .limit(SAME_SUBJECT_NEGATIVES_PER_ENTRY)
                    .toList();
            for (LiarStatements.Statement s : candidates) {
                addNegative(entry.entryId(), "same-subject-near-miss", s.id());
            }
            if (entry.origin().equals("liar-hoax") && !candidates.isEmpty()) {
                VariantEdits.Kind surface = List.of(VariantEdits.Kind.CASE_AND_PUNCTUATION,
                        VariantEdits.Kind.FULL_WIDTH, VariantEdits.Kind.HOMOGLYPHS, VariantEdits.Kind.EMOJI,
                        VariantEdits.Kind.LINK).get(random.nextInt(5));
                String edited = VariantEdits.apply(surface, candidates.get(0).text(), random);
                addItem("", "same-subject-near-miss-edited", entry.split(), "liar:" + candidates.get(0).id()
                        + " " + surface.name().toLowerCase(Locale.ROOT), edited);
            }
        }
    }

    private void addUnrelated() {
        for (HoaxFixture.Entry entry : entries) {
            Set<String> subjects = new HashSet<>(byId.get(entry.source().substring(5)).subjects());
            for (int attempt = 0; attempt < 100; attempt++) {
                LiarStatements.Statement s = statements.get(random.nextInt(statements.size()));
                if (s.subjects().stream().noneMatch(subjects::contains) && !usedTexts.contains(s.text())
                        && isSafeNegative(s.id())) {
                    addNegative(entry.entryId(), "unrelated", s.id());
                    break;
                }
            }
        }
    }

    private void addNegative(String nearEntryId, String category, String statementId) {
        String text = byId.get(statementId).text();
        if (!usedTexts.add(text)) {
            return;
        }
        String split = entries.stream().filter(e -> e.entryId().equals(nearEntryId)).findFirst().orElseThrow()
                .split();
        addItem("", category, split, "liar:" + statementId, text);
    }

    private void addItem(String expectedEntryId, String category, String split, String source, String text) {
        String id = String.format(Locale.ROOT, "item-%05d", items.size() + 1);
        items.add(new HoaxFixture.Item(id, expectedEntryId, category, split, source,
                text.replaceAll("[\\t\\r\\n]+", " ")));
    }

    /** A version whose relation to another entry's claim was left UNSURE cannot be scored either way. */
    private boolean unsureAgainstOtherClaim(String id, String entryId) {
        return membersByEntry.entrySet().stream().filter(e -> !e.getKey().equals(entryId))
                .flatMap(e -> e.getValue().stream())
                .anyMatch(member -> "UNSURE".equals(labels.get(pairKey(id, member))));
    }

    /**
     * A statement is a safe negative when it belongs to no entry's claim, no hand label calls it SAME or UNSURE
     * against a claim's statement, and without a label it is clearly different from all of them by a screen
     * independent of the matcher (word or character overlap below what the hand-checked list covered).
     */
    private boolean isSafeNegative(String id) {
        return safeNegatives.computeIfAbsent(id, this::checkSafeNegative);
    }

    private boolean checkSafeNegative(String id) {
        if (entryOfStatement.containsKey(id) || terms(id) == 0) {
            return false;
        }
        for (List<String> members : membersByEntry.values()) {
            if (!differsFromClaim(id, members)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The members of a claim are one claim, so a hand label against any member speaks for all of them: DIFFERENT
     * from one is different from the claim, SAME or UNSURE with one rules the statement out. Without any label
     * every member must pass the screen.
     */
    private boolean differsFromClaim(String id, List<String> members) {
        boolean labelledDifferent = false;
        for (String member : members) {
            String label = labels.get(pairKey(id, member));
            if (label != null && !label.equals("DIFFERENT")) {
                return false;
            }
            labelledDifferent |= label != null;
        }
        return labelledDifferent || members.stream().allMatch(m -> screen(id).clearlyDifferent(screen(m)));
    }

    /**
     * Content words by the screen's plain tokenisation, not the matcher's: the fixture must not change when the
     * normaliser does.
     */
    private int terms(String id) {
        return screen(id).words.size();
    }

    private Screen screen(String id) {
        return screens.computeIfAbsent(id, i -> new Screen(byId.get(i).text()));
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        String note = "# Generated by HoaxFixtureGenerator (seed " + SEED + ") from LIAR and liar-pair-labels.tsv;"
                + " see README.md. Do not edit by hand.";
        List<String> entryLines = new ArrayList<>(List.of(note, HoaxFixture.ENTRIES_HEADER));
        entries.forEach(e -> entryLines.add(e.toLine()));
        Files.write(directory.resolve("hoax-eval-entries.tsv"), entryLines, StandardCharsets.UTF_8);
        List<String> itemLines = new ArrayList<>(List.of(note, HoaxFixture.ITEMS_HEADER));
        items.forEach(i -> itemLines.add(i.toLine()));
        Files.write(directory.resolve("hoax-eval-items.tsv"), itemLines, StandardCharsets.UTF_8);
        Map<String, Long> counts = items.stream()
                .collect(Collectors.groupingBy(HoaxFixture.Item::category, TreeMap::new, Collectors.counting()));
        System.out.println(entries.size() + " entries, " + items.size() + " items: " + counts);
    }

    private static String pairKey(String a, String b) {
        return Integer.parseInt(a) < Integer.parseInt(b) ? a + "|" + b : b + "|" + a;
    }

    private void union(String a, String b) {
        parent.put(find(a), find(b));
    }

    private String find(String id) {
        String p = parent.getOrDefault(id, id);
        if (p.equals(id)) {
            return id;
        }
        String root = find(p);
        parent.put(id, root);
        return root;
    }

    /**
     * The screen that decided which pairs were worth checking by hand: plain word sets and character 4-grams,
     * deliberately simpler than {@link TextNormalizer} so that it does not share the matcher's blind spots.
     */
    static final class Screen {
        private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "and", "or", "is",
                "was", "are", "be", "for", "on", "that", "this", "with", "as", "by", "at", "it", "from", "has",
                "have", "had", "i", "we", "he", "she", "they", "you", "his", "her", "their", "our", "says",
                "said");
        final Set<String> words = new HashSet<>();
        final Set<String> grams = new HashSet<>();

        Screen(String text) {
            StringBuilder joined = new StringBuilder();
            for (String w : text.toLowerCase(Locale.ROOT).replace("'", "").split("[^a-z0-9]+")) {
                if (w.isEmpty() || STOP.contains(w)) {
                    continue;
                }
                words.add(w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
                joined.append(w);
            }
            for (int k = 0; k + 4 <= joined.length(); k++) {
                grams.add(joined.substring(k, k + 4));
            }
        }

        double closeness(Screen other) {
            return Math.max(jaccard(words, other.words), jaccard(grams, other.grams));
        }

        boolean clearlyDifferent(Screen other) {
            int common = intersection(words, other.words);
            double containment = common / (double) Math.max(1, Math.min(words.size(), other.words.size()));
            return jaccard(words, other.words) < 0.3 && containment < 0.6 && jaccard(grams, other.grams) < 0.3;
        }

        private static double jaccard(Set<String> a, Set<String> b) {
            int common = intersection(a, b);
            int union = a.size() + b.size() - common;
            return union == 0 ? 0 : common / (double) union;
        }

        private static int intersection(Set<String> a, Set<String> b) {
            Set<String> small = a.size() <= b.size() ? a : b;
            Set<String> large = small == a ? b : a;
            int common = 0;
            for (String s : small) {
                if (large.contains(s)) {
                    common++;
                }
            }
            return common;
        }
    }
}
