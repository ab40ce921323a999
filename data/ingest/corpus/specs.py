"""The gold annotations of the corpus in compact form; `python3 specs.py` rewrites data/ingest/corpus/gold/own-<episode>-<yyyy-mm>-*.json.
Drafts: (label, kind R/P/S/X, subject, forum SC/GA, sponsors, revises, alternativeTo).
Stances: (actor, S/B/O/P, label). Votes: (label, date, result, yes, no, abstain). Ballots: (label, actor, Y/N/A/-, veto)."""
from mk import gold

J06 = "dprk-2006-07-japan-draft"; RC06 = "dprk-2006-07-russian-chinese-draft"; CPS06 = "dprk-2006-07-chinese-prst"

gold("own-dprk-2006-07-rival-drafts",
     [(J06, "R", "North Korea", "SC", ["Japan"], None, None),
      (RC06, "R", "North Korea", "SC", ["China", "Russia"], None, J06),
      (CPS06, "P", "North Korea", "SC", [], None, J06)],
     [("China", "S", RC06), ("Russia", "S", RC06),
      ("Japan", "S", J06), ("United States", "B", J06), ("United Kingdom", "B", J06), ("France", "B", J06),
      ("China", "P", CPS06), ("Russia", "P", CPS06), ("Japan", "O", CPS06), ("United States", "O", CPS06),
      ("Kenzo Oshima", "B", J06), ("Kenzo Oshima", "O", RC06), ("John Bolton", "B", J06),
      ("China", "O", J06), ("Wang Guangya", "O", J06), ("Russia", "O", J06), ("Vitaly Churkin", "O", J06),
      ("North Korea", "O", J06)])

gold("own-dprk-2006-07-resolution-1695",
     [(J06, "R", "North Korea", "SC", ["Japan"], None, None),
      (RC06, "R", "North Korea", "SC", ["China", "Russia"], None, J06)],
     [("Japan", "S", J06), ("United States", "B", J06), ("China", "B", J06), ("Russia", "B", J06),
      ("China", "S", RC06), ("Russia", "S", RC06),
      ("Kenzo Oshima", "B", J06), ("Taro Aso", "B", J06), ("John Bolton", "B", J06), ("Wang Guangya", "B", J06),
      ("North Korea", "O", J06), ("Pak Gil Yon", "O", J06)],
     [(J06, "2006-07-15", "ADOPTED", 15, 0, 0)])

MM07 = "myanmar-2007-01-us-uk-draft"
gold("own-myanmar-2007-01-double-veto",
     [(MM07, "R", "Myanmar", "SC", ["United States", "United Kingdom"], None, None)],
     [("United States", "S", MM07), ("United Kingdom", "S", MM07),
      ("China", "O", MM07), ("Russia", "O", MM07), ("South Africa", "O", MM07),
      ("Wang Guangya", "O", MM07), ("Vitaly Churkin", "O", MM07), ("Dumisani Kumalo", "O", MM07),
      ("Alejandro Wolff", "B", MM07), ("Emyr Jones Parry", "B", MM07),
      ("Myanmar", "O", MM07), ("Kyaw Tint Swe", "O", MM07)],
     [(MM07, "2007-01-12", "VETOED", 9, 3, 3)],
     [(MM07, "China", "N", True), (MM07, "Russia", "N", True), (MM07, "South Africa", "N", False),
      (MM07, "Republic of the Congo", "A", False), (MM07, "Indonesia", "A", False), (MM07, "Qatar", "A", False)])

