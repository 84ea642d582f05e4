package org.veracity.domain.transparency;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A completed rebuild of the popular-site exemption list as the public sees it (R4, R23): when it began, the
 * ranking's file name (never the server's directories), its size, the domains it added and dropped, and whether
 * it was the list in force at the moment the figures describe.
 */
public record ExemptionRebuild(Instant builtAt, String source, int size, int added, int dropped, boolean active) {

    /** The ranking's file name, without the server's directories. */
    public static String publicSource(String source) {
        try {
            Path name = Path.of(source).getFileName();
            return name == null ? source : name.toString();
        } catch (InvalidPathException e) {
            return source;
        }
    }
}
