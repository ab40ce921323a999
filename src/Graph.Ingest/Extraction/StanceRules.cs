using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core;

namespace Graph.Ingest;

/// <summary>
/// Stances from the constructions reports use, read from lexicon.json: "backed by X, Y and Z",
/// "other backers include ...", "X opposes ...", "over Chinese and Russian objections", "opposition
/// ... from X", "X would veto", "X is suggesting a non-binding statement", "X's draft resolution",
/// "the Japan-proposed resolution", "X is one of the countries that agreed to ...", "his country totally
/// rejected the resolution", "the draft Japan had tabled", "said the resolution had no legal basis",
/// "said the veto was an attempt to ...", "with the support of X", "put forward by X together with Y",
/// "all three countries voted in favour". Each stance is held by a state or organization: a person's
/// stance is that of whom they speak for, and a person whose role names no state keeps it (never a
/// sponsorship). A sponsor is not also listed as backing the same draft.
/// </summary>
internal sealed partial class StanceRules
{
    private const string Actor = @"⟦A\d+⟧";
    private const string List = @"(?<list>(?:the\s+)?⟦A\d+⟧(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+or\s+)(?:the\s+)?⟦A\d+⟧)*)";
    private const string Draft = @"⟦D(?<d>\d+)⟧";
    /// <summary>What a speaker who proposes something milder than a resolution says of it.</summary>
    private const string Enough = @"(?:enough|sufficient|adequate|appropriate|the\s+right\s+response|the\s+best\s+(?:response|way))\b";
    /// <summary>What a speaker who rejects a text calls it ("unlawful", "one-sided", "a publicity stunt").</summary>
    private const string Judgments = @"unlawful|illegal|illegitimate|invalid|null\s+and\s+void|unacceptable|unjust|unfair|unbalanced|one-sided|biased|flawed|worthless|meaningless|counterproductive|counter-productive|politically\s+motivated|premature|a\s+dead\s+end|a\s+(?:publicity\s+)?stunt|a\s+mistake|a\s+provocation|a\s+pretext|an?\s+(?:unbalanced|one-sided|dangerous|unacceptable)\b|an\s+attempt\s+to|part\s+of\s+a|no\s+(?:legal\s+basis|legitimacy|validity|basis)|tantamount\s+to|fell\s+short|falls\s+short|(?:did|does)\s+not\s+go\s+far\s+enough|too\s+(?:weak|soft|mild)|inadequate|insufficient|nothing\s+to\s+do\s+with|sent\s+an\s+unbalanced|(?:was|were)\s+meant\s+to\s+pave";

    /// <summary>Each rule, with words its match cannot do without: a sentence without them is not matched against the rule
    /// (the rules that start at every actor of a sentence cost far more than a look for a verb).</summary>
    private readonly List<(Stance Stance, string Rule, Regex Pattern, double Confidence, Regex? Requires, bool NamesDraft)> rules = [];

    private static readonly Regex Veto = Patterns.Compiled(@"\bveto");
    /// <summary>"his country", "their own government": every speaker-country match holds it, and far fewer sentences do than hold a verb.</summary>
    private static readonly Regex SpeakersCountry = Patterns.Compiled(@"(?:his|her|their)\s+(?:own\s+)?(?:country|government|nation|delegation|administration)");