VUS = "venezuela-2019-02-us-draft"; VRU = "venezuela-2019-02-russian-draft"
gold("own-venezuela-2019-02-competing-drafts",
     [(VUS, "R", "Venezuela", "SC", ["United States"], None, None),
      (VRU, "R", "Venezuela", "SC", ["Russia"], None, VUS)],
     [("United States", "S", VUS), ("Russia", "O", VUS), ("China", "O", VUS), ("South Africa", "O", VUS),
      ("Russia", "S", VRU), ("China", "B", VRU), ("South Africa", "B", VRU), ("Equatorial Guinea", "B", VRU),
      ("United States", "O", VRU), ("United Kingdom", "O", VRU), ("France", "O", VRU),
      ("Elliott Abrams", "B", VUS), ("Vassily Nebenzia", "O", VUS),
      ("Venezuela", "O", VUS), ("Samuel Moncada", "O", VUS)],
     [(VUS, "2019-02-28", "VETOED", 9, 3, 3), (VRU, "2019-02-28", "FAILED", 4, 7, 4)],
     [(VUS, "Russia", "N", True), (VUS, "China", "N", True), (VUS, "South Africa", "N", False),
      (VUS, "Equatorial Guinea", "A", False), (VUS, "Indonesia", "A", False), (VUS, "Ivory Coast", "A", False),
      (VRU, "Russia", "Y", False), (VRU, "China", "Y", False), (VRU, "South Africa", "Y", False), (VRU, "Equatorial Guinea", "Y", False),
      (VRU, "United States", "N", False), (VRU, "United Kingdom", "N", False), (VRU, "France", "N", False)])

UA14 = "ukraine-2014-03-crimea-referendum-draft"
gold("own-ukraine-2014-03-crimea-veto",
     [(UA14, "R", "Ukraine", "SC", ["United States"], None, None)],
     [("United States", "S", UA14), ("Russia", "O", UA14), ("Samantha Power", "B", UA14), ("Vitaly Churkin", "O", UA14),
      ("United Kingdom", "B", UA14), ("France", "B", UA14), ("Mark Lyall Grant", "B", UA14), ("Gerard Araud", "B", UA14),
      ("Ukraine", "B", UA14), ("Yuriy Sergeyev", "B", UA14)],
     [(UA14, "2014-03-15", "VETOED", 13, 1, 1)],
     [(UA14, "Russia", "N", True), (UA14, "China", "A", False)])

SY12F = "syria-2012-02-arab-league-draft"
gold("own-syria-2012-02-arab-plan-veto",
     [(SY12F, "R", "Syria", "SC", ["Morocco", "United Kingdom", "France", "Germany", "Saudi Arabia", "Qatar", "United States"], None, None)],
     [("Morocco", "S", SY12F), ("United Kingdom", "S", SY12F), ("France", "S", SY12F), ("Germany", "S", SY12F),
      ("Saudi Arabia", "S", SY12F), ("Qatar", "S", SY12F), ("United States", "S", SY12F), ("Arab League", "B", SY12F),
      ("Russia", "O", SY12F), ("China", "O", SY12F), ("Susan Rice", "B", SY12F), ("Mark Lyall Grant", "B", SY12F),
      ("Vitaly Churkin", "O", SY12F), ("Li Baodong", "O", SY12F), ("Syria", "O", SY12F), ("Bashar Ja'afari", "O", SY12F)],
     [(SY12F, "2012-02-04", "VETOED", 13, 2, 0)],
     [(SY12F, "Russia", "N", True), (SY12F, "China", "N", True)])

SY12J = "syria-2012-07-uk-chapter-vii-draft"; SY12JR = "syria-2012-07-russian-draft"
gold("own-syria-2012-07-chapter-vii-veto",
     [(SY12J, "R", "Syria", "SC", ["United Kingdom"], None, None),
      (SY12JR, "R", "Syria", "SC", ["Russia"], None, SY12J)],
     [("United Kingdom", "S", SY12J), ("United States", "B", SY12J), ("France", "B", SY12J), ("Germany", "B", SY12J), ("Portugal", "B", SY12J),
      ("Russia", "O", SY12J), ("China", "O", SY12J), ("Russia", "S", SY12JR),
      ("Mark Lyall Grant", "B", SY12J), ("Susan Rice", "B", SY12J), ("Vitaly Churkin", "O", SY12J), ("Li Baodong", "O", SY12J)],
     [(SY12J, "2012-07-19", "VETOED", 11, 2, 2)],
     [(SY12J, "Russia", "N", True), (SY12J, "China", "N", True), (SY12J, "Pakistan", "A", False), (SY12J, "South Africa", "A", False)])

