package dev.touban.tools.stack;

import dev.touban.testing.RepoFiles;
import dev.touban.testing.TemplateTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What template.yaml declares, for tools that run before a stack exists or beside the local runner. */
public final class Template {
    private final Map<String, Object> doc;

    private Template(Map<String, Object> doc) {
        this.doc = doc;
    }

    @SuppressWarnings("unchecked")
    public static Template fromRepository() {
        return new Template((Map<String, Object>) TemplateTable.load(RepoFiles.read("template.yaml")));
    }

    /** A parameter's default value, or null when the template has no such parameter or no default. */
    public String parameterDefault(String name) {
        if (section("Parameters").get(name) instanceof Map<?, ?> p && p.get("Default") instanceof String d) {
            return d;
        }
        return null;
    }

    /** The ScheduleV2 events of a function whose State is not DISABLED, as "EventName: expression". */
    public List<String> enabledSchedules(String functionLogicalId) {
        List<String> out = new ArrayList<>();
        if (section("Resources").get(functionLogicalId) instanceof Map<?, ?> resource
                && resource.get("Properties") instanceof Map<?, ?> props && props.get("Events") instanceof Map<?, ?> events) {
            events.forEach((name, e) -> {
                if (e instanceof Map<?, ?> event && "ScheduleV2".equals(event.get("Type"))
                        && event.get("Properties") instanceof Map<?, ?> p && !"DISABLED".equals(p.get("State"))) {
                    out.add(name + ": " + p.get("ScheduleExpression"));
                }
            });
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(String name) {
        return doc.get(name) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
