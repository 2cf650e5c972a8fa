package dev.touban.slack.followup;

import dev.touban.domain.config.OncallConfig;
import dev.touban.domain.config.Team;
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

    public static String text(OncallConfig config, Team team, SwapProposal proposal) {
        return ":twisted_rightwards_arrows: " + ChangeText.person(config, proposal.proposerId()) + " asks you to accept swap "
                + terms(config, team, proposal.swap()) + " Answer by " + TimeText.at(proposal.expiresAt(), team.timeZone())
                + "; until you accept, nothing changes.";
    }

    /** "`s3k2fa` (primary): Bob covers A → B and Alice covers C → D." */
    public static String terms(OncallConfig config, Team team, ShiftSwap swap) {
        return "`" + swap.id() + "` (" + swap.layer().label() + "): " + ChangeText.person(config, swap.secondMemberId()) + " covers "
                + ChangeText.range(swap.firstFrom(), swap.firstTo(), team.timeZone()) + " and "
                + ChangeText.person(config, swap.firstMemberId()) + " covers "
                + ChangeText.range(swap.secondFrom(), swap.secondTo(), team.timeZone()) + ".";
    }

    public static List<Map<String, Object>> blocks(String text, SwapProposal proposal) {
        return List.of(
                Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", text)),
                Map.of("type", "actions", "elements", List.of(
                        button(ACCEPT, "Accept", value(proposal), "primary"),
                        button(DECLINE, "Decline", value(proposal), null))));
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