IR10 = "iran-2010-us-draft"; TD10 = "iran-2010-05-tehran-declaration"
gold("own-iran-2010-06-resolution-1929",
     [(IR10, "R", "Iran", "SC", ["United States"], None, None),
      (TD10, "X", "Iran", "SC", ["Brazil", "Turkey"], None, IR10)],
     [("United States", "S", IR10), ("Russia", "B", IR10), ("China", "B", IR10), ("Brazil", "O", IR10), ("Turkey", "O", IR10),
      ("Brazil", "P", TD10), ("Turkey", "P", TD10),
      ("Maria Luiza Ribeiro Viotti", "O", IR10), ("Maria Luiza Ribeiro Viotti", "B", TD10),
      ("Ertugrul Apakan", "O", IR10), ("Ertugrul Apakan", "B", TD10),
      ("Susan Rice", "B", IR10), ("Barack Obama", "B", IR10),
      ("Iran", "O", IR10), ("Ali Asghar Soltanieh", "O", IR10), ("Mahmoud Ahmadinejad", "O", IR10)],
     [(IR10, "2010-06-09", "ADOPTED", 12, 2, 1)],
     [(IR10, "Brazil", "N", False), (IR10, "Turkey", "N", False), (IR10, "Lebanon", "A", False),
      (IR10, "Russia", "Y", False), (IR10, "China", "Y", False)])

R1718 = "dprk-2006-10-us-draft"; PS09 = "dprk-2009-04-prst"; R1874 = "dprk-2009-06-us-draft"
gold("own-dprk-2009-04-presidential-statement",
     [(PS09, "P", "North Korea", "SC", [], None, None),
      (R1718, "R", "North Korea", "SC", [], None, None)],
     [("United States", "B", PS09), ("Japan", "B", PS09), ("China", "B", PS09), ("Russia", "B", PS09),
      ("Susan Rice", "B", PS09), ("Yukio Takasu", "B", PS09), ("Zhang Yesui", "B", PS09), ("Vitaly Churkin", "B", PS09),
      ("North Korea", "O", PS09)])

gold("own-dprk-2009-06-resolution-1874",
     [(R1874, "R", "North Korea", "SC", ["United States"], None, None),
      (PS09, "P", "North Korea", "SC", [], None, None)],
     [("United States", "S", R1874), ("Japan", "B", R1874), ("China", "B", R1874), ("Russia", "B", R1874),
      ("Susan Rice", "B", R1874), ("Yukio Takasu", "B", R1874), ("Zhang Yesui", "B", R1874), ("Vitaly Churkin", "B", R1874),
      ("North Korea", "O", R1874)],
     [(R1874, "2009-06-12", "ADOPTED", 15, 0, 0)])

R2375 = "dprk-2017-09-us-draft"; R2371 = "dprk-2017-08-us-draft"
gold("own-dprk-2017-09-resolution-2375",
     [(R2375, "R", "North Korea", "SC", ["United States"], None, None),
      (R2371, "R", "North Korea", "SC", [], None, None)],
     [("United States", "S", R2375), ("China", "B", R2375), ("Russia", "B", R2375), ("Japan", "B", R2375),
      ("Nikki Haley", "B", R2375), ("Liu Jieyi", "B", R2375), ("Vassily Nebenzia", "B", R2375), ("Koro Bessho", "B", R2375),
      ("North Korea", "O", R2375)],
     [(R2375, "2017-09-11", "ADOPTED", 15, 0, 0)])

R22 = "dprk-2022-05-us-draft"; RC19 = "dprk-2019-russian-chinese-relief-draft"
gold("own-dprk-2022-05-double-veto",
     [(R22, "R", "North Korea", "SC", ["United States"], None, None),
      (RC19, "R", "North Korea", "SC", ["China", "Russia"], None, R22)],
     [("United States", "S", R22), ("China", "O", R22), ("Russia", "O", R22),
      ("Linda Thomas-Greenfield", "B", R22), ("Zhang Jun", "O", R22), ("Vassily Nebenzia", "O", R22),
      ("China", "S", RC19), ("Russia", "S", RC19)],
     [(R22, "2022-05-26", "VETOED", 13, 2, 0)],
     [(R22, "China", "N", True), (R22, "Russia", "N", True)])

