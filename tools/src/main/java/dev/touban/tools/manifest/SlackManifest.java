package dev.touban.tools.manifest;

import dev.touban.aws.AwsClients;
import dev.touban.testing.RepoFiles;
import dev.touban.tools.ToolAws;
import dev.touban.tools.ToolException;
import dev.touban.tools.stack.Stack;
import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * {@code bin/slack-manifest [stack-name]}: prints slack/manifest.yaml with every
 * {@code {{OutputKey}}} replaced by that output of the deployed stack, ready to paste into
 * Slack's "Create an app from a manifest".
 */
public final class SlackManifest {
    public static final String FILE = "slack/manifest.yaml";
    public static final String DEFAULT_STACK = "touban";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9]+)}}");
    /** Values go inside double-quoted YAML strings: nothing that could end one or start a new line. */
    private static final Pattern SAFE_VALUE = Pattern.compile("[^\"\\\\\\s]+");

    private SlackManifest() {}

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) {
            err.println("usage: bin/slack-manifest [stack-name]   (default: " + DEFAULT_STACK + ")");
            return 2;
        }
        String stackName = args.length == 1 ? args[0] : DEFAULT_STACK;
        AwsClients aws = ToolAws.from(env);
        try (CloudFormationClient cfn = aws.configure(CloudFormationClient.builder()).build()) {
            out.print(fill(RepoFiles.read(FILE), Stack.describe(cfn, stackName)));
            return 0;
        } catch (ToolException e) {
            err.println("slack-manifest: " + e.getMessage());
            return 1;
        }
    }

    /** The manifest with each placeholder replaced; fails naming every output the stack lacks. */
    public static String fill(String manifest, Stack stack) {
        Set<String> missing = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(manifest);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = stack.outputs().get(m.group(1));
            if (value == null || !SAFE_VALUE.matcher(value).matches()) {
                missing.add(m.group(1));
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        if (!missing.isEmpty()) {
            throw new ToolException("stack '" + stack.name() + "' has no usable output " + String.join(", ", missing)
                    + " for " + FILE + " (outputs: " + stack.outputs().keySet() + ")");
        }
        return out.toString();
    }
}
