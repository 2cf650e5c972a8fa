package dev.touban.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touban.testing.RepoFiles;
import dev.touban.testing.TemplateTable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SubjectsTest {
    /** Off by default in template.yaml (an empty parameter), so a deployment without voice does not set it either. */
    private static final Set<String> OFF_BY_DEFAULT = Set.of("VOICE_ORIGINATION_IDENTITY");

    @Test
    @SuppressWarnings("unchecked")
    void everyMeasuredFunction_getsEveryVariableTemplateYamlGivesIt() {
        Map<String, Object> template = (Map<String, Object>) TemplateTable.load(RepoFiles.read("template.yaml"));
        Map<String, Object> resources = (Map<String, Object>) template.get("Resources");
        int checked = 0;
        for (Subject s : Subjects.all("secret")) {
            if (s.kind() != Subject.Kind.TOUBAN) {
                continue;
            }
            Map<String, String> env = new HashMap<>(s.env());
            if (!s.row().startsWith("slack-webhook")) {
                env.putAll(IncidentBench.templateEnvironment("http://127.0.0.1:1/api/"));
            }
            Set<String> deployed = new TreeSet<>(variables(resources, s.jar()));
            deployed.removeAll(OFF_BY_DEFAULT);
            assertThat(deployed).as(s.row()).isNotEmpty();
            assertThat(env.keySet()).as(s.row() + " gets template.yaml's environment").containsAll(deployed);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(6);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> variables(Map<String, Object> resources, String jar) {
        for (Object value : resources.values()) {
            Map<String, Object> resource = (Map<String, Object>) value;
            if (resource.get("Properties") instanceof Map<?, ?> props && jar.equals(props.get("CodeUri"))
                    && props.get("Environment") instanceof Map<?, ?> environment
                    && environment.get("Variables") instanceof Map<?, ?> variables) {
                return (Set<String>) variables.keySet();
            }
        }
        throw new AssertionError("template.yaml deploys no function from " + jar);
    }

    @Test
    void aComparedBuildsRow_isHandledAsTheRowItMeasures() {
        Subject intake = Subjects.all("secret").stream().filter(s -> s.row().equals(Subjects.INTAKE_ROW)).findFirst().orElseThrow();
        Subject before = new Subject("alert-intake (before): trigger", "/tmp/before.jar", intake.handler(), intake.event(), intake.expect(),
                intake.env(), intake.floorRow(), intake.kind());

        assertThat(Bench.baseRow(before)).isEqualTo(Subjects.INTAKE_ROW);
        assertThat(Bench.baseRow(intake)).isEqualTo(Subjects.INTAKE_ROW);
    }
}
