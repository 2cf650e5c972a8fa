package dev.touban.aws.notify;

import dev.touban.aws.slack.SlackApiException;
import dev.touban.aws.slack.SlackWebApi;
import dev.touban.domain.escalation.Channel;
import dev.touban.domain.escalation.Notifier;
import dev.touban.domain.escalation.NotifierException;
import dev.touban.domain.escalation.Page;
import dev.touban.domain.escalation.PageReason;
import dev.touban.domain.escalation.Recipient;
import dev.touban.domain.incident.IncidentStore;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import java.util.function.Supplier;

/**
 * Pages through Slack: a person gets a direct message, a channel gets the incident's
 * message (edited in place if the channel already has one). Each message is remembered so
 * later changes ({@link SlackIncidentBoard}) edit it with chat.update.
 */
public final class SlackNotifier implements Notifier {
    private final Supplier<SlackWebApi> slack;
    private final IncidentStore store;
    private final IncidentBlocks blocks;

    public SlackNotifier(Supplier<SlackWebApi> slack, IncidentStore store, IncidentBlocks blocks) {
        this.slack = slack;
        this.store = store;
        this.blocks = blocks;
    }

    @Override
    public Channel channel() {
        return Channel.SLACK;
    }

    @Override
    public String send(Page page) {
        // Posted in the channel it pages: "this channel", not a mention (the headline is escaped as text).
        Language lang = blocks.language(page.incident());
        String headline = page.pass() > 0
                ? Messages.say(lang, Msg.HEADLINE_CHANNEL_REPEAT, "tier", page.tierIndex() + 1, "repeat", page.pass())
                : Messages.say(lang, Msg.HEADLINE_CHANNEL, "tier", page.tierIndex() + 1);
        try {
            return switch (page.recipient()) {
                case Recipient.Person person -> {
                    String dm = slack.get().openDirectMessage(person.member().slackUserId());
                    yield post(page, dm, PageReason.headline(lang, person.why()));
                }
                case Recipient.Place place -> {
                    String ts = store.slackMessages(page.incident().number()).get(place.slackChannelId());
                    if (ts != null) {
                        slack.get().updateMessage(place.slackChannelId(), ts, blocks.text(page.incident(), headline),
                                blocks.blocks(page.incident(), headline));
                        yield "updated " + place.slackChannelId() + " " + ts;
                    }
                    yield post(page, place.slackChannelId(), headline);
                }
                case Recipient.Nobody nobody -> throw new NotifierException(nobody.why());
            };
        } catch (SlackApiException e) {
            throw new NotifierException(e.getMessage(), FailureClassifier.of(e), e);
        }
    }

    private String post(Page page, String channel, String headline) {
        String ts = slack.get().postMessage(channel, blocks.text(page.incident(), headline), blocks.blocks(page.incident(), headline));
        store.rememberSlackMessage(page.incident().number(), channel, ts);
        return "posted " + channel + " " + ts;
    }
}
