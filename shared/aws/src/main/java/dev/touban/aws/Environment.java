package dev.touban.aws;

import dev.touban.aws.secrets.SsmSecrets;
import java.util.Map;

/** What a function reads from its environment, as template.yaml sets it: the one place for its checks and messages. */
public final class Environment {
    private Environment() {}

    /** The value of environment variable {@code name}; fails at start when it is unset or blank. */
    public static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return value;
    }

    /**
     * A secret read from the SSM SecureString that {@code parameterVariable} names (as deployed);
     * off AWS (the local runner, tests, where {@code TOUBAN_AWS_ENDPOINT} is set) it may come
     * straight from {@code localVariable}. {@code what} names it in the error.
     */
    public static String secret(Map<String, String> env, AwsClients aws, String parameterVariable, String localVariable, String what) {
        if (env.containsKey(parameterVariable)) {
            return new SsmSecrets(aws).get(env.get(parameterVariable));
        }
        if (!env.containsKey("TOUBAN_AWS_ENDPOINT")) {
            throw new IllegalStateException(parameterVariable + " must name the SSM SecureString holding " + what);
        }
        return required(env, localVariable);
    }
}
