package dev.touban.aws.dynamo;

import dev.touban.domain.escalation.Channel;
import dev.touban.domain.escalation.Delivery;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Deliveries as items of their incident's partition, and back. */
final class DeliveryItems {
    static final String STATE = "state";
    static final String ATTEMPTS = "attempts";
    static final String NOT_BEFORE = "notBefore";
    static final String LEASE_UNTIL = "leaseUntil";

    private DeliveryItems() {}

    static String part(Delivery d) {
        return d.step() + "#" + d.index();
    }

    /** A new, pending delivery; the sweep looks at it once a lease has passed without its claimer sending it. */
    static Map<String, AttributeValue> item(Delivery d, Instant claimedAt) {
        Map<String, AttributeValue> item = new HashMap<>(Item.of(TableKeys.delivery(d.incident(), d.step(), d.index()))
                .with(TableKeys.dueIndex(claimedAt.plus(Delivery.LEASE), d.incident(), part(d)))
                .s("type", "DELIVERY")
                .n("incident", d.incident())
                .n("step", d.step())
                .n("index", d.index())
                .s("channel", d.channel().name())
                .s("toKind", d.to().kind().name())
                .s("toId", d.to().id())
                .s("toName", d.to().name())
                .s("toWhy", d.to().why())
                .n("tierIndex", d.tierIndex())
                .n("pass", d.pass())
                .s(STATE, d.state().name())
                .n(ATTEMPTS, d.attempts())
                .instant(NOT_BEFORE, d.notBefore())
                .build());
        return item;
    }

    static Delivery delivery(Map<String, AttributeValue> item) {
        String lease = Item.s(item, LEASE_UNTIL);
        return new Delivery(Item.n(item, "incident"), (int) Item.n(item, "step"), (int) Item.n(item, "index"),
                Channel.valueOf(Item.s(item, "channel")),
                new Delivery.Addressee(Delivery.Addressee.Kind.valueOf(Item.s(item, "toKind")), Item.s(item, "toId"),
                        Item.s(item, "toName"), Item.s(item, "toWhy")),
                (int) Item.n(item, "tierIndex"), (int) Item.n(item, "pass"),
                Delivery.State.valueOf(Item.s(item, STATE)), (int) Item.n(item, ATTEMPTS),
                Item.instant(item, NOT_BEFORE), lease == null ? null : Instant.parse(lease));
    }
}
