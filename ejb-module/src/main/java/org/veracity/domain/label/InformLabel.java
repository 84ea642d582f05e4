package org.veracity.domain.label;

/** R15's standing inform labels: the texts and links moderators attach without retyping them. */
public enum InformLabel {
    VOTING_INFORMATION("Official voting information", "Find out how, when and where to vote from official sources.",
            "https://www.usa.gov/how-to-vote"),
    RESULTS_NOT_FINAL("Results not yet final",
            "This post claims victory before results are final. Official results may take time.",
            "https://www.usa.gov/election-results");

    private final String title;
    private final String text;
    private final String url;

    InformLabel(String title, String text, String url) {
        this.title = title;
        this.text = text;
        this.url = url;
    }

    public String title() { return title; }
    public String text() { return text; }
    public String url() { return url; }
}
