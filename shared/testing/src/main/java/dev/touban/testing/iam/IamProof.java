package dev.touban.testing.iam;

import dev.touban.testing.CloudFormationTemplate;
import dev.touban.testing.Emulated;
import dev.touban.testing.LoopbackProxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Proves one function's template policy against what the function does: the test runs the
 * function's real handler, wired from the environment template.yaml gives it, inside
 * {@link #record}; every AWS call it makes goes through a proxy that records it, and
 * {@link #check} evaluates each against the function's statements (read from template.yaml
 * at test time, resolved to the emulator's ARNs). A refused call fails the proof, and so does
 * a grant no call used unless the test says why ({@link #unusedBecause}).
 *
 * <p>Why not moto's own IAM enforcement: moto 5.2 authorizes DynamoDB, SNS, SSM, Scheduler,
 * EventBridge and Secrets Manager requests against the resource {@code *}, so a statement
 * naming the table's ARN refuses the function's own GetItem; it authorizes a transaction as
 * {@code dynamodb:TransactWriteItems} where IAM checks each item's action; and it passes no
 * request context to conditions ({@code dynamodb:LeadingKeys}, {@code events:source},
 * {@code s3:prefix}). {@code MotoIamTest} shows each, and shows that where moto does evaluate
 * (S3 object ARNs) it agrees with {@link Policy}.
 */
public final class IamProof implements AutoCloseable {
    private final String function;
    private final EmulatedStack stack;
    private final Policy policy;
    private final AwsRequests requests;
    private final LoopbackProxy proxy;
    private final List<AwsCall> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> explanations = new LinkedHashMap<>();
    private volatile boolean recording;

    private IamProof(String function, EmulatedStack stack, URI emulator, URI voice) {
        this.function = function;
        this.stack = stack;
        this.policy = stack.policy(function);
        this.requests = new AwsRequests(EmulatedStack.ACCOUNT, stack.tableKeys());
        this.proxy = LoopbackProxy.to(emulator).name("iam-proof-proxy").route("PinpointSMSVoiceV2.", voice).observe(exchange -> {
            if (recording && !exchange.pathAndQuery().startsWith("/moto-api/")) {
                calls.addAll(requests.parse(AwsRequests.Request.of(exchange)));
            }
        }).start();
    }

    public static Builder of(Emulated aws, String function) {
        return new Builder(aws, function);
    }

    public static final class Builder {
        private final Emulated aws;
        private final String function;
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private CloudFormationTemplate template;
        private URI voice;

        private Builder(Emulated aws, String function) {
            this.aws = aws;
            this.function = function;
        }

        /** Deploys with this value of a template parameter (the default otherwise). */
        public Builder parameter(String name, String value) {
            parameters.put(name, value);
            return this;
        }

        /** Proves against this template instead of the repository's template.yaml (the proof's own tests). */
        public Builder template(CloudFormationTemplate template) {
            this.template = template;
            return this;
        }

        /** Where End User Messaging SMS and Voice requests go (a local recorder); they are recorded on the way. */
        public Builder voice(URI recorder) {
            this.voice = recorder;
            return this;
        }

        public IamProof start() {
            EmulatedStack stack = EmulatedStack.provision(template != null ? template : CloudFormationTemplate.fromRepository(), aws, parameters);
            return new IamProof(function, stack, aws.endpoint(), voice);
        }
    }

    public EmulatedStack stack() {
        return stack;
    }

    /** The function's environment from template.yaml, with AWS reached through the recording proxy. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>(stack.environment(function));
        env.put("TOUBAN_AWS_ENDPOINT", endpoint().toString());
        return env;
    }

    /** The proxy's endpoint: point anything whose calls belong to the proof (the voice API included) here. */
    public URI endpoint() {
        return proxy.endpoint();
    }

    /** Runs {@code work} as the function: the calls it makes are the ones the proof judges. */
    public <T> T record(Callable<T> work) throws Exception {
        recording = true;
        try {
            return work.call();
        } finally {
            recording = false;
        }
    }

    /** Says why a grant (an item id of {@link #check}'s report, or its prefix) is not used by the recorded calls. */
    public IamProof unusedBecause(String grant, String reason) {
        explanations.put(grant, reason);
        return this;
    }

    /**
     * Judges every recorded call, prints the report, and fails when a call was refused, a grant
     * went unused without a reason, or a reason names a grant that was in fact used.
     */
    public String check() {
        List<Grants.Judged> judged = new ArrayList<>();
        for (AwsCall c : calls) {
            judged.add(new Grants.Judged(c, policy.evaluate(c)));
        }
        List<String> unused = Grants.unused(policy, judged);
        Map<String, String> explained = new LinkedHashMap<>();
        List<String> unexplained = new ArrayList<>();
        for (String item : unused) {
            String reason = null;
            for (Map.Entry<String, String> e : explanations.entrySet()) {
                if (item.startsWith(e.getKey())) {
                    reason = e.getValue();
                }
            }
            if (reason == null) {
                unexplained.add(item);
            } else {
                explained.put(item, reason);
            }
        }
        List<String> stale = new ArrayList<>();
        for (String key : explanations.keySet()) {
            if (unused.stream().noneMatch(u -> u.startsWith(key))) {
                stale.add(key);
            }
        }
        String report = report(judged, explained, unexplained, stale);
        System.out.println(report);
        long refused = judged.stream().filter(j -> !j.verdict().allowed()).count();
        if (calls.isEmpty() || refused > 0 || !unexplained.isEmpty() || !stale.isEmpty()) {
            throw new AssertionError(report);
        }
        return report;
    }

    private String report(List<Grants.Judged> judged, Map<String, String> explained, List<String> unexplained, List<String> stale) {
        StringBuilder out = new StringBuilder();
        long refused = judged.stream().filter(j -> !j.verdict().allowed()).count();
        out.append("IAM proof of ").append(function).append(": ").append(judged.size()).append(" AWS calls, ")
                .append(refused == 0 ? "every one allowed by its statements in template.yaml" : refused + " REFUSED").append('\n');
        Map<String, Integer> lines = new TreeMap<>();
        for (Grants.Judged j : judged) {
            if (j.verdict().allowed()) {
                lines.merge(line(j), 1, Integer::sum);
            }
        }
        lines.forEach((line, n) -> out.append(String.format("  %-96s x%d%n", line, n)));
        for (Grants.Judged j : judged) {
            if (!j.verdict().allowed()) {
                out.append("  REFUSED ").append(j.call().operation()).append(": ").append(j.verdict().reason()).append('\n');
            }
        }
        explained.forEach((item, reason) -> out.append("  granted, unused: ").append(item).append(" (").append(reason).append(")\n"));
        for (String item : unexplained) {
            out.append("  GRANTED BUT UNUSED, with no reason given: ").append(item).append('\n');
        }
        for (String key : stale) {
            out.append("  A REASON FOR AN UNUSED GRANT THAT IS USED: ").append(key).append('\n');
        }
        return out.toString();
    }

    /** "action on <resource as written> [leading keys] <- Sid, Sid". */
    private static String line(Grants.Judged j) {
        AwsCall c = j.call();
        Statement first = j.verdict().allowedBy().getFirst();
        Statement.Resource resource = Policy.resourceOf(first, c.resource());
        StringBuilder line = new StringBuilder(c.action()).append(" on ").append(resource == null ? c.resource() : resource.written());
        List<String> keys = c.context("dynamodb:LeadingKeys");
        if (!keys.isEmpty()) {
            line.append(" pk ").append(shape(keys.getFirst()));
        }
        List<String> source = c.context("events:source");
        if (!source.isEmpty()) {
            line.append(" source ").append(source.getFirst());
        }
        List<String> sids = new ArrayList<>();
        for (Statement s : j.verdict().allowedBy()) {
            sids.add(s.sid());
        }
        return line.append(" <- ").append(String.join(", ", sids)).toString();
    }

    /** A partition key with its ids elided and its keywords kept: TEAM#sre#CHANGE is TEAM#…#CHANGE, INCIDENT#42 is INCIDENT#…. */
    static String shape(String pk) {
        String[] parts = pk.split("#", -1);
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            out.append('#').append(parts[i].matches("[A-Z]+") ? parts[i] : "…");
        }
        return out.toString();
    }

    @Override
    public void close() {
        proxy.close();
    }
}
