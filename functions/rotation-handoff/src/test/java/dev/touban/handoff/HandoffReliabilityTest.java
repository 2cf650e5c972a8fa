package dev.touban.handoff;

import static dev.touban.handoff.HandoffFixture.invoke;
import static dev.touban.handoff.RotationHandoffHandlerTest.handoffs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.touban.aws.dynamo.DynamoHandoffLedger;
import dev.touban.aws.dynamo.TableKeys;
import dev.touban.domain.handoff.HandoffLedger;
import dev.touban.domain.handoff.ShiftRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Handoffs under injected faults (issue 12): Slack answering 500s, SNS unreachable, a run that
 * died holding its claim. What must hold: a failed step is never recorded as done and the next
 * run (a minute later) does it; what was done is not done again; {@code @oncall} ends on the
 * right person; a run that left steps undone fails, so Lambda retries it and then dead-letters it.
 */
class HandoffReliabilityTest extends ExampleRosterHandoffs {
    private static final ShiftRef PRIMARY_48 = new ShiftRef("sre", "sre-primary", DEC_7, "alice");

    HandoffReliabilityTest() {
        super(DEC_7.plusSeconds(37));
    }

    @Test
    void userGroupMoveRefusedOnce_failsTheRun_andTheNextRunMovesTheGroup_withoutPostingAgain() {
        fx.slack.failNext("usergroups.users.update", 500, 1);
        RotationHandoffHandler handler = fx.handler(config, clock);

        HandoffStepsFailed failed = catchThrowableOfType(HandoffStepsFailed.class, () -> invoke(handler, "rotation-handoff-sweep.json"));

        assertThat(failed).hasMessageContaining("sre/sre-primary slackUserGroup (SlackApiException: Slack usergroups.users.update failed: HTTP 500)");
        assertThat(handoffs(failed.result())).extracting(h -> h.get("rotation") + ":" + h.get("status"))
                .containsExactly("sre-primary:steps-failed", "sre-secondary:handed-off");
        Map<String, AttributeValue> item = item(PRIMARY_48);
        assertThat(item.get("steps").m().keySet()).containsExactlyInAnyOrder("sns", "eventBridge", "slackMessage");
        assertThat(item.get("failures").m().get("slackUserGroup").s()).contains("HTTP 500");
        assertThat(item).doesNotContainKey("completedAt");

        clock.advance(Duration.ofMinutes(1));
        Map<String, Object> next = invoke(handler, "rotation-handoff-sweep.json");

        assertThat(handoffs(next)).extracting(h -> h.get("rotation") + ":" + h.get("status")).containsExactly("sre-primary:resumed");
        assertThat(fx.slack.calls("usergroups.users.update")).extracting(SlackRecorder.Call::status).containsExactly(500, 200);
        assertThat(fx.slack.accepted("usergroups.users.update").getLast().body()).containsEntry("users", "U01ALICE");
        assertThat(fx.slack.posted("C0ONCALL")).hasSize(2);
        assertThat(fx.published()).hasSize(2);
        assertThat(fx.events.drain()).hasSize(2);
        assertThat(item(PRIMARY_48).get("failures").m()).isEmpty();
        assertThat(item(PRIMARY_48).get("completedAt").s()).isEqualTo("2026-12-07T01:01:37.000Z");
    }

    @Test
    void postRefusedOnce_isPostedByTheNextRun_once() {
        fx.slack.failNext("chat.postMessage", 500, 1);
        RotationHandoffHandler handler = fx.handler(config, clock);
        catchThrowableOfType(HandoffStepsFailed.class, () -> invoke(handler, "rotation-handoff-sweep.json"));
        assertThat(fx.slack.posted("C0ONCALL")).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        invoke(handler, "rotation-handoff-sweep.json");

        assertThat(fx.slack.posted("C0ONCALL")).hasSize(2).allMatch(text -> text.contains("handoff*, Mon 7 Dec 10:00 JST"));
        assertThat(fx.slack.accepted("usergroups.users.update")).hasSize(1);
        assertThat(fx.published()).hasSize(2);
    }

