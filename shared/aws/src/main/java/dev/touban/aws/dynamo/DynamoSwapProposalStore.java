package dev.touban.aws.dynamo;

import dev.touban.domain.rotation.ScheduleChangeStore.AddOutcome;
import dev.touban.domain.rotation.ShiftSwap;
import dev.touban.domain.rotation.SwapProposal;
import dev.touban.domain.rotation.SwapProposalStore;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Swap proposals in the single table, one item per proposal under the team's proposal
 * partition, holding the planned swap. Accepting writes the swap as a change and marks the
 * proposal in one transaction, conditional on the proposal still pending.
 */
public final class DynamoSwapProposalStore implements SwapProposalStore {
    /** Answered and expired proposals stay readable a while, so a late click is told what became of it. */
    static final Duration KEEP_AFTER_EXPIRY = Duration.ofDays(30);

    private final Supplier<DynamoDbClient> client;
    private final String table;

    public DynamoSwapProposalStore(Supplier<DynamoDbClient> client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public AddOutcome propose(SwapProposal proposal, String requestKey, String answer) {
        try {
            client.get().transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(item(proposal))
                            .conditionExpression("attribute_not_exists(pk)").build()).build(),
                    Requests.remember(table, requestKey, answer, proposal.swap().createdAt())).build());
            return new AddOutcome.Added();
        } catch (TransactionCanceledException e) {
            if (failed(e, 1)) {
                return new AddOutcome.Repeated(Requests.answer(client.get(), table, requestKey).orElse(answer));
            }
            return new AddOutcome.IdTaken();
        }
    }

    @Override
    public Optional<SwapProposal> find(String teamId, String proposalId) {
        Map<String, AttributeValue> item = client.get().getItem(GetItemRequest.builder().tableName(table)
                .key(TableKeys.swapProposal(teamId, proposalId)).consistentRead(true).build()).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SwapProposal((ShiftSwap) DynamoScheduleChangeStore.change(item), Item.s(item, "counterpartId"),
                Item.instant(item, "deadline"), SwapProposal.Status.valueOf(Item.s(item, "status"))));
    }

    @Override
    public boolean accept(SwapProposal proposal, ShiftSwap swap, Instant now) {
        try {
            client.get().transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                    answer(proposal, SwapProposal.Status.ACCEPTED, now),
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(DynamoScheduleChangeStore.item(swap))
                            .conditionExpression("attribute_not_exists(pk)").build()).build()).build());
            return true;
        } catch (TransactionCanceledException e) {
            if (failed(e, 0)) {
                return false;
            }
            throw new IllegalStateException("swap id " + swap.id() + " was taken by another change in the meantime", e);
        }
    }

    @Override
    public boolean decline(SwapProposal proposal, Instant now) {
        try {
            client.get().transactWriteItems(TransactWriteItemsRequest.builder().transactItems(
                    answer(proposal, SwapProposal.Status.DECLINED, now)).build());
            return true;
        } catch (TransactionCanceledException e) {
            return false;
        }
    }

    private TransactWriteItem answer(SwapProposal proposal, SwapProposal.Status status, Instant now) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(TableKeys.swapProposal(proposal.teamId(), proposal.id()))
                .conditionExpression("#status = :pending")
                .updateExpression("SET #status = :status, answeredAt = :at")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(
                        ":pending", AttributeValue.fromS(SwapProposal.Status.PENDING.name()),
                        ":status", AttributeValue.fromS(status.name()),
                        ":at", AttributeValue.fromS(TableKeys.sortable(now))))
                .build()).build();
    }

    private static Map<String, AttributeValue> item(SwapProposal proposal) {
        Map<String, AttributeValue> item = new HashMap<>(DynamoScheduleChangeStore.item(proposal.swap()));
        item.putAll(Item.of(TableKeys.swapProposal(proposal.teamId(), proposal.id()))
                .s("type", "PROPOSAL")
                .s("counterpartId", proposal.counterpartId())
                .instant("deadline", proposal.expiresAt())
                .s("status", proposal.status().name())
                .n(TableKeys.TTL, proposal.expiresAt().plus(KEEP_AFTER_EXPIRY).getEpochSecond())
                .build());
        return Map.copyOf(item);
    }

    private static boolean failed(TransactionCanceledException e, int index) {
        List<CancellationReason> reasons = e.cancellationReasons();
        return reasons != null && reasons.size() > index && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }
}
