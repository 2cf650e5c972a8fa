package dev.touban.tools.secrets;

import dev.touban.aws.AwsClients;
import dev.touban.domain.config.RoutingKeys;
import dev.touban.tools.ToolAws;
import dev.touban.tools.ToolException;
import dev.touban.tools.stack.Stack;
import dev.touban.tools.stack.Template;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;
import software.amazon.awssdk.services.ssm.model.ParameterType;
import software.amazon.awssdk.services.ssm.model.SsmException;

/**
 * {@code bin/touban-secrets [--stack NAME] [--rotate ID]...}: creates the SSM SecureString
 * parameters Touban reads, or rotates the ones named. Idempotent: a parameter that exists is
 * left as it is unless rotated. The Slack credentials are asked for (without echo) or taken
 * from an environment variable or a file; the signing keys are generated. Every value is read
 * and checked before anything is written, and no value is ever printed.
 */
public final class ToubanSecrets {
    private static final String USAGE = "usage: bin/touban-secrets [--stack NAME] [--rotate ID]... "
            + "[--signing-secret-file PATH] [--bot-token-file PATH]\n  IDs: slack-signing-secret, slack-bot-token, ack-link-key, calendar-key, canary-routing-key";

    /** Asks the person at the terminal; empty when there is none. */
    public interface Prompt {
        Optional<String> secret(String question);

        static Prompt console() {
            return question -> {
                java.io.Console console = System.console();
                if (console == null) {
                    return Optional.empty();
                }
                char[] typed = console.readPassword("%s: ", question);
                return typed == null ? Optional.empty() : Optional.of(new String(typed).strip());
            };
        }
    }

    private enum Action { CREATE, ROTATE, KEEP }

    private record Planned(Secret secret, String name, Action action) {}

    private final SsmClient ssm;
    private final Map<String, String> env;
    private final Prompt prompt;
    private final SecureRandom random;
    private final PrintStream out;

