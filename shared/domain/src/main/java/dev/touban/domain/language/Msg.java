package dev.touban.domain.language;

/**
 * Every text Touban says to a person that follows the reader's language. Each key has a text in
 * {@link English} and in {@link Japanese}, with the same named placeholders ({@code {team}}).
 * Grouped by where people read them.
 */
public enum Msg {
    // Words used inside other texts
    LAYER_PRIMARY,
    LAYER_SECONDARY,
    KIND_OVERRIDE,
    KIND_SWAP,
    NO_ROTATION,

    // Dates people type (DateInput)
    DATE_FORMS,
    DATE_MISSING,
    DATE_UNREADABLE,
    DATE_NOT_REAL,
    DATE_NOT_REAL_MONTH_DAY,

    // /oncall help and unknown commands
    HELP_TITLE,
    HELP_HELP,
    HELP_UNKNOWN,
    HELP_HELLO,
    HELP_BYE,
    HELP_WHO,
    HELP_SCHEDULE,
    HELP_OVERRIDE,
    HELP_SWAP,
    HELP_OVERRIDES,
    HELP_CANCEL,
    HELP_EXPORT,
    HELP_FURIKYU,
    HELP_CALL,
    HELP_ACK,
    HELP_RESOLVE,
    HELP_INCIDENTS,
    HELP_INCIDENT,
    HELP_REPORT,
    HELP_HEARTBEATS,
    HELP_MAINTENANCE,
    FURIKYU_NOT_SET_UP,

    // /oncall hello, bye
    HELLO_NOTE_TOO_LONG,
    HELLO_CLOCKED_IN,
    HELLO_ALREADY_IN,
    BYE_NOT_CLOCKED_IN,
    BYE_CLOCKED_OUT,
    BYE_ON_WEEKEND,
    BYE_ON_WEEKEND_HOLIDAY,
    BYE_ON_HOLIDAY,

    // /oncall who, schedule
    WHO_BAD_DATE,
    WHO_NOW,
    WHO_HEADER,
    WHO_WHEN,
    WHO_ON_CALL,
    WHO_NOBODY,
    SCHEDULE_BAD_WEEKS,
    SCHEDULE_HEADER_ONE_WEEK,
    SCHEDULE_HEADER,
    SCHEDULE_NOBODY,
    CHANGE_REPLACEMENT,

    // /oncall call
    CALL_WHAT,
    CALL_TOO_LONG,
    CALL_NO_POLICY,
    CALL_PAGING,

    // /oncall ack, resolve, and the incident team boundary
    INCIDENT_WHICH,
    INCIDENT_NONE,
    INCIDENT_OTHER_TEAM,
    INCIDENT_ANOTHER_TEAM,
    ACK_DONE,
    ACK_ALREADY,
    ACK_ALREADY_RESOLVED,
    RESOLVE_DONE,
    RESOLVE_ALREADY,
    ESCALATE_PAGING,
    ESCALATE_NOT,
    ESCALATE_ALL_PAGED,
    STATUS_TRIGGERED,
    STATUS_ACKNOWLEDGED,
    STATUS_RESOLVED,

    // Pages by text message and phone call (the reply words stay ACK <number> <code>)
    SMS_ACK_LINK,
    SMS_REPLY,
    VOICE_HELLO,
    VOICE_WHAT,
    VOICE_PAGE,

    // The handoff post in Slack (the SNS copy stays English)
    HANDOFF_HEADING,
    HANDOFF_HEADER,
    HANDOFF_ON_NOW,
    HANDOFF_ON_NOW_PART,
    HANDOFF_INSTEAD_OF,
    HANDOFF_NEXT,
    HANDOFF_FIRST,
    HANDOFF_LAST,
    HANDOFF_NO_INCIDENTS,
    HANDOFF_ONE_INCIDENT,
    HANDOFF_INCIDENTS,
    HANDOFF_OPEN,
    HANDOFF_NO_HOURS,
    HANDOFF_CLOCKED,
    HANDOFF_MAINTENANCE,
    HANDOFF_WINDOW,
    HANDOFF_REASON,
    HANDOFF_LENGTH,

    // The schedule page (HTML: the texts hold no markup, values come escaped)
    PAGE_TITLE,
    PAGE_AS_OF,
    PAGE_ON_CALL_NOW,
    PAGE_NOBODY,
    PAGE_UNTIL,
    PAGE_INSTEAD_OF,
    PAGE_MAINTENANCE,
    PAGE_MAINTENANCE_NOTE,
    PAGE_WINDOW,
    PAGE_WINDOW_SCHEDULED,
    PAGE_WINDOW_STARTED_BY,
    PAGE_NEXT_WEEKS,
    PAGE_DAY,
    PAGE_FROM,

    // The incident's Slack message (the board) and its buttons
    BOARD_CALL_FOR,
    BOARD_SOURCE,
    BOARD_REPEATED,
    BOARD_TRIGGERED,
    BOARD_ACKNOWLEDGED_BY,
    BOARD_RESOLVED_BY,
    BUTTON_ACKNOWLEDGE,
    BUTTON_RESOLVE,
    BUTTON_ESCALATE,
}
