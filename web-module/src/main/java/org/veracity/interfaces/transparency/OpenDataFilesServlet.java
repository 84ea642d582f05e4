package org.veracity.interfaces.transparency;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.veracity.application.OpenDataDumpService;
import org.veracity.domain.transparency.OpenDataFile;

/**
 * The daily dumps for download (R23): {@code /transparency/data/<day>/<file>}; {@code /transparency/data/} itself
 * is the page that lists the days and documents each file's columns. Public, cacheable (a day's files never
 * change once written, except when an operator regenerates the same bytes).
 */
@WebServlet("/transparency/data/*")
public class OpenDataFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenDataDumpService dumps;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (path.equals("/")) {
            response.sendRedirect(request.getContextPath() + "/transparency/open-data.xhtml");
            return;
        }
        String[] parts = path.substring(1).split("/");
        Optional<Path> file = parts.length == 2 ? day(parts[0]).flatMap(d -> dumps.file(d, parts[1])) : Optional.empty();
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean manifest = OpenDataFile.MANIFEST.equals(parts[1]);
        response.setContentType(manifest ? "application/json" : "application/gzip");
        if (!manifest) {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + parts[0] + "-" + parts[1] + "\"");
        }
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLengthLong(Files.size(file.get()));
        Files.copy(file.get(), response.getOutputStream());
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
