package dev.touban.importer;

import dev.touban.domain.config.ConfigException;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code bin/touban-import pagerduty|opsgenie <dir> [-o oncall.yaml]}: reads the downloaded API
 * answers, writes the draft (to standard output, or to a new file), and checks it with
 * Touban's own config loader before anything is written. Exit status 2 for bad input (the
 * message names the file and field), 1 if the draft would not load.
 */
public final class Main {
    static final String USAGE = "usage: touban-import pagerduty|opsgenie <directory of API answers> [-o oncall.yaml]";
    private static final Map<String, Function<Path, Source>> READERS = Map.of(
            "pagerduty", PagerDutyReader::read,
            "opsgenie", OpsgenieReader::read);

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, RoutingKeys.random()));
    }

    static int run(String[] args, PrintStream out, PrintStream err, Supplier<String> keys) {
        if (args.length != 2 && !(args.length == 4 && args[2].equals("-o"))) {
            err.println(USAGE);
            return 2;
        }
        Function<Path, Source> reader = READERS.get(args[0]);
        if (reader == null) {
            err.println("'" + args[0] + "' is not a source: use pagerduty or opsgenie.\n" + USAGE);
            return 2;
        }
        Path target = args.length == 4 ? Path.of(args[3]) : null;
        if (target != null && Files.exists(target)) {
            err.println(target + " exists: the draft goes to a new file (review it, then copy it over your oncall.yaml).");
            return 2;
        }
        ImportResult result;
        try {
            result = Importer.run(reader.apply(Path.of(args[1])), ServiceDrafts.KeyStyle.ofLoader(), keys);
        } catch (ImportException e) {
            err.println("Nothing was written. " + e.getMessage());
            return 2;
        }
        OncallConfig config;
        try {
            config = ConfigLoader.parse("oncall.yaml (draft)", result.yaml());
        } catch (ConfigException e) {
            err.println("The draft does not load, so nothing was written: " + e.getMessage());
            return 1;
        }
        if (target == null) {
            out.print(result.yaml());
            out.flush();
        } else {
            try {
                Files.writeString(target, result.yaml(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println(target + " cannot be written: " + e.getMessage());
                return 2;
            }
        }
        int rotations = 0;
        for (var t : config.teams()) {
            rotations += t.rotations().size();
        }
        err.println("Imported from " + args[0] + ": " + count(config.members().size(), "member") + ", " + count(config.teams().size(), "team")
                + ", " + count(rotations, "rotation") + ", " + count(config.policies().size(), "escalation policy") + ", "
                + count(config.services().size(), "service") + "; " + count(result.comments(), "comment") + " to review."
                + " The draft loads with Touban's config loader" + (target == null ? "." : "; written to " + target + "."));
        return 0;
    }

    private static String count(int n, String noun) {
        if (n == 1) {
            return n + " " + noun;
        }
        return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
