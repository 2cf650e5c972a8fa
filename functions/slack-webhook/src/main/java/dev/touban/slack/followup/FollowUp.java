package dev.touban.slack.followup;

/**
 * Slack work a request asks for but does not wait for: each names what to do, never how;
 * whoever carries it out re-reads the state it names (the incident, the proposal, the member).
 */
public sealed interface FollowUp {

    /** Edit every Slack message of the incident (and post it in its team's channel the first time). */
    record Board(long incident, String headline) implements FollowUp {}

    /** Answer the person who pressed a button or typed a command, through the request's response_url. */
    record Reply(String responseUrl, String text, boolean replaceOriginal) implements FollowUp {}

    /** A direct message to a roster member. */
    record Notice(String memberId, String text) implements FollowUp {}

    /** The direct message that asks a swap proposal's counterpart to accept or decline it, with the two buttons. */
    record SwapOffer(String teamId, String proposalId) implements FollowUp {}
}
