"""Rewrites LABELS.md: one row per draft label, its description (kept in DESCRIPTIONS below) and the gold files that declare it."""
import glob, json, os
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
DESCRIPTIONS = {
 "dprk-2006-07-japan-draft": "Japan's draft on North Korea's 5 July 2006 missile launches (tabled 7 July; revised, without the Chapter VII reference, and adopted 15 July as Resolution 1695)",
 "dprk-2006-07-chinese-prst": "the non-binding presidential statement on the July 2006 launches that China (with Russia) proposed instead of a resolution; never adopted",
 "dprk-2006-07-french-two-step": "France's July 2006 \"two-step approach\": a strong presidential statement first, a resolution later if needed",
 "dprk-2006-07-russian-chinese-draft": "the rival Russian-Chinese draft resolution of 12 July 2006 (no sanctions, no Chapter VII); set aside when Resolution 1695 was agreed",
 "dprk-2006-10-japan-prst": "the presidential statement of 6 October 2006, drafted by Japan, warning North Korea not to test a nuclear device",
 "dprk-2006-10-us-draft": "the U.S. draft after the October 2006 nuclear test, revised on cargo inspections; adopted 14 October 2006 as Resolution 1718",
 "dprk-2009-04-prst": "the presidential statement of 13 April 2009 condemning the 5 April rocket launch",
 "dprk-2009-06-us-draft": "the U.S. draft after the May 2009 nuclear test; adopted unanimously 12 June 2009 as Resolution 1874",
 "dprk-2017-08-us-draft": "the U.S. draft adopted 5 August 2017 as Resolution 2371 (coal, iron, lead, seafood export bans)",
 "dprk-2017-09-us-draft": "the U.S. draft after the 3 September 2017 nuclear test; watered down (no full oil embargo) and adopted 11 September 2017 as Resolution 2375",
 "dprk-2019-russian-chinese-relief-draft": "the Chinese-Russian draft, first circulated in December 2019, to ease some sanctions on North Korea; never put to a vote",
 "dprk-2022-05-us-draft": "the U.S. draft tightening oil limits on North Korea; vetoed by China and Russia 26 May 2022 (13-2)",
 "iran-2006-12-e3-draft": "the British-French-German draft adopted unanimously 23 December 2006 as Resolution 1737",
 "iran-2007-03-e3-draft": "the British-French-German draft adopted unanimously 24 March 2007 as Resolution 1747 (arms export ban, Bank Sepah)",
 "iran-2008-03-uk-france-draft": "the British-French draft adopted 3 March 2008 as Resolution 1803 (14-0-1, Indonesia abstaining)",
 "iran-2009-10-iaea-fuel-swap": "the International Atomic Energy Agency's October 2009 proposal to swap Iran's low-enriched uranium for reactor fuel, which Iran never accepted",
 "iran-2010-us-draft": "the U.S. draft circulated 18 May 2010; adopted 9 June 2010 as Resolution 1929 (12-2-1)",
 "iran-2010-05-tehran-declaration": "the Brazil-Turkey-Iran fuel-swap agreement (Tehran declaration, 17 May 2010), put forward as the alternative to new sanctions",
 "libya-2011-02-uk-france-draft": "the British-French draft adopted unanimously 26 February 2011 as Resolution 1970 (ICC referral, arms embargo, asset freeze)",
 "libya-2011-03-no-fly-draft": "the Lebanese-French-British no-fly-zone draft, revised to authorise all necessary measures; adopted 17 March 2011 as Resolution 1973 (10-0-5)",
 "libya-2011-03-au-roadmap": "the African Union's roadmap for a negotiated settlement in Libya (March 2011)",
 "myanmar-2007-01-us-uk-draft": "the U.S.-British draft on Myanmar's human rights; vetoed by China and Russia 12 January 2007 (9-3-3)",
 "syria-2011-10-european-draft": "the French-British-German-Portuguese draft on Syria, softened several times; vetoed by Russia and China 4 October 2011 (9-2-4)",
 "syria-2011-russian-chinese-draft": "the rival Russian-Chinese draft on Syria of 2011, calling for an end to violence by all sides; never put to a vote",
 "syria-2012-02-arab-league-draft": "the Moroccan-tabled draft backing the Arab League plan; vetoed by Russia and China 4 February 2012 (13-2)",
 "syria-2012-07-uk-chapter-vii-draft": "the British draft placing the Annan plan under Chapter VII; vetoed by Russia and China 19 July 2012 (11-2-2)",
 "syria-2012-07-russian-draft": "the rival Russian draft of July 2012 renewing the observer mission without a sanctions threat; not put to a vote",
 "syria-2013-09-us-russian-draft": "the U.S.-Russian text on Syria's chemical weapons; adopted unanimously 27 September 2013 as Resolution 2118",
 "syria-2013-09-french-draft": "France's tougher Chapter VII draft on Syria's chemical weapons, proposed in September 2013 and rejected by Russia",
 "syria-2014-05-icc-referral-draft": "the French draft referring Syria to the ICC; vetoed by Russia and China 22 May 2014 (13-2)",
 "ukraine-2014-03-crimea-referendum-draft": "the U.S. Security Council draft declaring the Crimea referendum invalid; vetoed by Russia 15 March 2014 (13-1-1)",
 "ukraine-2014-03-ga-territorial-integrity": "General Assembly resolution 68/262 on Ukraine's territorial integrity, adopted 27 March 2014 (100-11-58)",
 "ukraine-2015-07-mh17-tribunal-draft": "the Malaysian-led draft creating a tribunal for the MH17 downing; vetoed by Russia 29 July 2015 (11-1-3)",
 "ukraine-2015-07-russian-mh17-draft": "Russia's rival MH17 draft (investigation, no tribunal); not put to a vote",
 "venezuela-2019-02-us-draft": "the U.S. draft calling for elections and aid access in Venezuela; vetoed by Russia and China 28 February 2019 (9-3-3)",
 "venezuela-2019-02-russian-draft": "the rival Russian draft on Venezuela; failed 28 February 2019 (4-7-4)",
 "zimbabwe-2008-06-prst": "the presidential statement of 23 June 2008 condemning the violence against Zimbabwe's opposition",
 "zimbabwe-2008-07-us-draft": "the U.S.-British sanctions draft on Zimbabwe; vetoed by Russia and China 11 July 2008 (9-5-1)",
 "zimbabwe-2008-au-unity-government": "the African Union's call (Sharm el-Sheikh summit, July 2008) for a government of national unity in Zimbabwe",
}
uses = defaultdict(list)
for f in sorted(glob.glob(os.path.join(HERE, "..", "gold", "*.json"))):
    for d in json.load(open(f, encoding="utf-8")).get("drafts", []):
        uses[d["label"]].append(os.path.basename(f)[:-5])
lines = ["# Draft labels", "",
         "One label names one real draft across the whole corpus (new reports, the five older own reports and the three seed reports).",
         "A text its sponsors revised before the vote keeps its label; a rival or a new draft gets its own. Generated by `labels.py` from the gold files;",
         "the descriptions are kept in that script.", "",
         "| label | the draft | reports (gold files) |", "|---|---|---|"]
for l in sorted(uses):
    lines.append(f"| `{l}` | {DESCRIPTIONS.get(l, 'TODO')} | {', '.join(uses[l])} |")
open(os.path.join(HERE, "LABELS.md"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
missing = [l for l in uses if l not in DESCRIPTIONS]
if missing: print("no description:", missing)
