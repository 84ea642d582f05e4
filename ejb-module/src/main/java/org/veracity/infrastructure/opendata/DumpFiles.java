package org.veracity.infrastructure.opendata;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.veracity.domain.transparency.DumpManifest;

/**
 * The bytes of the daily dump, made so that the same rows always give the same bytes: CSV by Commons CSV
 * (RFC 4180, "\n" line ends), gzip with a zero modification time and no file name in its header (the JDK's
 * {@link GZIPOutputStream} writes exactly that), and a manifest without any time of generation.
 */
public final class DumpFiles {

    private DumpFiles() {
    }

    public static byte[] csvGz(List<String> header, List<List<?>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes);
             Writer text = new OutputStreamWriter(gzip, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                     .setRecordSeparator("\n").get())) {
            for (List<?> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] manifest(DumpManifest manifest) {
        JsonArrayBuilder files = Json.createArrayBuilder();
        manifest.files().forEach(f -> files.add(Json.createObjectBuilder().add("name", f.name()).add("rows", f.rows())
                .add("bytes", f.bytes()).add("sha256", f.sha256())));
        return (Json.createObjectBuilder().add("day", manifest.day().toString()).add("files", files).build().toString()
                + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a file whole or not at all (a reader never sees half a file). */
    public static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.write(partial, bytes);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
