package dev.touban.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's CPU time (user + system, every thread, from {@code /proc/<pid>/stat}) and peak
 * resident memory ({@code VmHWM} from {@code /proc/<pid>/status}), read while it still runs.
 */
record ProcStats(long cpuMillis, long peakRssKb) {
    private static final long TICKS_PER_SECOND = ticksPerSecond();

    static ProcStats read(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name may hold spaces; fields are counted after its closing parenthesis.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            long hwm = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    hwm = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return new ProcStats(ticks * 1000 / TICKS_PER_SECOND, hwm);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc for process " + pid + " (the benchmark needs Linux)", e);
        }
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
