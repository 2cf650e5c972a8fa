package dev.touban.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Starts a JVM the way the java21 managed runtime does: the runtime interface client on the
 * system class path, the function's deployment package unpacked into the task root (its
 * working directory, where the client's class loader looks), the runtime's JVM flags, and
 * the Lambda environment variables pointing at a local Runtime API.
 */
final class LambdaLauncher {
    /** The java21 managed runtime's flags (C1 only, serial GC); the heap is sized from the function's 1,024 MB. */
    static final List<String> JVM_FLAGS = List.of(
            "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:MaxRAM=1024m");
    private static final String RUNTIME_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    private final List<String> prefix;
    private final List<String> extraFlags;
    private final Path java;
    private final String runtimeClassPath;
    private final Path work;
    private final Map<String, String> commonEnv;
    private final Map<String, Path> taskRoots = new HashMap<>();
    private final Set<Process> running = ConcurrentHashMap.newKeySet();

    /**
     * With {@code prefix} before {@code java} on every command line and {@code extraFlags} after
     * the runtime's flags (valgrind and its flags, for {@code --instructions}).
     */
    LambdaLauncher(List<String> prefix, List<String> extraFlags, Path java, Path runtimeJars, Path work, Map<String, String> commonEnv) {
        this.prefix = List.copyOf(prefix);
        this.extraFlags = List.copyOf(extraFlags);
        this.java = java;
        this.work = work;
        this.commonEnv = commonEnv;
        // Whatever stops the benchmark, no measured JVM outlives it.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> running.forEach(Process::destroyForcibly)));
        try (Stream<Path> jars = Files.list(runtimeJars)) {
            this.runtimeClassPath = String.join(File.pathSeparator,
                    jars.filter(p -> p.toString().endsWith(".jar")).sorted().map(Path::toString).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("the runtime interface client is not in " + runtimeJars
                    + ": build with ./mvnw -B -ntp -DskipTests package first", e);
        }
    }

    Process start(Subject subject, Path jar, String runtimeApi, Map<String, String> extraEnv, Path log) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.add(java.toString());
        command.addAll(JVM_FLAGS);
        command.addAll(extraFlags);
        // For looking into a row, e.g. BENCH_JVM_OPTIONS='-Xlog:class+load:file=/tmp/classes-%p.log'.
        String extra = System.getenv("BENCH_JVM_OPTIONS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.add("-cp");
        command.add(runtimeClassPath);
        command.add(RUNTIME_MAIN);
        command.add(subject.handler());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(taskRoot(jar).toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.clear();
        env.putAll(commonEnv);
        env.putAll(subject.env());
        env.putAll(extraEnv);
        String function = subject.row().replaceAll("[^A-Za-z0-9-]+", "-");
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("LAMBDA_TASK_ROOT", taskRoot(jar).toString());
        env.put("_HANDLER", subject.handler());
        env.put("AWS_LAMBDA_FUNCTION_NAME", function);
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function);
        Process process = builder.start();
        running.add(process);
        process.onExit().thenRun(() -> running.remove(process));
        return process;
    }

    /**
     * Lambda unpacks the deployment package into /var/task; this does it once per jar and run,
     * each jar into a folder of its own: a compared build's jar has the same file name as the
     * function's.
     */
    synchronized Path taskRoot(Path jar) throws IOException {
        Path existing = taskRoots.get(jar.toString());
        if (existing != null) {
            return existing;
        }
        Path dir = work.resolve("task-" + taskRoots.size() + "-" + jar.getFileName().toString().replace(".jar", ""));
        deleteTree(dir);
        Files.createDirectories(dir);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("entry outside the task root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        taskRoots.put(jar.toString(), dir);
        return dir;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
