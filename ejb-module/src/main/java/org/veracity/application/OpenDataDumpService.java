package org.veracity.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.veracity.domain.access.Actor;
import org.veracity.domain.transparency.DumpManifest;

/**
 * The daily open-data dump (R23): the day's files as gzipped CSV with a manifest (rows, bytes, SHA-256), in the
 * directory {@code veracity.transparency.dump-directory}, downloadable at {@code /transparency/data/}. A day's
 * dump holds the data as it stood at the end of that day (UTC), so regenerating it gives the same bytes.
 */
public interface OpenDataDumpService {

    /** Writes (or rewrites) the dump of a day that has ended. Administrators and Veracity only. */
    DumpManifest publish(@NotNull LocalDate day, @NotNull Actor actor);

    /** The days with a dump, newest first (empty when no directory is configured). */
    List<LocalDate> days();

    /** A file of a day's dump, if the day has one and the name is one a dump holds. */
    Optional<Path> file(@NotNull LocalDate day, @NotBlank String name);
}
