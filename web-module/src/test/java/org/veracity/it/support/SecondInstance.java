package org.veracity.it.support;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * A second Payara Micro running the same test deployment on the same database, joined to the first one's data grid
 * over TCP on loopback (no multicast): what a platform gets by starting one more instance (docs/operations.md).
 */
public final class SecondInstance implements AutoCloseable {

    private final Process process;
    private final URL base;
    private final Path log;

    private SecondInstance(Process process, URL base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** Starts it on the port after the first one's (HTTP and grid) and waits until it reports ready. */
    public static SecondInstance start() throws IOException, InterruptedException {
        int firstPort = Integer.getInteger("veracity.it.port", 8181);
        int firstGrid = Integer.getInteger("veracity.it.gridPort", 5910);
        int port = firstPort + 1;
        int grid = firstGrid + 1;
        Path runtime = Path.of(System.getProperty("veracity.it.runtime", "target/it")).toAbsolutePath();
        Path dir = Files.createDirectories(runtime.resolve("second-instance"));
        File war = dir.resolve("ROOT.war").toFile();
        Deployments.veracity().as(ZipExporter.class).exportTo(war, true);
        Path log = dir.resolve("server.log");
        Path config = Path.of("..", "config", "micro", "pre-boot.asadmin").toAbsolutePath().normalize();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("veracity.it.heap", "1g"),
                "-Dhazelcast.socket.bind.any=false", "-Dhazelcast.partition.count=31", "-jar", System.getProperty("veracity.it.microJar"),
                "--deploy", war.getPath(), "--port", Integer.toString(port),
                "--clustermode", "tcpip:127.0.0.1:" + firstGrid + ",127.0.0.1:" + grid,
                "--interfaces", "127.0.0.1", "--startport", Integer.toString(grid),
                "--clustername", "veracity-it-" + firstPort, "--nohostaware", "--disablephonehome",
                "--prebootcommandfile", config.toString(),
                "--postbootcommandfile", runtime.resolve("post-boot.asadmin").toString(),
                "--systemproperties", runtime.resolve("secrets.properties").toString(),
                "--addlibs", runtime.resolve("lib").resolve("postgresql.jar").toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        SecondInstance instance = new SecondInstance(process, new URL("http://127.0.0.1:" + port + "/"), log);
        instance.awaitReady(Duration.ofMinutes(10));
        return instance;
    }

    public URL base() {
        return base;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends it at once, as a crash would: no shutdown hooks, no orderly leaving of the grid. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new AssertionError("the second instance ended before it was ready; see " + log);
            }
            try {
                HttpURLConnection c = (HttpURLConnection) new URL(base, "health/ready").openConnection();
                c.setConnectTimeout(1_000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the second instance was not ready within " + timeout + "; see " + log);
    }
}
