package org.veracity.interfaces.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.veracity.application.OpenDataDumpService;
import org.veracity.domain.transparency.OpenDataFile;

/** The open-data page: the daily dumps to download, and each file's columns. */
@Named
@RequestScoped
public class OpenDataBean {

    @Inject
    OpenDataDumpService dumps;

    private List<LocalDate> days;

    public List<LocalDate> getDays() {
        if (days == null) {
            days = dumps.days().stream().limit(60).toList();
        }
        return days;
    }

    /** The files a day's dump holds: days dumped before a file was added do not link to it. */
    public List<OpenDataFile> filesOf(LocalDate day) {
        return getFiles().stream().filter(f -> dumps.file(day, f.fileName()).isPresent()).toList();
    }

    public List<OpenDataFile> getFiles() {
        return List.of(OpenDataFile.values());
    }

    public String getManifest() {
        return OpenDataFile.MANIFEST;
    }
}
