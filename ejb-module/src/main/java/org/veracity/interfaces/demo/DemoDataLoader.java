package org.veracity.interfaces.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.application.DeskUserService;
import org.veracity.application.TokenService;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Role;
import org.veracity.domain.access.TokenSecret.IssuedToken;

/**
 * Demo mode only ({@code veracity.demo.enabled=true}, set by the run script): on the first start it
 * creates one desk user per role and loads the demo content through the ordinary use cases, as a client of
 * them like a resource; on every start it replaces the demo integrator token. Logins and the token go to the credentials
 * file for the run script to print, never to the log.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    static final Actor LOADER = new Actor("demo-loader", Set.of(Role.SYSTEM));

    @Inject
    @ConfigProperty(name = "veracity.demo.enabled")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "veracity.demo.credentials-file")
    Optional<String> credentialsFile;

    @Inject
    @ConfigProperty(name = "veracity.demo.password")
    Optional<String> password;

    @Inject
    DeskUserService users;

    @Inject
    DemoContent content;

    @Inject
    TokenService tokens;

    @Inject
    DemoReferenceData referenceData;

    @Inject
    @ConfigProperty(name = "veracity.exemption.top-n")
    int exemptionTopN;

    @Inject
    @Any
    Instance<DemoScenario> scenarios;

    @Inject
    DemoTransparency transparency;

    @Resource
    ManagedExecutorService background;

    /**
     * What a first user needs before the first page (the logins, the token, the credentials file for the run
     * script) is made before readiness; the demo stories, which take a minute or more on a busy machine, load
     * after it in the background, so the server answers while they arrive.
     */
    // A singleton's @PostConstruct does not take the class's attribute: without this the whole load is one
    // transaction, and what a scenario changes (an RFH entry approved) is not yet seen by the intake after it.
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        if (!enabled) {
            return;
        }
        String pw = password.orElseThrow(() -> new IllegalStateException(
                "demo mode needs VERACITY_DEMO_PASSWORD (the run script sets it)"));
        referenceData.loadIfMissing(LOADER);
        List<String> created = createUsers(pw);
        IssuedToken token = tokens.replaceDemoToken(DemoEscalations.NATIONAL_CAMPAIGN, LOADER);
        writeCredentials(pw, token.secret());
        LOG.info(() -> "demo mode: " + created.size() + " desk users created, demo token " + token.token().getName()
                + " issued; the demo stories load in the background");
        background.submit(this::loadStories);
    }

    /** Each scenario is idempotent, so a start interrupted half-way completes the stories at the next start. */
    private void loadStories() {
        try {
            long started = System.nanoTime();
            referenceData.buildExemptionListIfMissing(LOADER, exemptionTopN);
            int items = content.loadIfEmpty(LOADER);
            if (items > 0) {
                referenceData.rateDemoHoaxes();
            }
            scenarios.forEach(scenario -> scenario.loadIfMissing(LOADER));
            transparency.recompute(LOADER);
            LOG.info(() -> "demo mode: demo stories loaded (" + items + " new demo items) in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "demo mode: the demo stories did not load; the next start tries again", e);
        }
    }

    private List<String> createUsers(String pw) {
        record Demo(String username, String displayName, Role role, String organisation) { }
        List<Demo> demo = List.of(
                new Demo("moderator", "Morgan Moderator", Role.MODERATOR, null),
                new Demo("specialist", "Sam Specialist", Role.SPECIALIST, null),
                new Demo("factchecker", "Frances Fact-Checker", Role.FACT_CHECKER, DemoReferenceData.PARTNER),
                new Demo("policylead", "Pat Policy-Lead", Role.POLICY_LEAD, null),
                new Demo("admin", "Alex Admin", Role.ADMIN, null));
        return demo.stream().filter(d -> users.find(d.username()).isEmpty())
                .peek(d -> users.create(d.username(), d.displayName(), pw, EnumSet.of(d.role()), d.organisation(),
                        true, LOADER))
                .map(Demo::username).toList();
    }

    private void writeCredentials(String pw, String secret) {
        if (credentialsFile.isEmpty()) {
            return;
        }
        Path file = Path.of(credentialsFile.get());
        String text = "# Veracity demo credentials, rewritten at every demo start\n"
                + "users=moderator specialist factchecker policylead admin\n"
                + "password=" + pw + "\n"
                + "token=" + secret + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, text, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the demo credentials file " + file, e);
        }
    }
}
