//! The number words of each language: cardinals, ordinals, and the parts of the
//! compounds some languages write as one word. Written from each language's grammar;
//! a word that is also a common other word (an article: `een`, `bir`, `egy`, `ένα`;
//! "according to": `secondo`; "other": `andra`, `toinen`) stays out, since a soft
//! number that is none makes a mismatch where the other side has a real one.

#[rustfmt::skip]
pub(super) const EN: &[(&str, u64)] = &[
    ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
    ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
    ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
    ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30),
    ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80),
    ("ninety", 90), ("hundred", 100), ("thousand", 1000), ("million", 1_000_000),
    ("dozen", 12), ("twice", 2),
];
#[rustfmt::skip]
pub(super) const EN_ORD: &[(&str, u64)] = &[
    ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
    ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11),
    ("twelfth", 12),
];
#[rustfmt::skip]
pub(super) const FR: &[(&str, u64)] = &[
    ("un", 1), ("une", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5),
    ("six", 6), ("sept", 7), ("huit", 8), ("neuf", 9), ("dix", 10), ("onze", 11),
    ("douze", 12), ("treize", 13), ("quatorze", 14), ("quinze", 15), ("seize", 16),
    ("vingt", 20), ("vingts", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50),
    ("soixante", 60), ("cent", 100), ("cents", 100), ("mille", 1000),
    ("million", 1_000_000), ("millions", 1_000_000), ("douzaine", 12),
];
#[rustfmt::skip]
pub(super) const FR_ORD: &[(&str, u64)] = &[
    ("premier", 1), ("première", 1), ("second", 2), ("seconde", 2), ("deuxième", 2),
    ("troisième", 3), ("quatrième", 4), ("cinquième", 5), ("sixième", 6),
    ("septième", 7), ("huitième", 8), ("neuvième", 9), ("dixième", 10),
    ("onzième", 11), ("douzième", 12), ("unième", 1), ("vingtième", 20),
    ("trentième", 30), ("centième", 100), ("millième", 1000),
];
#[rustfmt::skip]
pub(super) const ES: &[(&str, u64)] = &[
    ("uno", 1), ("una", 1), ("un", 1), ("dos", 2), ("tres", 3), ("cuatro", 4),
    ("cinco", 5), ("seis", 6), ("siete", 7), ("ocho", 8), ("nueve", 9), ("diez", 10),
    ("once", 11), ("doce", 12), ("trece", 13), ("catorce", 14), ("quince", 15),
    ("veinte", 20), ("treinta", 30), ("cuarenta", 40), ("cincuenta", 50),
    ("sesenta", 60), ("setenta", 70), ("ochenta", 80), ("noventa", 90), ("cien", 100),
    ("ciento", 100), ("mil", 1000), ("millón", 1_000_000), ("millones", 1_000_000),
    ("dieciséis", 16), ("diecisiete", 17), ("dieciocho", 18), ("diecinueve", 19),
    // Parts of compounds (`veinticinco`, `veintiún`, `doscientos`, `trescientas`).
    ("veinti", 20), ("ún", 1), ("dós", 2), ("trés", 3), ("séis", 6), ("cientos", 100),
    ("cientas", 100), ("quinientos", 500), ("quinientas", 500), ("setecientos", 700),
    ("setecientas", 700), ("novecientos", 900), ("novecientas", 900),
];
#[rustfmt::skip]
pub(super) const ES_ORD: &[(&str, u64)] = &[
    ("primero", 1), ("primera", 1), ("primer", 1), ("segundo", 2), ("segunda", 2),
    ("tercero", 3), ("tercera", 3), ("tercer", 3), ("cuarto", 4), ("cuarta", 4),
    ("quinto", 5), ("quinta", 5), ("sexto", 6), ("séptimo", 7), ("octavo", 8),
    ("noveno", 9), ("décimo", 10),
];
#[rustfmt::skip]
pub(super) const DE: &[(&str, u64)] = &[
    ("ein", 1), ("eine", 1), ("einen", 1), ("einem", 1), ("einer", 1), ("eines", 1),
    ("eins", 1), ("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("sechs", 6),
    ("sieben", 7), ("acht", 8), ("neun", 9), ("zehn", 10), ("elf", 11), ("zwölf", 12),
    ("dreizehn", 13), ("vierzehn", 14), ("fünfzehn", 15), ("sechzehn", 16),
    ("siebzehn", 17), ("achtzehn", 18), ("neunzehn", 19), ("zwanzig", 20),
    ("dreissig", 30), ("dreißig", 30), ("vierzig", 40), ("fünfzig", 50), ("sechzig", 60),
    ("siebzig", 70), ("achtzig", 80), ("neunzig", 90), ("hundert", 100),
    ("tausend", 1000), ("million", 1_000_000), ("millionen", 1_000_000), ("beide", 2),
    ("beiden", 2), ("dutzend", 12),
];
#[rustfmt::skip]
pub(super) const DE_ORD: &[(&str, u64)] = &[
    ("erste", 1), ("ersten", 1), ("erster", 1), ("erstes", 1), ("zweite", 2),
    ("zweiten", 2), ("zweiter", 2), ("dritte", 3), ("dritten", 3), ("dritter", 3),
    ("vierte", 4), ("vierten", 4), ("fünfte", 5), ("fünften", 5), ("sechste", 6),
    ("sechsten", 6), ("siebte", 7), ("siebten", 7), ("achte", 8), ("achten", 8),
    ("neunte", 9), ("neunten", 9), ("zehnte", 10), ("zehnten", 10),
];
#[rustfmt::skip]
pub(super) const RU: &[(&str, u64)] = &[
    ("один", 1), ("одна", 1), ("одно", 1), ("одного", 1), ("одной", 1), ("два", 2),
    ("две", 2), ("двух", 2), ("три", 3), ("трёх", 3), ("трех", 3), ("четыре", 4),
    ("четырёх", 4), ("четырех", 4), ("пять", 5), ("пяти", 5), ("шесть", 6),
    ("шести", 6), ("семь", 7), ("семи", 7), ("восемь", 8), ("восьми", 8),
    ("девять", 9), ("девяти", 9), ("десять", 10), ("десяти", 10),
    ("одиннадцать", 11), ("двенадцать", 12), ("двадцать", 20), ("двадцати", 20),
    ("тридцать", 30), ("тридцати", 30), ("сорок", 40), ("сорока", 40),
    ("пятьдесят", 50), ("шестьдесят", 60), ("семьдесят", 70), ("восемьдесят", 80),
    ("девяносто", 90), ("сто", 100), ("ста", 100), ("двести", 200), ("триста", 300),
    ("четыреста", 400), ("пятьсот", 500), ("тысяча", 1000), ("тысячи", 1000),
    ("тысяч", 1000), ("миллион", 1_000_000), ("миллиона", 1_000_000),
    ("миллионов", 1_000_000),
    // 13–19, and the cases the common phrases take (`в тысячу`, `двумя`, `одну`).
    ("тринадцать", 13), ("тринадцати", 13), ("четырнадцать", 14), ("четырнадцати", 14),
    ("пятнадцать", 15), ("пятнадцати", 15), ("шестнадцать", 16), ("шестнадцати", 16),
    ("семнадцать", 17), ("семнадцати", 17), ("восемнадцать", 18), ("восемнадцати", 18),
    ("девятнадцать", 19), ("девятнадцати", 19), ("одиннадцати", 11), ("двенадцати", 12),
    ("одну", 1), ("одному", 1), ("одним", 1), ("одном", 1), ("двум", 2), ("двумя", 2),
    ("трём", 3), ("трем", 3), ("тремя", 3), ("четырём", 4), ("четырем", 4),
    ("четырьмя", 4), ("пятью", 5), ("десятью", 10), ("пятидесяти", 50),
    ("шестидесяти", 60), ("семидесяти", 70), ("восьмидесяти", 80), ("девяноста", 90),
    ("двухсот", 200), ("трёхсот", 300), ("трехсот", 300), ("пятисот", 500),
    ("тысячу", 1000), ("тысячей", 1000), ("тысячам", 1000), ("тысячами", 1000),
];
#[rustfmt::skip]
pub(super) const AR: &[(&str, u64)] = &[
    ("واحد", 1), ("واحدة", 1), ("اثنان", 2), ("اثنين", 2), ("اثنتان", 2),
    ("اثنتين", 2), ("ثلاث", 3), ("ثلاثة", 3), ("أربع", 4), ("أربعة", 4), ("خمس", 5),
    ("خمسة", 5), ("ست", 6), ("ستة", 6), ("سبع", 7), ("سبعة", 7), ("ثماني", 8),
    ("ثمانية", 8), ("تسع", 9), ("تسعة", 9), ("عشر", 10), ("عشرة", 10),
    ("عشرون", 20), ("عشرين", 20), ("ثلاثون", 30), ("ثلاثين", 30), ("أربعون", 40),
    ("أربعين", 40), ("خمسون", 50), ("خمسين", 50), ("ستون", 60), ("ستين", 60),
    ("سبعون", 70), ("سبعين", 70), ("ثمانون", 80), ("ثمانين", 80), ("تسعون", 90),
    ("تسعين", 90), ("مائة", 100), ("مئة", 100), ("ألف", 1000), ("مليون", 1_000_000),
];
#[rustfmt::skip]
pub(super) const FA: &[(&str, u64)] = &[
    ("یک", 1), ("دو", 2), ("سه", 3), ("چهار", 4), ("پنج", 5), ("شش", 6), ("هفت", 7),
    ("هشت", 8), ("نه", 9), ("ده", 10), ("یازده", 11), ("دوازده", 12), ("بیست", 20),
    ("سی", 30), ("چهل", 40), ("پنجاه", 50), ("شصت", 60), ("هفتاد", 70), ("هشتاد", 80),
    ("نود", 90), ("صد", 100), ("هزار", 1000), ("میلیون", 1_000_000),
];
#[rustfmt::skip]
pub(super) const IT: &[(&str, u64)] = &[
    ("uno", 1), ("una", 1), ("due", 2), ("tre", 3), ("quattro", 4), ("cinque", 5),
    ("sei", 6), ("sette", 7), ("otto", 8), ("nove", 9), ("dieci", 10), ("undici", 11),
    ("dodici", 12), ("venti", 20), ("trenta", 30), ("quaranta", 40),
    ("cinquanta", 50), ("cento", 100), ("mille", 1000), ("tredici", 13),
    ("quattordici", 14), ("quindici", 15), ("sedici", 16), ("diciassette", 17),
    ("diciotto", 18), ("diciannove", 19), ("sessanta", 60), ("settanta", 70),
    ("ottanta", 80), ("novanta", 90), ("mila", 1000),
    // Parts of compounds: a ten loses its vowel before `uno` and `otto` (`ventuno`,
    // `trentotto`), `tre` takes an accent at the end (`ventitré`).
    ("vent", 20), ("trent", 30), ("quarant", 40), ("cinquant", 50), ("sessant", 60),
    ("settant", 70), ("ottant", 80), ("novant", 90), ("tré", 3),
];
#[rustfmt::skip]
pub(super) const PT: &[(&str, u64)] = &[
    ("um", 1), ("uma", 1), ("dois", 2), ("duas", 2), ("três", 3), ("quatro", 4),
    ("cinco", 5), ("seis", 6), ("sete", 7), ("oito", 8), ("nove", 9), ("dez", 10),
    ("onze", 11), ("doze", 12), ("vinte", 20), ("trinta", 30), ("quarenta", 40),
    ("cinquenta", 50), ("cem", 100), ("cento", 100), ("mil", 1000), ("treze", 13),
    ("catorze", 14), ("quatorze", 14), ("quinze", 15), ("dezesseis", 16),
    ("dezasseis", 16), ("dezessete", 17), ("dezassete", 17), ("dezoito", 18),
    ("dezenove", 19), ("dezanove", 19), ("sessenta", 60), ("setenta", 70),
    ("oitenta", 80), ("noventa", 90), ("duzentos", 200), ("duzentas", 200),
    ("trezentos", 300), ("trezentas", 300), ("quatrocentos", 400), ("quinhentos", 500),
    ("seiscentos", 600), ("setecentos", 700), ("oitocentos", 800), ("novecentos", 900),
];
#[rustfmt::skip]
pub(super) const RO: &[(&str, u64)] = &[
    ("unu", 1), ("una", 1), ("doi", 2), ("două", 2), ("trei", 3), ("patru", 4),
    ("cinci", 5), ("șase", 6), ("şase", 6), ("șapte", 7), ("şapte", 7), ("opt", 8),
    ("nouă", 9), ("zece", 10), ("unsprezece", 11), ("doisprezece", 12),
    ("douăsprezece", 12), ("douăzeci", 20), ("treizeci", 30), ("patruzeci", 40),
    ("cincizeci", 50), ("sută", 100), ("sute", 100), ("mie", 1000), ("mii", 1000),
    // 13–19 and the tens (`un`, `o` are articles too and stay out).
    ("treisprezece", 13), ("paisprezece", 14), ("patrusprezece", 14),
    ("cincisprezece", 15), ("șaisprezece", 16), ("şaisprezece", 16),
    ("șaptesprezece", 17), ("şaptesprezece", 17), ("optsprezece", 18),
    ("nouăsprezece", 19), ("șaizeci", 60), ("şaizeci", 60), ("șaptezeci", 70),
    ("şaptezeci", 70), ("optzeci", 80), ("nouăzeci", 90), ("milion", 1_000_000),
    ("milioane", 1_000_000),
];
#[rustfmt::skip]
pub(super) const IS: &[(&str, u64)] = &[
    ("einn", 1), ("eitt", 1), ("tveir", 2), ("tvær", 2), ("tvö", 2), ("tveggja", 2),
    ("þrír", 3), ("þrjár", 3), ("þrjú", 3), ("þriggja", 3), ("fjórir", 4),
    ("fjórar", 4), ("fjögur", 4), ("fimm", 5), ("sex", 6), ("sjö", 7), ("átta", 8),
    ("níu", 9), ("tíu", 10), ("ellefu", 11), ("tólf", 12), ("tuttugu", 20),
    ("þrjátíu", 30), ("fjörutíu", 40), ("fimmtíu", 50), ("hundrað", 100),
    ("þúsund", 1000), ("milljón", 1_000_000), ("milljónir", 1_000_000),
    // Every case of 1–4 (`þrjátíu og tveimur árum`), 13–19, the tens, plurals.
    ("einan", 1), ("einum", 1), ("eins", 1), ("eina", 1), ("einni", 1), ("einnar", 1),
    ("einu", 1), ("tvo", 2), ("tveimur", 2), ("tveim", 2), ("þrjá", 3), ("þremur", 3),
    ("þrem", 3), ("fjóra", 4), ("fjórum", 4), ("fjögurra", 4), ("þrettán", 13),
    ("fjórtán", 14), ("fimmtán", 15), ("sextán", 16), ("sautján", 17), ("átján", 18),
    ("nítján", 19), ("sextíu", 60), ("sjötíu", 70), ("áttatíu", 80), ("níutíu", 90),
    ("hundruð", 100), ("hundruðum", 100), ("þúsundir", 1000), ("þúsundum", 1000),
    ("milljónum", 1_000_000),
];
#[rustfmt::skip]
pub(super) const RO_ORD: &[(&str, u64)] = &[
    ("primul", 1), ("prima", 1), ("întâi", 1), ("întâia", 1), ("doilea", 2), ("doua", 2),
    ("treilea", 3), ("treia", 3), ("patrulea", 4), ("patra", 4), ("cincilea", 5),
    ("cincea", 5), ("șaselea", 6), ("şaselea", 6), ("șasea", 6), ("şasea", 6),
    ("șaptelea", 7), ("şaptelea", 7), ("șaptea", 7), ("şaptea", 7), ("optulea", 8),
    ("opta", 8), ("nouălea", 9), ("noua", 9), ("zecelea", 10), ("zecea", 10),
];
#[rustfmt::skip]
pub(super) const IS_ORD: &[(&str, u64)] = &[
    ("fyrsti", 1), ("fyrsta", 1), ("fyrstu", 1), ("þriðji", 3), ("þriðja", 3),
    ("þriðju", 3), ("fjórði", 4), ("fjórða", 4), ("fjórðu", 4), ("fimmti", 5),
    ("fimmta", 5), ("fimmtu", 5), ("sjötti", 6), ("sjötta", 6), ("sjöttu", 6),
    ("sjöundi", 7), ("sjöunda", 7), ("sjöundu", 7), ("áttundi", 8), ("áttunda", 8),
    ("áttundu", 8), ("níundi", 9), ("níunda", 9), ("níundu", 9), ("tíundi", 10),
    ("tíunda", 10), ("tíundu", 10), ("tuttugasti", 20), ("tuttugasta", 20),
    // The digit as a noun (a grade, a die, a card, a bus): `fékk sexu`, `tvisturinn`.
    ("tvistur", 2), ("tvist", 2), ("tvisti", 2), ("tvists", 2), ("tvisturinn", 2),
    ("tvistinn", 2), ("tvistinum", 2), ("tvistsins", 2), ("þristur", 3), ("þrist", 3),
    ("þristi", 3), ("þrists", 3), ("þristurinn", 3), ("þristinn", 3), ("þristinum", 3),
    ("þristsins", 3), ("fjarki", 4), ("fjarka", 4), ("fjarkinn", 4), ("fjarkann", 4),
    ("fjarkanum", 4), ("fjarkans", 4), ("fimma", 5), ("fimmu", 5), ("fimman", 5),
    ("fimmuna", 5), ("fimmunni", 5), ("fimmunnar", 5), ("sexa", 6), ("sexu", 6),
    ("sexan", 6), ("sexuna", 6), ("sexunni", 6), ("sexunnar", 6), ("sjöa", 7), ("sjöu", 7),
    ("sjöan", 7), ("sjöuna", 7), ("sjöunni", 7), ("sjöunnar", 7), ("nía", 9), ("nían", 9),
    ("níuna", 9), ("níunni", 9), ("níunnar", 9), ("tía", 10), ("tían", 10), ("tíuna", 10),
    ("tíunni", 10), ("tíunnar", 10),
];
#[rustfmt::skip]
pub(super) const IT_ORD: &[(&str, u64)] = &[
    // `secondo` is also "according to" and stays out.
    ("primo", 1), ("prima", 1), ("primi", 1), ("prime", 1), ("terzo", 3), ("terza", 3),
    ("quarto", 4), ("quarta", 4), ("quinto", 5), ("quinta", 5), ("sesto", 6), ("sesta", 6),
    ("settimo", 7), ("settima", 7), ("ottavo", 8), ("ottava", 8), ("nono", 9), ("nona", 9),
    ("decimo", 10), ("decima", 10),
];
#[rustfmt::skip]
pub(super) const PT_ORD: &[(&str, u64)] = &[
    // `segundo` is also "according to" and stays out.
    ("primeiro", 1), ("primeira", 1), ("terceiro", 3), ("terceira", 3), ("quarto", 4),
    ("quarta", 4), ("quinto", 5), ("quinta", 5), ("sexto", 6), ("sexta", 6),
    ("sétimo", 7), ("sétima", 7), ("oitavo", 8), ("oitava", 8), ("nono", 9), ("nona", 9),
    ("décimo", 10), ("décima", 10),
];
#[rustfmt::skip]
pub(super) const AR_ORD: &[(&str, u64)] = &[
    ("الأول", 1), ("الأولى", 1), ("الحادي", 1), ("الحادية", 1), ("الثاني", 2),
    ("الثانية", 2), ("الثالث", 3), ("الثالثة", 3), ("الرابع", 4), ("الرابعة", 4),
    ("الخامس", 5), ("الخامسة", 5), ("السادس", 6), ("السادسة", 6), ("السابع", 7),
    ("السابعة", 7), ("الثامن", 8), ("الثامنة", 8), ("التاسع", 9), ("التاسعة", 9),
    ("العاشر", 10), ("العاشرة", 10), ("ثاني", 2), ("ثالث", 3), ("رابع", 4),
    ("خامس", 5), ("سادس", 6), ("سابع", 7), ("ثامن", 8), ("تاسع", 9), ("عاشر", 10),
];
#[rustfmt::skip]
pub(super) const NL: &[(&str, u64)] = &[
    // `een` is also the article: only `één` counts alone.
    ("één", 1), ("twee", 2), ("drie", 3), ("vier", 4), ("vijf", 5), ("zes", 6),
    ("zeven", 7), ("acht", 8), ("negen", 9), ("tien", 10), ("elf", 11), ("twaalf", 12),
    ("dertien", 13), ("veertien", 14), ("vijftien", 15), ("zestien", 16),
    ("zeventien", 17), ("achttien", 18), ("negentien", 19), ("twintig", 20),
    ("dertig", 30), ("veertig", 40), ("vijftig", 50), ("zestig", 60), ("zeventig", 70),
    ("tachtig", 80), ("negentig", 90), ("honderd", 100), ("duizend", 1000),
    ("miljoen", 1_000_000), ("beide", 2),
];
#[rustfmt::skip]
pub(super) const NL_ORD: &[(&str, u64)] = &[
    ("eerste", 1), ("tweede", 2), ("derde", 3), ("vierde", 4), ("vijfde", 5), ("zesde", 6),
    ("zevende", 7), ("achtste", 8), ("negende", 9), ("tiende", 10), ("elfde", 11),
    ("twaalfde", 12), ("twintigste", 20), ("honderdste", 100),
];
#[rustfmt::skip]
pub(super) const SV: &[(&str, u64)] = &[
    // `en`, `ett` are also the article: they count only inside compounds.
    ("två", 2), ("tre", 3), ("fyra", 4), ("fem", 5), ("sex", 6), ("sju", 7), ("åtta", 8),
    ("nio", 9), ("tio", 10), ("elva", 11), ("tolv", 12), ("tretton", 13), ("fjorton", 14),
    ("femton", 15), ("sexton", 16), ("sjutton", 17), ("arton", 18), ("nitton", 19),
    ("tjugo", 20), ("trettio", 30), ("fyrtio", 40), ("femtio", 50), ("sextio", 60),
    ("sjuttio", 70), ("åttio", 80), ("nittio", 90), ("hundra", 100), ("tusen", 1000),
    ("miljon", 1_000_000), ("miljoner", 1_000_000), ("båda", 2),
];
#[rustfmt::skip]
pub(super) const SV_ORD: &[(&str, u64)] = &[
    // `andra` is also "other" and stays out.
    ("första", 1), ("tredje", 3), ("fjärde", 4), ("femte", 5), ("sjätte", 6),
    ("sjunde", 7), ("åttonde", 8), ("nionde", 9), ("tionde", 10), ("elfte", 11),
    ("tolfte", 12),
];
#[rustfmt::skip]
pub(super) const FI: &[(&str, u64)] = &[
    ("yksi", 1), ("kaksi", 2), ("kolme", 3), ("neljä", 4), ("viisi", 5), ("kuusi", 6),
    ("seitsemän", 7), ("kahdeksan", 8), ("yhdeksän", 9), ("kymmenen", 10),
    ("kahden", 2), ("kolmen", 3), ("neljän", 4), ("viiden", 5), ("kuuden", 6),
    ("yksitoista", 11), ("kaksitoista", 12), ("kolmetoista", 13), ("neljätoista", 14),
    ("viisitoista", 15), ("kuusitoista", 16), ("seitsemäntoista", 17),
    ("kahdeksantoista", 18), ("yhdeksäntoista", 19), ("kaksikymmentä", 20),
    ("kolmekymmentä", 30), ("neljäkymmentä", 40), ("viisikymmentä", 50),
    ("kuusikymmentä", 60), ("seitsemänkymmentä", 70), ("kahdeksankymmentä", 80),
    ("yhdeksänkymmentä", 90), ("sata", 100), ("sataa", 100), ("tuhat", 1000),
    ("tuhatta", 1000), ("miljoona", 1_000_000), ("miljoonaa", 1_000_000),
];
#[rustfmt::skip]
pub(super) const FI_ORD: &[(&str, u64)] = &[
    // `toinen` is also "another" and stays out.
    ("ensimmäinen", 1), ("kolmas", 3), ("neljäs", 4), ("viides", 5), ("kuudes", 6),
    ("seitsemäs", 7), ("kahdeksas", 8), ("yhdeksäs", 9), ("kymmenes", 10),
];
#[rustfmt::skip]
pub(super) const TR: &[(&str, u64)] = &[
    // `bir` is also the article and `yüz` also "face": they stay out.
    ("iki", 2), ("üç", 3), ("dört", 4), ("beş", 5), ("altı", 6), ("yedi", 7),
    ("sekiz", 8), ("dokuz", 9), ("on", 10), ("yirmi", 20), ("otuz", 30), ("kırk", 40),
    ("elli", 50), ("altmış", 60), ("yetmiş", 70), ("seksen", 80), ("doksan", 90),
    ("bin", 1000), ("milyon", 1_000_000),
];
#[rustfmt::skip]
pub(super) const TR_ORD: &[(&str, u64)] = &[
    ("birinci", 1), ("ikinci", 2), ("üçüncü", 3), ("dördüncü", 4), ("beşinci", 5),
    ("altıncı", 6), ("yedinci", 7), ("sekizinci", 8), ("dokuzuncu", 9), ("onuncu", 10),
];
#[rustfmt::skip]
pub(super) const PL: &[(&str, u64)] = &[
    ("jeden", 1), ("jedna", 1), ("jedno", 1), ("dwa", 2), ("dwie", 2), ("dwóch", 2),
    ("dwoma", 2), ("trzy", 3), ("trzech", 3), ("cztery", 4), ("czterech", 4),
    ("pięć", 5), ("pięciu", 5), ("sześć", 6), ("sześciu", 6), ("siedem", 7),
    ("siedmiu", 7), ("osiem", 8), ("ośmiu", 8), ("dziewięć", 9), ("dziewięciu", 9),
    ("dziesięć", 10), ("dziesięciu", 10), ("jedenaście", 11), ("dwanaście", 12),
    ("trzynaście", 13), ("czternaście", 14), ("piętnaście", 15), ("szesnaście", 16),
    ("siedemnaście", 17), ("osiemnaście", 18), ("dziewiętnaście", 19),
    ("dwadzieścia", 20), ("trzydzieści", 30), ("czterdzieści", 40),
    ("pięćdziesiąt", 50), ("sześćdziesiąt", 60), ("siedemdziesiąt", 70),
    ("osiemdziesiąt", 80), ("dziewięćdziesiąt", 90), ("sto", 100), ("dwieście", 200),
    ("trzysta", 300), ("czterysta", 400), ("pięćset", 500), ("tysiąc", 1000),
    ("tysiące", 1000), ("tysięcy", 1000), ("milion", 1_000_000),
    ("miliony", 1_000_000), ("milionów", 1_000_000), ("oba", 2), ("obie", 2),
];
#[rustfmt::skip]
pub(super) const CS: &[(&str, u64)] = &[
    ("jeden", 1), ("jedna", 1), ("jedno", 1), ("dva", 2), ("dvě", 2), ("dvou", 2),
    ("tři", 3), ("tří", 3), ("třech", 3), ("čtyři", 4), ("čtyřech", 4), ("pět", 5),
    ("pěti", 5), ("šest", 6), ("šesti", 6), ("sedm", 7), ("sedmi", 7), ("osm", 8),
    ("osmi", 8), ("devět", 9), ("devíti", 9), ("deset", 10), ("deseti", 10),
    ("jedenáct", 11), ("dvanáct", 12), ("třináct", 13), ("čtrnáct", 14),
    ("patnáct", 15), ("šestnáct", 16), ("sedmnáct", 17), ("osmnáct", 18),
    ("devatenáct", 19), ("dvacet", 20), ("třicet", 30), ("čtyřicet", 40),
    ("padesát", 50), ("šedesát", 60), ("sedmdesát", 70), ("osmdesát", 80),
    ("devadesát", 90), ("sto", 100), ("stě", 100), ("set", 100), ("tisíc", 1000),
    ("tisíce", 1000), ("milion", 1_000_000), ("miliony", 1_000_000),
    ("milionů", 1_000_000), ("oba", 2), ("obě", 2),
];
#[rustfmt::skip]
pub(super) const SK: &[(&str, u64)] = &[
    ("jeden", 1), ("jedna", 1), ("jedno", 1), ("dva", 2), ("dve", 2), ("dvoch", 2),
    ("tri", 3), ("troch", 3), ("štyri", 4), ("štyroch", 4), ("päť", 5), ("piatich", 5),
    ("šesť", 6), ("sedem", 7), ("osem", 8), ("deväť", 9), ("desať", 10),
    ("jedenásť", 11), ("dvanásť", 12), ("trinásť", 13), ("štrnásť", 14),
    ("pätnásť", 15), ("šestnásť", 16), ("sedemnásť", 17), ("osemnásť", 18),
    ("devätnásť", 19), ("dvadsať", 20), ("tridsať", 30), ("štyridsať", 40),
    ("päťdesiat", 50), ("šesťdesiat", 60), ("sedemdesiat", 70), ("osemdesiat", 80),
    ("deväťdesiat", 90), ("sto", 100), ("tisíc", 1000), ("milión", 1_000_000),
    ("milióny", 1_000_000), ("miliónov", 1_000_000),
];
#[rustfmt::skip]
pub(super) const UK: &[(&str, u64)] = &[
    ("один", 1), ("одна", 1), ("одне", 1), ("одного", 1), ("одній", 1), ("одну", 1),
    ("два", 2), ("дві", 2), ("двох", 2), ("три", 3), ("трьох", 3), ("чотири", 4),
    ("чотирьох", 4), ("п'ять", 5), ("п'яти", 5), ("шість", 6), ("шести", 6), ("сім", 7),
    ("семи", 7), ("вісім", 8), ("восьми", 8), ("дев'ять", 9), ("дев'яти", 9),
    ("десять", 10), ("десяти", 10), ("одинадцять", 11), ("дванадцять", 12),
    ("тринадцять", 13), ("чотирнадцять", 14), ("п'ятнадцять", 15),
    ("шістнадцять", 16), ("сімнадцять", 17), ("вісімнадцять", 18),
    ("дев'ятнадцять", 19), ("двадцять", 20), ("тридцять", 30), ("сорок", 40),
    ("п'ятдесят", 50), ("шістдесят", 60), ("сімдесят", 70), ("вісімдесят", 80),
    ("дев'яносто", 90), ("сто", 100), ("двісті", 200), ("триста", 300),
    ("чотириста", 400), ("п'ятсот", 500), ("тисяча", 1000), ("тисячі", 1000),
    ("тисяч", 1000), ("мільйон", 1_000_000), ("мільйони", 1_000_000),
    ("мільйонів", 1_000_000),
];
#[rustfmt::skip]
pub(super) const EL: &[(&str, u64)] = &[
    // `ένα`, `ένας`, `μία`, `μια` are also the article and stay out.
    ("δύο", 2), ("δυο", 2), ("τρία", 3), ("τρεις", 3), ("τριών", 3), ("τέσσερα", 4),
    ("τέσσερις", 4), ("τεσσάρων", 4), ("πέντε", 5), ("έξι", 6), ("επτά", 7), ("εφτά", 7),
    ("οκτώ", 8), ("οχτώ", 8), ("εννέα", 9), ("εννιά", 9), ("δέκα", 10), ("έντεκα", 11),
    ("ένδεκα", 11), ("δώδεκα", 12), ("δεκατρία", 13), ("δεκατέσσερα", 14),
    ("δεκαπέντε", 15), ("δεκαέξι", 16), ("δεκαεπτά", 17), ("δεκαεφτά", 17),
    ("δεκαοκτώ", 18), ("δεκαοχτώ", 18), ("δεκαεννέα", 19), ("δεκαεννιά", 19),
    ("είκοσι", 20), ("τριάντα", 30), ("σαράντα", 40), ("πενήντα", 50), ("εξήντα", 60),
    ("εβδομήντα", 70), ("ογδόντα", 80), ("ενενήντα", 90), ("εκατό", 100),
    ("εκατόν", 100), ("χίλια", 1000), ("χιλιάδες", 1000), ("εκατομμύριο", 1_000_000),
    ("εκατομμύρια", 1_000_000),
];
#[rustfmt::skip]
pub(super) const ID: &[(&str, u64)] = &[
    // `puluh` (tens) and `belas` (teens) join the unit before them.
    ("satu", 1), ("dua", 2), ("tiga", 3), ("empat", 4), ("lima", 5), ("enam", 6),
    ("tujuh", 7), ("delapan", 8), ("sembilan", 9), ("sepuluh", 10), ("sebelas", 11),
    ("seratus", 100), ("ratus", 100), ("seribu", 1000), ("ribu", 1000),
    ("sejuta", 1_000_000), ("juta", 1_000_000),
];
#[rustfmt::skip]
pub(super) const ID_ORD: &[(&str, u64)] = &[
    // `kedua` is also "both" and stays out.
    ("pertama", 1), ("ketiga", 3), ("keempat", 4), ("kelima", 5), ("keenam", 6),
    ("ketujuh", 7), ("kedelapan", 8), ("kesembilan", 9), ("kesepuluh", 10),
];
#[rustfmt::skip]
pub(super) const HU: &[(&str, u64)] = &[
    // `egy` is also the article and `hét` also "week": they count in compounds only.
    ("kettő", 2), ("két", 2), ("három", 3), ("négy", 4), ("öt", 5), ("hat", 6),
    ("nyolc", 8), ("kilenc", 9), ("tíz", 10), ("húsz", 20), ("harminc", 30),
    ("negyven", 40), ("ötven", 50), ("hatvan", 60), ("hetven", 70), ("nyolcvan", 80),
    ("kilencven", 90), ("száz", 100), ("ezer", 1000), ("millió", 1_000_000),
];
#[rustfmt::skip]
pub(super) const HU_ORD: &[(&str, u64)] = &[
    ("első", 1), ("második", 2), ("harmadik", 3), ("negyedik", 4), ("ötödik", 5),
    ("hatodik", 6), ("hetedik", 7), ("nyolcadik", 8), ("kilencedik", 9), ("tizedik", 10),
];
#[rustfmt::skip]
pub(super) const HE: &[(&str, u64)] = &[
    // `עשר`, `עשרה` after a unit make its teen (`שלושה עשר`).
    ("אחד", 1), ("אחת", 1), ("שניים", 2), ("שתיים", 2), ("שני", 2), ("שתי", 2),
    ("שלושה", 3), ("שלוש", 3), ("ארבעה", 4), ("ארבע", 4), ("חמישה", 5), ("חמש", 5),
    ("שישה", 6), ("שש", 6), ("שבעה", 7), ("שבע", 7), ("שמונה", 8), ("תשעה", 9),
    ("תשע", 9), ("עשרה", 10), ("עשר", 10), ("עשרים", 20), ("שלושים", 30),
    ("ארבעים", 40), ("חמישים", 50), ("שישים", 60), ("שבעים", 70), ("שמונים", 80),
    ("תשעים", 90), ("מאה", 100), ("מאות", 100), ("אלף", 1000), ("אלפים", 1000),
    ("מיליון", 1_000_000),
];
#[rustfmt::skip]
pub(super) const HI: &[(&str, u64)] = &[
    // `एक` is also "a" and stays out.
    ("दो", 2), ("तीन", 3), ("चार", 4), ("पाँच", 5), ("पांच", 5), ("छह", 6), ("छः", 6),
    ("सात", 7), ("आठ", 8), ("नौ", 9), ("दस", 10), ("ग्यारह", 11), ("बारह", 12),
    ("तेरह", 13), ("चौदह", 14), ("पंद्रह", 15), ("पन्द्रह", 15), ("सोलह", 16),
    ("सत्रह", 17), ("अठारह", 18), ("उन्नीस", 19), ("बीस", 20), ("तीस", 30),
    ("चालीस", 40), ("पचास", 50), ("साठ", 60), ("सत्तर", 70), ("अस्सी", 80),
    ("नब्बे", 90), ("सौ", 100), ("हज़ार", 1000), ("हजार", 1000), ("लाख", 100_000),
    ("करोड़", 10_000_000),
];
#[rustfmt::skip]
pub(super) const UR: &[(&str, u64)] = &[
    // `ایک` is also "a" and stays out.
    ("دو", 2), ("تین", 3), ("چار", 4), ("پانچ", 5), ("چھ", 6), ("سات", 7), ("آٹھ", 8),
    ("نو", 9), ("دس", 10), ("گیارہ", 11), ("بارہ", 12), ("تیرہ", 13), ("چودہ", 14),
    ("پندرہ", 15), ("سولہ", 16), ("سترہ", 17), ("اٹھارہ", 18), ("انیس", 19),
    ("بیس", 20), ("تیس", 30), ("چالیس", 40), ("پچاس", 50), ("ساٹھ", 60), ("ستر", 70),
    ("اسی", 80), ("نوے", 90), ("ہزار", 1000), ("لاکھ", 100_000), ("کروڑ", 10_000_000),
];
#[rustfmt::skip]
pub(super) const VI: &[(&str, u64)] = &[
    // `một` is also "a", `ba` also "father", `năm` also "year": they stay out;
    // `mươi` (tens) joins the unit before it, `mười` the unit after it.
    ("hai", 2), ("bốn", 4), ("sáu", 6), ("bảy", 7), ("tám", 8), ("chín", 9),
    ("mười", 10), ("lăm", 5), ("trăm", 100), ("nghìn", 1000), ("ngàn", 1000),
    ("triệu", 1_000_000),
];

// Words that count only inside a compound written as one word (`eenentwintig`,
// `ettusen`, `tizenegy`, `huszonhét`): alone they are articles or other words.
#[rustfmt::skip]
pub(super) const NL_PARTS: &[(&str, u64)] = &[("een", 1)];
#[rustfmt::skip]
pub(super) const SV_PARTS: &[(&str, u64)] = &[("en", 1), ("ett", 1)];
#[rustfmt::skip]
pub(super) const HU_PARTS: &[(&str, u64)] = &[
    ("egy", 1), ("hét", 7), ("tizen", 10), ("huszon", 20),
];

/// Ordinal stems of the languages that decline them like adjectives, with the
/// endings they take; the endings of soft stems (`третьего`, `trzeciej`) are listed
/// as endings of their own.
pub(super) struct Declined {
    pub(super) stems: &'static [(&'static str, u64)],
    pub(super) endings: &'static [&'static str],
    /// Forms that are also other words (the Greek `Τρίτη` is Tuesday, `Πέμπτη`
    /// Thursday).
    pub(super) not: &'static [&'static str],
}

