package dev.touban.bench;

import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Renders the figures as Markdown tables (what bench/run prints and the README quotes). */
final class Report {
    record Inputs(List<Subject> subjects, List<Subject> built, Map<String, List<Bench.ColdSample>> cold,
            Map<String, List<Double>> warmTouban, Map<String, List<Double>> warmBolt, String firstPage, String storm,
            Map<String, long[]> jarSizes, String java, Bench.Options options) {}

    private Report() {}

    /** The median over rounds of the row's figure divided by its floor's figure in the same round (rows run interleaved, round by round). */
    static double pairedRatio(List<Bench.ColdSample> row, List<Bench.ColdSample> floor, ToDoubleFunction<Bench.ColdSample> figure) {
        return Stats.of(pairedRatios(row, floor, figure)).median();
    }

    /** The row's figure over its floor's, round by round. */
    static List<Double> pairedRatios(List<Bench.ColdSample> row, List<Bench.ColdSample> floor, ToDoubleFunction<Bench.ColdSample> figure) {
        int rounds = Math.min(row.size(), floor.size());
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            ratios.add(figure.applyAsDouble(row.get(i)) / figure.applyAsDouble(floor.get(i)));
        }
        return ratios;
    }

    /**
     * "met" when the 95% interval of both paired ratios' medians lies at or under the limit;
     * "missed" when a median is over it; otherwise met by the medians, with how far the
     * interval reaches.
     */
    static String verdict(double limit, List<Double> wallRatios, List<Double> cpuRatios) {
        double median = Math.max(Stats.of(wallRatios).median(), Stats.of(cpuRatios).median());
        double upper = Math.max(Stats.medianInterval(wallRatios, 0.95)[1], Stats.medianInterval(cpuRatios, 0.95)[1]);
        String verdict = median > limit ? "missed" : upper <= limit ? "met" : String.format("met by the medians; interval to %.2f", upper);
        return String.format("≤ %.2f %s", limit, verdict);
    }

    /** The same for one figure (instructions, with --instructions). */
    static String verdict(double limit, List<Double> ratios) {
        return verdict(limit, ratios, ratios);
    }

    /** The Slack webhook must stay within 1.08× its floor, the other functions within 1.15×. */
    static double target(Subject s) {
        return s.row().startsWith("slack-webhook") ? 1.08 : 1.15;
    }

    private static String ratio(List<Double> ratios) {
        return ratio(ratios, 2);
    }

    /** The median [95% interval]; instruction counts repeat to a few parts in ten thousand, so they get a third decimal. */
    private static String ratio(List<Double> ratios, int decimals) {
        double[] interval = Stats.medianInterval(ratios, 0.95);
        String f = "%." + decimals + "f";
        return String.format(f + " [" + f + "–" + f + "]", Stats.of(ratios).median(), interval[0], interval[1]);
    }

    /** The target column: the verdict for Touban's rows, a label for Bolt's, nothing for the reference rows. */
    private static String targetCell(Subject s, List<Double> wallRatios, List<Double> cpuRatios) {
        return switch (s.kind()) {
            case TOUBAN -> verdict(target(s), wallRatios, cpuRatios);
            case BASELINE -> "(Bolt's overhead)";
            case REFERENCE -> "";
        };
    }

    private static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    }

    static String render(Inputs in) {
        StringBuilder out = new StringBuilder();
        out.append("Touban benchmark, ").append(now())
                .append("; ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs; ").append(in.java())
                .append("; JVM flags ").append(String.join(" ", LambdaLauncher.JVM_FLAGS)).append("; AWS calls to moto on loopback.\n\n");

        out.append("### Cold start: fresh JVM through the Lambda runtime interface client, first answer\n\n")
                .append("Median (min–max) of ").append(in.options().runs()).append(" runs per row, rows interleaved. ")
                .append("Wall and CPU (user+sys, all threads) from process start to the answer reaching the Runtime API; ")
                .append("ratios are paired: in each round the row's figure over its floor's figure from that round, then the median of those ratios ")
                .append("(a slow stretch of the machine then weighs on both sides of a ratio alike); in brackets, a 95% confidence interval ")
                .append("for that median, from the order statistics of the rounds' ratios (distribution-free; min to max when there are too few rounds).\n\n")
                .append("| row | wall ms | CPU ms | × floor (wall) | × floor (CPU) | target | peak RSS MB | init ms |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (Subject s : in.subjects()) {
            if (!in.built().contains(s)) {
                out.append("| ").append(s.row()).append(" | not built yet | | | | | | |\n");
                continue;
            }
            List<Bench.ColdSample> samples = in.cold().get(s.row());
            Stats wall = Stats.of(samples.stream().map(Bench.ColdSample::wallMs).toList());
            Stats cpu = Stats.of(samples.stream().map(Bench.ColdSample::cpuMs).toList());
            Stats rss = Stats.of(samples.stream().map(Bench.ColdSample::rssMb).toList());
            Stats init = Stats.of(samples.stream().map(Bench.ColdSample::initMs).toList());
            String wallRatio = "";
            String cpuRatio = "";
            String target = "";
            List<Bench.ColdSample> floor = s.floorRow() == null ? null : in.cold().get(s.floorRow());
            if (floor != null && !floor.isEmpty()) {
                List<Double> w = pairedRatios(samples, floor, Bench.ColdSample::wallMs);
                List<Double> c = pairedRatios(samples, floor, Bench.ColdSample::cpuMs);
                wallRatio = ratio(w);
                cpuRatio = ratio(c);
                target = targetCell(s, w, c);
                wallRatio += " (" + s.floorRow().substring("floor: ".length()) + ")";
            } else if (s.floorRow() == null) {
                wallRatio = "floor";
                cpuRatio = "floor";
            }
            out.append("| ").append(s.row()).append(" | ").append(wall.format()).append(" | ").append(cpu.format())
                    .append(" | ").append(wallRatio).append(" | ").append(cpuRatio).append(" | ").append(target)
                    .append(" | ").append(String.format("%.0f", rss.median())).append(" | ").append(String.format("%.0f", init.median()))
                    .append(" |\n");
        }

        comparedBuilds(out, in);

        out.append("\n### Warm latency: one JVM, ").append(in.options().warm()).append(" invocations per series after ")
                .append(in.options().warmup()).append(" unmeasured rounds, event handed out to answer received\n\n")
                .append("| series | n | p50 ms | p99 ms |\n|---|---|---|---|\n");
        in.warmTouban().forEach((command, ms) -> warmRow(out, "slack-webhook: " + command, ms));
        in.warmBolt().forEach((row, ms) -> warmRow(out, row, ms));
        if (!in.warmBolt().containsKey(Subjects.STEP_ROW)) {
            out.append("| ").append(Subjects.STEP_ROW).append(" | not built yet | | |\n");
        }

        out.append(in.firstPage());

        out.append("\n### Alert storm\n\n").append(AlertStorm.TRIGGERS).append(" Events API triggers over ").append(AlertStorm.DEDUP_KEYS)
                .append(" dedup keys from ").append(AlertStorm.RUNTIMES).append(" runtimes: ").append(in.storm()).append("\n");

        out.append("\n### Deployment size\n\n| jar | MB | classes |\n|---|---|---|\n");
        in.jarSizes().forEach((jar, size) -> out.append("| ").append(jar).append(" | ")
                .append(size == null ? "not built yet | " : String.format("%.1f | %d", size[0] / 1048576.0, size[1])).append(" |\n"));
        return out.toString();
    }

    /** With --instructions: valgrind's instruction counts instead of times, the same paired ratios and targets. */
    static String renderInstructions(List<Subject> subjects, List<Subject> built, Map<String, List<Bench.ColdSample>> cold,
            String java, Bench.Options options) {
        StringBuilder out = new StringBuilder();
        out.append("Touban benchmark, instructions, ").append(now())
                .append("; ").append(java).append("; JVM flags ").append(String.join(" ", LambdaLauncher.JVM_FLAGS)).append(' ')
                .append(String.join(" ", Callgrind.JVM_FLAGS)).append("; AWS calls to moto on loopback.\n\n")
                .append("### Cold start in instructions: fresh JVM through the Lambda runtime interface client under valgrind\n\n")
                .append("Instructions executed by every thread of the JVM (user space, `valgrind --tool=callgrind`), from process start ")
                .append("to the runtime client's call that posts the first answer, compiling in the foreground, in millions: median (min–max) of ").append(options.runs())
                .append(" runs per row, rows interleaved; ratios paired per round, with a 95% interval for their median ")
                .append("(min to max when there are too few rounds). Not the kernel's share of CPU time, and not waiting.\n\n")
                .append("| row | instructions (millions) | × floor | target (CPU, counted in instructions) |\n|---|---|---|---|\n");
        for (Subject s : subjects) {
            if (!built.contains(s)) {
                out.append("| ").append(s.row()).append(" | not built yet | | |\n");
                continue;
            }
            List<Bench.ColdSample> samples = cold.get(s.row());
            Stats millions = Stats.of(samples.stream().map(c -> c.instructions() / 1e6).toList());
            String ratio = "floor";
            String target = "";
            List<Bench.ColdSample> floor = s.floorRow() == null ? null : cold.get(s.floorRow());
            if (floor != null && !floor.isEmpty()) {
                List<Double> r = pairedRatios(samples, floor, c -> c.instructions());
                ratio = ratio(r, 3) + " (" + s.floorRow().substring("floor: ".length()) + ")";
                target = targetCell(s, r, r);
            }
            out.append("| ").append(s.row()).append(" | ").append(millions.format()).append(" | ").append(ratio)
                    .append(" | ").append(target).append(" |\n");
        }
        List<Compared> pairs = compared(subjects, cold);
        if (!pairs.isEmpty()) {
            out.append("\n### Compared builds in instructions: this build over the compared one, round by round\n\n")
                    .append("| row | compared build | instructions | millions fewer |\n|---|---|---|---|\n");
            for (Compared c : pairs) {
                double fewer = Stats.of(c.other().stream().map(x -> x.instructions() / 1e6).toList()).median()
                        - Stats.of(c.current().stream().map(x -> x.instructions() / 1e6).toList()).median();
                out.append("| ").append(c.row()).append(" | ").append(c.build()).append(" | ")
                        .append(ratio(pairedRatios(c.current(), c.other(), x -> x.instructions()), 3))
                        .append(String.format(" | %.0f |%n", fewer));
            }
        }
        return out.toString();
    }

    /** A --compare row and the row of the build under test that it measures another build of. */
    record Compared(String row, String build, List<Bench.ColdSample> current, List<Bench.ColdSample> other) {}

    static List<Compared> compared(List<Subject> subjects, Map<String, List<Bench.ColdSample>> cold) {
        List<Compared> out = new ArrayList<>();
        for (Subject s : subjects) {
            String base = Bench.baseRow(s);
            List<Bench.ColdSample> other = cold.get(s.row());
            List<Bench.ColdSample> current = cold.get(base);
            if (base.equals(s.row()) || other == null || current == null || other.isEmpty() || current.isEmpty()) {
                continue;
            }
            out.add(new Compared(base, s.row().substring(s.row().indexOf('(') + 1, s.row().indexOf(')')), current, other));
        }
        return out;
    }

    /**
     * Each --compare row against the row of the build under test, round by round: this build's
     * figure over the compared build's (below 1: this build is cheaper). The main thread's CPU is
     * shown apart because work moved to another thread leaves it while the total stays.
     */
    private static void comparedBuilds(StringBuilder out, Inputs in) {
        List<Compared> pairs = compared(in.subjects(), in.cold());
        if (pairs.isEmpty()) {
            return;
        }
        out.append("\n### Compared builds: this build over the compared one, round by round\n\n")
                .append("Median [95% interval] of the rounds' ratios; below 1, this build is cheaper.\n\n")
                .append("| row | compared build | CPU | main-thread CPU | wall |\n|---|---|---|---|---|\n");
        for (Compared c : pairs) {
            out.append("| ").append(c.row()).append(" | ").append(c.build())
                    .append(" | ").append(ratio(pairedRatios(c.current(), c.other(), Bench.ColdSample::cpuMs)))
                    .append(" | ").append(ratio(pairedRatios(c.current(), c.other(), Report::mainThreadCpuMs)))
                    .append(" | ").append(ratio(pairedRatios(c.current(), c.other(), Bench.ColdSample::wallMs))).append(" |\n");
        }
    }

    static double mainThreadCpuMs(Bench.ColdSample sample) {
        return sample.threadCpuMs().getOrDefault("main", 0L);
    }

    private static void warmRow(StringBuilder out, String label, List<Double> ms) {
        out.append(String.format("| %s | %d | %.1f | %.1f |%n", label, ms.size(), Stats.percentile(ms, 50), Stats.percentile(ms, 99)));
    }
}
