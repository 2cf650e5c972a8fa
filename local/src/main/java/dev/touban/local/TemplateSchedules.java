package dev.touban.local;

import dev.touban.testing.RepoFiles;
import dev.touban.testing.TemplateTable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code ScheduleV2} events of template.yaml's functions: what EventBridge Scheduler would fire in AWS. */
record TemplateSchedules(List<Schedule> schedules) {

    /**
     * One schedule: which function it invokes, when (a cron in a zone, or null for a
     * {@code rate(...)}, which fires where its function has work: see {@link CronSchedules})
     * and with which Input.
     */
    record Schedule(String functionId, String eventName, AwsCron cron, String input) {
        boolean isRate() {
            return cron == null;
        }
    }

    static TemplateSchedules fromRepository() {
        return parse(RepoFiles.read("template.yaml"));
    }

    @SuppressWarnings("unchecked")
    static TemplateSchedules parse(String templateYaml) {
        Map<String, Object> template = (Map<String, Object>) TemplateTable.load(templateYaml);
        List<Schedule> out = new ArrayList<>();
        Map<String, Object> resources = (Map<String, Object>) template.get("Resources");
        resources.forEach((id, r) -> {
            Map<String, Object> resource = (Map<String, Object>) r;
            if (!"AWS::Serverless::Function".equals(resource.get("Type"))) {
                return;
            }
            Map<String, Object> props = (Map<String, Object>) resource.get("Properties");
            Map<String, Object> events = (Map<String, Object>) props.getOrDefault("Events", Map.of());
            events.forEach((name, e) -> {
                Map<String, Object> event = (Map<String, Object>) e;
                if (!"ScheduleV2".equals(event.get("Type"))) {
                    return;
                }
                Map<String, Object> p = (Map<String, Object>) event.get("Properties");
                // a rate set by a parameter (the canary's) is a !Sub; its firings come from Wakeups anyway
                String expression = ((String) p.get("ScheduleExpression")).replaceFirst("^!Sub ", "");
                if (expression.startsWith("rate(")) {
                    out.add(new Schedule(id, name, null, (String) p.getOrDefault("Input", "{}")));
                    return;
                }
                if (!expression.startsWith("cron(")) {
                    throw new IllegalArgumentException(id + "." + name + ": the local runner fires cron(...) schedules only, not " + expression);
                }
                ZoneId zone = ZoneId.of(resolve(template, (String) p.getOrDefault("ScheduleExpressionTimezone", "UTC")));
                out.add(new Schedule(id, name, AwsCron.parse(expression, zone), (String) p.getOrDefault("Input", "{}")));
            });
        });
        return new TemplateSchedules(List.copyOf(out));
    }

    /** A {@code !Ref Parameter} becomes the parameter's default, as a stack deployed with defaults would see it. */
    @SuppressWarnings("unchecked")
    static String resolve(Map<String, Object> template, String value) {
        if (!value.startsWith("!Ref ")) {
            return value;
        }
        String name = value.substring("!Ref ".length()).trim();
        Map<String, Object> parameters = (Map<String, Object>) template.getOrDefault("Parameters", Map.of());
        Object parameter = parameters.get(name);
        if (parameter instanceof Map<?, ?> p && p.get("Default") instanceof String d) {
            return d;
        }
        throw new IllegalArgumentException("template.yaml: !Ref " + name + " names no parameter with a default");
    }
}
