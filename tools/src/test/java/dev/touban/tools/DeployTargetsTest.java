package dev.touban.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.testing.RepoFiles;
import dev.touban.testing.TemplateTable;
import dev.touban.tools.manifest.SlackManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** make deploy, make verify and samconfig.toml, as a person runs them. */
class DeployTargetsTest {
    private static final Map<String, String> NAMED_IAM = Map.of("AWS::IAM::Role", "RoleName", "AWS::IAM::User", "UserName",
            "AWS::IAM::ManagedPolicy", "ManagedPolicyName", "AWS::IAM::Group", "GroupName", "AWS::IAM::InstanceProfile",
            "InstanceProfileName");

    @Test
    void makeDeploy_withoutTheSamCli_failsWithTheInstallLine_beforeBuildingAnything() throws Exception {
        Result make = make("deploy", "SAM=touban-test-no-such-sam");

        assertThat(make.exit()).isNotZero();
        assertThat(make.output()).contains("the AWS SAM CLI (sam) is missing: install it (pip install aws-sam-cli")
                .doesNotContain("mvnw");
    }

    @Test
    void makeDeploy_buildsThenDeploysWithTheConfigEnvironment() throws Exception {
        Result dryRun = make("-n", "deploy", "SAM=true", "SAM_CONFIG_ENV=staging");

        assertThat(dryRun.output()).containsSubsequence("make build", "true deploy --config-env staging");
    }

    @Test
    void makeVerify_passesTheStackTheRunnerAndTheCanaryToTheTool() throws Exception {
        assertThat(make("-n", "verify", "STACK=touban-prod", "CANARY=1").output())
                .contains("bin/touban-verify --stack touban-prod  --canary");
        assertThat(make("-n", "verify", "LOCAL=http://127.0.0.1:3000").output())
                .contains("bin/touban-verify  --local http://127.0.0.1:3000");
    }

    @Test
    void samconfig_deploysTheTemplateAsTheStackTheToolsAssume_askingBeforeChanges() {
        Map<String, String> config = toml(RepoFiles.read("samconfig.toml"));

        assertThat(config).containsEntry("default.global.parameters.stack_name", "\"" + SlackManifest.DEFAULT_STACK + "\"")
                .containsEntry("default.deploy.parameters.template_file", "\"template.yaml\"")
                .containsEntry("default.deploy.parameters.resolve_s3", "true")
                .containsEntry("default.deploy.parameters.confirm_changeset", "true")
                .containsEntry("default.deploy.parameters.capabilities", "\"CAPABILITY_IAM\"")
                .doesNotContainKey("default.global.parameters.region");
    }

    /** CAPABILITY_IAM covers IAM resources with generated names only; a RoleName would need CAPABILITY_NAMED_IAM. */
    @Test
    @SuppressWarnings("unchecked")
    void template_namesNoIamResource_soCapabilityIamIsEnough() {
        Map<String, Object> template = (Map<String, Object>) TemplateTable.load(RepoFiles.read("template.yaml"));
        List<String> named = new ArrayList<>();
        ((Map<String, Object>) template.get("Resources")).forEach((id, r) -> {
            Map<String, Object> resource = (Map<String, Object>) r;
            String nameProperty = NAMED_IAM.get(resource.get("Type"));
            if (nameProperty != null && resource.get("Properties") instanceof Map<?, ?> p && p.containsKey(nameProperty)) {
                named.add(id);
            }
        });
        assertThat(named).as("named IAM resources: set capabilities = \"CAPABILITY_NAMED_IAM\" in samconfig.toml").isEmpty();
    }

    /** The flat key = value lines of samconfig.toml, keyed by section and key. */
    private static Map<String, String> toml(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String section = "";
        Matcher m;
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if ((m = Pattern.compile("\\[(.+)]").matcher(l)).matches()) {
                section = m.group(1) + ".";
            } else if ((m = Pattern.compile("([a-z0-9_]+)\\s*=\\s*(.+)").matcher(l)).matches()) {
                out.put(section + m.group(1), m.group(2).strip());
            }
        }
        return out;
    }

    private record Result(int exit, String output) {}

    private static Result make(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("make", "--no-print-directory"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(RepoFiles.root().toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("make " + String.join(" ", args) + " did not finish: " + output);
        }
        assertThat(Files.exists(RepoFiles.path("Makefile"))).isTrue();
        return new Result(p.exitValue(), output);
    }
}