    @Test
    void slackDown_snsAndEventBridgeStillGoOut_andEverySlackStepWaitsForSlackToReturn() {
        fx.slack.down(true);
        RotationHandoffHandler handler = fx.handler(config, clock);
        for (int minute = 0; minute < 3; minute++) {
            HandoffStepsFailed failed = catchThrowableOfType(HandoffStepsFailed.class, () -> invoke(handler, "rotation-handoff-sweep.json"));
            assertThat(failed).hasMessageContaining("HTTP 503");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(fx.published()).hasSize(2);
        assertThat(fx.events.drain()).hasSize(2);
        assertThat(fx.slack.accepted("chat.postMessage")).isEmpty();

        fx.slack.down(false);
        Map<String, Object> back = invoke(handler, "rotation-handoff-sweep.json");

        assertThat(back).containsEntry("status", "ok");
        assertThat(fx.slack.posted("C0ONCALL")).hasSize(2);
        assertThat(fx.slack.accepted("usergroups.users.update")).singleElement().satisfies(c -> assertThat(c.body()).containsEntry("users", "U01ALICE"));
        assertThat(fx.published()).hasSize(2);
        assertThat(fx.events.drain()).isEmpty();
    }

    @Test
    void snsUnreachable_theRetryPublishes_withoutPostingToSlackAgain() {
        RotationHandoffHandler broken = fx.handler(config, clock, "arn:aws:sns:us-east-1:123456789012:no-such-topic");
        HandoffStepsFailed failed = catchThrowableOfType(HandoffStepsFailed.class, () -> invoke(broken, "rotation-handoff-sweep.json"));
        assertThat(failed).hasMessageContaining("sre/sre-primary sns (NotFoundException");
        assertThat(fx.slack.calls()).hasSize(3);
        assertThat(fx.events.drain()).hasSize(2);

        clock.advance(Duration.ofSeconds(30));
        Map<String, Object> retry = invoke(fx.handler(config, clock), "rotation-handoff-sweep.json");

        assertThat(handoffs(retry)).extracting(h -> h.get("status")).containsExactly("resumed", "resumed");
        assertThat(fx.slack.calls()).hasSize(3);
        assertThat(fx.published()).hasSize(2);
        assertThat(fx.events.drain()).isEmpty();
    }

    @Test
    void aRunThatDiedHoldingItsClaim_isTakenOverOnceTheLeaseHasPassed_andOnlyWhatIsMissingIsDone() {
        // what a run killed by its timeout leaves: a claim with a lease, the SNS step done, nothing more
        DynamoHandoffLedger ledger = new DynamoHandoffLedger(fx.clients.dynamoDb(), fx.aws.tableName());
        Instant died = clock.instant();
        ledger.claim(new HandoffLedger.ShiftRecord(PRIMARY_48, 48, DEC_7.plus(Duration.ofDays(7)), "alice"), died, died.plus(ShiftHandoff.LEASE));
        ledger.stepDone(PRIMARY_48, "sns", "ok:earlier");
        RotationHandoffHandler handler = fx.handler(config, clock);

        clock.advance(Duration.ofMinutes(1));
        Map<String, Object> whileHeld = invoke(handler, "rotation-handoff-sweep.json");
        assertThat(handoffs(whileHeld)).extracting(h -> h.get("rotation") + ":" + h.get("status"))
                .containsExactly("sre-secondary:handed-off", "sre-primary:busy");

        clock.advance(Duration.ofMinutes(1));
        Map<String, Object> after = invoke(handler, "rotation-handoff-sweep.json");

        assertThat(handoffs(after)).extracting(h -> h.get("rotation") + ":" + h.get("status")).containsExactly("sre-primary:resumed");
        assertThat(fx.published()).extracting(p -> p.get("subject")).noneMatch(s -> s.toString().contains("primary"));
        assertThat(fx.slack.accepted("usergroups.users.update")).singleElement().satisfies(c -> assertThat(c.body()).containsEntry("users", "U01ALICE"));
        assertThat(item(PRIMARY_48).get("attempts").n()).isEqualTo("2");
        assertThat(item(PRIMARY_48).get("completedAt").s()).isEqualTo("2026-12-07T01:02:37.000Z");
    }

    @Test
    void aStepFailingAllShiftLong_isLeftBehind_andTheNextShiftMovesTheGroupToItsPerson() {
        fx.slack.failNext("usergroups.users.update", 500, Integer.MAX_VALUE);
        RotationHandoffHandler handler = fx.handler(config, clock);
        catchThrowableOfType(HandoffStepsFailed.class, () -> invoke(handler, "rotation-handoff-sweep.json"));
        clock.set(DEC_7.plus(Duration.ofDays(7)).minusSeconds(23));
        catchThrowableOfType(HandoffStepsFailed.class, () -> invoke(handler, "rotation-handoff-sweep.json"));

        fx.slack.failNext("usergroups.users.update", 500, 0);
        clock.advance(Duration.ofMinutes(1));
        Map<String, Object> nextShift = invoke(handler, "rotation-handoff-sweep.json");

        assertThat(handoffs(nextShift)).extracting(h -> h.get("rotation") + ":" + RotationHandoffHandlerTest.shift(h).get("memberId"))
                .containsExactly("sre-primary:bob", "sre-secondary:dave");
        assertThat(fx.slack.accepted("usergroups.users.update")).singleElement().satisfies(c -> assertThat(c.body()).containsEntry("users", "U02BOB"));
        assertThat(item(PRIMARY_48)).doesNotContainKey("completedAt");
        clock.advance(Duration.ofMinutes(1));
        assertThat(invoke(handler, "rotation-handoff-sweep.json")).containsEntry("status", "nothing-due");
        assertThat(fx.slack.calls("usergroups.users.update")).last().satisfies(c -> assertThat(c.body()).containsEntry("users", "U02BOB"));
    }

    private Map<String, AttributeValue> item(ShiftRef shift) {
        return fx.aws.dynamo().getItem(r -> r.tableName(fx.aws.tableName()).consistentRead(true)
                .key(TableKeys.handoff(shift.teamId(), shift.rotationId(), shift.start(), shift.scheduledMemberId()))).item();
    }
}