R1803 = "iran-2008-03-uk-france-draft"
gold("own-iran-2008-03-resolution-1803",
     [(R1803, "R", "Iran", "SC", ["United Kingdom", "France"], None, None)],
     [("United Kingdom", "S", R1803), ("France", "S", R1803), ("United States", "B", R1803), ("Zalmay Khalilzad", "B", R1803),
      ("Russia", "B", R1803), ("China", "B", R1803), ("Vitaly Churkin", "B", R1803),
      ("Libya", "B", R1803), ("South Africa", "B", R1803), ("Vietnam", "B", R1803),
      ("Iran", "O", R1803), ("Mohammad Khazaee", "O", R1803)],
     [(R1803, "2008-03-03", "ADOPTED", 14, 0, 1)],
     [(R1803, "Indonesia", "A", False), (R1803, "Libya", "Y", False), (R1803, "South Africa", "Y", False), (R1803, "Vietnam", "Y", False),
      (R1803, "Russia", "Y", False), (R1803, "China", "Y", False)])

gold("own-iran-2010-05-fuel-swap-rival",
     [(IR10, "R", "Iran", "SC", ["United States"], None, None),
      (TD10, "X", "Iran", "SC", ["Brazil", "Turkey", "Iran"], None, IR10),
      ("iran-2009-10-iaea-fuel-swap", "X", "Iran", "SC", ["International Atomic Energy Agency"], None, None)],
     [("International Atomic Energy Agency", "P", "iran-2009-10-iaea-fuel-swap"), ("United States", "S", IR10), ("Hillary Clinton", "B", IR10), ("Susan Rice", "B", IR10), ("Russia", "B", IR10), ("China", "B", IR10),
      ("Brazil", "P", TD10), ("Turkey", "P", TD10), ("Iran", "P", TD10),
      ("Brazil", "O", IR10), ("Turkey", "O", IR10), ("Celso Amorim", "O", IR10), ("Celso Amorim", "B", TD10),
      ("Ahmet Davutoglu", "O", IR10), ("Ahmet Davutoglu", "B", TD10), ("China", "B", TD10), ("Iran", "O", IR10)])

R1970 = "libya-2011-02-uk-france-draft"; R1973 = "libya-2011-03-no-fly-draft"
gold("own-libya-2011-02-resolution-1970",
     [(R1970, "R", "Libya", "SC", ["United Kingdom", "France"], None, None)],
     [("United Kingdom", "S", R1970), ("France", "S", R1970), ("Germany", "B", R1970), ("United States", "B", R1970),
      ("India", "B", R1970), ("China", "B", R1970), ("Russia", "B", R1970),
      ("Abdurrahman Shalgham", "B", R1970), ("Mark Lyall Grant", "B", R1970), ("Susan Rice", "B", R1970),
      ("Gerard Araud", "B", R1970), ("Hardeep Singh Puri", "B", R1970), ("Ban Ki-moon", "B", R1970),
      ("Muammar Gaddafi", "O", R1970)],
     [(R1970, "2011-02-26", "ADOPTED", 15, 0, 0)],
     [(R1970, "India", "Y", False)])

gold("own-libya-2011-03-no-fly-draft-revised",
     [(R1973, "R", "Libya", "SC", ["Lebanon", "France", "United Kingdom"], None, None),
      (R1970, "R", "Libya", "SC", [], None, None)],
     [("Lebanon", "S", R1973), ("France", "S", R1973), ("United Kingdom", "S", R1973),
      ("United States", "B", R1973), ("Susan Rice", "B", R1973), ("Alain Juppé", "B", R1973), ("Nawaf Salam", "B", R1973),
      ("Arab League", "B", R1973), ("Libya", "O", R1973),
      ("Russia", "B", R1970), ("China", "B", R1970)])

