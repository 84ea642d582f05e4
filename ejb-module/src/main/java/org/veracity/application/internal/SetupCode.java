package org.veracity.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.domain.access.DeskUserRepository;

/**
 * The one-time code that creates the first admin (SetupService). At start, when no desk user exists and
 * the setup never completed, it is taken from {@code veracity.setup.code} (VERACITY_SETUP_CODE, for
 * automated installs; never logged) or generated and written to the server log. Each instance of a cluster
 * holds its own; the first setup to complete closes it on all of them (the desk_setup row).
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "DemoDataLoader"})
public class SetupCode {

    private static final Logger LOG = Logger.getLogger(SetupCode.class.getName());
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    @Inject
    @ConfigProperty(name = "veracity.setup.code")
    Optional<String> configured;

    @Inject
    DeskUserRepository users;

    private volatile String code;

    @PostConstruct
    void start() {
        if (users.isSetupComplete() || !users.isEmpty()) {
            return;
        }
        if (configured.filter(c -> c.length() >= 16).isPresent()) {
            code = configured.get();
            LOG.warning("Veracity has no desk users yet: create the first admin at /desk/setup with the setup code"
                    + " given in VERACITY_SETUP_CODE.");
            return;
        }
        if (configured.isPresent()) {
            LOG.warning("VERACITY_SETUP_CODE is shorter than 16 characters and is ignored; a code is generated instead.");
        }
        code = generate();
        LOG.warning("Veracity has no desk users yet: create the first admin at /desk/setup with the one-time setup code "
                + code + " (it works once, until the first admin exists, and only on this instance).");
    }

    /** Whether the code matches, compared in constant time; false once there is no code. */
    public boolean matches(String candidate) {
        String current = code;
        return current != null && candidate != null && MessageDigest.isEqual(
                current.getBytes(StandardCharsets.UTF_8), candidate.trim().getBytes(StandardCharsets.UTF_8));
    }

    public void used() {
        code = null;
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
