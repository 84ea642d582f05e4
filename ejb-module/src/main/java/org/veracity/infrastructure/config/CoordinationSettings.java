package org.veracity.infrastructure.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.domain.coordination.CoordinationRule;

/** R18's settings (META-INF/microprofile-config.properties, {@code veracity.coordination.*}). */
@ApplicationScoped
public class CoordinationSettings {

    @Inject
    @ConfigProperty(name = "veracity.coordination.min-accounts", defaultValue = "20")
    int minAccounts;

    @Inject
    @ConfigProperty(name = "veracity.coordination.window", defaultValue = "PT1H")
    Duration window;

    @Inject
    @ConfigProperty(name = "veracity.coordination.similarity", defaultValue = "0.7")
    double similarity;

    @Inject
    @ConfigProperty(name = "veracity.coordination.suspension", defaultValue = "P730D")
    Duration suspension;

    @Inject
    @ConfigProperty(name = "veracity.coordination.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "veracity.coordination.remembered-posts", defaultValue = "100000")
    int rememberedPosts;

    private CoordinationRule rule;

    @PostConstruct
    void build() {
        rule = new CoordinationRule(minAccounts, window, similarity);
    }

    public CoordinationRule rule() {
        return rule;
    }

    /** How long a SUSPEND decision suspends the case's accounts unless the specialist makes it permanent. */
    public Duration suspension() {
        return suspension;
    }

    /**
     * How many post traces of recent hours an instance keeps in memory, so that a detection reads only what was
     * written since the one before it; 0 reads every candidate from the database.
     */
    public int rememberedPosts() {
        return rememberedPosts;
    }

    /** Whether intake detects coordination at all. */
    public boolean enabled() {
        return enabled;
    }

    /** Switches detection at run time; only the intake benchmark does, to measure intake without it. */
    public void enable(boolean on) {
        this.enabled = on;
    }
}
