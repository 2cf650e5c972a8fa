package dev.touban.canary;

import java.util.Map;

/** The stack's own Events API v2 ({@code POST /v2/enqueue}), called as monitoring calls it. */
interface EventsApi {

    /** What the API answered: its HTTP status (0 when it could not be reached) and the start of its body. */
    record Answer(int status, String body) {
        boolean accepted() {
            return status == 202;
        }

        @Override
        public String toString() {
            return status == 0 ? "unreachable (" + body + ")" : "HTTP " + status + " " + body;
        }
    }

    Answer send(Map<String, Object> event);
}
