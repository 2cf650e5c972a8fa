package dev.touban.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A process's CPU time (user + system, every thread, from {@code /proc/<pid>/stat}), the same
 * split by kind of thread (from {@code /proc/<pid>/task}), and peak resident memory
 * ({@code VmHWM} from {@code /proc/<pid>/status}), read while it still runs.
 */
record ProcStats(long cpuMillis, long peakRssKb, Map<String, Long> threadCpuMillis) {
    private static final long TICKS_PER_SECOND = ticksPerSecond();

    static ProcStats read(long pid) {
        try {
            long ticks = ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
            long hwm = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    hwm = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return new ProcStats(ticks * 1000 / TICKS_PER_SECOND, hwm, threads(pid));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc for process " + pid + " (the benchmark needs Linux)", e);
        }
    }

    /** user + system ticks of one stat line; the command name may hold spaces, so fields are counted after its closing parenthesis. */
    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /**
     * CPU time by kind of thread: "main" (the thread the launcher runs main on), "jit" (C1 and C2
     * compiler threads), "vm+gc" (the VM thread, which runs the serial collector, and GC threads),
     * "other". A thread that ends before the read is not counted here.
     */
    private static Map<String, Long> threads(long pid) throws IOException {
        Map<String, Long> byKind = new TreeMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String kind = name.equals("java") ? "main"
                        : name.startsWith("C1 ") || name.startsWith("C2 ") ? "jit"
                        : name.startsWith("VM Thread") || name.startsWith("GC ") ? "vm+gc" : "other";
                byKind.merge(kind, ticks(stat) * 1000 / TICKS_PER_SECOND, Long::sum);
            }
        }
        return byKind;
    }

    private static long ticksPerSecond() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor();
            return Long.parseLong(out);
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
