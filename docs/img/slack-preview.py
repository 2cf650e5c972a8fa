#!/usr/bin/env python3
"""Renders the Slack messages in the local runner's outbox as a Slack-like HTML page, for the
README's screenshot: docs/img/slack-preview.py http://127.0.0.1:3000 C0ONCALL > /tmp/slack.html
then chromium --headless --screenshot=docs/img/slack-page.png --window-size=760,330 /tmp/slack.html"""
import html, json, re, sys, urllib.request

base, channel = sys.argv[1], sys.argv[2]
outbox = json.load(urllib.request.urlopen(base + "/local/outbox"))["outbox"]
posts = [e["message"] for e in outbox
         if e["kind"] == "slack:chat.postMessage" and e["message"].get("channel") == channel]

def mrkdwn(text):
    text = re.sub(r"<!date\^\d+\^[^|]*\|([^>]*)>", lambda m: m.group(1)[11:16] + " UTC", text)
    text = html.escape(text)
    text = re.sub(r"\*([^*\n]+)\*", r"<b>\1</b>", text)
    text = text.replace(":rotating_light:", '<span style="color:#e01e5a">●</span>').replace(":white_check_mark:", "✅")
    return text.replace("\n", "<br>")

def block(b):
    if b["type"] == "section":
        return f'<div class="s">{mrkdwn(b["text"]["text"])}</div>'
    if b["type"] == "context":
        return '<div class="c">' + " ".join(mrkdwn(e["text"]) for e in b["elements"]) + "</div>"
    if b["type"] == "actions":
        return '<div class="a">' + "".join(
            f'<span class="b {e.get("style", "")}">{html.escape(e["text"]["text"])}</span>'
            for e in b["elements"]) + "</div>"
    return ""

body = "".join(
    '<div class="m"><div class="av">当</div><div><div class="n">Touban <span class="app">APP</span></div>'
    + "".join(block(b) for b in p.get("blocks", [])) + "</div></div>" for p in posts[-1:])
print(f"""<!doctype html><meta charset="utf-8"><style>
body{{font:15px/1.46 'DejaVu Sans','IPAPGothic',sans-serif;margin:0;background:#fff;color:#1d1c1d}}
.h{{border-bottom:1px solid #ddd;padding:10px 20px;font-weight:900}} .m{{display:flex;gap:10px;padding:12px 20px}}
.av{{width:36px;height:36px;border-radius:6px;background:#c0392b;color:#fff;font-size:22px;text-align:center}}
.n{{font-weight:900}} .app{{font-size:10px;background:#eee;color:#555;padding:1px 3px;border-radius:2px}}
.s{{margin:4px 0}} .c{{color:#616061;font-size:13px;margin:4px 0}} .a{{margin-top:8px}}
.b{{display:inline-block;border:1px solid #bbb;border-radius:4px;padding:3px 12px;margin-right:8px;font-weight:700;font-size:14px}}
.primary{{background:#007a5a;color:#fff;border-color:#007a5a}} .danger{{color:#e01e5a;border-color:#e01e5a}}
</style><div class="h"># oncall</div>{body}""")
