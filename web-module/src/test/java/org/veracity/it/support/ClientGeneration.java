package org.veracity.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * What an integrator does with Veracity's OpenAPI document: generate a Java client with openapi-generator
 * (the {@code java} generator, {@code native} library: java.net.http and Jackson), compile it, and use it. Here the
 * client is compiled together with {@link GeneratedClient}'s implementation and loaded in a class loader of its own.
 */
public final class ClientGeneration {

    /** Where the hand-written code that uses the generated client lives (compiled only by this class). */
    static final Path DRIVER_SOURCES = Path.of("src/test/openapi-client");
    static final String DRIVER = "org.veracity.it.client.GeneratedClientDriver";

    private final Path workDirectory;

    public ClientGeneration(Path workDirectory) {
        this.workDirectory = workDirectory;
    }

    /** Generates the client from the document, compiles it with the driver, and answers a factory of drivers. */
    public ClassLoader generateAndCompile(String document) {
        Path sources = generate(document);
        Path classes = workDirectory.resolve("classes");
        compile(List.of(sources, DRIVER_SOURCES), classes);
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedClient.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static GeneratedClient driver(ClassLoader loader, String base, String token) {
        try {
            return (GeneratedClient) loader.loadClass(DRIVER).getConstructor(String.class, String.class)
                    .newInstance(base, token);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + DRIVER, e);
        }
    }

    /** The generated sources' root; openapi-generator validates the document first and refuses an invalid one. */
    Path generate(String document) {
        try {
            deleteRecursively(workDirectory);
            Files.createDirectories(workDirectory);
            Path spec = workDirectory.resolve("openapi.json");
            Files.writeString(spec, document, StandardCharsets.UTF_8);
            Path output = workDirectory.resolve("generated");
            CodegenConfigurator configurator = new CodegenConfigurator()
                    .setGeneratorName("java")
                    .setLibrary("native")
                    .setInputSpec(spec.toString())
                    .setOutputDir(output.toString())
                    .setInvokerPackage("org.veracity.client")
                    .setApiPackage("org.veracity.client.api")
                    .setModelPackage("org.veracity.client.model")
                    .addAdditionalProperty("useJakartaEe", true)
                    .addAdditionalProperty("openApiNullable", false)
                    .addAdditionalProperty("hideGenerationTimestamp", true)
                    .addGlobalProperty("apiTests", "false")
                    .addGlobalProperty("modelTests", "false")
                    .addGlobalProperty("apiDocs", "false")
                    .addGlobalProperty("modelDocs", "false");
            new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
            return output.resolve("src/main/java");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void compile(List<Path> sourceRoots, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            Files.createDirectories(classes);
            List<File> sources = sourceRoots.stream().flatMap(ClientGeneration::javaFiles).map(Path::toFile).toList();
            List<String> options = List.of("-d", classes.toString(), "-classpath", testClassPath(), "-proc:none",
                    "-nowarn", "-encoding", "UTF-8", "--release", "17");
            boolean compiled = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromFiles(sources)).call();
            if (!compiled) {
                throw new AssertionError("the generated client and its driver do not compile:\n"
                        + diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null))
                        .collect(Collectors.joining("\n")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Failsafe runs the tests from a manifest-only jar; it hands the real class path over in this property. */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static Stream<Path> javaFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** For trying the generator by hand: {@code ClientGeneration <document.json> <work directory>}. */
    public static void main(String[] args) throws IOException {
        new ClientGeneration(Path.of(args[1])).generate(Files.readString(Path.of(args[0])));
    }
}
