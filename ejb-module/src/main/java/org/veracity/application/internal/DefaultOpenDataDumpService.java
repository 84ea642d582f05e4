package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veracity.application.FieldProblem;
import org.veracity.application.OpenDataDumpService;
import org.veracity.application.RefusedException;
import org.veracity.domain.access.Actor;
import org.veracity.domain.access.Permission;
import org.veracity.domain.access.Permissions;
import org.veracity.domain.audit.AuditAction;
import org.veracity.domain.audit.AuditEntry;
import org.veracity.domain.audit.AuditSubject;
import org.veracity.domain.transparency.DumpManifest;
import org.veracity.domain.transparency.OpenDataFile;
import org.veracity.domain.transparency.TransparencyRepository;
import org.veracity.infrastructure.opendata.DumpFiles;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultOpenDataDumpService implements OpenDataDumpService {

    @Inject
    TransparencyRepository figures;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "veracity.transparency.dump-directory")
    Optional<String> directory;

    @Override
    public DumpManifest publish(LocalDate day, Actor actor) {
        Permissions.require(actor, "publishing the open-data dump", Permission.RUN_JOBS);
        Path dir = directory().orElseThrow(() -> new RefusedException("no dump directory",
                List.of(new FieldProblem("veracity.transparency.dump-directory", "Set the directory the dumps go to"))));
        Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (end.isAfter(clock.instant())) {
            throw new RefusedException("day not over", List.of(new FieldProblem("day",
                    "The dump of " + day + " can be made once the day is over (UTC)")));
        }
        List<DumpManifest.Entry> entries = new ArrayList<>();
        entries.add(write(dir, day, OpenDataFile.ENFORCEMENT, figures.enforcementBefore(end).stream()
                .<List<?>>map(c -> List.of(c.week(), c.policy(), c.action(), c.region(), c.count())).toList()));
        entries.add(write(dir, day, OpenDataFile.FACT_CHECKS, figures.publishedFactChecksAt(end).stream()
                .<List<?>>map(f -> Arrays.asList(f.id(), f.claim(), f.verdict().name(), f.partner(), f.articleUrl(),
                        f.publishedAt().toString(), f.appearanceUrl(), f.firstAppearance().toString(), f.region()))
                .toList()));
        entries.add(write(dir, day, OpenDataFile.FACT_CHECKING, figures.factCheckFiguresAt(end).stream()
                .<List<?>>map(f -> List.of(f.figure(), f.label(), f.value())).toList()));
        entries.add(write(dir, day, OpenDataFile.EXEMPTION_REBUILDS, figures.exemptionRebuildsAt(end).stream()
                .<List<?>>map(r -> List.of(r.builtAt().toString(), r.source(), r.size(), r.added(), r.dropped(),
                        r.active())).toList()));
        entries.add(write(dir, day, OpenDataFile.EXEMPTION_OVERRIDES, figures.overridesInForceAt(end).stream()
                .<List<?>>map(o -> Arrays.asList(o.domain(), o.mode(), o.reason(), o.since().toString(),
                        o.expiresAt() == null ? null : o.expiresAt().toString())).toList()));
        DumpManifest manifest = new DumpManifest(day, entries);
        DumpFiles.write(dir.resolve(day.toString()).resolve(OpenDataFile.MANIFEST), DumpFiles.manifest(manifest));
        audit.record(AuditEntry.of(actor, AuditSubject.OPEN_DATA, day.toString(), AuditAction.OPEN_DATA_PUBLISHED, null,
                entries.stream().map(e -> e.name() + " " + e.rows() + " rows " + e.sha256()).toList().toString()));
        return manifest;
    }

    private static DumpManifest.Entry write(Path dir, LocalDate day, OpenDataFile file, List<List<?>> rows) {
        byte[] bytes = DumpFiles.csvGz(file.header(), rows);
        DumpFiles.write(dir.resolve(day.toString()).resolve(file.fileName()), bytes);
        return new DumpManifest.Entry(file.fileName(), rows.size(), bytes.length, DumpFiles.sha256(bytes));
    }

    @Override
    public List<LocalDate> days() {
        Optional<Path> dir = directory();
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir.get())) {
            return children.filter(p -> Files.isRegularFile(p.resolve(OpenDataFile.MANIFEST)))
                    .map(p -> parse(p.getFileName().toString())).flatMap(Optional::stream)
                    .sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Path> file(LocalDate day, String name) {
        if (!OpenDataFile.isDumpFile(name)) {
            return Optional.empty();
        }
        return directory().map(d -> d.resolve(day.toString()).resolve(name)).filter(Files::isRegularFile);
    }

    private Optional<Path> directory() {
        return directory.filter(d -> !d.isBlank()).map(Path::of);
    }

    private static Optional<LocalDate> parse(String name) {
        try {
            return Optional.of(LocalDate.parse(name));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
