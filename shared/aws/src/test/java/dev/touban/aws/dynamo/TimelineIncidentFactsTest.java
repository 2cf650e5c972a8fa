package dev.touban.aws.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.domain.config.ConfigLoader;
import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.health.IncidentFact;
import dev.touban.domain.health.PageFact;
import dev.touban.domain.incident.TimelineIncidentFacts;
import dev.touban.domain.incident.Actor;
import dev.touban.domain.incident.Alert;
import dev.touban.domain.incident.Incident;
import dev.touban.domain.incident.NewIncident;
import dev.touban.domain.incident.Severity;
import dev.touban.domain.incident.TimelineEntry;
import dev.touban.domain.incident.TimelineEntry.Kind;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.RepoFiles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The health report's incident facts, read from incidents and timelines as the escalation writes them. */
@ExtendWith(EmulatorExtension.class)
class TimelineIncidentFactsTest {
    private static final Instant T0 = Instant.parse("2026-03-07T14:30:00Z");
    private static final OncallConfig CONFIG = ConfigLoader.fromFile(RepoFiles.path("config/oncall.example.yaml"));

    private DynamoIncidentStore store;

    @BeforeEach
    void setUp(Emulated aws) {
        store = new DynamoIncidentStore(new AwsClients(AwsSettings.emulator(aws.endpoint(), aws.region())).dynamoDb(), aws.tableName());
    }

    @Test
    void facts_countStepsFromEscalatedEntries_andPagesToPeopleOnly() {
        Incident opened = store.trigger(incident("disk-full"), T0).incident();
        Instant tier2 = T0.plusSeconds(300);
        step(opened.number(), T0, "tier 1 of 3");
        store.record(opened.number(), TimelineEntry.page(T0, true, "slack", "Alice Sato", "ts 1"));
        store.record(opened.number(), TimelineEntry.page(T0, true, "sms", "Alice Sato", "msg 1"));
        store.record(opened.number(), TimelineEntry.page(T0, false, "voice", "Alice Sato", "refused"));
        step(opened.number(), tier2, "tier 2 of 3");
        store.record(opened.number(), TimelineEntry.page(tier2, true, "slack", "Carol Suzuki", "ts 2"));
        store.record(opened.number(), TimelineEntry.page(tier2, true, "slack", "<#C0ONCALL>", "ts 3"));
        store.acknowledge(opened.number(), Actor.member("carol", "Carol Suzuki", "slack"), tier2.plusSeconds(60));
        store.resolve(opened.number(), Actor.system("Alertmanager", "events api"), tier2.plusSeconds(600));
        store.trigger(incident("later"), T0.plus(java.time.Duration.ofDays(30)));

        List<IncidentFact> facts = new TimelineIncidentFacts(store, CONFIG).triggeredBetween("sre", T0.minusSeconds(1), T0.plusSeconds(3600));

        assertThat(facts).hasSize(1);
        IncidentFact fact = facts.getFirst();
        assertThat(fact.number()).isEqualTo(opened.number());
        assertThat(fact.serviceId()).isEqualTo("web");
        assertThat(fact.dedupKey()).isEqualTo("disk-full");
        assertThat(fact.triggeredAt()).isEqualTo(T0);
        assertThat(fact.stepsPaged()).isEqualTo(2);
        assertThat(fact.escalatedPastTierOne()).isTrue();
        assertThat(fact.acknowledgedBy()).isEqualTo("carol");
        assertThat(fact.acknowledgedAt()).isEqualTo(tier2.plusSeconds(60));
        assertThat(fact.resolvedAt()).isEqualTo(tier2.plusSeconds(600));
        assertThat(fact.pages()).containsExactly(
                new PageFact("alice", "slack", T0, 0), new PageFact("alice", "sms", T0, 0), new PageFact("carol", "slack", tier2, 1));
    }

    @Test
    void facts_ofAnIncidentAcknowledgedByASystem_nameNobody() {
        Incident opened = store.trigger(incident("cpu"), T0).incident();
        step(opened.number(), T0, "tier 1 of 3");
        store.acknowledge(opened.number(), Actor.system("Alertmanager", "events api"), T0.plusSeconds(30));

        IncidentFact fact = new TimelineIncidentFacts(store, CONFIG).triggeredBetween("sre", T0, T0.plusSeconds(1)).getFirst();

        assertThat(fact.acknowledgedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(fact.acknowledgedBy()).isNull();
        assertThat(fact.stepsPaged()).isEqualTo(1);
        assertThat(fact.pages()).isEmpty();
    }

    /** The line an escalation step opens with, as the escalation writes it when it claims the step. */
    private void step(long number, Instant at, String detail) {
        store.record(number, TimelineEntry.of(at, Kind.ESCALATED, null, detail));
    }

    private static NewIncident incident(String dedupKey) {
        return new NewIncident("web", dedupKey, "web", "sre", "sre-default", Alert.simple("Disk full", "db-1", Severity.CRITICAL));
    }
}
