package dev.touban.domain.config;

import dev.touban.domain.escalation.Channel;
import dev.touban.domain.escalation.EscalationPolicy;
import dev.touban.domain.escalation.Target;
import dev.touban.domain.escalation.Tier;
import dev.touban.domain.heartbeat.Heartbeat;
import dev.touban.domain.rotation.Rotation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code escalationPolicies} and {@code services} sections of {@code oncall.yaml}
 * against the roster already read, naming the field of every problem.
 */
final class EscalationConfigReader {
    private static final String HANDLE = "[a-z0-9][a-z0-9._-]{0,63}";
    private static final String SHA256_HEX = "[0-9a-fA-F]{64}";
    private static final int MAX_KEYS_PER_SERVICE = 2;

    private EscalationConfigReader() {}

    static OncallConfig read(ConfigNode top, OncallConfig roster) {
        List<EscalationPolicy> policies = policies(top.optionalList("escalationPolicies"), roster);
        Map<String, EscalationPolicy> policyIds = new HashMap<>();
        for (EscalationPolicy p : policies) {
            policyIds.put(p.id(), p);
        }
        Map<String, java.time.ZoneId> zoneOfPolicy = new HashMap<>();
        for (EscalationPolicy p : policies) {
            zoneOfPolicy.put(p.id(), roster.team(p.teamId()).orElseThrow().timeZone());
        }
        List<Service> services = services(top.optionalList("services"), policyIds, roster, zoneOfPolicy);
        return roster.withEscalation(policies, services);
    }

