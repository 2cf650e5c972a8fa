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

            // ---- Pages, calendar and HR workbook
            case SEVERITY_CRITICAL -> "critical";
            case SEVERITY_ERROR -> "error";
            case SEVERITY_WARNING -> "warning";
            case SEVERITY_INFO -> "info";

            case ACKPAGE_INCIDENT -> "Incident #{number}";
            case ACKPAGE_SERVICE -> "Service";
            case ACKPAGE_SEVERITY -> "Severity";
            case ACKPAGE_STARTED -> "Started";
            case ACKPAGE_FROM -> "From";
            case ACKPAGE_PAGED -> "Paged";
            case ACKPAGE_PAGED_NOBODY -> "nobody yet";
            case ACKPAGE_PAGED_ONE -> "{name} ({channels})";
            case ACKPAGE_LIST_SEPARATOR -> ", ";
            case ACKPAGE_FROM_SLACK -> "(paged from Slack)";
            case ACKPAGE_ACKNOWLEDGE -> "Acknowledge #{number}";
            case ACKPAGE_RESOLVE -> "Resolve #{number}";
            case ACKPAGE_WAITING -> "Still waiting for an acknowledgement.";
            case ACKPAGE_ALREADY_ACKNOWLEDGED -> "Already acknowledged by {name} at {time}.";
            case ACKPAGE_ALREADY_RESOLVED -> "Already resolved by {name} at {time}.";
            case ACKPAGE_ACKNOWLEDGED -> "Acknowledged #{number}";
            case ACKPAGE_ACKNOWLEDGED_THANKS -> "Thank you, {name}. The escalation has stopped. {summary}";
            case ACKPAGE_RESOLVED -> "Resolved #{number}";
            case ACKPAGE_RESOLVED_THANKS -> "Thank you, {name}. {summary} is resolved.";
            case ACKPAGE_NO_INCIDENT -> "No such incident";
            case ACKPAGE_NO_INCIDENT_TEXT -> "Incident #{number} does not exist.";
            case ACKPAGE_NOT_ALLOWED -> "Not allowed";
            case ACKPAGE_NOT_ALLOWED_TEXT -> "Open the link, then press a button.";
            case ACKPAGE_UNKNOWN_ACTION -> "Unknown action";
            case ACKPAGE_UNKNOWN_ACTION_TEXT -> "Press Acknowledge or Resolve on the incident's page.";
            case ACKPAGE_MALFORMED -> "This is not an acknowledge link";
            case ACKPAGE_MALFORMED_TEXT -> "The link is incomplete or damaged. Acknowledge in Slack or reply ACK and the incident number to the text message.";
            case ACKPAGE_TAMPERED -> "This link is not valid";
            case ACKPAGE_TAMPERED_TEXT -> "It was changed or was not made by Touban. Acknowledge in Slack or reply ACK and the incident number to the text message.";
            case ACKPAGE_EXPIRED -> "This link has expired";
            case ACKPAGE_EXPIRED_TEXT -> "Acknowledge links work for 24 hours. Use /oncall ack {number} in Slack or reply ACK {number} to the text message.";

            case VOICE_REPLY -> " The reply is {reply}.";

            case CALENDAR_NAME -> "{team} on call";
            case CALENDAR_SUMMARY -> "On call ({layer}): {who}";
            case CALENDAR_SUMMARY_REPLACED -> "On call ({layer}): {who} ({kind} for {name})";
            case CALENDAR_DESCRIPTION -> "{team} {layer} rotation {rotation}, shift {index}.\n{who} is on call{instead}.";
            case CALENDAR_INSTEAD_OF -> " instead of {name} ({kind} {id})";

            case SHEET_SUMMARY -> "Summary";
            case SHEET_COMP_DAYS -> "Comp days";
            case SHEET_SHIFTS -> "Shifts";
            case SHEET_ATTENDANCE -> "Attendance";
            case SHEET_INCIDENTS -> "Incidents";
            case SHEET_NOTES -> "Notes";
            case SHEET_HEALTH -> "Health";
            case SHEET_HEALTH_TRACE -> "Health trace";
            case SHEET_LABOR_SUMMARY -> "Labor summary";
            case SHEET_LABOR_TRACE -> "Labor trace";
            case SHEET_DAYS_OFF -> "Days off";
            case SHEET_COMP_DAY_BALANCE -> "Comp-day balance";
            case SHEET_LAPSING_SOON -> "Lapsing soon";
            case SHEET_LABOR_NOTES -> "Labor notes";
            case COL_MEMBER -> "Member";
            case COL_NAME -> "Name";
            case COL_DUTY_DAYS -> "Duty days";
            case COL_WEEKEND_DAYS -> "Weekend days";
            case COL_HOLIDAY_DAYS -> "Holiday days";
            case COL_CLOCKED_HOURS -> "Clocked hours";
            case COL_NIGHT_PAGES -> "Night pages";
            case COL_COMP_DAYS_EARNED -> "Comp days earned";
            case COL_DATE -> "Date";
            case COL_DAY -> "Day";
            case COL_HOLIDAY -> "Holiday";
            case COL_RULE -> "Rule";
            case COL_DAYS -> "Days";
            case COL_WHY -> "Why";
            case COL_ROTATION -> "Rotation";
            case COL_LAYER -> "Layer";
            case COL_START -> "Start ({zone})";
            case COL_END -> "End ({zone})";
            case COL_HOURS_IN_MONTH -> "Hours in month";
            case COL_DUTY_DAYS_CREDITED -> "Duty days credited";
            case COL_DAY_DATE -> "Day";
            case COL_DAY_KIND -> "Day kind";
            case COL_CLOCK_IN -> "Clock-in ({zone})";
            case COL_CLOCK_OUT -> "Clock-out ({zone})";
            case COL_COUNTED_UNTIL -> "Counted until ({zone})";
            case COL_NOTE -> "Note";
            case COL_FLAG -> "Flag";
            case COL_NUMBER -> "Number";
            case COL_TRIGGERED -> "Triggered ({zone})";
            case COL_ACKNOWLEDGED_BY -> "Acknowledged by";
            case COL_NIGHT_PAGE -> "Night page";
            case COL_CREDITED_TO -> "Credited to";
            case COL_SUMMARY -> "Summary";
            case COL_TOPIC -> "Topic";
            case COL_TEXT -> "Text";
            case COL_INCIDENTS -> "Incidents";
            case COL_PAGES -> "Pages";
            case COL_MTTA_MEDIAN -> "MTTA median (min)";
            case COL_MTTA_P90 -> "MTTA p90 (min)";
            case COL_MTTR_MEDIAN -> "MTTR median (min)";
            case COL_MTTR_P90 -> "MTTR p90 (min)";
            case COL_ACKNOWLEDGED -> "Acknowledged";
            case COL_ESCALATED -> "Escalated past tier 1";
            case COL_NIGHT_PAGES_HOURS -> "Night pages (22-05)";
            case COL_WEEKEND_PAGES -> "Weekend pages";
            case COL_HOLIDAY_PAGES -> "Holiday pages";
            case COL_DUTY_HOURS -> "Duty hours";
            case COL_PAGES_PER_DUTY_HOUR -> "Pages per duty hour";
            case COL_FAIRNESS -> "Fairness (1.00 = even)";
            case COL_NOISIEST_SERVICE -> "Noisiest service";
            case COL_FIGURE -> "Figure";
            case COL_INCIDENT -> "Incident";
            case COL_AT -> "At ({zone})";
            case COL_STANDBY -> "Standby {kind} (days)";
            case COL_CALL_OUT -> "Call-out {bucket} (min)";
            case COL_LEGAL_HOLIDAY_WORK_DAYS -> "Legal-holiday work days (36協定)";
            case COL_PREMIUM_OWED_MINUTES -> "Premium still owed (min, 代休)";
            case COL_COMP_DAY_BALANCE -> "Comp-day balance";
            case COL_LAPSING_SOON -> "Lapsing soon";
            case COL_WORKER_DAY -> "Day (worker's own)";
            case COL_FROM -> "From ({zone})";
            case COL_TO -> "To ({zone})";
            case COL_AMOUNT -> "Amount (days or min)";
            case COL_KIND -> "Kind";
            case COL_PREMIUM_PERCENT -> "Premium %";
            case COL_WORKED_DAY -> "Worked day";
            case COL_DAY_OFF -> "Day off";
            case COL_RECORDED -> "Recorded ({zone})";
            case COL_RECORDED_BY -> "Recorded by";
            case COL_LEGAL_HOLIDAY_WORK_MINUTES -> "Legal-holiday work (min)";
            case COL_PREMIUM_OWED -> "Premium still owed";
            case COL_EARNED_ON -> "Earned on";
            case COL_USED -> "Used (代休)";
            case COL_LAPSED -> "Lapsed";
            case COL_REMAINING -> "Remaining";
            case COL_LAST_DAY -> "Last day";
            case COL_STATUS -> "Status";
            case COL_DAYS_LEFT -> "Days left from {date}";
            case STANDBY_WEEKDAY -> "weekday";
            case STANDBY_WEEKEND -> "weekend";
            case STANDBY_PUBLIC_HOLIDAY -> "public holiday";
            case STANDBY_LEGAL_HOLIDAY -> "legal holiday";
            case BUCKET_ORDINARY -> "ordinary";
            case BUCKET_NIGHT -> "night";
            case BUCKET_LEGAL_HOLIDAY -> "legal holiday";
            case BUCKET_LEGAL_HOLIDAY_NIGHT -> "legal holiday night";
            case HANDOFF_SNS_TITLE -> "{team} {layer} handoff: {who} on call from {time}";
            // ---- end of pages, calendar and HR workbook

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
