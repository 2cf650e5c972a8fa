package dev.touban.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.IncidentSummary;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The stored incidents as the handoff message and the HR report see them, against the emulator. */
@ExtendWith(EmulatorExtension.class)
class StoredIncidentReportsTest {
    private static final Instant SHIFT_START = Instant.parse("2026-11-30T01:00:00Z");
    private static final Instant SHIFT_END = SHIFT_START.plus(Duration.ofDays(7));

    private DynamoIncidentStore store;
    private StoredIncidentReports reports;

    @BeforeEach
    void setUp(Emulated aws) {
        AwsClients clients = new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region()));
        store = new DynamoIncidentStore(clients.dynamoDb(), aws.tableName());
        reports = new StoredIncidentReports(store);
    }

    @Test
    void openedBetween_listsTheTeamsIncidentsOfTheRange_oldestFirst_withoutRepeats() {
        store.trigger(incident("before", "sre"), SHIFT_START.minusSeconds(1));
        store.trigger(incident("first", "sre"), SHIFT_START);
        store.trigger(incident("first", "sre"), SHIFT_START.plusSeconds(60));
        store.trigger(incident("other-team", "web"), SHIFT_START.plusSeconds(120));
        store.trigger(incident("second", "sre"), SHIFT_START.plus(Duration.ofDays(3)));
        store.resolve(4, Actor.system("Alertmanager", "Events API"), SHIFT_START.plus(Duration.ofDays(3)).plusSeconds(600));
        store.trigger(incident("after", "sre"), SHIFT_END);

        List<IncidentSummary> summaries = reports.openedBetween("sre", SHIFT_START, SHIFT_END);

        assertThat(summaries).containsExactly(
                new IncidentSummary("#2", "first is down", SHIFT_START, false),
                new IncidentSummary("#4", "second is down", SHIFT_START.plus(Duration.ofDays(3)), true));
    }

    @Test
    void incidents_nameWhoAcknowledged_forTheNightPageRule() {
        store.trigger(incident("night", "sre"), SHIFT_START);
        store.trigger(incident("nobody", "sre"), SHIFT_START.plusSeconds(60));
        store.acknowledge(1, Actor.member("carol", "Carol Suzuki", "slack"), SHIFT_START.plusSeconds(30));

        assertThat(reports.incidents("sre", SHIFT_START, SHIFT_END)).containsExactly(
                new dev.touban.domain.export.IncidentSummary(1, SHIFT_START, "carol", "night is down"),
                new dev.touban.domain.export.IncidentSummary(2, SHIFT_START.plusSeconds(60), null, "nobody is down"));
    }

    private static NewIncident incident(String dedupKey, String team) {
        Alert alert = new Alert(dedupKey + " is down", "host-1", Severity.ERROR, null, null, null, null, null, "test", null, List.of());
        return new NewIncident("web", dedupKey, "web", team, "sre-default", alert);
    }
}
