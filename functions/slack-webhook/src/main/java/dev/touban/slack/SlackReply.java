package dev.touban.slack;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.touban.aws.http.HttpResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        try {
            return HttpResponse.json(200, JSON.std.asString(Map.of(
                    "response_type", inChannel ? "in_channel" : "ephemeral",
                    "text", text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