    public StanceRules(Lexicon lexicon)
    {
        // Words that may stand between a subject and its verb: auxiliaries, adverbs, a day, a vague object.
        const string between = @"(?:\s+(?:government|authorities|leadership|officials|delegation|mission|administration|cabinet|regime|foreign\s+ministry)|['’]s\s+(?:government|authorities|leadership|officials|delegation|mission|envoy|ambassador|representative|foreign\s+ministry|foreign\s+minister|spokesman|spokeswoman|spokesperson|president|leader|prime\s+minister))?\s*,?(?:\s*,?\s*(?:which|who)\s[^,;⟦]*(?:⟦[AD]\d+⟧[^,;⟦]*)*,(?:[^,;⟦]*(?:⟦[AD]\d+⟧[^,;⟦]*)*,)??|\s*,\s*(?:the|a|an)\s+[^,;⟦]{1,60},|\s*,\s*(?:both|all|each|most|many|some|several)\s+of\s+(?:which|whom|them)|\s*,\s*(?:speaking|writing|addressing|talking|appearing)\s[^,;]{1,60},|\s*,\s*which|\s*\([^)⟦]*\)|\s+[\p{Ll}]+\s+(?:for|on|with|to)\s+(?:the\s+|a\s+)?⟦D\d+⟧\s+and)?(?:\s+(?:has|have|had|also|still|would|could|will|is|are|was|were|strongly|firmly|nevertheless|nonetheless|eventually|finally|ultimately|duly|totally|flatly|categorically|formally|fully|warmly|swiftly|quickly|immediately|promptly|vehemently|consistently|now|already|again|reportedly|publicly|openly|repeatedly|itself|themselves|both|all|said|says|made\s+clear|signalled|signaled|indicated|met\s+and|continue|continues|continued|to|wants\s+to|want\s+to|had|not\s+only|on\s+\p{Lu}\p{Ll}+day|earlier\s+this\s+(?:week|month|year)|last\s+(?:week|month|year)|this\s+week|first|later|then|instead|jointly|formally|\p{Lu}\p{Ll}+day|today|yesterday|it|they))*";
        foreach (var (stance, words) in lexicon.Stances)
        {
            var name = EnumNames.ToName(stance).ToLowerInvariant();
            if (words.ByAfter is { Count: > 0 } by)
                Add(stance, $"{name}:by", $@"\b(?i:{Extractor.Alternation(by)})\s+(?:(?:[\p{{Ll}}\-]+-\p{{Ll}}+|veto-wielding)\s+)?(?:[^⟦;.]{{0,60}}?\b(?:among\s+them|including|notably)\s+|the\s+other\s+(?:[\p{{Ll}}\-]+\s+){{0,2}}and\s+)?{List}", 0.9);
            if (words.ListAfter is { Count: > 0 } listAfter)
                Add(stance, $"{name}:list", $@"\b(?i:{Extractor.Alternation(listAfter)})\s+{List}", 0.9);
            if (words.SubjectVerbs is { Count: > 0 } verbs)
            {
                var verbAlternation = Extractor.Alternation(verbs);
                // Every rule below has the verb after white space: looking only there is the same test, tried at far fewer places.
                var verb = Patterns.Compiled($@"\s(?:{verbAlternation})\b");
                Add(stance, $"{name}:subject-verb", $@"{List}{between}\s+(?:{verbAlternation})\b(?<rest>[^;⟦]*(?:⟦[AD]\d+⟧[^;⟦]*){{0,3}})", 0.8, verb);
                // "All three countries nevertheless voted in favour", "Both governments had voted for resolution 1970": the list before.
                if (stance != Stance.Proposes)
                    Add(stance, $"{name}:group-subject", $@"^(?:[\p{{L}}\-]+\s+){{0,2}}?(?<group>(?:[Aa]ll|[Bb]oth|[Tt]he)\s+(?:(?<n>two|three|four|five|six)\s+)?(?:countries|governments|states|powers|nations|delegations))\b{between}\s+(?:{verbAlternation})\b(?<rest>[^;⟦]*(?:⟦[AD]\d+⟧[^;⟦]*){{0,3}})", 0.75, verb);
                // "Pak Gil Yon told the council that his country totally rejected the resolution": the speaker's state.
                Add(stance, $"{name}:speaker-country", $@"{List}{between}\s+(?:said|says|told\s+[^⟦;]{{0,60}}?|added|stressed|insisted|made\s+clear|explained)\s+(?:that\s+)?(?:his|her|their)\s+(?:own\s+)?(?:country|government|nation|delegation|administration)(?:\s+(?:has|have|had|also|still|would|could|will|is|was|not|only|never|strongly|firmly|totally|flatly|categorically|fully|already|therefore|nevertheless))*\s+(?:{verbAlternation})\b(?<rest>[^;⟦]*(?:⟦[AD]\d+⟧[^;⟦]*){{0,3}})", 0.8, SpeakersCountry);
                // "the draft Japan had tabled on July 7", "the text Russia opposes": the draft as the verb's object.
                if (stance != Stance.Proposes)
                    Add(stance, $"{name}:object-relative", $@"{Draft}\s+(?:that\s+|which\s+)?{List}\s+(?:(?:has|have|had|also|first|originally|earlier|itself|themselves)\s+)*(?:{verbAlternation})\b", 0.8, verb);
                // "X had wanted the council to act more firmly but welcomed the statement": a second verb whose object is the draft.
                if (stance is Stance.Backs or Stance.Opposes)
                    Add(stance, $"{name}:coordinated", $@"{List}{between}\s+[^⟦;.]{{1,80}}?\s(?:but|and)\s+(?:also\s+|then\s+|still\s+)?(?:{verbAlternation})\s+(?:the\s+|a\s+|this\s+)?(?:⟦A\d+⟧(?:-drafted)?\s+)?{Draft}", 0.75, verb);
            }
            if (words.Compounds is { Count: > 0 } compounds)
                Add(stance, $"{name}:compound", $@"⟦A(?<one>\d+)⟧(?:{Extractor.Alternation(compounds)})\s+(?:\S+\s+){{0,3}}?{Draft}", 0.85);
            if (words.Membership is { Count: > 0 } membership)
                Add(stance, $"{name}:one-of", $@"{List}\s+(?:is|are|was|were)\s+(?:{Extractor.Alternation(membership)})\b(?<rest>.*)", 0.85,
                    Patterns.Compiled($@"\s(?:{Extractor.Alternation(membership)})\b"));
            if (words.PossessiveNouns is { Count: > 0 } nouns)
                Add(stance, $"{name}:possessive", $@"{List}(?:['’]s\s+(?:[\p{{Ll}}\-]+\s+){{0,2}}?|\s+)(?:{Extractor.Alternation(nouns)})\b(?<rest>.*)", 0.8,
                    Patterns.Compiled($@"\s(?:{Extractor.Alternation(nouns)})\b"));
            if (words.NounFrom is { Count: > 0 } from)
                Add(stance, $"{name}:from", $@"\b(?i:{Extractor.Alternation(from)})(?:\s+to\s+(?:the\s+|a\s+|its\s+)?{Draft})?\s+(?:from|by)\s+(?:(?:[\p{{Ll}}\-]+-\p{{Ll}}+)\s+)?{List}", 0.85);
        }
        // "Japan's draft resolution", "its U.N. Security Council draft resolution": the owner sponsors it.
        Add(Stance.Sponsors, "sponsors:possessive-draft", $@"{List}['’]s\s+(?:(?!(?:for|to|against|on|over|of|with|about|from|toward|towards)\s)\S+\s+){{0,4}}?{Draft}", 0.8, Patterns.Compiled(@"['’]s\s+(?:\S+\s+){0,4}?⟦D"));
        // "Russia ... its draft", "China and Russia ... their draft": the actors the sentence starts with own it.
        foreach (var owner in new[] { "its", "their" })
            Add(Stance.Sponsors, $"sponsors:{owner}-draft", $@"^(?:[\p{{L}}\-]+\s+){{0,2}}?{List}(?:(?!⟦A)[^,;])*?\b{owner}\s+(?:[^\s,;]+\s+){{0,4}}?{Draft}", 0.75, Patterns.Compiled($@"\b{owner}\s+(?:[^\s,;]+\s+){{0,4}}?⟦D"));
        // "China and Russia have promoted a draft of their own", "Russia is expected to seek a vote on a draft of its own".
        Add(Stance.Sponsors, "sponsors:of-its-own", $@"(?:^(?:[\p{{L}}\-]+\s+){{0,2}}?|[,;]\s*(?:and|but|while)\s+){List}(?:(?!⟦A)[^,;])*?{Draft}\s+of\s+(?:its|their)\s+own\b", 0.75, Patterns.Compiled(@"⟦D\d+⟧\s+of\s+(?:its|their)\s+own\b"));
        // "put forward by Australia together with Belgium", "formally introduced the draft on Tuesday together with France".
        Add(Stance.Sponsors, "sponsors:together-with", $@"\b(?:drafted|introduced|tabled|put\s+forward|submitted|sponsored|co-sponsored|presented|circulated|prepared)\s+(?:with|(?:[^⟦;.,]|⟦[AD]\d+⟧){{0,60}}?\b(?:together|jointly|along)\s+with)\s+(?:the\s+)?{List}", 0.8, Patterns.Compiled(@"\bwith\b"));
        // "The American draft", "the Japanese draft resolution": the state it is named for sponsors it.
        Add(Stance.Sponsors, "sponsors:named-draft", $@"\b(?:[Tt]he|[Aa]n?|its)\s+{List}\s+{Draft}", 0.75, Patterns.Compiled(@"⟦A\d+⟧\s+⟦D"));
        // "a resolution it sponsored": the sentence's subject.
        Add(Stance.Sponsors, "sponsors:it-sponsored", $@"^(?:[\p{{L}}\-]+\s+){{0,2}}?{List}.*?{Draft}\s+(?:that\s+)?it\s+(?:had\s+)?(?:sponsored|drafted|introduced|tabled|proposed)\b", 0.8, Patterns.Compiled(@"⟦D\d+⟧\s+(?:that\s+)?it\s+(?:had\s+)?(?:sponsored|drafted|introduced|tabled|proposed)\b"));
        // "She says sanctions will undermine regional security": a speaker who says the draft will do harm opposes it.
        Add(Stance.Opposes, "opposes:harm", $@"{List}{between}\s+(?:says|said|argues|argued|warned|warns|fear|fears|feared|believes|believe|told\s+[^⟦;]{{0,60}}?that)\s+(?:[^⟦;]{{0,80}}?\s+)?(?:that\s+)?(?:the\s+)?(?:⟦A\d+⟧\s+)?(?:[\p{{Ll}}.\-]+\s+){{0,2}}?{Draft}\s+(?:will|would|could|might|can|only)\s+(?:further\s+|only\s+)?(?:{Extractor.Alternation(lexicon.HarmVerbs)})\b", 0.8, Patterns.Compiled($@"\s(?:{Extractor.Alternation(lexicon.HarmVerbs)})\b"));

        // "Khazaee told the council that the resolution had no legal basis", "dismissed the resolution as worthless".
        Add(Stance.Opposes, "opposes:judged", $@"{List}{between}(?:\s+\p{{Ll}}+ed\s+[^⟦;,]{{1,40}},)?\s+(?:said|says|argued|argues|insisted|declared|told\s+[^⟦;]{{0,60}}?|called|calls|described|describes|dismissed|dismisses|branded|brands|denounced|condemned|rejected|saying|arguing|calling)(?:\s+in\s+⟦A\d+⟧)?\s+(?:that\s+)?(?:(?:the|a|any|new|additional|further|this|latest|revised|whole)\s+)*(?:⟦A\d+⟧(?:-drafted|-backed|-sponsored)?\s+)?{Draft}\s+(?:(?:was|is|were|are|had|has|been|would\s+be|as|amounted\s+to|amounts\s+to|only|simply|merely|clearly|deeply|totally|completely|itself)\s+)*(?:{Judgments})\b", 0.8, Patterns.Compiled($@"\s(?:{Judgments})\b"));
        // "the resolution was a strong measure", "called the resolution the first hopeful news": approval of the text.
        // Every match ends in one of the words it requires, which few sentences hold (most hold a verb of saying).
        Add(Stance.Backs, "backs:judged", $@"{List}{between}\s+(?:said|says|told\s+[^⟦;]{{0,60}}?|called|calls|described|describes|hailed|praised)(?:\s+in\s+⟦A\d+⟧)?\s+(?:that\s+)?(?:the\s+|this\s+)?(?:{Draft}|(?<stmt>statement)(?!\s+(?:by|of|from|in|to)\b)|(?<measures>(?:new\s+)?measures)|(?<it>it))\s+(?:(?:was|is|as|had\s+been)\s+)*(?:balanced|sent\s+(?:a|an)\s+(?:clear|strong|powerful|unified|united|firm|swift|unmistakable|unambiguous)\b|(?:an?\s+)?(?:convincing|strong|good|clear|firm|appropriate|measured)\s+(?:answer|response|signal|message|step)\b|a\s+(?:strong|clear|good|important|historic|significant)\s+(?:measure|step|signal|message|advance|achievement)|an\s+important\s+(?:step|advance|signal|message)|a\s+(?:first|good|positive|welcome)\s+step|the\s+first\s+hopeful)\b",
            0.75, Patterns.Compiled(@"(?:balanced|sent|answer|response|signal|message|step|measure|advance|achievement|hopeful)"));
        // "Lavrov welcomed the unanimous vote", "Churkin thanked the members that had voted for the text": the draft the report speaks of.
        Add(Stance.Backs, "backs:welcomed-vote", $@"{List}{between}\s+(?:welcomed|welcomes|hailed|hails|praised|praises)\s+(?:the\s+)?(?:unanimous\s+|council['’]s\s+)?(?:vote|adoption|passage)\b(?!\s+(?:against|on|of\s+a))", 0.7, Patterns.Compiled(@"\b(?:welcomed|welcomes|hailed|hails|praised|praises)\b"));
        Add(Stance.Opposes, "opposes:welcomed-veto", $@"{List}{between}\s+(?:welcomed|welcomes|hailed|hails|praised|praises)\s+(?:the\s+)?(?:double\s+)?(?:vetoes|veto|failure\s+of)\b", 0.7, Patterns.Compiled(@"\b(?:veto|failure)"));
        foreach (var (thanked, how) in new[] { (Stance.Backs, @"(?:for|in\s+favou?r\s+of)"), (Stance.Opposes, "against") })
            Add(thanked, $"{EnumNames.ToName(thanked).ToLowerInvariant()}:thanked", $@"{List}{between}\s+thanked\s+(?:the\s+)?(?:members|countries|states|delegations|governments)\s+(?:that|who|which)\s+(?:had\s+)?(?:voted|vote)\s+{how}\s+(?:the\s+|a\s+)?(?:⟦A\d+⟧(?:-drafted)?\s+)?{Draft}", 0.8, Patterns.Compiled(@"\bthanked\b"));

        // "France had proposed a tougher draft", "Russia proposed its own text": proposing a text is sponsoring it.
        Add(Stance.Proposes, "proposes:proposed-draft", $@"{List}{between}\s+(?:proposed|proposes|floated|floats)\s+(?:a|an|its|their|the)\s+(?:(?:new|tougher|rival|own|revised|separate|alternative|milder|softer|stronger|competing|fresh)\s+)?{Draft}", 0.8, Patterns.Compiled(@"\b(?:proposed|proposes|floated|floats)\b"));
        // "Power said the veto was an attempt to prevent the truth from coming out", "deplored the vetoes": backing the vetoed text.
        Add(Stance.Backs, "backs:deplored-veto", $@"{List}{between}\s+(?:(?:said|says|told\s+[^⟦;]{{0,60}}?)\s+(?:that\s+)?(?:the|this|their|its)\s+(?<vetoed>double\s+veto|vetoes|veto)\s+(?:was|were|is|had\s+been|would|amounted\s+to|amounts\s+to)\s+(?:only\s+)?(?:an?\s+)?(?:attempt|shameful|disgrace|disgraceful|sad|mistake|outrage|outrageous|betrayal|add|guarantee|regrettable|deplorable|unconscionable|failure|blow|tragic|tragedy|shame|dark|licen[cs]e)\b|(?:deplored|deplores|condemned|condemns|regretted|regrets|denounced|denounces|criticized|criticised|criticizes|criticises|lamented|laments)\s+(?:the\s+)?(?:double\s+)?(?<vetoed>vetoes|veto))", 0.75, Veto);
        // "including India, China and Russia, had hesitated over the referral but agreed after ...": coming round to the text.
        Add(Stance.Backs, "backs:came-round", $@"{List}{between}\s+(?:hesitated|wavered|balked|doubted|had\s+doubts|had\s+reservations|questioned|objected)\b[^⟦;.]{{0,80}}?\s(?:but|yet)\s+(?:eventually\s+|finally\s+|later\s+|ultimately\s+|in\s+the\s+end\s+)?(?:agreed|relented|came\s+round|came\s+around|went\s+along|gave\s+way|voted\s+for\s+it|voted\s+in\s+favou?r)\b(?!\s+(?:that|to\s+(?:drop|delay|wait|soften|remove|talk|negotiate)))", 0.7, Patterns.Compiled(@"\b(?:but|yet)\b"));
        // "with the United States joining as a co-sponsor".
        Add(Stance.Sponsors, "sponsors:with-joining", $@"\bwith\s+{List}\s+(?:joining|signing\s+on|coming\s+on\s+board)\s+as\s+(?:an?\s+)?co-?sponsors?\b", 0.8);
        // "the backing of the Arab League was decisive", "won the support of China" (not "without the support of").
        Add(Stance.Backs, "backs:support-of:by", $@"(?<!\b(?:without|lacked|lacking|lack|lacks|lost|losing|no|losing)\s+)\b[Tt]he\s+(?:backing|support|endorsement)\s+of\s+{List}", 0.8);
        // "the council should give the deal a chance rather than move to sanctions".
        Add(Stance.Opposes, "opposes:rather-than", $@"{List}{between}\s+(?:said|says|argued|argues|urged|urges|insisted|told\s+[^⟦;]{{0,60}}?)\s+[^⟦;]{{0,100}}?\b(?:rather\s+than|instead\s+of)\s+(?:(?:move|moving|rush|rushing|resort|resorting)\s+to\s+|(?:adopt|adopting|impose|imposing|pass|passing|vote\s+on|voting\s+on)\s+)?(?:(?:new|further|more|a|the|any)\s+)*{Draft}", 0.75, Patterns.Compiled(@"\b(?:rather\s+than|instead\s+of)\b"));
        // "China and Russia had said that a statement by the council president would be enough".
        Add(Stance.Proposes, "proposes:would-be-enough", $@"{List}{between}\s+(?:said|says|argued|argues|insisted|insists|maintained)\s+(?:that\s+)?(?:a|an|the)\s+(?:[\p{{Ll}}\-]+\s+)?{Draft}[^⟦;]{{0,40}}?\s+(?:would|will|should|could|was|is)\s+(?:be\s+)?{Enough}", 0.75, Patterns.Compiled($@"\b{Enough}"));
        // "Pyongyang has said it would regard any new resolution as an act of hostility".
        Add(Stance.Opposes, "opposes:regard-as", $@"{List}{between}\s+(?:(?:said|says|warned|warns|declared|made\s+clear)\s+(?:that\s+)?(?:it|they|he|she)\s+)?(?:(?:would|will|could|might)\s+)?(?:regard|regards|regarded|treat|treats|treated|consider|considers|considered|see|sees|view|views|viewed)\s+(?:(?:any|new|further|a|the|such|this)\s+)*{Draft}\s+as\s+(?:an?\s+|the\s+)?(?:[\p{{Ll}}\-]+\s+){{0,2}}?(?:act|declaration|provocation|violation|interference|attack|hostile|infringement)\b", 0.8, Patterns.Compiled(@"\b(?:regard|regards|regarded|treat|treats|treated|consider|considers|considered|see|sees|view|views|viewed)\s"));
        // "Pyongyang had warned that Washington would pay a heavy price if the council adopted new sanctions".
        Add(Stance.Opposes, "opposes:warned-if", $@"{List}{between}\s+(?:warned|warns|threatened|threatens)\s+(?:[^⟦;]{{0,80}}?|[^⟦;]{{0,40}}?⟦A\d+⟧[^⟦;]{{0,60}}?)\bif\s+(?:the\s+)?(?:council|assembly|⟦A\d+⟧)\s+(?:adopted|adopts|passed|passes|imposed|imposes|approved|approves|voted\s+for)\s+(?:(?:any|new|further|a|the|such|more)\s+)*{Draft}", 0.8, Patterns.Compiled(@"\bif\b"));

        // "Harare had lobbied council members against the draft".
        Add(Stance.Opposes, "opposes:against", $@"{List}{between}\s+(?:lobbied|campaigned|argued|spoke|warned|voted|pressed|pushed|urged|called\s+on)\s+(?:[^⟦,;]{{0,40}}?\s+)?against\s+(?:the\s+|a\s+|any\s+)?{Draft}", 0.8, Patterns.Compiled(@"\bagainst\b"));

        void Add(Stance stance, string rule, string pattern, double confidence, Regex? requires = null) =>
            rules.Add((stance, rule, Patterns.Compiled(pattern), confidence, requires, NamesDraftAtTop(pattern)));
    }

