package org.veracity.it.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The processes of the server an IT talks to, read from /proc: its Payara Micro JVM (found by its port) and the
 * PostgreSQL backends connected to its database. For benchmarks on a shared machine, where items/s moves with other
 * workers' load but the server's own CPU time per item barely does.
 */
final class ServerProcesses {

    /** The kernel's clock ticks per second (USER_HZ), 100 on Linux. */
    static final double TICKS_PER_SECOND = 100;

    private ServerProcesses() {
    }

    /**
     * CPU time (user + system, in clock ticks) of the server's JVMs (one or two instances) and database backends; 0
     * where /proc is absent.
     */
    static long cpuTicks() {
        return matching(true).stream().mapToLong(ServerProcesses::ticksOf).sum();
    }

    /** As {@link #cpuTicks()}, the Payara Micro JVMs' share alone. */
    static long jvmCpuTicks() {
        return matching(false).stream().mapToLong(ServerProcesses::ticksOf).sum();
    }

    /** CPU time (user + system, in clock ticks) of this JVM: the benchmark's clients, on the same cores. */
    static long ownCpuTicks() {
        return ticksOf(Path.of("/proc/self"));
    }

    private static long ticksOf(Path dir) {
        try {
            String stat = Files.readString(dir.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        } catch (IOException e) {
            return 0; // the process ended meanwhile, or there is no /proc
        }
    }

    /** The process id of the Payara Micro JVM serving the IT's port. */
    static Optional<Long> payaraPid() {
        return payaraPid(0);
    }

    /** The process id of the IT's first Payara Micro ({@code instance} 0) or of its second (1, the port after). */
    static Optional<Long> payaraPid(int instance) {
        String port = "--port " + (Integer.getInteger("veracity.it.port", 8181) + instance) + " ";
        return matching(false).stream().filter(d -> cmdline(d).contains(port))
                .map(d -> Long.parseLong(d.getFileName().toString())).findFirst();
    }

    /** The process's command line, its arguments separated by spaces; empty when it ended meanwhile. */
    private static String cmdline(Path dir) {
        try {
            return Files.readString(dir.resolve("cmdline")).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static List<Path> matching(boolean withDatabase) {
        // The IT's Payara Micro and, when a benchmark started one, its second instance on the port after.
        int first = Integer.getInteger("veracity.it.port", 8181);
        List<String> ports = List.of("--port " + first + " ", "--port " + (first + 1) + " ");
        String database = " " + System.getProperty("veracity.it.database", "veracity_it") + " ";
        List<Path> found = new ArrayList<>();
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path dir : processes.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList()) {
                String cmdline = cmdline(dir);
                if (cmdline.contains("payara-micro") && ports.stream().anyMatch(cmdline::contains)
                        || withDatabase && cmdline.startsWith("postgres: ") && cmdline.contains(database)) {
                    found.add(dir);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return found;
    }
}
