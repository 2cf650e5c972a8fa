package dev.touban.bench;

import java.util.List;
import java.util.Map;

/**
 * One thing the benchmark starts as Lambda would: a function jar, its handler, the event it
 * answers (a file under {@code events/}), a text the answer must contain (so a fast 401 never
 * passes for a fast answer), its environment, and the floor row it is compared with.
 *
 * @param row      the table's row label
 * @param jar      the deployment jar, relative to the repository root
 * @param handler  {@code class::method} as in template.yaml
 * @param event    the event file under {@code events/}
 * @param expect   text the answer must contain
 * @param env      environment beyond the common Lambda and emulator variables
 * @param floorRow the floor row this row's ratios are taken against, or null for none
 * @param kind     what the row is: a Touban function, the Bolt baseline, or a reference row
 */
record Subject(String row, String jar, String handler, String event, String expect, Map<String, String> env,
        String floorRow, Kind kind) {

    enum Kind { REFERENCE, BASELINE, TOUBAN }

    /** The Slack commands the webhook answers, each a cold row and a warm-latency series. */
    static final List<String> SLACK_COMMANDS = List.of("hello", "bye", "who", "help");
}
