package dev.touban.tools.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.domain.config.RoutingKeys;
import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.tools.ToolAws;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.Parameter;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;
import software.amazon.awssdk.services.ssm.model.ParameterType;

@ExtendWith(EmulatorExtension.class)
class ToubanSecretsTest {
    private static final String SIGNING = "8f742231b10e8888abcd99edabcd85a5";
    private static final String TOKEN = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx";
    private static final String SIGNING_NAME = "/touban/slack/signing-secret";
    private static final String TOKEN_NAME = "/touban/slack/bot-token";
    private static final String ACK_NAME = "/touban/ack-link-key";
    private static final String CALENDAR_NAME = "/touban/calendar/key";
    private static final String CANARY_NAME = "/touban/canary/routing-key";

    private Emulated aws;
    private SsmClient ssm;
    private final List<String> asked = new ArrayList<>();

    @BeforeEach
    void setUp(Emulated aws) {
        this.aws = aws;
        this.ssm = ToolAws.emulator(aws.endpoint(), Map.of()).configure(SsmClient.builder()).build();
    }

    @Test
    void firstRun_createsEveryOneAsASecureString_slackOnesFromTheEnvironment_keysGenerated() {
        Run run = run(env(SIGNING, TOKEN));

        assertThat(run.exit()).isZero();
        assertThat(parameter(SIGNING_NAME).value()).isEqualTo(SIGNING);
        assertThat(parameter(TOKEN_NAME).value()).isEqualTo(TOKEN);
        assertThat(parameter(ACK_NAME).value()).matches("[0-9a-f]{64}");
        assertThat(parameter(CALENDAR_NAME).value()).matches("[0-9a-f]{64}").isNotEqualTo(parameter(ACK_NAME).value());
        assertThat(parameter(CANARY_NAME).value()).matches(RoutingKeys.FORMAT);
        assertThat(run.out()).contains("routingKeySha256: " + RoutingKeys.sha256Hex(parameter(CANARY_NAME).value()));
        for (String name : List.of(SIGNING_NAME, TOKEN_NAME, ACK_NAME, CALENDAR_NAME, CANARY_NAME)) {
            assertThat(parameter(name).type()).isEqualTo(ParameterType.SECURE_STRING);
            assertThat(run.out()).contains("created    " + name);
        }
        assertNoSecretIn(run);
    }

    @Test
    void secondRun_withoutRotate_changesNothing_andAsksForNothing() {
        run(env(SIGNING, TOKEN));
        Map<String, Parameter> before = all();

        Run again = run(Map.of());

        assertThat(again.exit()).isZero();
        assertThat(all()).isEqualTo(before);
        assertThat(asked).isEmpty();
        assertThat(again.out()).contains("unchanged  " + SIGNING_NAME).contains("unchanged  " + CALENDAR_NAME).doesNotContain("created");
    }

    @Test
    void rotate_replacesOnlyTheNamedParameter_withANewVersion() {
        run(env(SIGNING, TOKEN));
        Map<String, Parameter> before = all();

        Run run = run(Map.of(), "--rotate", "ack-link-key");

        assertThat(run.exit()).isZero();
        Map<String, Parameter> after = all();
        assertThat(after.get(ACK_NAME).value()).matches("[0-9a-f]{64}").isNotEqualTo(before.get(ACK_NAME).value());
        assertThat(after.get(ACK_NAME).version()).isEqualTo(before.get(ACK_NAME).version() + 1);
        for (String name : List.of(SIGNING_NAME, TOKEN_NAME, CALENDAR_NAME)) {
            assertThat(after.get(name)).isEqualTo(before.get(name));
        }
        assertThat(run.out()).contains("rotated    " + ACK_NAME).contains("acknowledge links already sent stop working");
        assertNoSecretIn(run);
    }

    @Test
    void rotatingASlackCredential_asksForIt_whenNoVariableOrFileGivesIt() {
        run(env(SIGNING, TOKEN));
        String newToken = "xoxb-2222222222-3333333333-ZyXwVuTsRqPoNmLkJiHgFeDc";

        Run run = run(Map.of(), List.of(newToken), "--rotate", "slack-bot-token");

        assertThat(run.exit()).isZero();
        assertThat(asked).hasSize(1).first().asString().contains("Bot User OAuth Token");
        assertThat(parameter(TOKEN_NAME).value()).isEqualTo(newToken);
        assertThat(run.out() + run.err()).doesNotContain(newToken);
    }

