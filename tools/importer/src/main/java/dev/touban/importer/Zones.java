package dev.touban.importer;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** Time zones as the source tools name them: IANA names are read, anything else is noted. */
final class Zones {
    private Zones() {}

    /** The zone, or null (with a note) when {@code name} is absent or not an IANA zone name. */
    static ZoneId read(String name, String owner, List<String> notes) {
        if (name == null) {
            return null;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            notes.add("TODO timeZone: " + owner + " has time zone \"" + name + "\", which is not an IANA zone name.");
            return null;
        }
    }
}
