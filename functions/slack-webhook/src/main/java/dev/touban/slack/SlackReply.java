package dev.touban.slack;

import dev.touban.aws.http.HttpResponse;
import dev.touban.aws.http.Json;
import java.util.Map;

/** What a slash command answers: text only the caller sees (ephemeral) or the whole channel sees. */
public record SlackReply(String text, boolean inChannel) {

    public static SlackReply ephemeral(String text) {
        return new SlackReply(text, false);
    }

    public static SlackReply inChannel(String text) {
        return new SlackReply(text, true);
    }

    public HttpResponse toHttp() {
        return HttpResponse.json(200, Json.write(Map.of(
                "response_type", inChannel ? "in_channel" : "ephemeral",
                "text", text)));
    }
}
