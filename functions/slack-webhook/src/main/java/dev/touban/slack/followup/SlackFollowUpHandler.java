package dev.touban.slack.followup;

import dev.touban.domain.slack.ResponseUrl;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.touban.aws.AwsClients;
import dev.touban.aws.AwsSettings;
import dev.touban.aws.dynamo.DynamoSwapProposalStore;
import dev.touban.aws.http.Json;
import dev.touban.aws.incident.IncidentRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Lambda entry point of the Slack follow-ups: takes a {@code SlackFollowUp} event the Slack
 * webhook put on Touban's bus and carries it out ({@link SlackFollowUps}): incident messages
 * edited, answers through response_url, direct messages, swap offers. A rejected event, or
 * one whose Slack calls failed, fails the invocation, so Lambda retries it and then
 * dead-letters it. Wired once per cold start from the environment; tests pass the pieces in.
 */
public final class SlackFollowUpHandler implements RequestStreamHandler {
    private final FollowUps slack;
    private final ResponseUrl responseUrls;

    public SlackFollowUpHandler() {
        this(System.getenv(), Clock.systemUTC());
    }

    public SlackFollowUpHandler(Map<String, String> env, Clock clock) {
        this(IncidentRuntime.builder(env, new AwsClients(AwsSettings.fromEnvironment(env)), clock).build(), env);
    }

    public SlackFollowUpHandler(IncidentRuntime incidents, Map<String, String> env) {
        this(runner(incidents, env));
    }

    /** As above, re-checking answers against {@code responseUrls} (Slack's, or also a local recorder in tests). */
    public SlackFollowUpHandler(IncidentRuntime incidents, Map<String, String> env, ResponseUrl responseUrls) {
        this(runner(incidents, env), responseUrls);
    }

    public SlackFollowUpHandler(FollowUps slack) {
        this(slack, ResponseUrl.SLACK);
    }

    public SlackFollowUpHandler(FollowUps slack, ResponseUrl responseUrls) {
        this.slack = slack;
        this.responseUrls = responseUrls;
    }

    /** What carries follow-ups out here and now: the webhook's follow-ups, run in-process (the local runner). */
    public static FollowUps runner(IncidentRuntime incidents, Map<String, String> env) {
        String table = env.get("TABLE_NAME");
        if (table == null || table.isBlank()) {
            throw new IllegalStateException("environment variable TABLE_NAME is not set");
        }
        return new SlackFollowUps(incidents.config(), incidents::slack, new DynamoSwapProposalStore(incidents.aws()::dynamoDb, table),
                () -> incidents);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        List<FollowUp> followUps;
        try {
            followUps = FollowUpEvents.read(Json.parseObject(input), responseUrls);
        } catch (Json.JsonException e) {
            throw new FollowUpEvents.Rejected("the event is not a JSON object: " + e.getMessage());
        }
        slack.send(followUps);
        Json.write(Map.of("done", followUps.size()), output);
    }
}