    private static List<EscalationPolicy> policies(List<ConfigNode> nodes, OncallConfig roster) {
        Map<String, Rotation> rotations = new HashMap<>();
        Map<String, String> teamOfRotation = new HashMap<>();
        for (Team t : roster.teams()) {
            for (Rotation r : t.rotations()) {
                rotations.put(r.id(), r);
                teamOfRotation.put(r.id(), t.id());
            }
        }
        List<EscalationPolicy> policies = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ConfigNode p : nodes) {
            ConfigNode idNode = p.field("id");
            String id = idNode.matching(HANDLE, "must be a lower-case handle such as sre-default");
            if (!ids.add(id)) {
                throw idNode.fail("duplicate escalation policy '" + id + "'");
            }
            ConfigNode teamNode = p.field("team");
            String team = teamNode.text();
            if (roster.team(team).isEmpty()) {
                throw teamNode.fail("unknown team '" + team + "': not listed under teams");
            }
            int repeat = p.has("repeat") ? p.field("repeat").wholeNumber(0, EscalationPolicy.MAX_REPEAT) : 0;
            ConfigNode tiersNode = p.field("tiers");
            List<Tier> tiers = new ArrayList<>();
            for (ConfigNode t : tiersNode.list()) {
                tiers.add(tier(t, rotations, teamOfRotation, roster));
            }
            if (tiers.isEmpty()) {
                throw tiersNode.fail("must list at least one tier");
            }
            policies.add(new EscalationPolicy(id, team, tiers, repeat));
        }
        return policies;
    }

    private static Tier tier(ConfigNode t, Map<String, Rotation> rotations, Map<String, String> teamOfRotation, OncallConfig roster) {
        ConfigNode delayNode = t.field("delayMinutes");
        int minutes = delayNode.wholeNumber(1, 24 * 60);
        ConfigNode targetsNode = t.field("targets");
        List<Target> targets = new ArrayList<>();
        for (ConfigNode target : targetsNode.list()) {
            targets.add(target(target, rotations, teamOfRotation, roster));
        }
        if (targets.isEmpty()) {
            throw targetsNode.fail("must list at least one target");
        }
        return new Tier(targets, Duration.ofMinutes(minutes));
    }

    private static Target target(ConfigNode t, Map<String, Rotation> rotations, Map<String, String> teamOfRotation, OncallConfig roster) {
        var rotation = t.optional("rotation");
        var user = t.optional("user");
        var slackChannel = t.optional("slackChannel");
        int kinds = (rotation.isPresent() ? 1 : 0) + (user.isPresent() ? 1 : 0) + (slackChannel.isPresent() ? 1 : 0);
        if (kinds != 1) {
            throw t.fail("give exactly one of rotation (a rotation id), user (a member id) or slackChannel (a channel id)");
        }
        if (slackChannel.isPresent()) {
            String channel = slackChannel.get().matching("[CG][A-Z0-9]{2,20}", "is not a Slack channel id (C0123ABCD)");
            if (t.has("channels")) {
                throw t.field("channels").fail("a Slack channel target is always reached by a Slack message; remove channels");
            }
            return new Target.SlackChannel(channel);
        }
        List<Channel> channels = channels(t);
        if (rotation.isPresent()) {
            String id = rotation.get().text();
            Rotation r = rotations.get(id);
            if (r == null) {
                throw rotation.get().fail("unknown rotation '" + id + "': not a rotation of any team " + rotations.keySet().stream().sorted().toList());
            }
            return new Target.OnCall(id, teamOfRotation.get(id), r.layer(), channels);
        }
        String memberId = user.get().text();
        if (roster.member(memberId).isEmpty()) {
            throw user.get().fail("unknown member '" + memberId + "': not listed under members");
        }
        return new Target.User(memberId, channels);
    }

    private static List<Channel> channels(ConfigNode t) {
        var node = t.optional("channels");
        if (node.isEmpty()) {
            return List.of(Channel.SLACK);
        }
        List<Channel> channels = new ArrayList<>();
        for (ConfigNode c : node.get().list()) {
            Optional<Channel> parsed = Channel.parse(c.text());
            if (parsed.isEmpty()) {
                throw c.fail("'" + c.text() + "' is not a channel: use slack, sns, sms or voice");
            }
            Channel channel = parsed.get();
            if (channels.contains(channel)) {
                throw c.fail("'" + c.text() + "' is listed twice");
            }
            channels.add(channel);
        }
        if (channels.isEmpty()) {
            throw node.get().fail("must list at least one channel (slack, sns, sms, voice)");
        }
        return channels;
    }

    private static List<Service> services(List<ConfigNode> nodes, Map<String, EscalationPolicy> policyIds, OncallConfig roster,
            Map<String, java.time.ZoneId> zoneOfPolicy) {
        List<Service> services = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        Map<String, String> prefixes = new HashMap<>();
        for (ConfigNode s : nodes) {
            ConfigNode idNode = s.field("id");
            String id = idNode.matching(HANDLE, "must be a lower-case handle such as web");
            if (!ids.add(id)) {
                throw idNode.fail("duplicate service '" + id + "'");
            }
            String name = s.has("name") ? s.field("name").text() : id;
            List<String> hashes = routingKeyHashes(s, keys);
            ConfigNode policyNode = s.field("escalationPolicy");
            String policy = policyNode.text();
            if (!policyIds.containsKey(policy)) {
                throw policyNode.fail("unknown escalation policy '" + policy + "': not listed under escalationPolicies");
            }
            List<String> alarmPrefixes = new ArrayList<>();
            for (ConfigNode p : s.optionalList("cloudwatchAlarms")) {
                String prefix = p.matching("[A-Za-z0-9 ._\\-/#:()*]{1,255}", "is not the start of a CloudWatch alarm name");
                String owner = prefixes.putIfAbsent(prefix, id);
                if (owner != null) {
                    throw p.fail("alarm prefix '" + prefix + "' is already routed to service '" + owner + "'");
                }
                alarmPrefixes.add(prefix);
            }
            boolean canary = canary(s, policyIds.get(policy), roster);
            services.add(new Service(id, name, hashes, policy, alarmPrefixes, canary, heartbeats(s, id, keys),
                    MaintenanceConfigReader.windows(s, zoneOfPolicy.get(policy))));
        }
        return services;
    }

    /**
     * {@code canary: true} marks the service of the scheduled canary. Its incidents are made
     * every few minutes, so its policy may page Slack channels only, and the channel its team
     * posts incidents in must be one of them: nobody is ever called, texted or messaged by it.
     */
    private static boolean canary(ConfigNode service, EscalationPolicy policy, OncallConfig roster) {
        Optional<ConfigNode> flag = service.optional("canary");
        if (flag.isEmpty() || flag.get().text().equals("false")) {
            return false;
        }
        if (!flag.get().text().equals("true")) {
            throw flag.get().fail("must be true or false");
        }
        Set<String> channels = new HashSet<>();
        for (Tier tier : policy.tiers()) {
            for (Target target : tier.targets()) {
                if (!(target instanceof Target.SlackChannel channel)) {
                    throw service.field("escalationPolicy").fail("a canary service's policy may page Slack channels only "
                            + "(slackChannel targets): '" + policy.id() + "' pages " + target.describe());
                }
                channels.add(channel.channelId());
            }
        }
        String teamChannel = roster.team(policy.teamId()).map(Team::slackChannel).orElse(null);
        if (teamChannel != null && !channels.contains(teamChannel)) {
            throw service.field("escalationPolicy").fail("a canary service's incidents are posted in its policy's team channel "
                    + teamChannel + ", which is not one of the canary's channels " + channels.stream().sorted().toList()
                    + ": give the canary a team of its own whose slackChannel is the canary channel");
        }
        return true;
    }

    /**
     * A service's heartbeats: a name unique in the service, the SHA-256 of its key (unique among
     * every routing and heartbeat key), the interval at which pings are expected and the grace
     * after it, in whole minutes (the sweep runs every minute).
     */
    private static List<Heartbeat> heartbeats(ConfigNode service, String serviceId, Set<String> taken) {
        List<Heartbeat> heartbeats = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ConfigNode h : service.optionalList("heartbeats")) {
            ConfigNode nameNode = h.field("name");
            String name = nameNode.matching(HANDLE, "must be a lower-case handle such as watchdog");
            if (!names.add(name)) {
                throw nameNode.fail("duplicate heartbeat '" + name + "' in service '" + serviceId + "'");
            }
            if (h.has("key")) {
                throw h.field("key").fail("a heartbeat key is not stored in oncall.yaml, only its SHA-256: "
                        + "run bin/touban-key and paste its hash as keySha256");
            }
            ConfigNode keyNode = h.field("keySha256");
            String hash = keyNode.text();
            if (!hash.matches(SHA256_HEX)) {
                throw keyNode.fail("is not a SHA-256 in hex (64 characters): bin/touban-key prints it");
            }
            hash = hash.toLowerCase(Locale.ROOT);
            if (!taken.add(hash)) {
                throw keyNode.fail("this key is already given to a service or heartbeat");
            }
            Duration interval = Duration.ofMinutes(h.field("intervalMinutes").wholeNumber(1, 7 * 24 * 60));
            Duration grace = Duration.ofMinutes(h.has("graceMinutes") ? h.field("graceMinutes").wholeNumber(0, 24 * 60) : 1);
            heartbeats.add(new Heartbeat(serviceId, name, hash, interval, grace));
        }
        return heartbeats;
    }

    /** A service's routing keys, stored as SHA-256 digests: one, or two while a key is rotated. A plaintext key is refused. */
    private static List<String> routingKeyHashes(ConfigNode service, Set<String> taken) {
        if (service.has("routingKey")) {
            throw service.field("routingKey").fail("a routing key is not stored in oncall.yaml, only its SHA-256: "
                    + "run bin/touban-key <key> (or bin/touban-key for a new key) and paste the routingKeySha256 line it prints");
        }
        ConfigNode node = service.field("routingKeySha256");
        List<ConfigNode> items = node.isList() ? node.list() : List.of(node);
        if (items.isEmpty() || items.size() > MAX_KEYS_PER_SERVICE) {
            throw node.fail("give one SHA-256, or two while a key is rotated");
        }
        List<String> hashes = new ArrayList<>();
        for (ConfigNode item : items) {
            String hash = item.text();
            if (!hash.matches(SHA256_HEX)) {
                // the value is not shown: it may be a key pasted in the wrong place, and errors reach build and function logs
                throw item.fail("is not a SHA-256 in hex (64 characters): bin/touban-key prints the line to paste");
            }
            hash = hash.toLowerCase(Locale.ROOT);
            if (!taken.add(hash)) {
                throw item.fail("this routing key is already given to a service");
            }
            hashes.add(hash);
        }
        return hashes;
    }
}
