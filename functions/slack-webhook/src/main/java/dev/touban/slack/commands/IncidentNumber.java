package dev.touban.slack.commands;

import java.util.OptionalLong;

/** Reads "42" or "#42" as an incident number. */
final class IncidentNumber {
    private IncidentNumber() {}

    static OptionalLong parse(String args) {
        String s = args.strip();
        if (s.startsWith("#")) {
            s = s.substring(1);
        }
        if (!s.matches("[0-9]{1,12}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(s));
    }
}
