package dev.touban.domain.escalation;

import dev.touban.domain.config.Member;
import dev.touban.domain.language.Language;

/** Whom a target turned out to mean at the moment of paging. */
public sealed interface Recipient {

    String describe();

    /**
     * A person; {@code why} says how they were chosen ("on call in sre-primary"); {@code language}
     * is what their texts and calls are in (theirs, else their team's).
     */
    record Person(Member member, String why, Language language) implements Recipient {
        /** A person who reads their own language if they set one, else English. */
        public Person(Member member, String why) {
            this(member, why, member.language() == null ? Language.EN : member.language());
        }

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