    public ToubanSecrets(SsmClient ssm, Map<String, String> env, Prompt prompt, SecureRandom random, PrintStream out) {
        this.ssm = ssm;
        this.env = env;
        this.prompt = prompt;
        this.random = random;
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), Prompt.console(), System.out, System.err));
    }

    public static int run(String[] args, Map<String, String> env, Prompt prompt, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("touban-secrets: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        AwsClients aws = ToolAws.from(env);
        try (SsmClient ssm = aws.configure(SsmClient.builder()).build()) {
            Map<Secret, String> names = options.stack == null ? templateNames() : stackNames(aws, options.stack);
            new ToubanSecrets(ssm, env, prompt, new SecureRandom(), out).apply(names, options.rotate, options.files);
            return 0;
        } catch (ToolException e) {
            err.println("touban-secrets: " + e.getMessage());
            return 1;
        }
    }

    /** Creates what is missing and rotates what is named; fails before writing anything when a value is missing or malformed. */
    void apply(Map<Secret, String> names, Set<String> rotate, Map<String, Path> files) {
        List<Planned> plan = new ArrayList<>();
        for (Secret s : Secret.ALL) {
            String name = names.get(s);
            Optional<ParameterType> existing = existing(name);
            if (existing.isPresent() && existing.get() != ParameterType.SECURE_STRING && !rotate.contains(s.id())) {
                throw new ToolException(name + " exists as a " + existing.get() + ", not a SecureString: rotate it (--rotate "
                        + s.id() + ") to store it encrypted");
            }
            plan.add(new Planned(s, name, existing.isEmpty() ? Action.CREATE : rotate.contains(s.id()) ? Action.ROTATE : Action.KEEP));
        }
        Map<Planned, String> values = new LinkedHashMap<>();
        for (Planned p : plan) {
            if (p.action() != Action.KEEP) {
                values.put(p, value(p.secret(), files));
            }
        }
        for (Planned p : plan) {
            String value = values.get(p);
            if (value == null) {
                out.printf("  unchanged  %-40s %s%n", p.name(), p.secret().id());
                continue;
            }
            long version;
            try {
                version = ssm.putParameter(r -> r.name(p.name()).type(ParameterType.SECURE_STRING).value(value)
                        .overwrite(p.action() == Action.ROTATE)
                        .description("Touban " + p.secret().id() + " (bin/touban-secrets)")).version();
            } catch (SsmException e) {
                throw new ToolException("cannot write " + p.name() + ": " + e.awsErrorDetails().errorMessage());
            }
            out.printf("  %-9s  %-40s %s (version %d)%n", p.action() == Action.CREATE ? "created" : "rotated", p.name(),
                    p.secret().id(), version);
            if (p.secret().routingKey()) {
                // the digest is not a secret: it is what oncall.yaml stores instead of the key
                out.println("             oncall.yaml, the service marked canary: true:  routingKeySha256: " + RoutingKeys.sha256Hex(value));
            }
            if (p.action() == Action.ROTATE) {
                out.println("             " + p.secret().afterRotation() + "; running functions keep the old value until"
                        + " their next cold start (make deploy starts new ones)");
            }
        }
    }

    private Optional<ParameterType> existing(String name) {
        try {
            return Optional.of(ssm.getParameter(r -> r.name(name).withDecryption(false)).parameter().type());
        } catch (ParameterNotFoundException e) {
            return Optional.empty();
        } catch (SsmException e) {
            throw new ToolException("cannot read " + name + ": " + e.awsErrorDetails().errorMessage());
        }
    }

    private String value(Secret s, Map<String, Path> files) {
        if (s.generated()) {
            byte[] key = new byte[s.generatedBytes()];
            random.nextBytes(key);
            return HexFormat.of().formatHex(key);
        }
        String value;
        String from;
        if (files.containsKey(s.fileFlag())) {
            from = s.fileFlag() + " " + files.get(s.fileFlag());
            value = read(files.get(s.fileFlag()));
        } else if (env.get(s.envVar()) != null && !env.get(s.envVar()).isBlank()) {
            from = "$" + s.envVar();
            value = env.get(s.envVar()).strip();
        } else {
            from = "the prompt";
            value = prompt.secret(s.description()).orElseThrow(() -> new ToolException("no " + s.description()
                    + ": run this in a terminal to be asked, or set " + s.envVar() + ", or give " + s.fileFlag() + " PATH"));
        }
        if (!s.format().matcher(value).matches()) {
            // Never the value itself: it may be a real secret pasted into the wrong place.
            throw new ToolException("the value from " + from + " is not a " + s.description() + " (expected "
                    + s.format().pattern() + ", got " + value.length() + " characters); nothing was written");
        }
        return value;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new ToolException("cannot read " + file + ": " + e.getMessage());
        }
    }

    static Map<Secret, String> templateNames() {
        Template template = Template.fromRepository();
        Map<Secret, String> names = new LinkedHashMap<>();
        for (Secret s : Secret.ALL) {
            String name = template.parameterDefault(s.templateParameter());
            if (name == null) {
                throw new ToolException("template.yaml has no default for parameter " + s.templateParameter());
            }
            names.put(s, name);
        }
        return names;
    }

    /** The names a deployed stack was given (parameter overrides), the template's defaults otherwise. */
    private static Map<Secret, String> stackNames(AwsClients aws, String stackName) {
        Map<Secret, String> names = templateNames();
        try (CloudFormationClient cfn = aws.configure(CloudFormationClient.builder()).build()) {
            Stack stack = Stack.describe(cfn, stackName);
            for (Secret s : Secret.ALL) {
                String deployed = stack.parameters().get(s.templateParameter());
                if (deployed != null && !deployed.isBlank()) {
                    names.put(s, deployed);
                }
            }
        }
        return names;
    }

    private record Options(String stack, Set<String> rotate, Map<String, Path> files) {
        static Options parse(String[] args) {
            String stack = null;
            Set<String> rotate = new LinkedHashSet<>();
            Map<String, Path> files = new LinkedHashMap<>();
            Set<String> ids = new LinkedHashSet<>();
            Secret.ALL.forEach(s -> ids.add(s.id()));
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg.startsWith("--") ? arg + " needs a value" : "unexpected " + arg);
                }
                String value = args[++i];
                switch (arg) {
                    case "--stack" -> stack = value;
                    case "--rotate" -> {
                        if (!ids.contains(value)) {
                            throw new IllegalArgumentException("--rotate " + value + ": not one of " + ids);
                        }
                        rotate.add(value);
                    }
                    case "--signing-secret-file", "--bot-token-file" -> files.put(arg, Path.of(value));
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            return new Options(stack, rotate, files);
        }
    }
}
