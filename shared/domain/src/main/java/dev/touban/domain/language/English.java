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

            // ---- Slack commands: incidents ... maintenance; the incident message's headline and severity
            case HEADLINE_PAGING -> "Paging {tier}";
            case HEADLINE_TIER -> "tier {tier} of {tiers}";
            case HEADLINE_TIER_PASS -> "tier {tier} of {tiers}, pass {pass} of {passes}";
            case HEADLINE_EXHAUSTED_ONCE -> "Escalation finished: every tier was paged {passes} time and nobody acknowledged. The incident stays open.";
            case HEADLINE_EXHAUSTED -> "Escalation finished: every tier was paged {passes} times and nobody acknowledged. The incident stays open.";
            case HEADLINE_POLICY_GONE -> "Escalation stopped: policy {policy} is no longer in oncall.yaml. The incident stays open.";
            case HEADLINE_ACKNOWLEDGED -> "Acknowledged by {name} via {via}";
            case HEADLINE_RESOLVED -> "Resolved by {name} via {via}";
            case HEADLINE_CHANNEL -> "Paging this channel: tier {tier}";
            case HEADLINE_CHANNEL_REPEAT -> "Paging this channel: tier {tier}, repeat {repeat}";
            case PAGED_YOU_ON_CALL -> "You are paged (on call in {rotation})";
            case PAGED_YOU_NAMED -> "You are paged (named in the policy)";
            case PAGED_YOU -> "You are paged ({why})";
            case PAGE_BODY_INCIDENT -> "Incident #{number} ({severity})";
            case PAGE_BODY_SOURCE -> "Source: {source}";
            case PAGE_BODY_PAGED -> "Paged: {who}, tier {tier}";
            case PAGE_BODY_REPEAT -> " (repeat {pass})";
            case PAGE_BODY_TRIGGERED -> "Triggered: {at}";
            case PAGE_BODY_ACKNOWLEDGE -> "Acknowledge: {url}";

            case INCIDENTS_NONE -> ":sunny: No open incidents for your teams.";
            case INCIDENTS_ONE -> "{count} open incident:";
            case INCIDENTS_MANY -> "{count} open incidents:";
            case INCIDENTS_LINE -> "*#{number}* {severity} {summary} · since {time} · {state}";
            case INCIDENTS_NOT_ACKNOWLEDGED -> "not acknowledged";
            case INCIDENTS_ACKNOWLEDGED_BY -> "acknowledged by {name}";
            case LIST_MORE -> "…and {count} more.";
            case INCIDENT_STATE -> "Status: {status}{repeated} · source {source}";
            case INCIDENT_MORE_ENTRIES -> "…and {count} more entries.";
            case TIMELINE_TRIGGERED -> "triggered by {actor}";
            case TIMELINE_ESCALATED -> "escalated: {detail}";
            case TIMELINE_PAGED -> "paged {target} by {channel}";
            case TIMELINE_PAGE_FAILED -> ":warning: {channel} page to {target} failed: {detail}";
            case TIMELINE_COULD_NOT_PAGE -> ":warning: could not page {target} failed: {detail}";
            case TIMELINE_ACKNOWLEDGED -> "acknowledged by {actor}";
            case TIMELINE_RESOLVED -> "resolved by {actor}";

            case MONTH_NOT_A_MONTH -> "`{text}` is not a month: give it as YYYY-MM, for example `{example}`, or nothing for {empty}.";
            case MONTH_NO_SUCH -> "`{text}` has no month {month}: months run from 01 to 12.";
            case MONTH_NOT_YET -> "{month} has not happened yet (it is {current} in {zone}).";
            case MONTH_TOO_EARLY -> "Reports start in {year}; {month} is before that.";
            case MONTH_EMPTY_LAST -> "last month";
            case MONTH_EMPTY_THIS -> "this month so far";

            case REPORT_REFUSED -> "{reason} Try `/oncall report` or `/oncall report YYYY-MM`.";
            case REPORT_UNREADABLE -> "I could not read {team}'s incidents of {month} ({error}). Try again in a minute.";
            case REPORT_TITLE -> "*On-call health of {team}, {month}{soFar}* ({zone})";
            case REPORT_SO_FAR -> " so far";
            case REPORT_NO_INCIDENTS -> "No incidents this month.";
            case REPORT_NO_INCIDENTS_YET -> "No incidents yet this month.";
            case REPORT_TEAM -> "*Team*: {incidents} · {pages} · MTTA {mtta} · MTTR {mttr} · {acknowledged} acknowledged, "
                    + "{escalated} escalated past tier 1 · pages at night {night}, on weekends {weekend}, on holidays {holiday}";
            case REPORT_INCIDENTS_ONE -> "{count} incident";
            case REPORT_INCIDENTS -> "{count} incidents";
            case REPORT_PAGES_ONE -> "{count} page";
            case REPORT_PAGES -> "{count} pages";
            case REPORT_PEOPLE -> "*People*";
            case REPORT_FAIRNESS -> " (fairness: pages per duty hour over the team's {rate}; 1.00 is an even share)";
            case REPORT_MORE_PEOPLE -> "…and {count} more in the workbook.";
            case REPORT_PERSON -> "*{name}*: {pages}{split} · acknowledged {acknowledged}{stats} · escalated past them {escalated}"
                    + " · {hours} h on duty · fairness {fairness}{noisiest}";
            case REPORT_PAGE_SPLIT -> " (night {night}, weekend {weekend}, holiday {holiday})";
            case REPORT_ACK_STATS -> " (MTTA {mtta}, MTTR {mttr})";
            case REPORT_NOISIEST -> " · noisiest: {service}";
            case REPORT_NOISIEST_SERVICES -> "*Noisiest services*: ";
            case REPORT_NOISIEST_ALERTS -> "*Noisiest alerts*: ";
            case REPORT_SOURCE_COUNTS -> " ({incidents}, {pages})";
            case REPORT_STAT -> "{median} median, {p90} p90";
            case REPORT_FOOTER -> "_Night is 22:00-05:00, weekends and holidays are dates, in each person's own time zone. "
                    + "Every figure's trace is in the HR workbook (`/oncall export {month}`, admins)._";

            case MEMBER_UNKNOWN -> "I don't know `{word}` in {team}. Mention a member (@name) or use their handle: {handles}. Nothing was changed.";
            case ADMINS_NONE -> "none configured";

            case OVERRIDE_USAGE -> "Usage: `/oncall override @user <from> <to> [primary|secondary]`, for example "
                    + "`/oncall override @bob 12/29 1/3` (whole days, both included) or `/oncall override @bob now 2026-12-29T18:00`.";
            case OVERRIDE_ADMINS_ONLY -> "Only {team} admins ({admins}) can set overrides. "
                    + "To trade a shift with someone, use `/oncall swap @user [week]`. Nothing was changed.";
            case OVERRIDE_NO_ROTATION -> "{team} has no {layer} rotation to override. Nothing was changed.";
            case RANGE_BACKWARDS -> "That range ends ({to}) before it starts ({from}). Give the start first. Nothing was changed.";
            case RANGE_OVER -> "That range is already over ({range}). Nothing was changed.";
            case OVERRIDE_TOO_LONG -> "Overrides last at most {days} days and start within two years; "
                    + "for a lasting change edit the rotation in oncall.yaml. Nothing was changed.";
            case OVERRIDE_SET -> ":arrows_counterclockwise: Override `{id}` set: {person} is on call ({layer}) {range}. "
                    + "Undo it with `/oncall cancel {id}`.";
            case OVERRIDES_USAGE -> "`/oncall overrides` lists them; `/oncall overrides remove <id>` (or `/oncall cancel <id>`) removes one.";
            case OVERRIDES_NONE -> "No overrides or swaps ahead for {team}. "
                    + "Admins set one with `/oncall override @user <from> <to>`; anyone can `/oncall swap @user [week]`.";
            case OVERRIDES_HEADER -> "Overrides and swaps for {team}:";
            case OVERRIDES_FOOTER -> "Remove one with `/oncall cancel <id>`.";
            case DESCRIBE_OVERRIDE -> "`{id}` override ({layer}): {person} covers {range} (by {by})";
            case DESCRIBE_SWAP -> "`{id}` swap ({layer}): {second} covers {firstRange}, {first} covers {secondRange} (by {by})";
            case CANCEL_WHICH -> "Which one? `/oncall overrides` lists them with their ids; then `/oncall cancel o3k2fa`.";
            case CANCEL_NOT_AN_ID -> "`{id}` is not an override or swap id. `/oncall overrides` lists them with their ids; then `/oncall cancel o3k2fa`.";
            case CANCEL_NONE -> "There is no override or swap `{id}` in {team} (cancelled already?). `/oncall overrides` lists them.";
            case CANCEL_NOT_ALLOWED -> "Only {team} admins, whoever set it, or the people it names can cancel `{id}`. Nothing was changed.";
            case CANCEL_OVER -> "`{id}` is already over; it stays in the record. Nothing was changed.";
            case CANCEL_DONE -> ":wastebasket: Cancelled {change}. The rotation applies again.";
            case CANCEL_GONE -> "`{id}` was cancelled already.";

            case SWAP_USAGE -> "Usage: `/oncall swap @user [week] [primary|secondary]`: your shift that week "
                    + "(or your next one) is exchanged with their nearest shift. For example `/oncall swap @bob next week`. "
                    + "Admins: `/oncall swap @alice @bob [week]`.";
            case SWAP_NOT_ALLOWED -> "Only the two people swapping, or a {team} admin, can swap shifts. Nothing was changed.";
            case SWAP_NO_ROTATION -> "{team} has no {layer} rotation. Nothing was changed.";
            case SWAP_SAME_MEMBER -> "A swap needs two different people. Nothing was changed.";
            case SWAP_NOT_IN_ROTATION -> "{name} is not in the {layer} rotation. Nothing was changed.";
            case SWAP_NOT_ON_SHIFT_THEN -> "{name} is not on the {layer} rotation then; their next shift is {range}. Nothing was changed.";
            case SWAP_SHIFT_OVER -> "That shift ({range}) is over. Nothing was changed.";
            case SWAP_NO_SHIFT_FOR_OTHER -> "{name} has no shift to swap. Nothing was changed.";
            case SWAP_TERMS -> "`{id}` ({layer}): {second} covers {firstRange} and {first} covers {secondRange}.";
            case SWAP_DONE -> ":twisted_rightwards_arrows: Swap {terms} Undo it with `/oncall cancel {id}`.";
            case SWAP_NOTICE -> ":twisted_rightwards_arrows: {name} made swap {terms} Undo it with `/oncall cancel {id}`.";
            case SWAP_NOT_TOLD -> ":warning: I could not tell them ({error}); please do.";
            case SWAP_ASKED -> ":hourglass_flowing_sand: Asked {person} to accept swap {terms} It takes effect when they accept "
                    + "(until {time}); nothing has changed yet.";
            case SWAP_OFFER_NOT_SENT -> ":warning: I could not send them the offer ({error}); ask them to accept it, or try again.";
            case SWAP_OFFER -> ":twisted_rightwards_arrows: {person} asks you to accept swap {terms} Answer by {time}; "
                    + "until you accept, nothing changes.";
            case BUTTON_ACCEPT -> "Accept";
            case BUTTON_DECLINE -> "Decline";
            case SWAP_GONE -> "There is no swap proposal `{id}` any more. Nothing was changed.";
            case SWAP_NOT_YOURS -> "Only {name} can answer swap `{id}`. Nothing was changed.";
            case SWAP_EXPIRED -> "Swap `{id}` expired at {time}. Nothing was changed; ask for it again with `/oncall swap`.";
            case SWAP_DECLINED_YOU -> "You declined swap {terms} Nothing was changed.";
            case SWAP_DECLINED -> "{name} declined swap {terms} Nothing was changed.";
            case SWAP_ACCEPTED_YOU -> ":twisted_rightwards_arrows: You accepted swap {terms} It is on the schedule now.";
            case SWAP_ACCEPTED -> ":twisted_rightwards_arrows: {name} accepted swap {terms} It is on the schedule now; "
                    + "undo it with `/oncall cancel {id}`.";
            case SWAP_ALREADY -> "Swap `{id}` was already {status}. Nothing was changed.";
            case SWAP_STATUS_PENDING -> "pending";
            case SWAP_STATUS_ACCEPTED -> "accepted";
            case SWAP_STATUS_DECLINED -> "declined";

            case EXPORT_ADMINS_ONLY -> "Only {team}'s admins{admins} can export the comp-day report. Nothing was exported.";
            case EXPORT_NO_RESPONSE_URL -> "This request came without Slack's response_url, so the link would have nowhere to go. "
                    + "Nothing was exported.";
            case EXPORT_REFUSED -> "{reason} Nothing was exported.";
            case EXPORT_FAILED -> "I could not start the export of {month} ({error}). Try again in a minute.";
            case EXPORT_STARTED -> ":hourglass_flowing_sand: Exporting {team}'s comp-day report for {month}. "
                    + "The link to the spreadsheet follows here in a moment.";
            case EXPORT_DONE -> ":bar_chart: Comp-day report for *{team}*, {month}: {file} (link valid {valid})";
            case EXPORT_DONE_SO_FAR -> ":bar_chart: Comp-day report for *{team}*, {month} (so far): {file} (link valid {valid})";
            case EXPORT_PERSON -> "• {name}: {days} comp days ({weekend} weekend, {holiday} holiday, {night} night pages)";
            case EXPORT_FILES -> "Files: `{location}` (XLSX and {csv} CSV)";
            case EXPORT_SHEET -> "Google Sheet: <{url}|tab {tab}>";
            case EXPORT_JOB_TEAM_UNKNOWN -> "Team `{team}` is not in oncall.yaml. Nothing was exported.";
            case EXPORT_JOB_ADMINS_ONLY -> "Only {team}'s admins may export. Nothing was exported.";
            case EXPORT_JOB_NOT_YET -> "{month} cannot be exported: it has not happened yet. Nothing was exported.";
            case EXPORT_JOB_FAILED -> ":warning: The export of {month} for {team} failed: {error}. Run `{command}` again; "
                    + "it replaces whatever was written.";

            case FURIKYU_USAGE -> "Usage: `/oncall furikyu [@user] <worked day> <day off>`, for example "
                    + "`/oncall furikyu 11/29 12/2`: you work Sunday 29 November and take Wednesday 2 December off. "
                    + "Recorded before the worked day it is a 振替休日 (swap); later, a 代休.";
            case FURIKYU_ADMINS_ONLY -> "Only {team} admins may record a day off for someone else; you can record your own "
                    + "with `/oncall furikyu <worked day> <day off>`. Nothing was recorded.";
            case FURIKYU_MOMENT -> "`{word}` is a moment; give whole days such as `11/29`.";
            case FURIKYU_BEGUN -> "{worked} has begun, so this can only be a 代休, which comes after the work; "
                    + "{off} is before it. Nothing was recorded.";
            case FURIKYU_ALREADY -> "{person} already has {off} off for {worked} ({kind}). Nothing was recorded.";
            case FURIKYU_KIND_SWAP -> "振替休日 (swapped in advance)";
            case FURIKYU_KIND_COMPENSATORY -> "代休 (granted afterwards)";
            case FURIKYU_SAME_DAY -> "The day off must be another day than the worked day ({worked}). Nothing was recorded.";
            case FURIKYU_WORKING_DAY -> "{worked} is a working day: a 振替休日 or 代休 is for work on a weekend day, a holiday"
                    + " or the legal holiday ({legal}). Nothing was recorded.";
            case FURIKYU_OFF_HOLIDAY -> "The day off must be a working day; {off} is a holiday ({holiday}) already. Nothing was recorded.";
            case FURIKYU_OFF_WEEKEND -> "The day off must be a working day; {off} is a weekend day already. Nothing was recorded.";
            case FURIKYU_OUT_OF_RANGE -> "The worked day must lie within the last {days} days or the next year; "
                    + "{worked} {year} does not. Nothing was recorded.";
            case FURIKYU_TOO_FAR -> "The day off must be within {days} days of the worked day. Nothing was recorded.";
            case FURIKYU_SWAP -> ":calendar: 振替休日 recorded: {person} works {worked} and takes {off} off instead. "
                    + "{day} becomes an ordinary working day{premium}.";
            case FURIKYU_NO_PREMIUM -> " (no legal-holiday premium)";
            case FURIKYU_COMPENSATORY -> ":calendar: Recorded as 代休 (compensatory leave): {person} worked {worked} and takes "
                    + "{off} off. A 振替休日 must be recorded before the worked day begins.";
            case FURIKYU_COMPENSATORY_LEGAL -> ":calendar: Recorded as 代休 (compensatory leave): {person} worked {worked} and takes "
                    + "{off} off. A 振替休日 must be recorded before the worked day begins, so the {percent}% legal-holiday "
                    + "premium for {day} is still owed.";

            case HEARTBEATS_NO_ARGS -> "`/oncall heartbeats` takes no arguments: it lists every heartbeat. Nothing was changed.";
            case HEARTBEATS_NONE -> "No heartbeats are configured: list them under a service's `heartbeats` in oncall.yaml.";
            case HEARTBEATS_TITLE -> "*Heartbeats*";
            case HEARTBEAT_LINE -> "{icon} *{label}* (every {interval}, {grace} grace): {status}{ping}{incident}";
            case HEARTBEAT_MINUTES -> "{minutes} min";
            case HEARTBEAT_NO_PING -> ", no ping yet";
            case HEARTBEAT_LAST_PING -> ", last ping {time} ({length} ago)";
            case HEARTBEAT_INCIDENT -> ", incident #{number}";
            case HEARTBEAT_HEALTHY -> "healthy";
            case HEARTBEAT_LATE -> "late";
            case HEARTBEAT_MISSED -> "missed";
            case HEARTBEAT_WAITING -> "waiting";

            case MAINTENANCE_USAGE -> "Usage: `/oncall maintenance <service> <duration|until> [reason]` (for example "
                    + "`/oncall maintenance web 2h database upgrade` or `/oncall maintenance web until 2026-12-29T18:00`), "
                    + "`/oncall maintenance end <service>`, or `/oncall maintenance` for the windows now.";
            case MAINTENANCE_UNTIL_WHEN -> "Until when? {usage}";
            case MAINTENANCE_BAD_END -> "Give a duration (`90m`, `2h`, `1h30m`, `1d`) or an end: {error} Nothing was changed.\n{usage}";
            case MAINTENANCE_PASSED -> "That end ({time}) has passed. Nothing was changed.";
            case MAINTENANCE_TOO_LONG -> "A maintenance window lasts at most {days} days; for a regular one, "
                    + "list it under the service's `maintenance` in oncall.yaml. Nothing was changed.";
            case MAINTENANCE_REASON_TOO_LONG -> "That reason is {length} characters long; keep it to {max}. Nothing was changed.";
            case MAINTENANCE_STARTED -> ":construction: Maintenance of *{service}* until {time} ({reason}), started by {name}. "
                    + "Its alerts open suppressed incidents that page nobody, and escalations running for it pause until the window "
                    + "ends; whatever is still open then is paged. End it early with `/oncall maintenance end {id}`.";
            case MAINTENANCE_NONE_RUNNING -> "No maintenance started from Slack is running for {service}. {still}Nothing was changed.";
            case MAINTENANCE_ENDED -> ":white_check_mark: Maintenance of *{service}* ended by {name}. {still}{resumed}";
            case MAINTENANCE_NONE_WAITING -> "No escalation was waiting for it.";
            case MAINTENANCE_ONE_RESUMED -> "{count} incident is paged now.";
            case MAINTENANCE_RESUMED -> "{count} incidents are paged now.";
            case MAINTENANCE_NONE -> "No service is in maintenance.\n{usage}";
            case MAINTENANCE_TITLE -> "*In maintenance now*";
            case MAINTENANCE_LINE -> "*{service}* until {time} ({reason}{how})";
            case MAINTENANCE_SCHEDULED -> ", scheduled in oncall.yaml";
            case MAINTENANCE_STARTED_BY -> ", started by {name}";
            case MAINTENANCE_STILL -> "A window of oncall.yaml still holds its pages until {time}. ";
            case MAINTENANCE_NOT_ALLOWED -> "Only members of {team} (or admins) can start or end maintenance of {service}. Nothing was changed.";
            case MAINTENANCE_THE_TEAM -> "the service's team";
            case MAINTENANCE_UNKNOWN_SERVICE -> "There is no service `{service}`; oncall.yaml lists {services}. Nothing was changed.";
            case MAINTENANCE_DEFAULT_REASON -> "maintenance";
            // ---- end of the Slack commands group
        };
    }
}
