package dev.touban.slack.followup;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
import dev.touban.domain.language.Language;
import dev.touban.domain.language.Messages;
import dev.touban.domain.language.Msg;
import dev.touban.domain.rotation.ShiftSwap;
import dev.touban.domain.rotation.SwapProposal;
import dev.touban.slack.ChangeText;
import dev.touban.slack.TimeText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The direct message that offers a swap to its counterpart, and the buttons' ids and values. */
public final class SwapOfferText {
    public static final String ACCEPT = "swap_accept";
    public static final String DECLINE = "swap_decline";

    private SwapOfferText() {}

    /** What the buttons carry: the team and the proposal id; both are checked again when pressed. */
    public static String value(SwapProposal proposal) {
        return proposal.teamId() + ":" + proposal.id();
    }

    /** The offer, in the language of {@code language} (the counterpart's). */
    public static String text(OncallConfig config, Team team, SwapProposal proposal, Language language) {
        return Messages.say(language, Msg.SWAP_OFFER, "person", ChangeText.person(config, proposal.proposerId()),
                "terms", terms(config, team, proposal.swap(), language),
                "time", TimeText.at(proposal.expiresAt(), team.timeZone(), language));
    }

    /** "`s3k2fa` (primary): Bob covers A → B and Alice covers C → D." */
    public static String terms(OncallConfig config, Team team, ShiftSwap swap, Language language) {
        return Messages.say(language, Msg.SWAP_TERMS, "id", swap.id(), "layer", ChangeText.layer(swap.layer(), language),
                "second", ChangeText.person(config, swap.secondMemberId()),
                "firstRange", ChangeText.range(swap.firstFrom(), swap.firstTo(), team.timeZone(), language),
                "first", ChangeText.person(config, swap.firstMemberId()),
                "secondRange", ChangeText.range(swap.secondFrom(), swap.secondTo(), team.timeZone(), language));
    }

    public static List<Map<String, Object>> blocks(String text, SwapProposal proposal, Language language) {
        return List.of(
                Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", text)),
                Map.of("type", "actions", "elements", List.of(
                        button(ACCEPT, Messages.say(language, Msg.BUTTON_ACCEPT), value(proposal), "primary"),
                        button(DECLINE, Messages.say(language, Msg.BUTTON_DECLINE), value(proposal), null))));
    }

    private static Map<String, Object> button(String actionId, String label, String value, String style) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("type", "button");
        b.put("action_id", actionId);
        b.put("text", Map.of("type", "plain_text", "text", label));
        b.put("value", value);
        if (style != null) {
            b.put("style", style);
        }
        return b;
    }
}