R2118 = "syria-2013-09-us-russian-draft"; FR13 = "syria-2013-09-french-draft"
gold("own-syria-2013-09-resolution-2118",
     [(R2118, "R", "Syria", "SC", ["United States", "Russia"], None, None),
      (FR13, "R", "Syria", "SC", ["France"], None, None)],
     [("United States", "S", R2118), ("Russia", "S", R2118), ("John Kerry", "B", R2118), ("Sergei Lavrov", "B", R2118),
      ("France", "B", R2118), ("Laurent Fabius", "B", R2118), ("United Kingdom", "B", R2118), ("William Hague", "B", R2118),
      ("Ban Ki-moon", "B", R2118), ("Syria", "B", R2118), ("Bashar Ja'afari", "B", R2118),
      ("France", "S", FR13), ("Russia", "O", FR13), ("Sergei Lavrov", "O", FR13)],
     [(R2118, "2013-09-27", "ADOPTED", 15, 0, 0)])

ICC14 = "syria-2014-05-icc-referral-draft"
gold("own-syria-2014-05-icc-referral-veto",
     [(ICC14, "R", "Syria", "SC", ["France"], None, None)],
     [("France", "S", ICC14), ("Russia", "O", ICC14), ("China", "O", ICC14), ("Gerard Araud", "B", ICC14),
      ("United States", "B", ICC14), ("Samantha Power", "B", ICC14), ("Vitaly Churkin", "O", ICC14), ("Wang Min", "O", ICC14),
      ("Syria", "O", ICC14), ("Bashar Ja'afari", "O", ICC14), ("Ban Ki-moon", "B", ICC14), ("Navi Pillay", "B", ICC14)],
     [(ICC14, "2014-05-22", "VETOED", 13, 2, 0)],
     [(ICC14, "Russia", "N", True), (ICC14, "China", "N", True)])

GA14 = "ukraine-2014-03-ga-territorial-integrity"
GA_NO = ["Russia", "Armenia", "Belarus", "Bolivia", "Cuba", "Nicaragua", "North Korea", "Sudan", "Syria", "Venezuela", "Zimbabwe"]
gold("own-ukraine-2014-03-general-assembly-vote",
     [(GA14, "R", "Ukraine", "GA", ["Ukraine", "Canada", "Costa Rica", "Germany", "Lithuania", "Poland"], None, None),
      (UA14, "R", "Ukraine", "SC", ["United States"], None, None)],
     [(a, "S", GA14) for a in ["Ukraine", "Canada", "Costa Rica", "Germany", "Lithuania", "Poland"]]
     + [(a, "O", GA14) for a in GA_NO]
     + [("Andrii Deshchytsia", "B", GA14), ("Vitaly Churkin", "O", GA14), ("Samantha Power", "B", GA14), ("United States", "B", GA14),
        ("United States", "S", UA14), ("Russia", "O", UA14)],
     [(GA14, "2014-03-27", "ADOPTED", 100, 11, 58), (UA14, "2014-03-15", "VETOED", 13, 1, 1)],
     [(GA14, a, "N", False) for a in GA_NO]
     + [(GA14, a, "A", False) for a in ["China", "India", "Brazil", "South Africa"]]
     + [(UA14, "Russia", "N", True), (UA14, "China", "A", False)])

MH = "ukraine-2015-07-mh17-tribunal-draft"; MHR = "ukraine-2015-07-russian-mh17-draft"
MH_SP = ["Malaysia", "Australia", "Belgium", "Netherlands", "Ukraine"]
gold("own-ukraine-2015-07-mh17-tribunal-veto",
     [(MH, "R", "Ukraine", "SC", MH_SP, None, None),
      (MHR, "R", "Ukraine", "SC", ["Russia"], None, MH)],
     [(a, "S", MH) for a in MH_SP]
     + [("Russia", "O", MH), ("Liow Tiong Lai", "B", MH), ("Julie Bishop", "B", MH), ("Bert Koenders", "B", MH),
        ("Vitaly Churkin", "O", MH), ("Russia", "S", MHR), ("United States", "B", MH), ("Samantha Power", "B", MH),
        ("Yuriy Sergeyev", "B", MH)],
     [(MH, "2015-07-29", "VETOED", 11, 1, 3)],
     [(MH, "Russia", "N", True), (MH, "China", "A", False), (MH, "Angola", "A", False), (MH, "Venezuela", "A", False)])