    @Test
    void signingSecret_fromAFile_forNonInteractiveUse(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("signing");
        Files.writeString(file, SIGNING + "\n");

        Run run = run(Map.of("SLACK_BOT_TOKEN", TOKEN), "--signing-secret-file", file.toString());

        assertThat(run.exit()).isZero();
        assertThat(parameter(SIGNING_NAME).value()).isEqualTo(SIGNING);
    }

    @Test
    void malformedBotToken_isRefusedWithoutEchoingIt_andNothingIsWritten() {
        String wrong = "xoxp-user-token-pasted-by-mistake-123456";

        Run run = run(env(SIGNING, wrong));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("is not a Slack bot token").contains("nothing was written").doesNotContain(wrong);
        assertThat(all()).isEmpty();
    }

    @Test
    void noTerminalAndNoVariable_failsSayingHowToGiveTheValue_andWritesNothing() {
        Run run = run(Map.of("SLACK_BOT_TOKEN", TOKEN));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("set SLACK_SIGNING_SECRET").contains("--signing-secret-file");
        assertThat(all()).isEmpty();
    }

    @Test
    void plainStringParameter_isRefused_untilRotatedIntoASecureString() {
        ssm.putParameter(r -> r.name(CALENDAR_NAME).type(ParameterType.STRING).value("typed-by-hand-in-the-console"));

        Run refused = run(env(SIGNING, TOKEN));
        Run rotated = run(env(SIGNING, TOKEN), "--rotate", "calendar-key");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains(CALENDAR_NAME + " exists as a String, not a SecureString");
        assertThat(rotated.exit()).isZero();
        assertThat(parameter(CALENDAR_NAME).type()).isEqualTo(ParameterType.SECURE_STRING);
        assertThat(parameter(CALENDAR_NAME).value()).matches("[0-9a-f]{64}");
    }

    @Test
    void unknownRotateName_getsTheUsage_andChangesNothing() {
        Run run = run(env(SIGNING, TOKEN), "--rotate", "everything");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("not one of [slack-signing-secret, slack-bot-token, ack-link-key, calendar-key, canary-routing-key]");
        assertThat(all()).isEmpty();
    }

    private void assertNoSecretIn(Run run) {
        String printed = run.out() + run.err();
        assertThat(printed).doesNotContain(SIGNING).doesNotContain(TOKEN);
        for (Parameter p : all().values()) {
            assertThat(printed).doesNotContain(p.value());
        }
    }

    private Parameter parameter(String name) {
        return ssm.getParameter(r -> r.name(name).withDecryption(true)).parameter();
    }

    /** Every Touban parameter that exists, by name (value, type and version compared as a whole). */
    private Map<String, Parameter> all() {
        Map<String, Parameter> out = new LinkedHashMap<>();
        for (String name : List.of(SIGNING_NAME, TOKEN_NAME, ACK_NAME, CALENDAR_NAME, CANARY_NAME)) {
            try {
                Parameter p = parameter(name);
                out.put(name, p.toBuilder().lastModifiedDate(null).build());
            } catch (ParameterNotFoundException e) {
                // not created
            }
        }
        return out;
    }

    private static Map<String, String> env(String signing, String token) {
        return Map.of("SLACK_SIGNING_SECRET", signing, "SLACK_BOT_TOKEN", token);
    }

    private Run run(Map<String, String> env, String... args) {
        return run(env, List.of(), args);
    }

    private Run run(Map<String, String> env, List<String> answers, String... args) {
        Map<String, String> withEndpoint = new HashMap<>(env);
        withEndpoint.put("TOUBAN_AWS_ENDPOINT", aws.endpoint().toString());
        List<String> remaining = new ArrayList<>(answers);
        ToubanSecrets.Prompt prompt = question -> {
            asked.add(question);
            return remaining.isEmpty() ? Optional.empty() : Optional.of(remaining.remove(0));
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ToubanSecrets.run(args, withEndpoint, prompt, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {}
}
