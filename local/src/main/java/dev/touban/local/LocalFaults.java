package dev.touban.local;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import dev.touban.testing.AwsExchange;
import dev.touban.testing.LoopbackProxy;
import dev.touban.testing.faults.FaultRule;
import dev.touban.testing.faults.FaultSettings;
import dev.touban.testing.faults.Faults;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Game day on this machine: the handlers reach AWS and the Slack and End User Messaging
 * recorders through a fault proxy, and {@code POST /local/faults} ({@code {"slack":"down"}},
 * {@code {"dynamodb":{"throttle":0.3}}}, ...) sets what it injects, {@code GET} shows it with a
 * tally of the faults injected so far, {@code DELETE} clears it. Each injected fault is also
 * written to the outbox (kind {@code fault}). Faults are seeded ({@code TOUBAN_FAULT_SEED}).
 */
final class LocalFaults implements AutoCloseable {
    static final String PATH = "/local/faults";
    private static final int MAX_BODY = 64 * 1024;

    private final Faults faults;
    private final LoopbackProxy aws;
    private final LoopbackProxy saas;

    private LocalFaults(Faults faults, LoopbackProxy aws, LoopbackProxy saas) {
        this.faults = faults;
        this.aws = aws;
        this.saas = saas;
    }

    /** Proxies in front of the emulator and of this runner's own recorders ({@code runner}); faults start cleared.
     * Each call forwarded to the emulator is shown, with its answer, to {@code forwarded}. */
    static LocalFaults start(URI emulator, URI runner, long seed, Outbox outbox, Clock clock, Consumer<AwsExchange> forwarded) {
        Faults faults = Faults.seeded(seed);
        faults.onInjected(i -> {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("service", i.service());
            message.put("operation", i.operation());
            message.put("fault", i.kind().id());
            outbox.add("fault", clock.instant(), message);
        });
        return new LocalFaults(faults,
                LoopbackProxy.to(emulator).name("local-aws-faults").faults(faults, null).observe(forwarded).start(),
                LoopbackProxy.to(runner).name("local-saas-faults").faults(faults, "slack").start());
    }

    /** Where the handlers reach AWS. */
    URI awsEndpoint() {
        return aws.endpoint();
    }

    /** Where the handlers reach the Slack and End User Messaging recorders (this runner, behind the proxy). */
    String saasBase() {
        return saas.endpoint().toString();
    }

    Faults faults() {
        return faults;
    }

    void handle(HttpExchange exchange) throws IOException {
        switch (exchange.getRequestMethod()) {
            case "GET" -> send(exchange, 200, state());
            case "DELETE" -> {
                faults.clear();
                send(exchange, 200, state());
            }
            case "POST" -> set(exchange);
            default -> send(exchange, 405, Map.of("error", "GET shows the faults, POST " + FaultSettings.EXAMPLE + " sets them, DELETE clears them"));
        }
    }

    private void set(HttpExchange exchange) throws IOException {
        List<FaultRule> rules;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new IllegalArgumentException("the body is over " + MAX_BODY / 1024 + " KB");
            }
            Object json;
            try {
                json = JSON.std.anyFrom(new String(body, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("the body is not JSON; send e.g. " + FaultSettings.EXAMPLE);
            }
            rules = FaultSettings.read(json);
        } catch (IllegalArgumentException e) {
            send(exchange, 400, Map.of("error", e.getMessage(), "faults", state().get("faults")));
            return;
        }
        faults.set(rules);
        send(exchange, 200, state());
    }

    private Map<String, Object> state() {
        Map<String, Object> rules = new LinkedHashMap<>();
        faults.rules().forEach((service, rule) -> rules.put(service, rule.describe()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("faults", rules);
        out.put("injected", faults.tally());
        out.put("seed", faults.seed());
        return out;
    }

    private static void send(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        LambdaHttpBridge.send(exchange, status, Map.of("content-type", "application/json"), JSON.std.asString(body));
    }

    @Override
    public void close() {
        aws.close();
        saas.close();
    }
}
