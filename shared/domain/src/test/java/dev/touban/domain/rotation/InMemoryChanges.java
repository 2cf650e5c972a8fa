package dev.touban.domain.rotation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link ScheduleChangeStore} in a list, for domain tests (the DynamoDB one is tested against the emulator). */
final class InMemoryChanges implements ScheduleChangeStore {
    final List<ScheduleChange> changes = new ArrayList<>();
    final Map<String, String> answers = new HashMap<>();
    int queries;

    @Override
    public AddOutcome add(ScheduleChange change, String requestKey, String answer) {
        if (answers.containsKey(requestKey)) {
            return new AddOutcome.Repeated(answers.get(requestKey));
        }
        if (changes.stream().anyMatch(c -> c.id().equals(change.id()))) {
            return new AddOutcome.IdTaken();
        }
        changes.add(change);
        answers.put(requestKey, answer);
        return new AddOutcome.Added();
    }

    @Override
    public List<ScheduleChange> overlapping(String teamId, Instant from, Instant to) {
        queries++;
        return changes.stream().filter(c -> c.teamId().equals(teamId) && c.overlaps(from, to)).toList();
    }

    @Override
    public Optional<ScheduleChange> find(String teamId, String changeId) {
        return changes.stream().filter(c -> c.teamId().equals(teamId) && c.id().equals(changeId)).findFirst();
    }

    @Override
    public RemoveOutcome remove(ScheduleChange change, String requestKey, String answer) {
        if (answers.containsKey(requestKey)) {
            return new RemoveOutcome.Repeated(answers.get(requestKey));
        }
        answers.put(requestKey, answer);
        return changes.remove(change) ? new RemoveOutcome.Removed() : new RemoveOutcome.Gone();
    }

    @Override
    public Optional<String> earlierAnswer(String requestKey) {
        return Optional.ofNullable(answers.get(requestKey));
    }
}