    /// <summary>
    /// Whether the pattern holds a draft's placeholder outside every group (so in every match): at depth 0, in a pattern with no
    /// alternative at depth 0. A sentence that names no draft is then not matched against it. Escapes and character classes are skipped.
    /// </summary>
    internal static bool NamesDraftAtTop(string pattern)
    {
        var depth = 0;
        var found = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\': i++; break;
                case '[':
                    for (i++; i < pattern.Length && pattern[i] != ']'; i++) if (pattern[i] == '\\') i++;
                    break;
                case '(': depth++; break;
                case ')': depth--; break;
                case '|' when depth == 0: return false;
                case '⟦' when depth == 0 && string.CompareOrdinal(pattern, i, Draft, 0, Draft.Length) == 0:
                    found = true;
                    break;
            }
        }
        return found;
    }

    public List<ExtractedStance> Find(Document doc, IReadOnlyList<MaskedSentence> sentences, DraftReferences.Resolved drafts, CancellationToken ct)
    {
        var found = new List<ExtractedStance>();
        int? focus = null, lastStatement = null, lastResolution = null;
        var lists = new List<(int Sentence, List<string> Holders)>(); // lists of two or more actors, for "both countries"
        var sentenceNumber = 0;
        int Of(DraftMention mention) => drafts.DraftOf.GetValueOrDefault(mention, -1);
        // A stance's verb is required by several of its rules: looked for once per sentence, not once per rule.
        var required = new Dictionary<Regex, bool>();
        foreach (var sentence in sentences)
        {
            ct.ThrowIfCancellationRequested(); // every rule is matched against every sentence
            required.Clear();
            var namesDraft = sentence.Text.Contains("⟦D", StringComparison.Ordinal);
            foreach (var (stance, rule, pattern, confidence, requires, needsDraft) in rules)
            {
                if (needsDraft && !namesDraft) continue;
                if (requires is not null && !(required.TryGetValue(requires, out var holds) ? holds : required[requires] = requires.IsMatch(sentence.Text))) continue;
                foreach (Match m in pattern.Matches(sentence.Text))
                {
                    ct.ThrowIfCancellationRequested();
                    // "a showdown among Japan, China and Russia, which ...": a list inside a phrase is not a subject.
                    // "negotiated with Russia and China, both of which voted for it": the clause makes the list its subject.
                    if (m.Groups["list"].Success && PrepositionBefore().IsMatch(sentence.Text[..m.Groups["list"].Index])
                        && !rule.EndsWith(":by", StringComparison.Ordinal) && !rule.EndsWith(":from", StringComparison.Ordinal) && !rule.EndsWith(":list", StringComparison.Ordinal) && !rule.EndsWith(":together-with", StringComparison.Ordinal)
                        && !rule.EndsWith(":with-joining", StringComparison.Ordinal) && !BothOfWhichAfter().IsMatch(sentence.Text[(m.Groups["list"].Index + m.Groups["list"].Length)..])) continue;
                    var mention = DraftOf(sentence, m, rule);
                    var draft = mention is null ? null : mention.Value.Mention is { } named ? Of(named) : mention.Value.Focus ? focus ?? (sentence.Drafts.Count > 0 ? Of(sentence.Drafts[0]) : null) : lastStatement;
                    // "welcomed the vote": the resolution the report last spoke of, as a vote is on a resolution.
                    if ((rule.Contains(":welcomed-", StringComparison.Ordinal) || m.Groups["measures"].Success || m.Groups["vetoed"].Success) && mention is { Focus: true }) draft = lastResolution ?? draft;
                    if (draft is not >= 0) continue;
                    var kind = drafts.Drafts[draft.Value].Kind;
                    if (kind == DraftKind.Proposal && rule.Contains(":welcomed-", StringComparison.Ordinal)) continue; // a vote is never on an approach
                    var matched = sentence.Original(m.Index, m.Index + m.Length);
                    var effective = Effective(stance, kind, rule, doc.Text[matched.Start..matched.End]);
                    if (effective is null) continue;
                    var holders = m.Groups["group"].Success ? GroupHolders(m, lists, sentenceNumber) : Holders(doc, sentence, m, effective.Value);
                    foreach (var holder in holders)
                        found.Add(new ExtractedStance(holder, effective.Value, kind, sentence.Span, rule, confidence, draft.Value));
                }
            }
            foreach (Match l in ActorList().Matches(sentence.Text))
            {
                var members = MaskedSentence.ActorPlaceholder().Matches(l.Value).Select(x => HolderOf(doc, sentence.Actors[int.Parse(x.Groups[1].Value, CultureInfo.InvariantCulture)].ActorId))
                    .OfType<string>().Distinct().ToList();
                if (members.Count >= 2) lists.Add((sentenceNumber, members));
            }
            sentenceNumber++;
            if (sentence.Drafts.Count > 0 && Of(sentence.Drafts[^1]) is >= 0 and var last) focus = last;
            foreach (var d in sentence.Drafts)
            {
                if (Of(d) is >= 0 and var i && drafts.Drafts[i].Kind is DraftKind.PresidentialStatement or DraftKind.PressStatement) lastStatement = i;
                if (Of(d) is >= 0 and var r && drafts.Drafts[r].Kind == DraftKind.Resolution) lastResolution = r;
            }
        }
        // One stance per actor and draft, the strongest rule's; a sponsor is not also a backer.
        var sponsors = found.Where(f => f.Stance == Stance.Sponsors).Select(f => (f.ActorId, f.DraftIndex)).ToHashSet();
        return found.Where(f => f.Stance != Stance.Backs || !sponsors.Contains((f.ActorId, f.DraftIndex)))
            .GroupBy(f => (f.ActorId, f.Stance, f.DraftIndex)).Select(g => g.OrderByDescending(f => f.Confidence).First()).ToList();
    }

    /// <summary>
    /// Proposing is said of alternatives (a presidential statement, a two-step approach); "proposed a
    /// resolution" is sponsorship, and backing an alternative one proposes is proposing it.
    /// </summary>
    private static Stance? Effective(Stance stance, DraftKind kind, string rule, string matched) => (stance, kind) switch
    {
        (Stance.Proposes, DraftKind.Resolution) when AlternativeWord().IsMatch(matched) => Stance.Proposes,
        (Stance.Proposes, DraftKind.Resolution) => rule.EndsWith(":by", StringComparison.Ordinal) || rule.EndsWith(":subject-verb", StringComparison.Ordinal) ? null : Stance.Sponsors,
        (Stance.Sponsors, not DraftKind.Resolution) => Stance.Proposes,
        _ => stance,
    };

    /// <summary>The draft a match speaks of: one named inside it, else (Focus) the sentence's or the one the report last spoke of; null for none.</summary>
    private static (DraftMention? Mention, bool Focus)? DraftOf(MaskedSentence sentence, Match m, string rule)
    {
        if (m.Groups["d"].Success) return (sentence.Drafts[int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture)], false);
        if (m.Groups["stmt"].Success) return (null, false); // "the statement": the presidential or press statement the report spoke of
        if (m.Groups["measures"].Success || m.Groups["it"].Success || m.Groups["vetoed"].Success) return (null, true); // "the measures", "it", "the veto": the text the report spoke of
        if (rule.EndsWith(":by", StringComparison.Ordinal))
        {
            // "the text, co-sponsored by Britain": the draft just before; "a statement drafted by Japan": not a draft we know of.
            var before = sentence.Text[..m.Index];
            if (DraftJustBefore().Match(before) is { Success: true } named) return (sentence.Drafts[int.Parse(named.Groups[1].Value, CultureInfo.InvariantCulture)], false);
            if (OtherDocumentBefore().IsMatch(before)) return null;
        }
        if (m.Groups["rest"].Success && DraftSoonAfter().Match(m.Groups["rest"].Value) is { Success: true } inRest)
        {
            // "supported the non-proliferation goals of the text, but not its method": a part of the draft, not the draft.
            if (PartOfBefore().IsMatch(inRest.Value[..inRest.Groups[1].Index].TrimEnd('⟦', 'D'))) return null;
            return (sentence.Drafts[int.Parse(inRest.Groups[1].Value, CultureInfo.InvariantCulture)], false);
        }
        // "had agreed to the statement because ...": a presidential or press statement the report spoke of.
        if (m.Groups["rest"].Success && StatementAnaphor().IsMatch(m.Groups["rest"].Value)) return (null, false);
        // "voted against it", "in supporting it": the draft the report last spoke of.
        if (m.Groups["rest"].Success && PronounObjectAfter().IsMatch(m.Groups["rest"].Value)) return (null, true);
        // "voted in favour in the end": an adverbial, not an object.
        if (m.Groups["rest"].Success && TrailingAdverbial().IsMatch(m.Groups["rest"].Value))
            return sentence.Drafts.Count > 0 ? (sentence.Drafts[0], false) : (null, true);
        if (m.Groups["rest"].Success && m.Groups["rest"].Value.Trim(' ', '.', '!', '"', '”') is { Length: > 0 } rest && !rest.StartsWith(','))
            return null; // the verb has an object that is not a draft ("opposes any action that ...")
        return sentence.Drafts.Count > 0 ? (sentence.Drafts[0], false) : (null, true);
    }

    private static bool IsNamedDraft(Match m) => NamedDraft().IsMatch(m.Value);

    private static string? HolderOf(Document doc, string actorId) =>
        doc.SpeakingFor(actorId) is var holder && doc.IsStateOrBody(holder.Id) ? holder.Id : null;

    /// <summary>"All three countries": the last list of three in the two sentences before; "both": of two; "the countries": the last list just before.</summary>
    private static IEnumerable<string> GroupHolders(Match m, List<(int Sentence, List<string> Holders)> lists, int sentenceNumber)
    {
        var group = m.Groups["group"].Value;
        int? count = m.Groups["n"].Success ? Array.IndexOf(["two", "three", "four", "five", "six"], m.Groups["n"].Value) + 2
            : group.StartsWith("both", StringComparison.OrdinalIgnoreCase) ? 2 : null;
        if (count is null && !group.StartsWith("all", StringComparison.OrdinalIgnoreCase) && !m.Groups["n"].Success) return [];
        for (var i = lists.Count - 1; i >= 0; i--)
        {
            if (lists[i].Sentence < sentenceNumber - 2) break;
            if (count is null || lists[i].Holders.Count == count) return lists[i].Holders;
        }
        return [];
    }

    private static IEnumerable<string> Holders(Document doc, MaskedSentence sentence, Match m, Stance stance)
    {
        var placeholders = m.Groups["one"].Success
            ? [m.Groups["one"].Value]
            : MaskedSentence.ActorPlaceholder().Matches(m.Groups["list"].Value).Select(x => x.Groups[1].Value);
        foreach (var p in placeholders)
        {
            var actor = doc.Actor(sentence.Actors[int.Parse(p, CultureInfo.InvariantCulture)].ActorId);
            // A person speaks for the state or organization of their role; one whose role names none ("President
            // Mahmoud Ahmadinejad", "Secretary-General Ban Ki-moon" in a report that does not say of what) keeps the stance.
            var holder = doc.SpeakingFor(actor.Id).Id;
            if (!doc.IsStateOrBody(holder) && (holder != actor.Id || stance == Stance.Sponsors)) continue;
            // Only a state names a draft after itself ("the American draft"); "the Security Council draft" names its forum.
            if (m.Groups["list"].Success && m.Value.Contains("draft", StringComparison.Ordinal) is false && doc.Actor(holder).Kind != ActorKind.State && IsNamedDraft(m)) continue;
            yield return holder;
        }
    }

    // Fixed patterns, generated at build time (the static Regex methods' cache holds only a few patterns).
    [GeneratedRegex(@"\b(?:among|between|with|of|for|to|from|on|against|over|about|in|at|into|across|inside|near|under|than|like|toward|towards|through|within|upon)\s+$", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex PrepositionBefore();
    [GeneratedRegex(@"\b(?:alternative|rival|counter|competing|separate)\b", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex AlternativeWord();
    [GeneratedRegex(@"⟦D(\d+)⟧\s*,?\s*$", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex DraftJustBefore();
    [GeneratedRegex(@"\b(?:statement|letter|document|report|appeal|declaration|communique|speech)\b(?:[^⟦,;]{0,30}?)?\s*,?\s*$", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex OtherDocumentBefore();
    [GeneratedRegex(@"^(?:(?!\bbut\b)[^,;.]){0,50}?⟦D(\d+)⟧", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex DraftSoonAfter();
    [GeneratedRegex(@"^(?:[^,;.⟦]|⟦A\d+⟧){0,40}?\b(?:it|them)\b(?!\s+(?:is|was|would|will|has|had|could))", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex PronounObjectAfter();
    [GeneratedRegex(@"^(?:[Tt]he|[Aa]n?|its)\s+⟦A\d+⟧(?:\s*(?:,|and)\s*⟦A\d+⟧)*\s+⟦D\d+⟧$", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex NamedDraft();
    [GeneratedRegex(@"^\s+(?:the|this|that|a|any)\s+(?:presidential\s+|council\s+|press\s+|mere\s+)?statement\b(?!\s+(?:by|of|from|in|to)\b)", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex StatementAnaphor();
    [GeneratedRegex(@"\b(?:goals?|aims?|objectives?|spirit|principles?|idea|parts?|elements?|provisions?|thrust|intent|intentions)\s+of\s+(?:the\s+|a\s+|this\s+)?$", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex PartOfBefore();
    [GeneratedRegex(@"^\s*,\s*(?:both|all|each)\s+of\s+(?:which|whom)\b", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex BothOfWhichAfter();
    [GeneratedRegex(@"^\s*(?:in\s+the\s+end|at\s+the\s+vote|in\s+the\s+vote|nevertheless|nonetheless|anyway|after\s+all|too|as\s+well|again|unanimously|on\s+\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+day|today|yesterday)\s*(?:[.,;]|$)", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex TrailingAdverbial();
    [GeneratedRegex(@"⟦A\d+⟧(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+nor\s+)(?:the\s+)?⟦A\d+⟧)+", RegexOptions.None, Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex ActorList();
}
