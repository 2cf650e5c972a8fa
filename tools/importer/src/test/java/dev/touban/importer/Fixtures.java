package dev.touban.importer;

import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.Layer;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.rotation.ConfiguredOnCall;
import dev.touban.domain.rotation.Shift;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** The fixture directories, deterministic routing keys, and the walk that compares Touban's on-call with the source's. */
final class Fixtures {
    private Fixtures() {}

    static Path dir(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 0000...0001, 0000...0002, ...: routing keys a test can name. */
    static Supplier<String> keys() {
        int[] n = {0};
        return () -> String.format("%032x", ++n[0]);
    }

    static OncallConfig load(ImportResult result) {
        return ConfigLoader.parse("oncall.yaml (draft)", result.yaml());
    }

    /** What a walk found: how many instants were compared, and those where Touban and the source disagree. */
    record Comparison(int instants, List<Instant> mismatches) {
        @Override
        public String toString() {
            return instants + " instants compared, " + mismatches.size() + " mismatches";
        }
    }

    /**
     * Touban's {@code onCallAt} for the team's layer at every instant, as the source's person id
     * (null: nobody), against what {@code source} says.
     */
    static Comparison compare(OncallConfig config, ImportResult result, String rotationId, List<Instant> instants,
            Function<Instant, Optional<String>> source) {
        Map<String, String> personOfHandle = new HashMap<>();
        result.handleOfPerson().forEach((person, handle) -> personOfHandle.put(handle, person));
        Team team = null;
        Layer layer = null;
        for (Team t : config.teams()) {
            for (var r : t.rotations()) {
                if (r.id().equals(rotationId)) {
                    team = t;
                    layer = r.layer();
                }
            }
        }
        if (team == null) {
            throw new AssertionError("no rotation " + rotationId + " in the draft");
        }
        ConfiguredOnCall touban = new ConfiguredOnCall();
        List<Instant> mismatches = new ArrayList<>();
        for (Instant t : instants) {
            Optional<String> actual = touban.onCallAt(team, layer, t).map(Shift::memberId).map(personOfHandle::get);
            if (!actual.equals(source.apply(t))) {
                mismatches.add(t);
            }
        }
        return new Comparison(instants.size(), mismatches);
    }
}
