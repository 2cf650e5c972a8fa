package dev.touban.aws.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.testing.RepoFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiGatewayHttpTest {

    @Test
    void read_translatesARealShapedSlackEvent() throws IOException {
        byte[] event = RepoFiles.read("events/slack-command-hello.json").getBytes(StandardCharsets.UTF_8);

        HttpRequest request = ApiGatewayHttp.read(new ByteArrayInputStream(event));

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/slack/commands");
        assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(request.body()).startsWith("token=").contains("&text=hello+weekend+standby&");
    }

    @Test
    void fromEvent_decodesBase64Bodies_asApiGatewaySendsFormPosts() {
        String body = "command=%2Foncall&text=hello+%E9%80%B1%E6%9C%AB";
        Map<String, Object> event = event();
        event.put("body", Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
        event.put("isBase64Encoded", true);

        assertThat(ApiGatewayHttp.fromEvent(event).body()).isEqualTo(body);
    }

    @Test
    void fromEvent_decodesBase64Utf8Text() {
        Map<String, Object> event = event();
        event.put("body", Base64.getEncoder().encodeToString("週末 standby".getBytes(StandardCharsets.UTF_8)));
        event.put("isBase64Encoded", true);

        assertThat(ApiGatewayHttp.fromEvent(event).body()).isEqualTo("週末 standby");
    }

    @Test
    void fromEvent_keepsAPlainBody_whenNotBase64() {
        Map<String, Object> event = event();
        event.put("body", "aGVsbG8=");
        event.put("isBase64Encoded", false);

        assertThat(ApiGatewayHttp.fromEvent(event).body()).isEqualTo("aGVsbG8=");
    }

    @Test
    void headers_areFoundWhateverTheirCase() {
        Map<String, Object> event = event();
        event.put("headers", Map.of("X-Slack-Signature", "v0=abc", "content-TYPE", "text/plain"));

        HttpRequest request = ApiGatewayHttp.fromEvent(event);

        assertThat(request.headers()).containsOnlyKeys("x-slack-signature", "content-type");
        assertThat(request.header("x-slack-signature")).isEqualTo("v0=abc");
        assertThat(request.header("X-SLACK-SIGNATURE")).isEqualTo("v0=abc");
        assertThat(request.header("Content-Type")).isEqualTo("text/plain");
        assertThat(request.header("x-slack-request-timestamp")).isNull();
    }

    @Test
    void fromEvent_fillsSafeDefaults_forMissingFields() {
        HttpRequest request = ApiGatewayHttp.fromEvent(Map.of());

        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/");
        assertThat(request.body()).isEmpty();
        assertThat(request.headers()).isEmpty();
        assertThat(request.query()).isEmpty();
    }

    @Test
    void fromEvent_ignoresFieldsOfTheWrongType() {
        Map<String, Object> event = new HashMap<>();
        event.put("headers", Map.of("x-number", 5, "x-list", List.of("a"), "x-text", "ok"));
        event.put("requestContext", Map.of("http", "POST"));
        event.put("rawPath", 42);
        event.put("body", Map.of("json", "object"));
        event.put("queryStringParameters", "a=b");

        HttpRequest request = ApiGatewayHttp.fromEvent(event);

        assertThat(request.headers()).containsOnlyKeys("x-text");
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/");
        assertThat(request.body()).isEmpty();
        assertThat(request.query()).isEmpty();
    }

    @Test
    void fromEvent_readsQueryParameters() {
        Map<String, Object> event = event();
        event.put("queryStringParameters", Map.of("month", "2026-11"));

        assertThat(ApiGatewayHttp.fromEvent(event).query()).containsExactly(Map.entry("month", "2026-11"));
    }

    @Test
    void write_producesAProxyResult() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ApiGatewayHttp.write(HttpResponse.json(200, "{\"text\":\"週末\"}"), out);

        Map<String, Object> result = JSON.std.mapFrom(out.toByteArray());
        assertThat(result).containsEntry("statusCode", 200)
                .containsEntry("body", "{\"text\":\"週末\"}")
                .containsEntry("isBase64Encoded", false)
                .containsEntry("headers", Map.of("content-type", "application/json"));
    }

    @Test
    void responses_sayTheirContentType() {
        assertThat(HttpResponse.text(401, "no").headers()).containsEntry("content-type", "text/plain; charset=utf-8");
        assertThat(HttpResponse.html(200, "<p>").headers()).containsEntry("content-type", "text/html; charset=utf-8");
    }

    private static Map<String, Object> event() {
        Map<String, Object> event = new HashMap<>();
        event.put("rawPath", "/slack/commands");
        event.put("requestContext", Map.of("http", Map.of("method", "POST", "path", "/slack/commands")));
        event.put("headers", Map.of("content-type", "application/x-www-form-urlencoded"));
        return event;
    }
}
