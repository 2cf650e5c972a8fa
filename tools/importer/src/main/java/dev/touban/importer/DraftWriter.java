package dev.touban.importer;

import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Draft} as {@code oncall.yaml}, laid out like {@code config/oncall.example.yaml},
 * with each part's comments above it. Identifiers are Touban handles (safe as plain scalars);
 * every text from the source goes through {@link Yaml}.
 */
final class DraftWriter {
    private final StringBuilder out = new StringBuilder(8192);

    private DraftWriter() {}

    static String write(Draft d) {
        return new DraftWriter().draft(d);
    }

    private String draft(Draft d) {
        comments("", d.header());
        out.append("\nmembers:\n");
        for (Draft.Member m : d.members()) {
            comments("  ", m.comments());
            out.append("  - id: ").append(m.id()).append('\n');
            field("    ", "name", Yaml.quoted(m.name()));
            field("    ", "slack", m.slack());
            field("    ", "phone", Yaml.quoted(m.phone()));
            if (m.email() != null) {
                field("    ", "email", Yaml.quoted(m.email()));
            }
            field("    ", "timeZone", m.zone().getId());
        }
        out.append("\nteams:\n");
        for (Draft.Team t : d.teams()) {
            team(t);
        }
        if (!d.policies().isEmpty()) {
            out.append("\nescalationPolicies:\n");
            for (Draft.Policy p : d.policies()) {
                policy(p);
            }
        }
        if (!d.services().isEmpty()) {
            out.append("\nservices:\n");
            for (Draft.Service s : d.services()) {
                comments("  ", s.comments());
                out.append("  - id: ").append(s.id()).append('\n');
                field("    ", "name", Yaml.quoted(s.name()));
                if (s.routingKey() != null) {
                    field("    ", "routingKey", s.routingKey());
                } else {
                    field("    ", "routingKeySha256", s.keyHashes().size() == 1 ? s.keyHashes().getFirst() : list(s.keyHashes()));
                }
                field("    ", "escalationPolicy", s.policy());
            }
        }
        if (!d.footer().isEmpty()) {
            out.append('\n');
            comments("", d.footer());
        }
        return out.toString();
    }

    private void team(Draft.Team t) {
        comments("  ", t.comments());
        out.append("  - id: ").append(t.id()).append('\n');
        field("    ", "name", Yaml.quoted(t.name()));
        field("    ", "timeZone", t.zone().getId());
        field("    ", "members", list(t.members()));
        if (!t.admins().isEmpty()) {
            field("    ", "admins", list(t.admins()));
        }
        if (t.rotations().isEmpty()) {
            return;
        }
        out.append("    rotations:\n");
        for (Draft.Rotation r : t.rotations()) {
            comments("      ", r.comments());
            out.append("      - id: ").append(r.id()).append('\n');
            field("        ", "layer", r.layer());
            field("        ", "members", list(r.members()));
            if (r.weeks() > 0) {
                field("        ", "weeks", Integer.toString(r.weeks()));
                field("        ", "handoff", "{ day: " + r.day().name().toLowerCase(Locale.ROOT) + ", time: \"" + r.time() + "\" }");
            } else {
                field("        ", "days", Integer.toString(r.days()));
                field("        ", "handoff", "{ time: \"" + r.time() + "\" }");
            }
            if (r.zone() != null) {
                field("        ", "timeZone", r.zone().getId());
            }
            field("        ", "start", r.start().toString());
        }
    }

    private void policy(Draft.Policy p) {
        comments("  ", p.comments());
        out.append("  - id: ").append(p.id()).append('\n');
        field("    ", "team", p.team());
        field("    ", "repeat", Integer.toString(p.repeat()));
        out.append("    tiers:\n");
        for (Draft.Tier tier : p.tiers()) {
            comments("      ", tier.comments());
            out.append("      - delayMinutes: ").append(tier.delayMinutes()).append('\n');
            out.append("        targets:\n");
            for (Draft.Target target : tier.targets()) {
                out.append("          - ").append(target.kind()).append(": ").append(target.ref()).append('\n');
                field("            ", "channels", list(target.channels()));
            }
        }
    }

    private void field(String indent, String name, String value) {
        out.append(indent).append(name).append(": ").append(value).append('\n');
    }

    private void comments(String indent, List<String> comments) {
        for (String c : comments) {
            for (String line : Yaml.comment(c)) {
                out.append(indent).append(line).append('\n');
            }
        }
    }

    private static String list(List<String> ids) {
        return "[" + String.join(", ", ids) + "]";
    }
}
