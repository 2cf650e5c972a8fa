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

            // ---- Slack commands: incidents ... maintenance; the incident message's headline and severity
            case HEADLINE_PAGING -> "呼び出し中: {tier}";
            case HEADLINE_TIER -> "第{tier}段階（全{tiers}段階）";
            case HEADLINE_TIER_PASS -> "第{tier}段階（全{tiers}段階）、{pass}巡目（全{passes}巡）";
            case HEADLINE_EXHAUSTED_ONCE -> "エスカレーション終了: 全段階を{passes}回呼び出しましたが、誰も確認しませんでした。インシデントは未解決のままです。";
            case HEADLINE_EXHAUSTED -> "エスカレーション終了: 全段階を{passes}回呼び出しましたが、誰も確認しませんでした。インシデントは未解決のままです。";
            case HEADLINE_POLICY_GONE -> "エスカレーション停止: ポリシー {policy} が oncall.yaml にありません。インシデントは未解決のままです。";
            case HEADLINE_ACKNOWLEDGED -> "{name}が確認（{via}）";
            case HEADLINE_RESOLVED -> "{name}が解決（{via}）";
            case HEADLINE_CHANNEL -> "このチャンネルを呼び出し中: 第{tier}段階";
            case HEADLINE_CHANNEL_REPEAT -> "このチャンネルを呼び出し中: 第{tier}段階、{repeat}回目の繰り返し";
            case PAGED_YOU_ON_CALL -> "あなたを呼び出しています（{rotation} の当番）";
            case PAGED_YOU_NAMED -> "あなたを呼び出しています（エスカレーションポリシーで指名）";
            case PAGED_YOU -> "あなたを呼び出しています（{why}）";
            case PAGE_BODY_INCIDENT -> "インシデント #{number}（{severity}）";
            case PAGE_BODY_SOURCE -> "発生元: {source}";
            case PAGE_BODY_PAGED -> "呼び出し: {who}、第{tier}段階";
            case PAGE_BODY_REPEAT -> "（{pass}回目の繰り返し）";
            case PAGE_BODY_TRIGGERED -> "発生時刻: {at}";
            case PAGE_BODY_ACKNOWLEDGE -> "確認: {url}";

            case INCIDENTS_NONE -> ":sunny: チームの未解決インシデントはありません。";
            case INCIDENTS_ONE -> "未解決インシデント{count}件:";
            case INCIDENTS_MANY -> "未解決インシデント{count}件:";
            case INCIDENTS_LINE -> "*#{number}* {severity} {summary} · {time}から · {state}";
            case INCIDENTS_NOT_ACKNOWLEDGED -> "未確認";
            case INCIDENTS_ACKNOWLEDGED_BY -> "{name}が確認済み";
            case LIST_MORE -> "…ほか{count}件。";
            case INCIDENT_STATE -> "状態: {status}{repeated} · 発生元 {source}";
            case INCIDENT_MORE_ENTRIES -> "…ほか{count}件の記録。";
            case TIMELINE_TRIGGERED -> "発生（{actor}）";
            case TIMELINE_ESCALATED -> "エスカレーション: {detail}";
            case TIMELINE_PAGED -> "{target}を{channel}で呼び出し";
            case TIMELINE_PAGE_FAILED -> ":warning: {target}への{channel}での呼び出しに失敗: {detail}";
            case TIMELINE_COULD_NOT_PAGE -> ":warning: {target}を呼び出せませんでした: {detail}";
            case TIMELINE_ACKNOWLEDGED -> "{actor}が確認";
            case TIMELINE_RESOLVED -> "{actor}が解決";

            case MONTH_NOT_A_MONTH -> "`{text}` は月として読めません。YYYY-MM（例: `{example}`）で指定するか、何も付けなければ{empty}です。";
            case MONTH_NO_SUCH -> "`{text}` の{month}月はありません。月は01から12です。";
            case MONTH_NOT_YET -> "{month} はまだ来ていません（{zone}では現在 {current}）。";
            case MONTH_TOO_EARLY -> "レポートは{year}年からです。{month} はそれより前です。";
            case MONTH_EMPTY_LAST -> "先月";
            case MONTH_EMPTY_THIS -> "今月（今日まで）";

            case REPORT_REFUSED -> "{reason}`/oncall report` または `/oncall report YYYY-MM` を試してください。";
            case REPORT_UNREADABLE -> "{team}の{month}のインシデントを読めませんでした（{error}）。少し待ってからもう一度試してください。";
            case REPORT_TITLE -> "*{team}の当番の健全性、{month}{soFar}*（{zone}）";
            case REPORT_SO_FAR -> "（今日まで）";
            case REPORT_NO_INCIDENTS -> "今月のインシデントはありません。";
            case REPORT_NO_INCIDENTS_YET -> "今月のインシデントはまだありません。";
            case REPORT_TEAM -> "*チーム*: {incidents} · {pages} · MTTA {mtta} · MTTR {mttr} · 確認 {acknowledged}件、"
                    + "第1段階より先へのエスカレーション {escalated}件 · 夜間の呼び出し {night}回、週末 {weekend}回、祝日 {holiday}回";
            case REPORT_INCIDENTS_ONE -> "インシデント{count}件";
            case REPORT_INCIDENTS -> "インシデント{count}件";
            case REPORT_PAGES_ONE -> "呼び出し{count}回";
            case REPORT_PAGES -> "呼び出し{count}回";
            case REPORT_PEOPLE -> "*メンバー*";
            case REPORT_FAIRNESS -> "（公平性: 当番1時間あたりの呼び出し数のチーム平均 {rate} に対する比。1.00 が均等）";
            case REPORT_MORE_PEOPLE -> "…ほか{count}人はワークブックを参照。";
            case REPORT_PERSON -> "*{name}*: {pages}{split} · 確認 {acknowledged}件{stats} · 本人を越えたエスカレーション {escalated}件"
                    + " · 当番 {hours}時間 · 公平性 {fairness}{noisiest}";
            case REPORT_PAGE_SPLIT -> "（夜間 {night}、週末 {weekend}、祝日 {holiday}）";
            case REPORT_ACK_STATS -> "（MTTA {mtta}、MTTR {mttr}）";
            case REPORT_NOISIEST -> " · 最多: {service}";
            case REPORT_NOISIEST_SERVICES -> "*呼び出しの多いサービス*: ";
            case REPORT_NOISIEST_ALERTS -> "*呼び出しの多いアラート*: ";
            case REPORT_SOURCE_COUNTS -> "（{incidents}、{pages}）";
            case REPORT_STAT -> "中央値 {median}、p90 {p90}";
            case REPORT_FOOTER -> "_夜間は22:00〜05:00、週末・祝日は日付で判定し、いずれも各自のタイムゾーンです。"
                    + "各数値の根拠は人事用ワークブックにあります（`/oncall export {month}`、管理者）。_";

            case MEMBER_UNKNOWN -> "{team}に `{word}` というメンバーはいません。メンバーをメンション（@名前）するか、ハンドルを使ってください: {handles}。何も変更していません。";
            case ADMINS_NONE -> "未設定";

            case OVERRIDE_USAGE -> "使い方: `/oncall override @user <開始> <終了> [primary|secondary]`。例: "
                    + "`/oncall override @bob 12/29 1/3`（終日、両日を含む）、`/oncall override @bob now 2026-12-29T18:00`";
            case OVERRIDE_ADMINS_ONLY -> "代理を設定できるのは{team}の管理者（{admins}）だけです。"
                    + "シフトを交代するには `/oncall swap @user [週]` を使ってください。何も変更していません。";
            case OVERRIDE_NO_ROTATION -> "{team}には代理を設定できる{layer}のローテーションがありません。何も変更していません。";
            case RANGE_BACKWARDS -> "終わり（{to}）が始まり（{from}）より前です。始まりを先に指定してください。何も変更していません。";
            case RANGE_OVER -> "その期間はもう終わっています（{range}）。何も変更していません。";
            case OVERRIDE_TOO_LONG -> "代理は最長{days}日で、2年以内に始まるものだけです。"
                    + "恒久的な変更は oncall.yaml のローテーションを編集してください。何も変更していません。";
            case OVERRIDE_SET -> ":arrows_counterclockwise: 代理 `{id}` を設定しました: {range} は{person}が当番（{layer}）です。"
                    + "取り消すには `/oncall cancel {id}`。";
            case OVERRIDES_USAGE -> "`/oncall overrides` で一覧、`/oncall overrides remove <id>`（または `/oncall cancel <id>`）で取り消しです。";
            case OVERRIDES_NONE -> "{team}の今後の代理・交代はありません。"
                    + "管理者は `/oncall override @user <開始> <終了>` で設定でき、誰でも `/oncall swap @user [週]` で交代を依頼できます。";
            case OVERRIDES_HEADER -> "{team}の代理・交代:";
            case OVERRIDES_FOOTER -> "取り消すには `/oncall cancel <id>`。";
            case DESCRIBE_OVERRIDE -> "`{id}` 代理（{layer}）: {range} は{person}（設定: {by}）";
            case DESCRIBE_SWAP -> "`{id}` 交代（{layer}）: {firstRange} は{second}、{secondRange} は{first}（設定: {by}）";
            case CANCEL_WHICH -> "どれを取り消しますか？ `/oncall overrides` でIDを確認し、`/oncall cancel o3k2fa` のように送ってください。";
            case CANCEL_NOT_AN_ID -> "`{id}` は代理・交代のIDではありません。`/oncall overrides` でIDを確認し、`/oncall cancel o3k2fa` のように送ってください。";
            case CANCEL_NONE -> "{team}に代理・交代 `{id}` はありません（取り消し済み？）。`/oncall overrides` で一覧を表示できます。";
            case CANCEL_NOT_ALLOWED -> "`{id}` を取り消せるのは{team}の管理者、設定した人、対象の人だけです。何も変更していません。";
            case CANCEL_OVER -> "`{id}` はすでに終わっています。記録として残ります。何も変更していません。";
            case CANCEL_DONE -> ":wastebasket: 取り消しました: {change}。ローテーションどおりに戻ります。";
            case CANCEL_GONE -> "`{id}` はすでに取り消されています。";

            case SWAP_USAGE -> "使い方: `/oncall swap @user [週] [primary|secondary]`: その週の自分のシフト"
                    + "（または次のシフト）を相手の最も近いシフトと交代します。例: `/oncall swap @bob 来週`。"
                    + "管理者: `/oncall swap @alice @bob [週]`";
            case SWAP_NOT_ALLOWED -> "シフトを交代できるのは交代する二人か、{team}の管理者だけです。何も変更していません。";
            case SWAP_NO_ROTATION -> "{team}には{layer}のローテーションがありません。何も変更していません。";
            case SWAP_SAME_MEMBER -> "交代には別々の二人が必要です。何も変更していません。";
            case SWAP_NOT_IN_ROTATION -> "{name}は{layer}のローテーションに入っていません。何も変更していません。";
            case SWAP_NOT_ON_SHIFT_THEN -> "{name}はその時{layer}の当番ではありません。次のシフトは{range}です。何も変更していません。";
            case SWAP_SHIFT_OVER -> "そのシフト（{range}）は終わっています。何も変更していません。";
            case SWAP_NO_SHIFT_FOR_OTHER -> "{name}には交代できるシフトがありません。何も変更していません。";
            case SWAP_TERMS -> "`{id}`（{layer}）: {firstRange} は{second}、{secondRange} は{first}が担当";
            case SWAP_DONE -> ":twisted_rightwards_arrows: 交代 {terms}。取り消すには `/oncall cancel {id}`。";
            case SWAP_NOTICE -> ":twisted_rightwards_arrows: {name}が交代を設定しました: {terms}。取り消すには `/oncall cancel {id}`。";
            case SWAP_NOT_TOLD -> ":warning: 二人に知らせられませんでした（{error}）。直接伝えてください。";
            case SWAP_ASKED -> ":hourglass_flowing_sand: {person}に交代の承諾を依頼しました: {terms}。承諾されると有効になります"
                    + "（期限 {time}）。まだ何も変更していません。";
            case SWAP_OFFER_NOT_SENT -> ":warning: 相手に依頼を送れませんでした（{error}）。承諾するよう直接伝えるか、もう一度試してください。";
            case SWAP_OFFER -> ":twisted_rightwards_arrows: {person}から交代の依頼です: {terms}。{time}までに回答してください。"
                    + "承諾するまで何も変わりません。";
            case BUTTON_ACCEPT -> "承諾";
            case BUTTON_DECLINE -> "断る";
            case SWAP_GONE -> "交代の依頼 `{id}` はもうありません。何も変更していません。";
            case SWAP_NOT_YOURS -> "交代 `{id}` に回答できるのは{name}だけです。何も変更していません。";
            case SWAP_EXPIRED -> "交代 `{id}` は{time}に期限切れになりました。何も変更していません。もう一度 `/oncall swap` で依頼してください。";
            case SWAP_DECLINED_YOU -> "交代を断りました: {terms}。何も変更していません。";
            case SWAP_DECLINED -> "{name}が交代を断りました: {terms}。何も変更していません。";
            case SWAP_ACCEPTED_YOU -> ":twisted_rightwards_arrows: 交代を承諾しました: {terms}。スケジュールに反映済みです。";
            case SWAP_ACCEPTED -> ":twisted_rightwards_arrows: {name}が交代を承諾しました: {terms}。スケジュールに反映済みです。"
                    + "取り消すには `/oncall cancel {id}`。";
            case SWAP_ALREADY -> "交代 `{id}` はすでに{status}です。何も変更していません。";
            case SWAP_STATUS_PENDING -> "回答待ち";
            case SWAP_STATUS_ACCEPTED -> "承諾済み";
            case SWAP_STATUS_DECLINED -> "辞退済み";

            case EXPORT_ADMINS_ONLY -> "振休集計表を出力できるのは{team}の管理者{admins}だけです。何も出力していません。";
            case EXPORT_NO_RESPONSE_URL -> "このリクエストには Slack の response_url がないため、リンクの送り先がありません。"
                    + "何も出力していません。";
            case EXPORT_REFUSED -> "{reason}何も出力していません。";
            case EXPORT_FAILED -> "{month}の出力を開始できませんでした（{error}）。少し待ってからもう一度試してください。";
            case EXPORT_STARTED -> ":hourglass_flowing_sand: {team}の{month}の振休集計表を出力しています。"
                    + "まもなくここにスプレッドシートのリンクが届きます。";
            case EXPORT_DONE -> ":bar_chart: *{team}*の{month}の振休集計表: {file}（リンクの有効期限 {valid}）";
            case EXPORT_DONE_SO_FAR -> ":bar_chart: *{team}*の{month}（今日まで）の振休集計表: {file}（リンクの有効期限 {valid}）";
            case EXPORT_PERSON -> "• {name}: 振休 {days}日（週末 {weekend}日、祝日 {holiday}日、夜間の呼び出し {night}回）";
            case EXPORT_FILES -> "ファイル: `{location}`（XLSX と CSV {csv}件）";
            case EXPORT_SHEET -> "Google スプレッドシート: <{url}|{tab}タブ>";
            case EXPORT_JOB_TEAM_UNKNOWN -> "チーム `{team}` は oncall.yaml にありません。何も出力していません。";
            case EXPORT_JOB_ADMINS_ONLY -> "出力できるのは{team}の管理者だけです。何も出力していません。";
            case EXPORT_JOB_NOT_YET -> "{month}はまだ来ていないため出力できません。何も出力していません。";
            case EXPORT_JOB_FAILED -> ":warning: {team}の{month}の出力に失敗しました: {error}。`{command}` をもう一度実行してください。"
                    + "書き込まれたものは置き換えられます。";

            case FURIKYU_USAGE -> "使い方: `/oncall furikyu [@user] <出勤日> <休む日>`。例: "
                    + "`/oncall furikyu 11/29 12/2`: 11月29日(日)に出勤し、12月2日(水)に休みます。"
                    + "出勤日より前に記録すれば振替休日、後なら代休です。";
            case FURIKYU_ADMINS_ONLY -> "他の人の休みを記録できるのは{team}の管理者だけです。自分の休みは "
                    + "`/oncall furikyu <出勤日> <休む日>` で記録できます。何も記録していません。";
            case FURIKYU_MOMENT -> "`{word}` は時刻です。`11/29` のように日付で指定してください。";
            case FURIKYU_BEGUN -> "{worked}はすでに始まっているため代休にしかできず、代休は出勤の後です。"
                    + "{off}はその前です。何も記録していません。";
            case FURIKYU_ALREADY -> "{person}は{worked}の分として{off}の休みを記録済みです（{kind}）。何も記録していません。";
            case FURIKYU_KIND_SWAP -> "振替休日（事前に振替）";
            case FURIKYU_KIND_COMPENSATORY -> "代休（事後に付与）";
            case FURIKYU_SAME_DAY -> "休む日は出勤日（{worked}）と別の日にしてください。何も記録していません。";
            case FURIKYU_WORKING_DAY -> "{worked}は勤務日です。振替休日・代休は週末、祝日、法定休日（{legal}）の出勤に対するものです。"
                    + "何も記録していません。";
            case FURIKYU_OFF_HOLIDAY -> "休む日は勤務日にしてください。{off}はもともと祝日（{holiday}）です。何も記録していません。";
            case FURIKYU_OFF_WEEKEND -> "休む日は勤務日にしてください。{off}はもともと週末です。何も記録していません。";
            case FURIKYU_OUT_OF_RANGE -> "出勤日は過去{days}日以内か、今後1年以内にしてください。"
                    + "{year}年の{worked}は範囲外です。何も記録していません。";
            case FURIKYU_TOO_FAR -> "休む日は出勤日から{days}日以内にしてください。何も記録していません。";
            case FURIKYU_SWAP -> ":calendar: 振替休日を記録しました: {person}は{worked}に出勤し、代わりに{off}に休みます。"
                    + "{day}は通常の勤務日になります{premium}。";
            case FURIKYU_NO_PREMIUM -> "（法定休日の割増なし）";
            case FURIKYU_COMPENSATORY -> ":calendar: 代休として記録しました: {person}は{worked}に出勤し、{off}に休みます。"
                    + "振替休日は出勤日が始まる前に記録する必要があります。";
            case FURIKYU_COMPENSATORY_LEGAL -> ":calendar: 代休として記録しました: {person}は{worked}に出勤し、{off}に休みます。"
                    + "振替休日は出勤日が始まる前に記録する必要があるため、{day}の法定休日の割増（{percent}%）は引き続き支払い対象です。";

            case HEARTBEATS_NO_ARGS -> "`/oncall heartbeats` に引数はありません。すべてのハートビートを表示します。何も変更していません。";
            case HEARTBEATS_NONE -> "ハートビートが設定されていません。oncall.yaml のサービスの `heartbeats` に記載してください。";
            case HEARTBEATS_TITLE -> "*ハートビート*";
            case HEARTBEAT_LINE -> "{icon} *{label}*（間隔 {interval}、猶予 {grace}）: {status}{ping}{incident}";
            case HEARTBEAT_MINUTES -> "{minutes}分";
            case HEARTBEAT_NO_PING -> "、まだ受信なし";
            case HEARTBEAT_LAST_PING -> "、最終受信 {time}（{length}前）";
            case HEARTBEAT_INCIDENT -> "、インシデント #{number}";
            case HEARTBEAT_HEALTHY -> "正常";
            case HEARTBEAT_LATE -> "遅延";
            case HEARTBEAT_MISSED -> "途絶";
            case HEARTBEAT_WAITING -> "受信待ち";

            case MAINTENANCE_USAGE -> "使い方: `/oncall maintenance <サービス> <期間|until 終了> [理由]`（例: "
                    + "`/oncall maintenance web 2h データベース更新`、`/oncall maintenance web until 2026-12-29T18:00`）、"
                    + "`/oncall maintenance end <サービス>`、または `/oncall maintenance` で現在の期間を表示。";
            case MAINTENANCE_UNTIL_WHEN -> "いつまでですか？ {usage}";
            case MAINTENANCE_BAD_END -> "期間（`90m`、`2h`、`1h30m`、`1d`）か終了日時を指定してください: {error}何も変更していません。\n{usage}";
            case MAINTENANCE_PASSED -> "その終了日時（{time}）は過ぎています。何も変更していません。";
            case MAINTENANCE_TOO_LONG -> "メンテナンス期間は最長{days}日です。定期的なものは "
                    + "oncall.yaml のサービスの `maintenance` に記載してください。何も変更していません。";
            case MAINTENANCE_REASON_TOO_LONG -> "理由が{length}文字あります。{max}文字以内にしてください。何も変更していません。";
            case MAINTENANCE_STARTED -> ":construction: *{service}* のメンテナンスを{time}まで設定しました（{reason}、{name}が開始）。"
                    + "アラートは誰も呼び出さないインシデントになり、進行中のエスカレーションは期間が終わるまで止まります。"
                    + "その時点で未解決のものは呼び出します。早めに終えるには `/oncall maintenance end {id}`。";
            case MAINTENANCE_NONE_RUNNING -> "{service}で Slack から開始したメンテナンスはありません。{still}何も変更していません。";
            case MAINTENANCE_ENDED -> ":white_check_mark: {name}が *{service}* のメンテナンスを終了しました。{still}{resumed}";
            case MAINTENANCE_NONE_WAITING -> "待っていたエスカレーションはありません。";
            case MAINTENANCE_ONE_RESUMED -> "インシデント{count}件の呼び出しを再開しました。";
            case MAINTENANCE_RESUMED -> "インシデント{count}件の呼び出しを再開しました。";
            case MAINTENANCE_NONE -> "メンテナンス中のサービスはありません。\n{usage}";
            case MAINTENANCE_TITLE -> "*メンテナンス中*";
            case MAINTENANCE_LINE -> "*{service}* {time}まで（{reason}{how}）";
            case MAINTENANCE_SCHEDULED -> "、oncall.yaml の予定";
            case MAINTENANCE_STARTED_BY -> "、{name}が開始";
            case MAINTENANCE_STILL -> "oncall.yaml の期間により{time}まで呼び出しを保留します。";
            case MAINTENANCE_NOT_ALLOWED -> "{service}のメンテナンスを開始・終了できるのは{team}のメンバー（または管理者）だけです。何も変更していません。";
            case MAINTENANCE_THE_TEAM -> "サービスのチーム";
            case MAINTENANCE_UNKNOWN_SERVICE -> "サービス `{service}` はありません。oncall.yaml にあるのは {services} です。何も変更していません。";
            case MAINTENANCE_DEFAULT_REASON -> "メンテナンス";
            // ---- end of the Slack commands group
        };
    }
}
