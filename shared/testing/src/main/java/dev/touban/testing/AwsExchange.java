package dev.touban.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One request to the emulator and its answer, as the loopback proxy in front of moto saw them. */
public record AwsExchange(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] requestBody, int status,
        byte[] responseBody) {
    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/,\\s]+)/");

    /** The access key id the request was signed with: tells a function's calls from a harness's own. */
    public String accessKeyId() {
        String auth = header("Authorization");
        Matcher m = auth == null ? null : CREDENTIAL.matcher(auth);
        return m != null && m.find() ? m.group(1) : "";
    }

    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    public String requestText() {
        return new String(requestBody, StandardCharsets.UTF_8);
    }

    public String responseText() {
        return new String(responseBody, StandardCharsets.UTF_8);
    }
}
