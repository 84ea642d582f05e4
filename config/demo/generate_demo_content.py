#!/usr/bin/env python3
"""Builds ejb-module/src/main/resources/demo/demo-content.json from public data sets.

Run from the repository root with ../shared/data beside it:
    python3 config/demo/generate_demo_content.py
The output is committed, so a fresh clone runs the demo without these data sets.
Sources (see ../shared/data/README.md): CoAID v0.4 (COVID-19 news and posts, fake and real,
cuilimeng/CoAID), LIAR (PolitiFact statements, William Yang Wang 2017), Tranco top 10k.
"""
import csv, json, random, sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlparse

DATA = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
OUT = Path("ejb-module/src/main/resources/demo/demo-content.json")
rng = random.Random(20201014)
BASE = datetime(2020, 10, 1, tzinfo=timezone.utc)

def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")

def coaid(kind, limit):
    rows = []
    for snap in sorted((DATA / "coaid").iterdir()):
        f = snap / f"News{kind}COVID-19.csv"
        if not f.exists():
            continue
        with f.open(encoding="utf-8-sig", newline="") as fh:
            for r in csv.DictReader(fh):
                url = (r.get("news_url") or "").strip()
                text = (r.get("title") or r.get("newstitle") or "").strip()
                if url.startswith("http") and 20 <= len(text) <= 400 and urlparse(url).hostname:
                    rows.append((url, text))
    rng.shuffle(rows)
    seen, out = set(), []
    for url, text in rows:
        if text not in seen:
            seen.add(text)
            out.append((url, text))
        if len(out) == limit:
            break
    return out

POLITICAL = ("president", "senator", "governor", "representative", "congress", "mayor", "candidate")

def liar(limit):
    rows = []
    with (DATA / "liar" / "train.tsv").open(encoding="utf-8", newline="") as fh:
        for r in csv.reader(fh, delimiter="\t"):
            if len(r) >= 9 and 30 <= len(r[2]) <= 300:
                rows.append(r)
    rng.shuffle(rows)
    return rows[:limit]

items = []
# Where the demo's political statements are linked from: publishers (many in the top 5,000),
# small sites, and hosts of user content (never exempt, R4). Paths are marked /demo/.
PUBLISHERS = ["nytimes.com", "washingtonpost.com", "foxnews.com", "cnn.com", "nypost.com", "usatoday.com",
              "npr.org", "wsj.com", "politico.com", "breitbart.com", "theguardian.com", "reuters.com"]
SMALL_SITES = ["patriotdailywire.example", "freedomeagle.example", "localnewsnow.example", "truthbeacon.example"]
HOSTS = ["facebook.com", "youtube.com", "twitter.com", "medium.com", "bit.ly", "blogspot.com"]

def add(id_, text, url, author, kind, topics, views, shares, signals, hours_ago_posted, ad=False, sponsor=None, group=None):
    posted = BASE + timedelta(hours=rng.randint(0, 24 * 30)) if hours_ago_posted is None else hours_ago_posted
    item = {"id": id_, "text": text, "authorId": author, "authorKind": kind, "topics": topics,
            "region": "US", "language": "en", "postedAt": iso(posted), "views": views, "shares": shares,
            "ad": ad, "signals": signals}
    if url:
        item["url"] = url
    if sponsor:
        item["sponsor"] = sponsor
    if group:
        item["groupId"] = group
    items.append(item)

