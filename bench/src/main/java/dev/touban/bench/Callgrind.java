package dev.touban.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --instructions}: each measured JVM runs under {@code valgrind --tool=callgrind}, which
 * counts the instructions every thread executes, with the JIT compiling in the foreground
 * ({@code -Xbatch}) so that what is compiled, and when, does not depend on timing. Unlike CPU
 * time on a shared machine, the count then repeats to a few parts in ten thousand, so it
 * resolves what the timed rows cannot. It counts user space only (not the kernel's share of
 * CPU time) and says nothing of waiting.
 */
final class Callgrind {
    /**
     * Compile in the thread that asked for it: with background compilation, how much runs
     * interpreted before its compiled code is ready depends on timing, and counts of the same
     * row spread by a few percent.
     */
    static final List<String> JVM_FLAGS = List.of("-Xbatch");

    /**
     * The runtime interface client hands the answer to the Runtime API through this native
     * function; callgrind writes what was counted up to its first call, then counts on.
     */
    static final String ANSWER_POSTED = "Java_com_amazonaws_services_lambda_runtime_api_client_runtimeapi_NativeClient_postInvocationResponse";

    private final Path dir;

    Callgrind(Path dir) {
        this.dir = dir;
    }

    /**
     * What goes before {@code java} on the command line. Callgrind writes the count from process
     * start to the answer to {@code <dir>/<pid>.out.1}, so nothing the JVM does after answering
     * (compiling what it had queued, asking for the next event, exiting) is counted.
     */
    List<String> commandPrefix() {
        return List.of("valgrind", "--tool=callgrind", "--quiet", "--callgrind-out-file=" + dir.resolve("%p.out"),
                "--dump-before=" + ANSWER_POSTED);
    }

    static void checkInstalled() {
        try {
            Process p = new ProcessBuilder("valgrind", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("valgrind --version failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("--instructions needs valgrind on the PATH (Debian: apt-get install valgrind)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The instructions the process with this pid executed up to its answer, all threads, from its callgrind file. */
    long instructions(long pid) {
        Path file = dir.resolve(pid + ".out.1");
        try {
            return parse(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("no callgrind count for process " + pid + " in " + file, e);
        }
    }

    /** The {@code totals:} line of a callgrind file (the {@code summary:} line in older ones). */
    static long parse(List<String> lines) {
        for (String line : lines) {
            if (line.startsWith("totals:") || line.startsWith("summary:")) {
                return Long.parseLong(line.substring(line.indexOf(':') + 1).trim().split("\\s+")[0]);
            }
        }
        throw new IllegalArgumentException("a callgrind file without a totals line");
    }
}
