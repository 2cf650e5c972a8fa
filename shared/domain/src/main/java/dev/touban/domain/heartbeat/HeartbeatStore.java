package dev.touban.domain.heartbeat;

import java.time.Instant;
import java.util.List;

/** Where heartbeats' last pings and open incidents live. */
public interface HeartbeatStore {

    /** Records a ping at {@code now} (a later ping never moves the time back) and returns the state after it. */
    HeartbeatState ping(Heartbeat heartbeat, Instant now);

    /** Every heartbeat that has a stored state. */
    List<HeartbeatState> all();

    /** Remembers that {@code incident} was opened for the heartbeat's miss. */
    void opened(Heartbeat heartbeat, long incident);

    /** Forgets {@code incident}, if it is still the one remembered. */
    void cleared(Heartbeat heartbeat, long incident);
}
