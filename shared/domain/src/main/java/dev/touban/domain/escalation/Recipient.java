package dev.touban.domain.escalation;

import dev.touban.domain.config.Member;

/** Whom a target turned out to mean at the moment of paging. */
public sealed interface Recipient {

    String describe();

    /** A person; {@code why} says how they were chosen ("on call in sre-primary"). */
    record Person(Member member, String why) implements Recipient {
        @Override
        public String describe() {
            return member.name();
        }
    }

    record Place(String slackChannelId) implements Recipient {
        @Override
        public String describe() {
            return "<#" + slackChannelId + ">";
        }
    }

    /** The target means nobody right now (a rotation not yet started, a member no longer listed). */
    record Nobody(String why) implements Recipient {
        @Override
        public String describe() {
            return "nobody";
        }
    }
}
