package dev.touban.domain.language;

/** Touban's texts in English (the default). */
final class English {
    private English() {}

    static String text(Msg key) {
        return switch (key) {
            case LAYER_PRIMARY -> "primary";
            case LAYER_SECONDARY -> "secondary";
            case KIND_OVERRIDE -> "override";
            case KIND_SWAP -> "swap";
            case NO_ROTATION -> "{team} has no rotation in oncall.yaml yet.";

            case DATE_FORMS -> "`2026-12-29`, `12/29`, `today`, `tomorrow`, `friday`, `next week`, `now` or `2026-12-29T18:00`";
            case DATE_MISSING -> "Give a date: {forms}.";
            case DATE_UNREADABLE -> "`{text}` is not a date I can read. Use {forms}.";
            case DATE_NOT_REAL -> "`{text}` is not a real date ({reason}).";
            case DATE_NOT_REAL_MONTH_DAY -> "`{text}` is not a real date: month/day, such as 12/29.";

            case HELP_TITLE -> "*Touban* on-call commands:";
            case HELP_HELP -> "this list";
            case HELP_UNKNOWN -> "I don't know `{command}`.";
            case HELP_HELLO -> "clock in for standby work";
            case HELP_BYE -> "clock out and see how long you worked";
            case HELP_WHO -> "who is on call for your team, now or then";
            case HELP_SCHEDULE -> "the next shifts, overrides and swaps marked";
            case HELP_OVERRIDE -> "(admins) put someone on call for a range";
            case HELP_SWAP -> "ask them to exchange your shift that week with theirs (admins: at once)";
            case HELP_OVERRIDES -> "list overrides and swaps ahead, or remove one";
            case HELP_CANCEL -> "remove an override or swap";
            case HELP_EXPORT -> "(admins) last month's comp-day spreadsheet, or that month's";
            case HELP_FURIKYU -> "take a working day off for work on a weekend or holiday: before that day a 振替休日, after it a 代休";
            case HELP_CALL -> "page whoever is on call for your team (or the team named) until someone acknowledges";
            case HELP_ACK -> "acknowledge an incident: its escalation stops";
            case HELP_RESOLVE -> "resolve an incident";
            case HELP_INCIDENTS -> "the open incidents of your teams";
            case HELP_INCIDENT -> "an incident and its timeline";
            case HELP_REPORT -> "your team's on-call health this month (or that month)";
            case HELP_HEARTBEATS -> "every monitor's heartbeat: last ping and state";
            case HELP_MAINTENANCE -> "(the service's team) a window in which the service's alerts page nobody, or end it; alone: the windows now";
            case FURIKYU_NOT_SET_UP -> "Days off are not set up here. Nothing was recorded.";

            case HELLO_NOTE_TOO_LONG -> "That note is {length} characters long; keep it to {max}. Nothing was recorded.";
            case HELLO_CLOCKED_IN -> ":wave: Clocked in for {team} at {time}{note}. Send `/oncall bye` when you are done.";
            case HELLO_ALREADY_IN -> "You are already clocked in since {time} ({length} ago). Send `/oncall bye` to clock out.";
            case BYE_NOT_CLOCKED_IN -> "You are not clocked in, so there is nothing to end. Send `/oncall hello [note]` when you start standby work.";
            case BYE_CLOCKED_OUT -> ":checkered_flag: Clocked out at {time} after {length} of standby{restDay}. Thank you!";
            case BYE_ON_WEEKEND -> " on a weekend ({day})";
            case BYE_ON_WEEKEND_HOLIDAY -> " on a weekend ({day}, {holiday})";
            case BYE_ON_HOLIDAY -> " on a public holiday ({day}, {holiday})";

            case WHO_BAD_DATE -> "{error} For example `/oncall who next week`.";
            case WHO_NOW -> "now";
            case WHO_WHEN -> "on {time}";
            case WHO_HEADER -> "On call for {team} {when}:";
            case WHO_ON_CALL -> "*{name}* (<@{slack}>) until {time}{replacement}";
            case WHO_NOBODY -> "nobody yet (the rotation starts {date})";
            case SCHEDULE_BAD_WEEKS -> "`{text}` is not a number of weeks from 1 to {max}. For example `/oncall schedule 6`.";
            case SCHEDULE_HEADER_ONE_WEEK -> "*{team}* on call, the next {weeks} week:";
            case SCHEDULE_HEADER -> "*{team}* on call, the next {weeks} weeks:";
            case SCHEDULE_NOBODY -> "nobody yet: the rotation starts {date}";
            case CHANGE_REPLACEMENT -> " _({kind} `{id}`, for {name})_";

            case CALL_WHAT -> "Say what is broken: `/oncall call <what is broken>`, for example `/oncall call checkout returns 500s`.";
            case CALL_TOO_LONG -> "That is {length} characters; keep it to {max}. Nobody was paged.";
            case CALL_NO_POLICY -> "{team} has no escalation policy in oncall.yaml, so there is nobody to page. Nobody was paged.";
            case CALL_PAGING -> ":rotating_light: <@{slack}> is calling {team}: {what}\n"
                    + "Incident *#{number}*: whoever is on call is being paged until someone acknowledges.";

            case INCIDENT_WHICH -> "Which incident? Send `/oncall {command} <number>`, for example `/oncall {command} 42`.";
            case INCIDENT_NONE -> "There is no incident #{number}.";
            case INCIDENT_OTHER_TEAM -> "#{number} belongs to {team}: only its members and the people its escalation pages can act on it. Nothing was changed.";
            case INCIDENT_ANOTHER_TEAM -> "another team";
            case ACK_DONE -> ":eyes: <@{slack}> acknowledged *#{number}* {summary}. Escalation stopped; updating the board.";
            case ACK_ALREADY -> "#{number} was already acknowledged by {name} at {time}.";
            case ACK_ALREADY_RESOLVED -> "#{number} is already resolved (by {name}).";
            case RESOLVE_DONE -> ":white_check_mark: <@{slack}> resolved *#{number}* {summary}; updating the board.";
            case RESOLVE_ALREADY -> "#{number} was already resolved by {name} at {time}.";
            case ESCALATE_PAGING -> ":mega: Paging the next tier of #{number} now.";
            case ESCALATE_NOT -> "#{number} is not escalating ({status}{allPaged}).";
            case ESCALATE_ALL_PAGED -> ", every tier already paged";
            case STATUS_TRIGGERED -> "triggered";
            case STATUS_ACKNOWLEDGED -> "acknowledged";
            case STATUS_RESOLVED -> "resolved";

            case SMS_ACK_LINK -> " Ack: {url}";
            case SMS_REPLY -> " Reply ACK {number} {code}";
            case VOICE_HELLO -> "Hello {name}. ";
            case VOICE_WHAT -> "Incident {number}, {severity}: {summary}.";
            case VOICE_PAGE -> "This is Touban with a page. {what} Again: {what} "
                    + "To acknowledge, press Acknowledge in Slack, or answer the text message as it says.";

            case HANDOFF_HEADING -> ":arrows_counterclockwise: *{team} {layer} handoff*, {time}";
            case HANDOFF_HEADER -> "{team} {layer} handoff";
            case HANDOFF_ON_NOW -> "On call now: {parts}";
            case HANDOFF_ON_NOW_PART -> "{layer} {who} until {time}";
            case HANDOFF_INSTEAD_OF -> " ({kind} for {name})";
            case HANDOFF_NEXT -> "Next: {who} from {time}";
            case HANDOFF_FIRST -> "First shift of this rotation.";
            case HANDOFF_LAST -> "Last shift ({name}, {from} → {to}): {incidents}; {clocked}.";
            case HANDOFF_NO_INCIDENTS -> "no incidents";
            case HANDOFF_ONE_INCIDENT -> "{count} incident ({titles})";
            case HANDOFF_INCIDENTS -> "{count} incidents ({titles})";
            case HANDOFF_OPEN -> ", open";
            case HANDOFF_NO_HOURS -> "no hours clocked";
            case HANDOFF_CLOCKED -> "clocked {length} ({hours})";
            case HANDOFF_MAINTENANCE -> "In maintenance (pages held until the window ends): {windows}";
            case HANDOFF_WINDOW -> "{service} until {time} ({reason})";
            case HANDOFF_REASON -> "{reason}, {by}";
            case HANDOFF_LENGTH -> "{hours}h {minutes}m";

            case PAGE_TITLE -> "{team} on call";
            case PAGE_AS_OF -> "Times in {zone}. As of {time}.";
            case PAGE_ON_CALL_NOW -> "On call now";
            case PAGE_NOBODY -> "nobody yet";
            case PAGE_UNTIL -> "until {time}";
            case PAGE_INSTEAD_OF -> "{kind} for {name}";
            case PAGE_MAINTENANCE -> "In maintenance now";
            case PAGE_MAINTENANCE_NOTE -> "Alerts of these services page nobody until the window ends.";
            case PAGE_WINDOW -> " until {time} ({reason}, {by})";
            case PAGE_WINDOW_SCHEDULED -> "scheduled";
            case PAGE_WINDOW_STARTED_BY -> "started by {name}";
            case PAGE_NEXT_WEEKS -> "The next {weeks} weeks";
            case PAGE_DAY -> "Day";
            case PAGE_FROM -> "from {time}";

            case BOARD_CALL_FOR -> "call for {team}";
            case BOARD_SOURCE -> "Source: {source} · Triggered {date}";
            case BOARD_REPEATED -> " · repeated {count}×";
            case BOARD_TRIGGERED -> "Triggered";
            case BOARD_ACKNOWLEDGED_BY -> "Acknowledged by {name}";
            case BOARD_RESOLVED_BY -> "Resolved by {name}";
            case BUTTON_ACKNOWLEDGE -> "Acknowledge";
            case BUTTON_RESOLVE -> "Resolve";
            case BUTTON_ESCALATE -> "Escalate now";
        };
    }
}