def light_signals(fake, views):
    """Community signals that stay under the prediction threshold."""
    reports = rng.randint(0, max(1, views // 2000)) if fake else rng.randint(0, max(1, views // 20000))
    out = []
    if reports:
        out.append({"kind": "FALSE_NEWS_REPORT", "count": reports})
    if fake and rng.random() < 0.5:
        out.append({"kind": "DISBELIEF_COMMENT", "count": rng.randint(1, max(1, views // 3000))})
    return out

for n, (url, text) in enumerate(coaid("Fake", 100)):
    views = rng.randint(2_000, 400_000)
    add(f"demo-covid-fake-{n:03d}", text, url, f"user-{rng.randint(1000, 9999)}", "PERSON", ["covid-19", "health"],
        views, rng.randint(10, views // 10), light_signals(True, views), None)
for n, (url, text) in enumerate(coaid("Real", 70)):
    views = rng.randint(5_000, 900_000)
    add(f"demo-covid-news-{n:03d}", text, url, f"page-{urlparse(url).hostname}", "PAGE", ["covid-19", "health"],
        views, rng.randint(10, views // 20), light_signals(False, views), None)
for n, r in enumerate(liar(120)):
    speaker, job, subjects = r[4], r[5].lower(), [s for s in r[3].split(",") if s][:3]
    kind = "POLITICIAN" if any(p in job for p in POLITICAL) else rng.choice(["PERSON", "PAGE", "GROUP"])
    views = rng.randint(500, 250_000)
    fake = r[1] in ("false", "pants-fire", "barely-true")
    host = rng.choice(PUBLISHERS + SMALL_SITES + HOSTS) if rng.random() < 0.6 else None
    url = f"https://{host}/demo/{r[0].replace('.json', '')}" if host else None
    add(f"demo-statement-{n:03d}", r[2], url, speaker or f"user-{n}", kind, subjects, views,
        rng.randint(0, views // 15), light_signals(fake, views), None)

# Items the demo shows crossing the prediction threshold (R2 -> R3).
add("demo-nypost-hunter-biden", "Smoking-gun email reveals how Hunter Biden introduced Ukrainian businessman to VP dad",
    "https://nypost.com/2020/10/14/email-reveals-how-hunter-biden-introduced-ukrainian-biz-man-to-dad/",
    "page-nypost", "PAGE", ["us-2020-election", "politics"], 1_200_000, 95_000,
    [{"kind": "FALSE_NEWS_REPORT", "count": 4200}, {"kind": "DISBELIEF_COMMENT", "count": 2600},
     {"kind": "EXTERNAL_FALSITY", "count": 1}], datetime(2020, 10, 14, 9, 0, tzinfo=timezone.utc))
add("demo-bleach-cure", "Drinking a little diluted bleach every morning kills the coronavirus before it reaches your lungs",
    "https://www.youtube.com/watch?v=demo-bleach", "user-4471", "PERSON", ["covid-19", "health"], 80_000, 12_000,
    [{"kind": "FALSE_NEWS_REPORT", "count": 640}, {"kind": "EXTERNAL_FALSITY", "count": 2}], None)
add("demo-ballots-found", "Thousands of mail-in ballots for Trump found dumped in a creek, share before they delete this",
    "https://www.facebook.com/permalink.php?story_fbid=demo-ballots", "user-8812", "PERSON",
    ["us-2020-election", "voting"], 150_000, 31_000,
    [{"kind": "FALSE_NEWS_REPORT", "count": 900}, {"kind": "DISBELIEF_COMMENT", "count": 700},
     {"kind": "EXTERNAL_FALSITY", "count": 1}], None)
add("demo-5g-towers", "5G towers are spreading the virus: that is why the lockdown maps match the 5G rollout maps",
    "https://twitter.com/demo_account/status/1250000000000000000", "user-2290", "PERSON", ["covid-19", "5g"],
    60_000, 9_000, [{"kind": "CLASSIFIER_SCORE", "count": 1, "score": 0.93}], None)
# The Trump Jr. "army" video of the campaign's escalation (000_*.txt): a campaign, so not fact-checked (R6).
add("demo-team-trump-army", "Democrats plan to add millions of fraudulent ballots that can cancel your vote and overturn the election. Enlist now in the Army for Trump's election security operation!",
    None, "team-trump", "CAMPAIGN", ["us-2020-election", "voting"], 2_500_000, 140_000,
    [{"kind": "FALSE_NEWS_REPORT", "count": 5200}, {"kind": "EXTERNAL_FALSITY", "count": 1}],
    datetime(2020, 9, 21, 18, 0, tzinfo=timezone.utc))

OUT.parent.mkdir(parents=True, exist_ok=True)
doc = {"source": "CoAID v0.4 (cuilimeng/CoAID), LIAR (PolitiFact, W. Y. Wang 2017) and items written for the demo",
       "items": items}
OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
domains = {urlparse(i["url"]).hostname for i in items if "url" in i}
print(f"{len(items)} items, {sum(len(i['signals']) for i in items)} signal groups, {len(domains)} hosts -> {OUT}")