ZW = "zimbabwe-2008-07-us-draft"; ZWPS = "zimbabwe-2008-06-prst"; ZWAU = "zimbabwe-2008-au-unity-government"
gold("own-zimbabwe-2008-07-sanctions-push",
     [(ZW, "R", "Zimbabwe", "SC", ["United States", "United Kingdom"], None, None),
      (ZWPS, "P", "Zimbabwe", "SC", [], None, None),
      (ZWAU, "X", "Zimbabwe", "SC", ["African Union"], None, ZW)],
     [("United States", "S", ZW), ("United Kingdom", "S", ZW), ("Zalmay Khalilzad", "B", ZW), ("John Sawers", "B", ZW),
      ("South Africa", "O", ZW), ("Dumisani Kumalo", "O", ZW), ("African Union", "P", ZWAU),
      ("Russia", "B", ZWPS), ("China", "B", ZWPS), ("Zimbabwe", "O", ZW), ("Boniface Chidyausiku", "O", ZW)])

SY11 = "syria-2011-10-european-draft"; SY11R = "syria-2011-russian-chinese-draft"
gold("own-syria-2011-10-softened-draft",
     [(SY11, "R", "Syria", "SC", ["United Kingdom", "France", "Germany", "Portugal"], None, None),
      (SY11R, "R", "Syria", "SC", ["Russia", "China"], None, SY11)],
     [("United Kingdom", "S", SY11), ("France", "S", SY11), ("Germany", "S", SY11), ("Portugal", "S", SY11),
      ("Gerard Araud", "B", SY11), ("Peter Wittig", "B", SY11), ("United States", "B", SY11),
      ("Russia", "O", SY11), ("Vitaly Churkin", "O", SY11), ("China", "O", SY11), ("Syria", "O", SY11),
      ("Russia", "S", SY11R), ("China", "S", SY11R), ("Vitaly Churkin", "P", SY11R)])

JPS06 = "dprk-2006-10-japan-prst"
gold("own-dprk-2006-10-resolution-1718",
     [(R1718, "R", "North Korea", "SC", ["United States"], None, None),
      (JPS06, "P", "North Korea", "SC", ["Japan"], None, None)],
     [("United States", "S", R1718), ("John Bolton", "B", R1718), ("Japan", "B", R1718), ("Kenzo Oshima", "B", R1718),
      ("Japan", "S", JPS06), ("China", "B", R1718), ("Wang Guangya", "B", R1718), ("Russia", "B", R1718), ("Vitaly Churkin", "B", R1718),
      ("North Korea", "O", R1718), ("Pak Gil Yon", "O", R1718)],
     [(R1718, "2006-10-14", "ADOPTED", 15, 0, 0)],
     [(R1718, "China", "Y", False)])

R1747 = "iran-2007-03-e3-draft"
gold("own-iran-2007-03-resolution-1747",
     [(R1747, "R", "Iran", "SC", ["United Kingdom", "France", "Germany"], None, None)],
     [("United Kingdom", "S", R1747), ("France", "S", R1747), ("Germany", "S", R1747),
      ("South Africa", "B", R1747), ("Qatar", "B", R1747), ("Indonesia", "B", R1747), ("Dumisani Kumalo", "B", R1747),
      ("Emyr Jones Parry", "B", R1747), ("United States", "B", R1747), ("Alejandro Wolff", "B", R1747),
      ("Russia", "B", R1747), ("China", "B", R1747), ("Vitaly Churkin", "B", R1747), ("Wang Guangya", "B", R1747),
      ("Iran", "O", R1747), ("Manouchehr Mottaki", "O", R1747)],
     [(R1747, "2007-03-24", "ADOPTED", 15, 0, 0)],
     [(R1747, "South Africa", "Y", False), (R1747, "Qatar", "Y", False), (R1747, "Indonesia", "Y", False)])

gold("own-venezuela-2019-02-rival-texts-circulate",
     [(VUS, "R", "Venezuela", "SC", ["United States"], None, None),
      (VRU, "R", "Venezuela", "SC", ["Russia"], None, VUS)],
     [("United States", "S", VUS), ("Russia", "S", VRU), ("Russia", "O", VUS), ("Vassily Nebenzia", "O", VUS),
      ("Venezuela", "O", VUS), ("Samuel Moncada", "O", VUS)])
