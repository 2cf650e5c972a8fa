package dev.touban.domain.escalation;

import dev.touban.domain.config.Layer;
import java.util.List;

/**
 * Whom one tier pages: whoever a rotation has on call at the moment of the page, a named
 * member, or a Slack channel. People are reached on their listed channels (at least one);
 * a Slack channel only ever gets a Slack message.
 */
public sealed interface Target {

    List<Channel> channels();

    /** A short name for timelines and messages. */
    String describe();

    record OnCall(String rotationId, String teamId, Layer layer, List<Channel> channels) implements Target {
        public OnCall {
            channels = List.copyOf(channels);
        }

        @Override
        public String describe() {
            return PageReason.onCall(rotationId);
        }
    }

    record User(String memberId, List<Channel> channels) implements Target {
        public User {
            channels = List.copyOf(channels);
        }

        @Override
        public String describe() {
            return memberId;
        }
    }

    record SlackChannel(String channelId) implements Target {
        @Override
        public List<Channel> channels() {
            return List.of(Channel.SLACK);
        }

        @Override
        public String describe() {
            return "<#" + channelId + ">";
        }
    }
}