#[rustfmt::skip]
pub(super) const RU_DECLINED: Declined = Declined {
    stems: &[
        ("перв", 1), ("втор", 2), ("трет", 3), ("четвёрт", 4), ("четверт", 4), ("пят", 5),
        ("шест", 6), ("седьм", 7), ("восьм", 8), ("девят", 9), ("десят", 10),
        ("одиннадцат", 11), ("двенадцат", 12), ("тринадцат", 13), ("четырнадцат", 14),
        ("пятнадцат", 15), ("шестнадцат", 16), ("семнадцат", 17), ("восемнадцат", 18),
        ("девятнадцат", 19), ("двадцат", 20), ("тридцат", 30), ("сороков", 40),
        ("пятидесят", 50), ("шестидесят", 60), ("семидесят", 70), ("восьмидесят", 80),
        ("девяност", 90), ("сот", 100), ("тысячн", 1000),
    ],
    endings: &[
        "ый", "ий", "ой", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ая", "яя",
        "ую", "юю", "ое", "ее", "ые", "ие", "ых", "их", "ыми", "ими", "ей", "ю",
        // `третий` declines on a soft sign: `третьего`, `третья`, `третье`.
        "ьего", "ьему", "ьим", "ьем", "ья", "ью", "ье", "ьи", "ьих", "ьими", "ьей",
    ],
    not: &[],
};
/// The digit as a noun (a grade, a die, a card, a bus: `получил пятёрку`, `на
/// шестёрке`); `десятки` ("tens of") is a rough quantity and stays out.
#[rustfmt::skip]
pub(super) const RU_NOUNS: Declined = Declined {
    stems: &[
        ("двойк", 2), ("тройк", 3), ("четвёрк", 4), ("четверк", 4), ("пятёрк", 5),
        ("пятерк", 5), ("шестёрк", 6), ("шестерк", 6), ("семёрк", 7), ("семерк", 7),
        ("восьмёрк", 8), ("восьмерк", 8), ("девятк", 9),
    ],
    endings: &["а", "и", "е", "у", "ой", "ою", "ам", "ами", "ах"],
    not: &[],
};
#[rustfmt::skip]
pub(super) const UK_DECLINED: Declined = Declined {
    // `друг-` is also "friend" and stays out.
    stems: &[
        ("перш", 1), ("трет", 3), ("четверт", 4), ("п'ят", 5), ("шост", 6), ("сьом", 7),
        ("восьм", 8), ("дев'ят", 9), ("десят", 10), ("двадцят", 20), ("тридцят", 30),
    ],
    endings: &[
        "ий", "ій", "а", "я", "е", "є", "ого", "ього", "ому", "ьому", "им", "ім", "их",
        "і", "ими", "у", "ю", "ою", "ьою",
    ],
    not: &[],
};
#[rustfmt::skip]
pub(super) const PL_DECLINED: Declined = Declined {
    // `drug-` is also "other" and stays out.
    stems: &[
        ("pierwsz", 1), ("trzec", 3), ("czwart", 4), ("piąt", 5), ("szóst", 6),
        ("siódm", 7), ("ósm", 8), ("dziewiąt", 9), ("dziesiąt", 10), ("dwudziest", 20),
    ],
    endings: &[
        "y", "a", "e", "ego", "ej", "emu", "ym", "ą", "ych", "ymi", "i", "ia", "ie",
        "iego", "iej", "iemu", "im", "ią", "ich", "imi",
    ],
    not: &[],
};
#[rustfmt::skip]
pub(super) const CS_DECLINED: Declined = Declined {
    // `druh-` is also "other, kind" and stays out.
    stems: &[
        ("prvn", 1), ("třet", 3), ("čtvrt", 4), ("pát", 5), ("šest", 6), ("sedm", 7),
        ("osm", 8), ("devát", 9), ("desát", 10), ("dvacát", 20),
    ],
    endings: &[
        "ý", "á", "é", "ého", "ém", "ému", "ou", "ých", "ým", "ými", "í", "ího", "ímu",
        "ím", "ích", "ími",
    ],
    not: &[],
};
#[rustfmt::skip]
pub(super) const SK_DECLINED: Declined = Declined {
    stems: &[
        ("prv", 1), ("tret", 3), ("štvrt", 4), ("piat", 5), ("šiest", 6), ("siedm", 7),
        ("ôsm", 8), ("deviat", 9), ("desiat", 10), ("dvadsiat", 20),
    ],
    endings: &[
        "ý", "y", "á", "a", "é", "e", "ého", "eho", "om", "ej", "ému", "emu", "ou", "ých",
        "ych", "ým", "ym", "ými", "ymi", "í", "ieho", "iemu", "ím", "ích", "ími",
    ],
    not: &[],
};
#[rustfmt::skip]
pub(super) const EL_DECLINED: Declined = Declined {
    stems: &[
        ("πρώτ", 1), ("δεύτερ", 2), ("τρίτ", 3), ("τέταρτ", 4), ("πέμπτ", 5), ("έκτ", 6),
        ("έβδομ", 7), ("όγδο", 8), ("ένατ", 9), ("δέκατ", 10), ("εικοστ", 20),
    ],
    endings: &[
        "ος", "η", "ο", "ου", "ης", "ον", "ων", "οι", "ες", "α", "ους", "ός", "ή", "ό", "ού",
        "ής", "ών", "οί", "ές", "ά", "ούς",
    ],
    not: &["τρίτη", "πέμπτη"],
};
