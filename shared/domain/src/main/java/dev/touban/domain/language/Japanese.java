package dev.touban.domain.language;

/** Touban's texts in Japanese ({@code language: ja}). */
final class Japanese {
    private Japanese() {}

    static String text(Msg key) {
        return switch (key) {
            case LAYER_PRIMARY -> "プライマリ";
            case LAYER_SECONDARY -> "セカンダリ";
            case KIND_OVERRIDE -> "代理";
            case KIND_SWAP -> "交代";
            case NO_ROTATION -> "{team} のローテーションはまだ oncall.yaml にありません。";

            case DATE_FORMS -> "`12月29日`、`2026-12-29`、`12/29`、`今日`、`明日`、`金曜`、`来週`、`now`、`2026-12-29T18:00`";
            case DATE_MISSING -> "日付を指定してください: {forms}";
            case DATE_UNREADABLE -> "`{text}` は日付として読めません。使える形式: {forms}";
            case DATE_NOT_REAL -> "`{text}` は存在しない日付です（{reason}）。";
            case DATE_NOT_REAL_MONTH_DAY -> "`{text}` は存在しない日付です。月/日（例: 12/29）で指定してください。";

            case HELP_TITLE -> "*Touban* 当番コマンド:";
            case HELP_HELP -> "この一覧";
            case HELP_UNKNOWN -> "`{command}` というコマンドはありません。";
            case HELP_HELLO -> "待機を開始（出勤）";
            case HELP_BYE -> "待機を終了（退勤）して時間を確認";
            case HELP_WHO -> "チームの当番（今、または指定日）";
            case HELP_SCHEDULE -> "今後のシフト（代理・交代を表示）";
            case HELP_OVERRIDE -> "（管理者）期間を指定して当番を代理に";
            case HELP_SWAP -> "その週の自分のシフトと相手のシフトの交代を依頼（管理者は即時）";
            case HELP_OVERRIDES -> "今後の代理・交代の一覧、または取り消し";
            case HELP_CANCEL -> "代理・交代を取り消す";
            case HELP_EXPORT -> "（管理者）先月（または指定月）の振休集計表";
            case HELP_FURIKYU -> "週末・祝日の勤務の代わりに休みを取る: その日より前なら振替休日、後なら代休";
            case HELP_CALL -> "チーム（または指定チーム）の当番を、誰かが確認するまで呼び出す";
            case HELP_ACK -> "インシデントを確認: エスカレーションが止まります";
            case HELP_RESOLVE -> "インシデントを解決";
            case HELP_INCIDENTS -> "チームの未解決インシデント";
            case HELP_INCIDENT -> "インシデントとその経過";
            case HELP_REPORT -> "チームの今月（または指定月）の当番の健全性";
            case HELP_HEARTBEATS -> "各監視のハートビート: 最終受信と状態";
            case HELP_MAINTENANCE -> "（サービスのチーム）アラートで誰も呼び出さないメンテナンス期間の設定・終了。引数なしで現在の期間";
            case FURIKYU_NOT_SET_UP -> "ここでは休日の記録が設定されていません。何も記録していません。";

            case HELLO_NOTE_TOO_LONG -> "メモが{length}文字あります。{max}文字以内にしてください。何も記録していません。";
            case HELLO_CLOCKED_IN -> ":wave: {time}に{team}の待機を開始しました{note}。終わったら `/oncall bye` を送ってください。";
            case HELLO_ALREADY_IN -> "{time}から待機中です（{length}前）。終了するには `/oncall bye` を送ってください。";
            case BYE_NOT_CLOCKED_IN -> "待機中ではないため、終了するものはありません。待機を始めるときは `/oncall hello [メモ]` を送ってください。";
            case BYE_CLOCKED_OUT -> ":checkered_flag: {time}に待機を終了しました。待機時間 {length}{restDay}。お疲れさまでした！";
            case BYE_ON_WEEKEND -> "（週末: {day}）";
            case BYE_ON_WEEKEND_HOLIDAY -> "（週末: {day}、{holiday}）";
            case BYE_ON_HOLIDAY -> "（祝日: {day}、{holiday}）";

            case WHO_BAD_DATE -> "{error} 例: `/oncall who 来週`";
            case WHO_NOW -> "現在";
            case WHO_WHEN -> "{time}";
            case WHO_HEADER -> "{team} の当番（{when}）:";
            case WHO_ON_CALL -> "*{name}* (<@{slack}>) {time}まで{replacement}";
            case WHO_NOBODY -> "まだいません（ローテーション開始は{date}）";
            case SCHEDULE_BAD_WEEKS -> "`{text}` は1〜{max}の週数ではありません。例: `/oncall schedule 6`";
            case SCHEDULE_HEADER_ONE_WEEK -> "*{team}* の当番、今後{weeks}週間:";
            case SCHEDULE_HEADER -> "*{team}* の当番、今後{weeks}週間:";
            case SCHEDULE_NOBODY -> "まだいません: ローテーション開始は{date}";
            case CHANGE_REPLACEMENT -> " _（{kind} `{id}`、{name}の代わり）_";

            case CALL_WHAT -> "何が起きているかを書いてください: `/oncall call <起きていること>`。例: `/oncall call 決済が500を返す`";
            case CALL_TOO_LONG -> "{length}文字あります。{max}文字以内にしてください。誰も呼び出していません。";
            case CALL_NO_POLICY -> "{team} には oncall.yaml のエスカレーションポリシーがないため、呼び出す相手がいません。誰も呼び出していません。";
            case CALL_PAGING -> ":rotating_light: <@{slack}> が{team}を呼び出しています: {what}\n"
                    + "インシデント *#{number}*: 誰かが確認するまで当番を呼び出し続けます。";

            case INCIDENT_WHICH -> "どのインシデントですか？ `/oncall {command} <番号>` を送ってください。例: `/oncall {command} 42`";
            case INCIDENT_NONE -> "インシデント #{number} はありません。";
            case INCIDENT_OTHER_TEAM -> "#{number} は{team}のインシデントです。操作できるのはそのメンバーとエスカレーションで呼び出された人だけです。何も変更していません。";
            case INCIDENT_ANOTHER_TEAM -> "別のチーム";
            case ACK_DONE -> ":eyes: <@{slack}> が *#{number}* {summary} を確認しました。エスカレーションを停止し、表示を更新します。";
            case ACK_ALREADY -> "#{number} は{time}に{name}が確認済みです。";
            case ACK_ALREADY_RESOLVED -> "#{number} は解決済みです（{name}）。";
            case RESOLVE_DONE -> ":white_check_mark: <@{slack}> が *#{number}* {summary} を解決しました。表示を更新します。";
            case RESOLVE_ALREADY -> "#{number} は{time}に{name}が解決済みです。";
            case ESCALATE_PAGING -> ":mega: #{number} の次の段階を今すぐ呼び出します。";
            case ESCALATE_NOT -> "#{number} はエスカレーション中ではありません（{status}{allPaged}）。";
            case ESCALATE_ALL_PAGED -> "、全段階を呼び出し済み";
            case STATUS_TRIGGERED -> "未確認";
            case STATUS_ACKNOWLEDGED -> "確認済み";
            case STATUS_RESOLVED -> "解決済み";

            case SMS_ACK_LINK -> " 確認: {url}";
            case SMS_REPLY -> " 返信で確認: ACK {number} {code}";
            case VOICE_HELLO -> "{name}さん。";
            case VOICE_WHAT -> "インシデント{number}番、{severity}: {summary}。";
            case VOICE_PAGE -> "当番の呼び出しです。{what} もう一度: {what} "
                    + "確認するには、Slackで確認を押すか、ショートメッセージの案内どおりに返信してください。";

            case HANDOFF_HEADING -> ":arrows_counterclockwise: *{team} {layer}の交代*、{time}";
            case HANDOFF_HEADER -> "{team} {layer}の交代";
            case HANDOFF_ON_NOW -> "現在の当番: {parts}";
            case HANDOFF_ON_NOW_PART -> "{layer} {who}（{time}まで）";
            case HANDOFF_INSTEAD_OF -> "（{kind}、{name}の代わり）";
            case HANDOFF_NEXT -> "次: {time}から{who}";
            case HANDOFF_FIRST -> "このローテーションの最初のシフトです。";
            case HANDOFF_LAST -> "前のシフト（{name}、{from} → {to}）: {incidents}、{clocked}。";
            case HANDOFF_NO_INCIDENTS -> "インシデントなし";
            case HANDOFF_ONE_INCIDENT -> "インシデント{count}件（{titles}）";
            case HANDOFF_INCIDENTS -> "インシデント{count}件（{titles}）";
            case HANDOFF_OPEN -> "、未解決";
            case HANDOFF_NO_HOURS -> "待機の記録なし";
            case HANDOFF_CLOCKED -> "待機 {length}（{hours}）";
            case HANDOFF_MAINTENANCE -> "メンテナンス中（期間が終わるまで呼び出しを保留）: {windows}";
            case HANDOFF_WINDOW -> "{service} {time}まで（{reason}）";
            case HANDOFF_REASON -> "{reason}、{by}";
            case HANDOFF_LENGTH -> "{hours}時間{minutes}分";

            case PAGE_TITLE -> "{team} の当番";
            case PAGE_AS_OF -> "時刻は{zone}。{time}時点。";
            case PAGE_ON_CALL_NOW -> "現在の当番";
            case PAGE_NOBODY -> "まだいません";
            case PAGE_UNTIL -> "{time}まで";
            case PAGE_INSTEAD_OF -> "{kind}（{name}の代わり）";
            case PAGE_MAINTENANCE -> "メンテナンス中";
            case PAGE_MAINTENANCE_NOTE -> "これらのサービスのアラートは、期間が終わるまで誰も呼び出しません。";
            case PAGE_WINDOW -> " {time}まで（{reason}、{by}）";
            case PAGE_WINDOW_SCHEDULED -> "予定どおり";
            case PAGE_WINDOW_STARTED_BY -> "{name}が開始";
            case PAGE_NEXT_WEEKS -> "今後{weeks}週間";
            case PAGE_DAY -> "日付";
            case PAGE_FROM -> "{time}から";

            // ---- Pages, calendar and HR workbook
            case SEVERITY_CRITICAL -> "重大";
            case SEVERITY_ERROR -> "エラー";
            case SEVERITY_WARNING -> "警告";
            case SEVERITY_INFO -> "情報";

            case ACKPAGE_INCIDENT -> "インシデント #{number}";
            case ACKPAGE_SERVICE -> "サービス";
            case ACKPAGE_SEVERITY -> "重大度";
            case ACKPAGE_STARTED -> "発生";
            case ACKPAGE_FROM -> "発生元";
            case ACKPAGE_PAGED -> "呼び出し先";
            case ACKPAGE_PAGED_NOBODY -> "まだいません";
            case ACKPAGE_PAGED_ONE -> "{name}（{channels}）";
            case ACKPAGE_LIST_SEPARATOR -> "、";
            case ACKPAGE_FROM_SLACK -> "（Slackからの呼び出し）";
            case ACKPAGE_ACKNOWLEDGE -> "#{number} を確認";
            case ACKPAGE_RESOLVE -> "#{number} を解決";
            case ACKPAGE_WAITING -> "まだ誰も確認していません。";
            case ACKPAGE_ALREADY_ACKNOWLEDGED -> "{time}に{name}が確認済みです。";
            case ACKPAGE_ALREADY_RESOLVED -> "{time}に{name}が解決済みです。";
            case ACKPAGE_ACKNOWLEDGED -> "#{number} を確認しました";
            case ACKPAGE_ACKNOWLEDGED_THANKS -> "{name}さん、ありがとうございます。エスカレーションを停止しました。{summary}";
            case ACKPAGE_RESOLVED -> "#{number} を解決しました";
            case ACKPAGE_RESOLVED_THANKS -> "{name}さん、ありがとうございます。{summary} を解決済みにしました。";
            case ACKPAGE_NO_INCIDENT -> "インシデントがありません";
            case ACKPAGE_NO_INCIDENT_TEXT -> "インシデント #{number} はありません。";
            case ACKPAGE_NOT_ALLOWED -> "この操作はできません";
            case ACKPAGE_NOT_ALLOWED_TEXT -> "リンクを開いてから、ボタンを押してください。";
            case ACKPAGE_UNKNOWN_ACTION -> "不明な操作です";
            case ACKPAGE_UNKNOWN_ACTION_TEXT -> "インシデントのページで「確認」か「解決」を押してください。";
            case ACKPAGE_MALFORMED -> "確認用のリンクではありません";
            case ACKPAGE_MALFORMED_TEXT -> "リンクが途中で切れているか、壊れています。Slackで確認するか、ショートメッセージに ACK とインシデント番号を返信してください。";
            case ACKPAGE_TAMPERED -> "このリンクは無効です";
            case ACKPAGE_TAMPERED_TEXT -> "リンクが書き換えられたか、Toubanが作ったものではありません。Slackで確認するか、ショートメッセージに ACK とインシデント番号を返信してください。";
            case ACKPAGE_EXPIRED -> "このリンクは期限切れです";
            case ACKPAGE_EXPIRED_TEXT -> "確認用のリンクの有効期限は24時間です。Slackで /oncall ack {number} を送るか、ショートメッセージに ACK {number} と返信してください。";

            case VOICE_REPLY -> "返信する言葉は {reply} です。";

            case CALENDAR_NAME -> "{team} の当番";
            case CALENDAR_SUMMARY -> "当番（{layer}）: {who}";
            case CALENDAR_SUMMARY_REPLACED -> "当番（{layer}）: {who}（{kind}、{name}の代わり）";
            case CALENDAR_DESCRIPTION -> "{team} {layer}ローテーション {rotation}、シフト {index}。\n{who}が当番です{instead}。";
            case CALENDAR_INSTEAD_OF -> "（{name}の代わり、{kind} {id}）";

            case SHEET_SUMMARY -> "集計";
            case SHEET_COMP_DAYS -> "振休";
            case SHEET_SHIFTS -> "シフト";
            case SHEET_ATTENDANCE -> "待機の打刻";
            case SHEET_INCIDENTS -> "インシデント";
            case SHEET_NOTES -> "備考";
            case SHEET_HEALTH -> "当番の健全性";
            case SHEET_HEALTH_TRACE -> "健全性の内訳";
            case SHEET_LABOR_SUMMARY -> "労働時間の集計";
            case SHEET_LABOR_TRACE -> "労働時間の内訳";
            case SHEET_DAYS_OFF -> "振替休日・代休";
            case SHEET_COMP_DAY_BALANCE -> "振休の残高";
            case SHEET_LAPSING_SOON -> "期限間近の振休";
            case SHEET_LABOR_NOTES -> "労働時間の備考";
            case COL_MEMBER -> "メンバー";
            case COL_NAME -> "氏名";
            case COL_DUTY_DAYS -> "当番日数";
            case COL_WEEKEND_DAYS -> "週末の日数";
            case COL_HOLIDAY_DAYS -> "祝日の日数";
            case COL_CLOCKED_HOURS -> "待機時間（時間）";
            case COL_NIGHT_PAGES -> "夜間の呼び出し";
            case COL_COMP_DAYS_EARNED -> "獲得した振休（日）";
            case COL_DATE -> "日付";
            case COL_DAY -> "日の区分";
            case COL_HOLIDAY -> "祝日";
            case COL_RULE -> "規則";
            case COL_DAYS -> "日数";
            case COL_WHY -> "理由";
            case COL_ROTATION -> "ローテーション";
            case COL_LAYER -> "区分";
            case COL_START -> "開始（{zone}）";
            case COL_END -> "終了（{zone}）";
            case COL_HOURS_IN_MONTH -> "当月の時間";
            case COL_DUTY_DAYS_CREDITED -> "当番日数への算入";
            case COL_DAY_DATE -> "日付";
            case COL_DAY_KIND -> "日の区分";
            case COL_CLOCK_IN -> "待機開始（{zone}）";
            case COL_CLOCK_OUT -> "待機終了（{zone}）";
            case COL_COUNTED_UNTIL -> "算入の終了（{zone}）";
            case COL_NOTE -> "メモ";
            case COL_FLAG -> "注意";
            case COL_NUMBER -> "番号";
            case COL_TRIGGERED -> "発生（{zone}）";
            case COL_ACKNOWLEDGED_BY -> "確認した人";
            case COL_NIGHT_PAGE -> "夜間の呼び出し";
            case COL_CREDITED_TO -> "算入先";
            case COL_SUMMARY -> "概要";
            case COL_TOPIC -> "項目";
            case COL_TEXT -> "内容";
            case COL_INCIDENTS -> "インシデント数";
            case COL_PAGES -> "呼び出し数";
            case COL_MTTA_MEDIAN -> "確認までの時間 中央値（分）";
            case COL_MTTA_P90 -> "確認までの時間 p90（分）";
            case COL_MTTR_MEDIAN -> "解決までの時間 中央値（分）";
            case COL_MTTR_P90 -> "解決までの時間 p90（分）";
            case COL_ACKNOWLEDGED -> "確認数";
            case COL_ESCALATED -> "第2段階以降へのエスカレーション";
            case COL_NIGHT_PAGES_HOURS -> "夜間の呼び出し（22〜5時）";
            case COL_WEEKEND_PAGES -> "週末の呼び出し";
            case COL_HOLIDAY_PAGES -> "祝日の呼び出し";
            case COL_DUTY_HOURS -> "当番時間";
            case COL_PAGES_PER_DUTY_HOUR -> "当番1時間あたりの呼び出し";
            case COL_FAIRNESS -> "公平さ（1.00 = 均等）";
            case COL_NOISIEST_SERVICE -> "最も多く呼び出したサービス";
            case COL_FIGURE -> "指標";
            case COL_INCIDENT -> "インシデント";
            case COL_AT -> "日時（{zone}）";
            case COL_STANDBY -> "待機 {kind}（日）";
            case COL_CALL_OUT -> "呼び出し対応 {bucket}（分）";
            case COL_LEGAL_HOLIDAY_WORK_DAYS -> "法定休日の労働日数（36協定）";
            case COL_PREMIUM_OWED_MINUTES -> "未払いの割増（分、代休）";
            case COL_COMP_DAY_BALANCE -> "振休の残日数";
            case COL_LAPSING_SOON -> "期限間近の日数";
            case COL_WORKER_DAY -> "日付（本人のタイムゾーン）";
            case COL_FROM -> "開始（{zone}）";
            case COL_TO -> "終了（{zone}）";
            case COL_AMOUNT -> "量（日または分）";
            case COL_KIND -> "種類";
            case COL_PREMIUM_PERCENT -> "割増率（%）";
            case COL_WORKED_DAY -> "出勤日";
            case COL_DAY_OFF -> "休日";
            case COL_RECORDED -> "記録日時（{zone}）";
            case COL_RECORDED_BY -> "記録した人";
            case COL_LEGAL_HOLIDAY_WORK_MINUTES -> "法定休日の労働（分）";
            case COL_PREMIUM_OWED -> "未払いの割増";
            case COL_EARNED_ON -> "取得日";
            case COL_USED -> "使用（代休）";
            case COL_LAPSED -> "失効";
            case COL_REMAINING -> "残り";
            case COL_LAST_DAY -> "期限";
            case COL_STATUS -> "状態";
            case COL_DAYS_LEFT -> "{date}からの残り日数";
            case STANDBY_WEEKDAY -> "平日";
            case STANDBY_WEEKEND -> "土日";
            case STANDBY_PUBLIC_HOLIDAY -> "祝日";
            case STANDBY_LEGAL_HOLIDAY -> "法定休日";
            case BUCKET_ORDINARY -> "通常";
            case BUCKET_NIGHT -> "深夜";
            case BUCKET_LEGAL_HOLIDAY -> "法定休日";
            case BUCKET_LEGAL_HOLIDAY_NIGHT -> "法定休日の深夜";
            case HANDOFF_SNS_TITLE -> "{team} {layer}の交代: {time}から{who}が当番";
            // ---- end of pages, calendar and HR workbook

            case BOARD_CALL_FOR -> "{team}の呼び出し";
            case BOARD_SOURCE -> "発生元: {source} · 発生 {date}";
            case BOARD_REPEATED -> " · {count}回再発";
            case BOARD_TRIGGERED -> "未確認";
            case BOARD_ACKNOWLEDGED_BY -> "{name}が確認";
            case BOARD_RESOLVED_BY -> "{name}が解決";
            case BUTTON_ACKNOWLEDGE -> "確認";
            case BUTTON_RESOLVE -> "解決";
            case BUTTON_ESCALATE -> "今すぐエスカレーション";
        };
    }
}
