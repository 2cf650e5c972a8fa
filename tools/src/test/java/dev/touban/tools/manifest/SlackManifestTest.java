package dev.touban.tools.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.testing.Emulated;
import dev.touban.testing.EmulatorExtension;
import dev.touban.testing.RepoFiles;
import dev.touban.tools.ToolAws;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

@ExtendWith(EmulatorExtension.class)
class SlackManifestTest {
    private static final String API = "https://abc123defg.execute-api.ap-northeast-1.amazonaws.com";

    /**
     * The bot scopes each Slack Web API method Touban calls needs, from Slack's method reference
     * (docs.slack.dev/reference/methods/NAME, "Scopes": bot token). conversations.open accepts any
     * of channels:manage, groups:write, im:write, mpim:write; a direct message with one user needs im:write.
     */
    private static final Map<String, String> SCOPE_OF_METHOD = Map.of(
            "chat.postMessage", "chat:write",
            "chat.update", "chat:write",
            "conversations.open", "im:write",
            "usergroups.users.update", "usergroups:write");

    @Test
    void manifest_fromStackOutputs_pointsSlashCommandAndInteractivityAtTheApi(Emulated aws) {
        createStack(aws, "touban", API);

        Run run = run(aws, "touban");

        assertThat(run.exit()).isZero();
        Map<String, Object> manifest = yaml(run.out());
        Map<String, Object> command = first(list(map(manifest, "features"), "slash_commands"));
        assertThat(command).containsEntry("command", "/oncall").containsEntry("url", API + "/slack/commands");
        assertThat((String) command.get("usage_hint")).contains("who", "call", "ack");
        assertThat(map(map(manifest, "settings"), "interactivity"))
                .containsEntry("is_enabled", true)
                .containsEntry("request_url", API + "/slack/interactions");
        assertThat(map(map(manifest, "features"), "bot_user")).containsEntry("display_name", "touban");
        assertThat(run.out()).doesNotContain("{{");
    }

    @Test
    void manifest_withTheStacksUrls_isValidAgainstSlacksManifestFields(Emulated aws) {
        createStack(aws, "touban", API);

        assertThat(SlackManifestSchema.errors(yaml(run(aws, "touban").out()))).isEmpty();
    }

    @Test
    void schema_rejectsUnknownFieldsWrongTypesAndOverlongValues() {
        Map<String, Object> bad = yaml("""
                display_information:
                  name: A name far longer than thirty-five characters
                features:
                  bot_user:
                    display_name: Touban Bot
                  slash_commands:
                    - command: oncall
                      url: http://example.com/slack/commands
                oauth_config:
                  scopes:
                    bot: chat:write
                settings:
                  interactivity:
                    request_url: https://example.com/slack/interactions
                  sockets: true
                """);

        assertThat(SlackManifestSchema.errors(bad)).containsExactlyInAnyOrder(
                "display_information.name: at most 35 characters, not 45",
                "features.bot_user.display_name: 'Touban Bot' does not match ^[a-z0-9._-]+$",
                "features.slash_commands[0].command: 'oncall' does not match ^/\\S+$",
                "features.slash_commands[0].description: required",
                "features.slash_commands[0].url: 'http://example.com/slack/commands' does not match ^https://\\S+$",
                "oauth_config.scopes.bot: must be an array",
                "settings.sockets: not a field of the manifest schema",
                "settings.interactivity.is_enabled: required");
        assertThat(SlackManifestSchema.errors(yaml("features: {}\n"))).containsExactly("display_information: required");
    }

    @Test
    void botScopes_areExactlyWhatTheSlackCallsInTheCodeNeed() {
        Set<String> called = new TreeSet<>();
        Matcher m = Pattern.compile("call\\(\"([A-Za-z.]+)\"")
                .matcher(RepoFiles.read("shared/aws/src/main/java/dev/touban/aws/slack/SlackWebApi.java"));
        while (m.find()) {
            called.add(m.group(1));
        }
        assertThat(called).as("Slack methods the code calls; give each new one its scope in SCOPE_OF_METHOD")
                .isNotEmpty().isSubsetOf(SCOPE_OF_METHOD.keySet());
        Set<String> needed = new TreeSet<>(Set.of("commands"));
        called.forEach(method -> needed.add(SCOPE_OF_METHOD.get(method)));

        Map<String, Object> manifest = yaml(RepoFiles.read(SlackManifest.FILE));
        assertThat(new TreeSet<>(stringList(map(map(manifest, "oauth_config"), "scopes"), "bot"))).isEqualTo(needed);
    }

    @Test
    void stackWithoutTheApiUrlOutput_failsNamingIt_andPrintsNoManifest(Emulated aws) {
        createStack(aws, "other", null);

        Run run = run(aws, "other");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("stack 'other' has no usable output ApiUrl");
    }

    @Test
    void missingStack_failsClearly(Emulated aws) {
        Run run = run(aws, "nowhere");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("cannot describe stack 'nowhere'");
    }

    @Test
    void extraArguments_getTheUsage(Emulated aws) {
        Run run = run(aws, "a", "b");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("usage: bin/slack-manifest [stack-name]");
    }

    static void createStack(Emulated aws, String name, String apiUrl) {
        String outputs = apiUrl == null ? "" : "Outputs:\n  ApiUrl:\n    Value: " + apiUrl + "\n";
        try (CloudFormationClient cfn = ToolAws.emulator(aws.endpoint(), Map.of()).configure(CloudFormationClient.builder()).build()) {
            cfn.createStack(r -> r.stackName(name).templateBody("Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n" + outputs));
        }
    }

    private static Run run(Emulated aws, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SlackManifest.run(args, Map.of("TOUBAN_AWS_ENDPOINT", aws.endpoint().toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String out, String err) {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String text) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> parent, String key) {
        return (List<Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(List<Object> list) {
        return (Map<String, Object>) list.get(0);
    }

    private static List<String> stringList(Map<String, Object> parent, String key) {
        List<String> out = new ArrayList<>();
        list(parent, key).forEach(o -> out.add((String) o));
        return out;
    }
}
