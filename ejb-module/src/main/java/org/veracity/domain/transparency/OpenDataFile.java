package org.veracity.domain.transparency;

import java.util.List;

/**
 * The files of the daily open-data dump (R23), with their columns: the contract a downloader codes against and
 * the page that documents it. Columns are added at the end, never renamed or removed. Nothing names a person.
 */
public enum OpenDataFile {

    ENFORCEMENT("enforcement.csv.gz", "Enforcement events up to the end of the day, per ISO week, cited policy version,"
            + " action and region (as GET /api/v1/transparency/enforcement)",
            List.of(new Column("week", "ISO 8601 week in UTC, e.g. 2026-W49"),
                    new Column("policy", "the policy version the enforcement cited, e.g. voter-interference@v1"),
                    new Column("action", "what was done: REMOVED, DEMOTED, LABELLED, BLOCKED, ACCOUNT_SUSPENDED, …"),
                    new Column("region", "ISO 3166-1 alpha-2 region of the post; ZZ for accounts, groups and posts without one"),
                    new Column("count", "how many times"))),
    FACT_CHECKS("fact-checks.csv.gz", "Fact-checks published by the end of the day and still current then"
            + " (as GET /api/v1/transparency/fact-checks)",
            List.of(new Column("id", "the rating's number; its page is /transparency/fact-check.xhtml?id=<id>"),
                    new Column("claim", "the claim the partner checked"),
                    new Column("verdict", "FALSE, ALTERED, PARTLY_FALSE, MISSING_CONTEXT, SATIRE or TRUE"),
                    new Column("partner", "the fact-checking partner organisation"),
                    new Column("articleUrl", "the partner's article"),
                    new Column("publishedAt", "when the rating was given (UTC)"),
                    new Column("appearanceUrl", "where the claim appeared: only for posts by pages, politicians and campaigns"),
                    new Column("firstAppearance", "when the post was made (UTC)"),
                    new Column("region", "ISO 3166-1 alpha-2 region of the post"))),
    FACT_CHECKING("fact-checking.csv.gz", "Fact-checking figures as they stood at the end of the day"
            + " (as GET /api/v1/transparency/fact-checking)",
            List.of(new Column("figure", "enqueued (per route), verdict and partner (current ratings, not copies),"
                            + " dispute (per outcome at the end of the day: OPEN, CONFIRMED, CHANGED), median-hours-to-rating"),
                    new Column("label", "the route (PREDICTED, MANUAL), verdict, partner organisation or dispute outcome;"
                            + " empty for median-hours-to-rating"),
                    new Column("value", "the count, or the median in hours from enqueue to the first rating"))),
    EXEMPTION_REBUILDS("exemption-rebuilds.csv.gz", "Rebuilds of the popular-site exemption list completed by the end of"
            + " the day, newest first (as the rebuilds of GET /api/v1/transparency/exemptions and its CSV)",
            List.of(new Column("builtAt", "when the rebuild began (UTC)"),
                    new Column("source", "the ranking the list was built from (file name only)"),
                    new Column("size", "domains on the list"),
                    new Column("added", "domains that entered the list with this rebuild"),
                    new Column("dropped", "domains that left the list with this rebuild"),
                    new Column("active", "whether this list was the one in force at the end of the day"))),
    EXEMPTION_OVERRIDES("exemption-overrides.csv.gz", "A specialist's exemption overrides in force at the end of the day,"
            + " by domain (as the overrides of GET /api/v1/transparency/exemptions); who made them is not published",
            List.of(new Column("domain", "the registrable domain, e.g. example.com"),
                    new Column("mode", "FORCE_EXEMPT or FORCE_NOT_EXEMPT"),
                    new Column("reason", "the public reason the specialist gave"),
                    new Column("since", "when the override was made (UTC)"),
                    new Column("expiresAt", "when it ends (UTC); empty when it holds until revoked")));

    /** The manifest beside the files: {@code {"day","files":[{"name","rows","bytes","sha256"}]}}. */
    public static final String MANIFEST = "manifest.json";

    private final String fileName;
    private final String description;
    private final List<Column> columns;

    OpenDataFile(String fileName, String description, List<Column> columns) {
        this.fileName = fileName;
        this.description = description;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    public String description() {
        return description;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** Whether a name is one a dump holds (the only names the download serves). */
    public static boolean isDumpFile(String name) {
        return MANIFEST.equals(name) || java.util.Arrays.stream(values()).anyMatch(f -> f.fileName.equals(name));
    }

    public record Column(String name, String meaning) {
    }
}
