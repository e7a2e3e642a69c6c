//! Function-word evidence: the commonest short words of each language.
//!
//! Articles, prepositions, pronouns, conjunctions and auxiliaries make up a third to a half
//! of running text in every language here, and close relatives differ exactly there (Spanish
//! `el los del`, Portuguese `o os do não`, Catalan `els amb dels`). The lists are written from
//! general grammatical knowledge, not counted from any corpus, so they carry no licence of
//! any evaluation set. A word that several languages share counts for each of them, so it
//! never tips the balance between them; only the differences decide.
//!
//! Arabic-script words are looked up after folding Arabic yeh and kaf (`ي ك`) to the Persian
//! forms (`ی ک`): Persian typed on an Arabic keyboard must still match Persian words, while
//! the letters themselves remain cue evidence in [`crate::script`].

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::known::{Known, Scores};

const EN: &str = "the of and to in is that for it with as was on be by at this are from or an \
    have not but his her they he she we you i my their has had which will would there been were \
    can all one if so what about do does did me your our who more when no out up them just any \
    than its also into some could how get like should these those then only other after over \
    such very may must being where why while because through between both each most much many \
    us him here well were shall against without under am i'm you yes please thanks thank \
    now new know see said time want need think make go good let great best take \
    really way day back even first last right don' doesn' didn' isn' it' i' \
    can' won' wasn' aren' that' there' 's 't 're 've 'll 'm 'd";
const FR: &str =
    "le la les des du de à a un une et est en que qui dans pour pas sur au aux par avec \
    ce cette ces il elle ils elles sont ont été plus ne se son sa ses leur leurs nous vous je \
    mais ou où comme être fait tout tous toute aussi était après entre très sans sous deux dont \
    même lui y avait peut ainsi encore depuis avant chez donc car cela ça moins bien quand si \
    l' d' qu' n' s' c' j' m' jusqu' lorsqu' puisqu'";
const ES: &str =
    "el la los las del de a un una unos unas y en que con por para es se no lo le les \
    al como más pero sus su este esta estos estas fue ha han son está están también muy sin \
    sobre entre cuando hasta desde donde porque ya todo todos hay era ser yo él ella ellos \
    ellas nos eso esto ese esa había puede años después otro otra fueron sido tiene tienen \
    durante cual cuál según e o u ni mismo hace";
const PT: &str = "o a os as do da dos das de um uma uns umas e em no na nos nas que com por para \
    pelo pela pelos pelas ao aos à às é não se mais mas como foi ser está são também já muito \
    ele ela eles elas isso este esta esse essa seu sua seus suas ou quando até sobre entre \
    depois há tem têm num numa onde porque então ainda só mesmo foram sido eu você lhe meu \
    minha era fazer pode desde nem aquele aquela disso desta deste nesta neste dessa desse";
const CA: &str = "el la els les del dels de un una uns unes i en que amb per per a al als és es \
    no ho hi li ens us em et més però com va van ha han són està estan també molt seu seva \
    seus seves aquest aquesta aquests aquestes aquell aquella on quan fins sobre entre sense \
    perquè doncs encara ja tot tots tota totes cap ser fer pot poden pel pels sa aquí així \
    mateix nostra nostre vostra altres altre any anys durant segons i ara fa dia \
    nosaltres vosaltres ells elles jo tu aquí l' d' s' n' m' 'l 'n 's 'm";
const IT: &str =
    "il lo la i gli le di a del della dei degli delle da dal dalla in nel nella con su \
    per tra fra un una uno e è che non si come anche più ma sono ha hanno era questo questa \
    questi quello quella suo sua loro essere stato stata molto dopo quando dove perché ancora \
    già solo sempre tutto tutti ci mi ti ne al alla ai agli l' dell' all' un' nell' dall' \
    sull' c'";
const DE: &str = "der die das den dem des ein eine einen einem einer und ist in zu von mit sich \
    auf für nicht es im als auch an er sie wir ihr ich bei aus nach wie dass daß aber oder \
    wird werden wurde wurden sind war hat haben noch nur so zum zur über um vor durch bis \
    kann mehr schon sehr dieser diese dieses man wenn unter";
const RU: &str = "и в не на что с по это как он она они к из у за от для о же так но а то все \
    всё был была были было его её ее их мы вы я бы уже или только если при до также который \
    которые которая которого этот эта эти этого этом году может будет чтобы после когда где \
    есть нет ещё еще более него между под над через очень со во об про себя тем того чем \
    всех него ним них свой своих своей ты года также этой почему кто тут меня тебя нам вам наш ваш \
    много кого четыре семь восемь девять десять тысяч тысячи";
const UK: &str = "і й та що не на в у з як це від був була було були до за по для він вона вони \
    його її їх ми ви я але або також який яка які яке якого цей ця ці цього щоб коли де є \
    бути може ще вже тому при після між через під про би так лише тільки себе свою свої \
    року навіть дуже чи ж ні нас вас із зі над усі все всі нього своє саме ти ще \
    тобто отже чому хто якщо тут мене тебе нам вам наш ваш свій \
    кожен кожна кожне кожного чотири сім вісім десять тисяч";
const BG: &str = "и на за от се да са е това като в с не по до че ще си му ги го ни ми той тя \
    те но или който която което които при след към през между във със един една едно още \
    само може вече когато ако тази този тези беше бяха бил била било има няма много как \
    какво там тук също нещо според срещу пред без обаче защото им я ѝ тях година аз \
    ние вие ме бе сме сте съм бъде защо кой кога нас вас нашия \
    ето ви ти моля кого четири седем осем девет десет хиляди";
// Arabic-script lists are written with Persian yeh and kaf (see the module docs).
const AR: &str = "فی من علی على إلى الی الى أن ان التی الذی عن مع هذا هذه کان قد لا ما أو بین \
    کل بعد عند حتى ذلک لم لن إن هو هی کما أی منذ خلال حول ضد تلک إذا اذا ثم بل غیر أکثر \
    لقد ولا وفی وقد وهو وهی الذین کانت یکون لیس عام ایضا أیضا فیها فیه منها علیه علیها إلا \
    التي";
const FA: &str = "و در به از که این را با است برای آن یک تا هم می شد شده بود کرد ها های خود \
    وی او ما شما بر نیز یا اما هر باید دارد کند کرده شود پس اگر چه نه بین پیش روی همه دیگر \
    هیچ ولی چون وجود ای هست نیست بسیار خیلی درباره مورد کنند شوند بودند کردند داشت دارند \
    آنها اند ایم بی";
const UR: &str = "کے کی میں ہے اور سے کو کا نے پر ہیں یہ وہ تھا تھی تھے بھی گیا کر ایک لیے لئے \
    جو تو ہو کہ نہیں اس ان کیا رہا گئی والے جب تک ساتھ بعد اپنے کسی ہوئے دیا کرنے سکتا \
    کیونکہ لیکن یا پھر ہم آپ مگر ہوا گے گا جا رہے ہوتا اگر";

/// Every list with the language it belongs to.
const LISTS: [(Known, &str); 13] = [
    (Known::En, EN),
    (Known::Fr, FR),
    (Known::Es, ES),
    (Known::Pt, PT),
    (Known::Ca, CA),
    (Known::It, IT),
    (Known::De, DE),
    (Known::Ru, RU),
    (Known::Uk, UK),
    (Known::Bg, BG),
    (Known::Ar, AR),
    (Known::Fa, FA),
    (Known::Ur, UR),
];

/// Word to the set of languages (bit mask over [`Known`]) whose list holds it.
static INDEX: LazyLock<HashMap<String, u16>> = LazyLock::new(|| {
    let mut map: HashMap<String, u16> = HashMap::new();
    for (k, list) in LISTS {
        for w in list.split_whitespace() {
            *map.entry(fold_arabic(w)).or_default() |= k.bit();
        }
    }
    map
});

/// Folds Arabic yeh and kaf to their Persian forms for lookup.
fn fold_arabic(w: &str) -> String {
    w.chars()
        .map(|c| match c {
            '\u{064A}' => '\u{06CC}',
            '\u{0643}' => '\u{06A9}',
            c => c,
        })
        .collect()
}

/// Whether `c` continues a word: letters, plus combining marks (Arabic harakat, accents in
/// decomposed text) and tatweel, which are skipped rather than splitting the word.
#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || is_mark(c)
}

#[inline]
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0x0640)
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Function-word evidence for `text`: one point per token to every language listing it.
///
/// Elisions are kept as written (`l'`, `d'`, `qu'`), so French and Catalan `l'home` yield `l'`
/// and `home`; a short token right after an apostrophe is also tried with the apostrophe in
/// front, which catches English clitics (`it's`, `don't`) and Catalan `'l`, `'n`.
pub(crate) fn score(text: &str, out: &mut Scores) -> u32 {
    let index = &*INDEX;
    let mut tokens = 0;
    let mut buf = String::with_capacity(32);
    let mut after_apostrophe = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if is_word_char(c) {
            if !is_mark(c) {
                push_folded(&mut buf, c);
            }
            continue;
        }
        if buf.is_empty() {
            after_apostrophe = is_apostrophe(c);
            continue;
        }
        // An apostrophe between letters closes an elided word (`l'`, `don'`).
        let elided = is_apostrophe(c) && chars.peek().is_some_and(|&n| n.is_alphabetic());
        if elided {
            buf.push('\'');
        }
        tokens += 1;
        lookup(index, &buf, after_apostrophe, out);
        affixes(&buf, out);
        buf.clear();
        after_apostrophe = elided || is_apostrophe(c);
    }
    if !buf.is_empty() {
        tokens += 1;
        lookup(index, &buf, after_apostrophe, out);
        affixes(&buf, out);
    }
    tokens
}

#[inline]
fn push_folded(buf: &mut String, c: char) {
    match c {
        '\u{064A}' => buf.push('\u{06CC}'),
        '\u{0643}' => buf.push('\u{06A9}'),
        c if c.is_ascii() => buf.push(c.to_ascii_lowercase()),
        c if c.is_lowercase() => buf.push(c),
        c => buf.extend(c.to_lowercase()),
    }
}

#[inline]
fn lookup(index: &HashMap<String, u16>, word: &str, after_apostrophe: bool, out: &mut Scores) {
    let mut mask = index.get(word).copied().unwrap_or(0);
    if after_apostrophe && word.len() <= 2 {
        let mut clitic = String::with_capacity(word.len() + 1);
        clitic.push('\'');
        clitic.push_str(word);
        mask |= index.get(clitic.as_str()).copied().unwrap_or(0);
    }
    let mut bits = mask;
    while bits != 0 {
        let i = bits.trailing_zeros() as usize;
        out[i] += 1.0;
        bits &= bits - 1;
    }
}

/// Further Cyrillic endings (see [`affixes`]): verb and adjective inflections that Russian
/// and Ukrainian share and Bulgarian, which lost its cases and its infinitive, lacks, and
/// the reverse.
fn cyrillic_endings(word: &str, add: &mut impl FnMut(Known, f32)) {
    let len = word.chars().count();
    // Russian present tense of `-ать/-ять/-овать` verbs: `-ает`, `-яет`, `-ует` and plural
    // `-ают`... Ukrainian writes `-ає`/`-ають`, Bulgarian `-ае`/`-ат`.
    if len > 4
        && ["ает", "яет", "ует", "ают", "яют", "уют"]
            .iter()
            .any(|e| word.ends_with(e))
    {
        add(Known::Ru, 0.8);
    } else if len > 3 && word.ends_with("ют") {
        // Third-person plural `-ют` is east Slavic; Bulgarian writes `-ят`.
        add(Known::Ru, 0.4);
        add(Known::Uk, 0.4);
    }
    // Abstract nouns in `-ость` are Russian (Ukrainian `-ість`, Bulgarian `-ост`).
    if len > 5 && word.ends_with("ость") {
        add(Known::Ru, 0.8);
    }
    // Russian adjective endings `-ой` (feminine oblique, masculine stressed) and
    // `-ого`/`-его`, `-ий`: Bulgarian adjectives end in a consonant, `-а`, `-о`, `-и`.
    if len > 4 && word.ends_with("ой") {
        add(Known::Ru, 0.5);
    }
    // Russian feminine accusative `-ую`/`-юю` and soft nominative `-яя` (`нижняя`), locative
    // `-ском` (`районе Бабушкинском`): Ukrainian writes `-у`, `-я`, `-ському`.
    if len > 3
        && ["ую", "юю", "яя", "ском", "цком"]
            .iter()
            .any(|e| word.ends_with(e))
    {
        add(Known::Ru, 0.8);
    } else if len > 4 && word.ends_with("ом") {
        // Instrumental `-ом` is east Slavic; Bulgarian nouns have no cases.
        add(Known::Ru, 0.3);
        add(Known::Uk, 0.3);
    }
    // Russian keeps the double consonants of loans (`процесс`, `программа`, `группа`), which
    // Bulgarian and Ukrainian simplify (`процес`, `програма`, `група`).
    if ["сс", "мм", "пп", "лл", "рр", "фф", "кк", "бб", "гг", "зз"]
        .iter()
        .any(|d| word.contains(d))
    {
        add(Known::Ru, 0.5);
    }
    if len > 4 && (word.ends_with("ого") || word.ends_with("его") || word.ends_with("ий")) {
        add(Known::Ru, 0.4);
        add(Known::Uk, 0.4);
    }
    // Infinitives in `-ть` and the reflexive suffix `-ся`: Bulgarian has no infinitive and
    // writes the reflexive as a separate `се`.
    if len > 3 && word.ends_with("ть") {
        add(Known::Ru, 0.4);
        add(Known::Uk, 0.4);
    }
    if len > 4 && word.ends_with("ся") {
        let before = word.chars().rev().nth(2).unwrap_or(' ');
        // After a vowel Ukrainian keeps `-ся` (`народилася`) where Russian writes `-сь`
        // (`родилась`); Russian `-ся` follows a vowel only in participles (`-щаяся`,
        // `-щиеся`, `-щееся`, `-щуюся`).
        if "аоуиеіїє".contains(before) && !word.ends_with("иеся") && !word.ends_with("ееся")
        {
            add(Known::Uk, 0.8);
        } else {
            add(Known::Ru, 0.4);
            add(Known::Uk, 0.4);
        }
    }
    // Bulgarian: adjectives and adverbs in `-ски` (Russian `-ский`, Ukrainian `-ський`),
    // masculine plurals in `-ове` (`градове`), first-person plural `-аме` (`имаме`).
    if len > 4 && word.ends_with("ски") {
        add(Known::Bg, 0.5);
    }
    if len > 4 && word.ends_with("ове") {
        add(Known::Bg, 0.4);
    }
    if len > 4 && word.ends_with("аме") {
        add(Known::Bg, 0.5);
    }
}

/// Words in `-ió` (see [`affixes`]): Catalan nouns (`nació`, `solució`, `secció`) against
/// Spanish preterites of `-er`/`-ir` verbs (`falleció`, `murió`, `consiguió`). The letters
/// before the ending tell them apart: Catalan nouns continue Latin `-tio` after a vowel,
/// `c`, `p`, `n` or `x`; Spanish verb stems end in `e` + `c` or in `r`, `b`, `d`, `gu`.
fn romance_io(word: &str, add: &mut impl FnMut(Known, f32)) {
    let stem = &word[..word.len() - "ió".len()];
    if stem.ends_with("ec") || ["r", "b", "d", "gu", "m"].iter().any(|e| stem.ends_with(e)) {
        add(Known::Es, 0.6);
    } else if stem.chars().count() > 3
        && ["ac", "ic", "uc", "cc", "pc", "nc", "x"]
            .iter()
            .any(|e| stem.ends_with(e))
    {
        add(Known::Ca, 0.8);
    } else if stem.ends_with('c') {
        add(Known::Ca, 0.2);
    }
}

/// English spellings the Romance languages here never write (see [`affixes`]): `-ck`,
/// `-ght`, `sh`/`wh` at a word edge, the past tense `-ed`, and `-y` after a consonant
/// (Spanish `-y` follows a vowel: `muy`, `hoy`; Catalan `-ny` is left out for `any`).
fn english_spellings(word: &str, add: &mut impl FnMut(Known, f32)) {
    if word.contains("ck") {
        add(Known::En, 0.4);
        add(Known::De, 0.4);
    }
    if word.contains("ght") {
        add(Known::En, 0.6);
    }
    if word.starts_with("sh") || word.ends_with("sh") || word.starts_with("wh") {
        add(Known::En, 0.5);
    }
    if word.len() > 4 && word.ends_with("ed") && word != "usted" {
        add(Known::En, 0.4);
    }
    let mut tail = word.bytes().rev();
    if word.len() > 2
        && tail.next() == Some(b'y')
        && tail
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() && !b"aeiouny".contains(&c))
    {
        add(Known::En, 0.4);
    }
}

/// Spellings that split Spanish, Portuguese and Catalan (see [`affixes`]).
fn ibero_spellings(word: &str, add: &mut impl FnMut(Known, f32)) {
    // Spanish diphthongised the Latin short vowels (`miento`, `puerto`, `encuentro`) where
    // Portuguese and Catalan kept them (`-mento`/`-ment`, `porto`, `encontro`).
    if word.ends_with("miento") || word.ends_with("mientos") {
        add(Known::Es, 0.6);
    } else if word.len() > 6 && (word.ends_with("mento") || word.ends_with("mentos")) {
        add(Known::Pt, 0.6);
        add(Known::It, 0.6);
    }
    if let Some(i) = word.find("ue") {
        // `ue` mid-word, not in `que`/`gue` (where the u is silent) nor English final `-ue`.
        let before = word[..i].chars().next_back();
        if i + 2 < word.len() && before.is_some_and(|c| c != 'q' && c != 'g') {
            add(Known::Es, 0.4);
        }
    }
    // Spanish never doubles s (`necesario`, `pasar`); Portuguese, Catalan, French and English
    // do. Portuguese never writes `ll`.
    if word.contains("ss") {
        for k in [Known::Pt, Known::Ca, Known::Fr, Known::En, Known::It] {
            add(k, 0.4);
        }
    }
    if word.contains("ll") {
        for k in [Known::Es, Known::Ca, Known::Fr, Known::En, Known::It] {
            add(k, 0.3);
        }
    }
    // Portuguese `-ço` (`preço`, `serviço`); Catalan writes `-u`/`-ei` there (`preu`, `servei`).
    if word.ends_with("ço") || word.ends_with("ços") {
        add(Known::Pt, 0.6);
    }
    // Word-final -m after i/o/u (`assim`, `com`, `algum`) is Portuguese (Catalan `-im` and
    // `com` aside); Spanish words end in -n there.
    if word.len() > 2 && (word.ends_with("im") || word.ends_with("om") || word.ends_with("um")) {
        add(Known::Pt, 0.3);
    }
    // Preterites `-eu`/`-iu` (`venceu`, `concluiu`) are Portuguese, and Catalan has `-eu`/`-iu`
    // words too (`seu`, `diu`); Spanish has neither.
    if word.len() > 3 && (word.ends_with("eu") || word.ends_with("iu")) {
        add(Known::Pt, 0.3);
        add(Known::Ca, 0.3);
    }
    // Spanish marks the hiatus `-ía`/`-ío` after a consonant (`mitología`, `tenía`, `río`);
    // Portuguese and Catalan write `-ia`/`-io` there (`mitologia`, `tinha`, `rio`).
    let bare = word.strip_suffix('s').unwrap_or(word);
    let mut rev = bare.chars().rev();
    if matches!(rev.next(), Some('a' | 'o'))
        && rev.next() == Some('í')
        && rev
            .next()
            .is_some_and(|c| c.is_alphabetic() && !"aeiou".contains(c))
    {
        add(Known::Es, 0.8);
    }
    // Spanish preterite `-uó` (`actuó`, `continuó`) and third-person plural `-an`
    // (`separan`), where Portuguese writes `-ou`/`-am` and Catalan `-à`/`-en`.
    if word.ends_with("uó") {
        add(Known::Es, 0.6);
    }
    if word.len() > 5 && word.ends_with("an") {
        add(Known::Es, 0.3);
    }
    // Plural participles and adjectives in `-antes`/`-entes` (`preocupantes`) are Spanish
    // and Portuguese (and French); Catalan writes `-ants`/`-ents`, English `-ants`/`-ents`.
    if word.len() > 6 && word.ends_with("ntes") {
        add(Known::Es, 0.4);
        add(Known::Pt, 0.4);
        add(Known::Fr, 0.4);
    }
    proparoxytone_io(word, add);
}

/// Portuguese marks the stress of words in unstressed `-io`/`-ia` with an acute or a
/// circumflex (`universitário`, `prémio`, `ciência`), where Spanish writes no accent
/// (`universitario`) and Catalan drops the `-o` or writes a grave (`universitari`,
/// `ciència`). An `í`/`ú` there is shared by Portuguese and Catalan (`indústria`).
fn proparoxytone_io(word: &str, add: &mut impl FnMut(Known, f32)) {
    let stem = ["io", "ia", "ios", "ias"]
        .iter()
        .find(|e| word.ends_with(*e))
        .map(|e| &word[..word.len() - e.len()]);
    let Some(stem) = stem else { return };
    let mut rev = stem.chars().rev();
    // At least one consonant before the `-io`, then the stressed vowel.
    let Some(c) = rev.next() else { return };
    if "aeiouáéíóúâêôàèòã".contains(c) {
        return;
    }
    let Some(v) = rev.find(|c| "aeiouáéíóúâêôàèòã".contains(*c)) else {
        return;
    };
    match v {
        'á' | 'é' | 'ó' | 'â' | 'ê' | 'ô' => add(Known::Pt, 1.0),
        'í' | 'ú' => {
            add(Known::Pt, 0.5);
            add(Known::Ca, 0.5);
        }
        _ => {}
    }
}

/// Weight of a Romance -a/-o ending (see [`affixes`]).
const ROMANCE_ENDING: f32 = 0.35;

/// Inflectional endings and spellings that mark one language of a group.
///
/// Each is a textbook fact of the language's grammar or orthography: Bulgarian's definite
/// article `-ът`/`-ото`/`-ите`, Russian adjective endings `-ая`/`-ое` and the reflexive `-тся`,
/// Ukrainian verbal nouns in `-ння`, Portuguese `nh`/`lh` where Spanish writes `ñ`/`ll`,
/// English `-ing` and `th`, French `eau`. The weights stay below one function word, since
/// an ending can occur in a loan or a name.
fn affixes(word: &str, out: &mut Scores) {
    let first = word.chars().next().unwrap_or(' ');
    let mut add = |k: Known, w: f32| out[k as usize] += w;
    match first {
        'а'..='я' | 'ё' | 'і' | 'ї' | 'є' | 'ґ' | 'ѝ' => {
            if word.ends_with("ът") {
                add(Known::Bg, 1.2);
            } else if word.ends_with("ите") || word.ends_with("ото") {
                add(Known::Bg, 0.6);
            } else if word.ends_with("ата") {
                add(Known::Bg, 0.3);
            } else if word.chars().count() > 4 && word.ends_with("ха") {
                // Bulgarian aorist plural (`казаха`, `отнеха`).
                add(Known::Bg, 0.4);
            } else if word.ends_with("ая") {
                add(Known::Ru, 0.8);
            } else if word.ends_with("ое") {
                add(Known::Ru, 0.6);
            } else if word.ends_with("тся") {
                add(Known::Ru, 0.8);
            } else if word.ends_with("ння") {
                add(Known::Uk, 1.0);
            }
            cyrillic_endings(word, &mut add);
        }
        'a'..='z' | 'à'..='ÿ' => {
            // Romance nouns and adjectives end in -a/-o (and their plurals); English words
            // almost never do.
            // Catalan dropped the masculine -o (`curs`, `llibre`, `nou`) and writes its
            // feminine plural -es, so only -a speaks for it; -o/-os count half (central
            // Catalan's first person `parlo`, plurals such as `casos`), -as not at all.
            if word.len() > 2 && word.ends_with('a') {
                for k in [Known::Es, Known::Pt, Known::Ca, Known::It] {
                    add(k, ROMANCE_ENDING);
                }
            } else if word.len() > 2 && word.ends_with('o')
                || word.len() > 3 && word.ends_with("os")
            {
                for k in [Known::Es, Known::Pt, Known::It] {
                    add(k, ROMANCE_ENDING);
                }
                add(Known::Ca, ROMANCE_ENDING / 2.0);
            } else if word.len() > 3 && word.ends_with("as") {
                add(Known::Es, ROMANCE_ENDING);
                add(Known::Pt, ROMANCE_ENDING);
            }
            if word.len() > 4 && word.ends_with("ing") {
                add(Known::En, 0.8);
            }
            if word.len() > 4 && word.ends_with("ly") {
                add(Known::En, 0.4);
            }
            if word.contains("th") {
                add(Known::En, 0.4);
            }
            english_spellings(word, &mut add);
            ibero_spellings(word, &mut add);
            // French `eau`, plurals `-eux`/`-aux`, feminine plural participles `-ées` and the
            // past historic `-èrent` (`disputèrent`): none is Ibero-Romance or English.
            if word.contains("eau")
                || word.len() > 3 && (word.ends_with("eux") || word.ends_with("aux"))
                || word.ends_with("ées")
                || word.ends_with("èrent")
            {
                add(Known::Fr, 0.8);
            }
            if word.contains("nh") || word.contains("lh") {
                add(Known::Pt, 0.6);
            }
            if word.contains("tx") || word.ends_with("cions") || word.ends_with("eix") {
                add(Known::Ca, 0.8);
            }
            // Catalan `-sió`/`-tat` nouns against Spanish `-sión`/`-dad`, Portuguese `-dade`;
            // `-ció` is weaker, since Spanish preterites end so too (`nació`).
            if word.ends_with("sió") || (word.len() > 4 && word.ends_with("tat")) {
                add(Known::Ca, 0.8);
            } else if word.ends_with("ió") {
                romance_io(word, &mut add);
            }
            // Spanish and Portuguese words never end in -nt; Catalan gerunds, participles and
            // adverbs do (`insistint`, `important`, `clarament`), as do French and English.
            if word.len() > 3 && word.ends_with("nt") {
                add(Known::Ca, 0.4);
                add(Known::Fr, 0.4);
                add(Known::En, 0.3);
            }
            // A grave à inside a word is Catalan (`català`, `làmpada`); Portuguese writes à only
            // as the contraction `à`/`às`, French in a handful of words (`déjà`, `voilà`).
            if word.len() > 3 && word.contains('à') {
                add(Known::Ca, 0.5);
            }
            if word.len() > 3 && word.ends_with('à') {
                add(Known::It, 0.4);
            }
            // Catalan writes ñ as ny (`companyia`); word-final `-ny` is English (`many`).
            if word.find("ny").is_some_and(|i| i + 2 < word.len()) {
                add(Known::Ca, 0.5);
            }
            if word.ends_with("ción") || (word.len() > 4 && word.ends_with("dad")) {
                add(Known::Es, 0.8);
            }
            // Spanish preterite `-ó` after a consonant (`regresó`, `trabajó`); Catalan `-ó`
            // words are mostly `-ió` nouns or `-çó`, and Portuguese writes `-ou`.
            let mut tail = word.chars().rev();
            if word.len() > 4
                && tail.next() == Some('ó')
                && tail.next().is_some_and(|c| !"aeiouç".contains(c))
            {
                add(Known::Es, 0.7);
            }
            if word.len() > 5 && word.ends_with("dade") {
                add(Known::Pt, 0.8);
            }
            // Portuguese preterite `-ou` (`ficou`, `votou`) and third-person plural `-am`/`-em`
            // (`tomam`, `tremem`), where Spanish writes `-an`/`-en`.
            if word.len() > 3 && word.ends_with("ou")
                || word.len() > 4 && (word.ends_with("am") || word.ends_with("em"))
            {
                add(Known::Pt, 0.5);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::known::N;

    fn scores(text: &str) -> Scores {
        let mut s = [0.0; N];
        score(text, &mut s);
        s
    }

    fn best(text: &str, among: &[Known]) -> Known {
        let s = scores(text);
        *among
            .iter()
            .max_by(|a, b| s[**a as usize].total_cmp(&s[**b as usize]))
            .unwrap()
    }

    #[test]
    fn ibero_romance_function_words() {
        let group = [Known::Es, Known::Pt, Known::Ca];
        assert_eq!(best("los niños del barrio y las casas", &group), Known::Es);
        assert_eq!(best("os meninos não estão com as mães", &group), Known::Pt);
        assert_eq!(
            best("els nens dels pobles amb les mares", &group),
            Known::Ca
        );
    }

    #[test]
    fn elisions_and_clitics() {
        let s = scores("l'homme qu'il voit");
        assert!(s[Known::Fr as usize] >= 2.0);
        let s = scores("it's what they don't know");
        assert!(s[Known::En as usize] >= 4.0, "{s:?}");
    }

    #[test]
    fn arabic_letters_are_folded_for_lookup() {
        // Persian `که` and `این` typed with Arabic kaf and yeh still count as Persian.
        let s = scores("كه اين");
        assert_eq!(s[Known::Fa as usize], 2.0);
    }

    fn ev(text: &str, k: Known) -> f32 {
        scores(text)[k as usize]
    }

    #[test]
    fn east_slavic_endings_against_bulgarian() {
        // Russian present `-ает`/`-ают`, `-ость`, `-ую`, `-яя`, `-ском`, double consonants.
        for w in [
            "обитают",
            "мощность",
            "национальную",
            "нижняя",
            "районском",
            "процесс",
        ] {
            assert!(ev(w, Known::Ru) > ev(w, Known::Bg), "{w}");
            assert!(ev(w, Known::Ru) > ev(w, Known::Uk), "{w}");
        }
        // Shared Russian/Ukrainian inflections: infinitive `-ть`, instrumental `-ом`, `-ого`.
        for w in ["делать", "столом", "нового", "пьют"] {
            assert!(ev(w, Known::Ru) > 0.0 && ev(w, Known::Uk) > 0.0, "{w}");
            assert_eq!(ev(w, Known::Bg), 0.0, "{w}");
        }
        // Ukrainian `-ся` after a vowel, Russian `-ся` after a consonant or in participles.
        assert!(ev("народилася", Known::Uk) > ev("народилася", Known::Ru));
        assert!(ev("родился", Known::Ru) > 0.0);
        assert!(ev("находящиеся", Known::Uk) <= ev("находящиеся", Known::Ru));
        // Bulgarian `-ски`, `-ове`, `-аме` and its own function words.
        for w in ["европейски", "спорове", "пожелаваме", "ето ви", "десет"]
        {
            assert!(ev(w, Known::Bg) > ev(w, Known::Ru), "{w}");
        }
        assert!(ev("кожен", Known::Uk) > ev("кожен", Known::Ru));
    }

    #[test]
    fn catalan_against_spanish_and_portuguese() {
        let group = [Known::Es, Known::Pt, Known::Ca];
        // Catalan nouns in `-ció` against Spanish preterites in `-ió`.
        assert_eq!(best("solució", &group), Known::Ca);
        assert_eq!(best("secció", &group), Known::Ca);
        assert_eq!(best("falleció", &group), Known::Es);
        assert_eq!(best("consiguió", &group), Known::Es);
        assert_eq!(best("murió", &group), Known::Es);
        // Word-final `-nt` and à inside a word.
        assert_eq!(best("insistint", &group), Known::Ca);
        assert_eq!(best("clarament", &group), Known::Ca);
        assert!(ev("làmpada", Known::Ca) > ev("làmpada", Known::Pt));
        // Catalan lost the masculine -o and writes no -as plurals.
        assert!(ev("casas", Known::Ca) < ev("casas", Known::Es));
        assert!(ev("trabajo", Known::Ca) < ev("trabajo", Known::Es));
        assert_eq!(ev("casa", Known::Ca), ev("casa", Known::Es));
    }

    #[test]
    fn spanish_against_portuguese_and_catalan() {
        let group = [Known::Es, Known::Pt, Known::Ca];
        for w in [
            "estacionamiento",
            "encuentros",
            "mitología",
            "tenías",
            "río",
            "actuó",
            "separan",
        ] {
            assert_eq!(best(w, &group), Known::Es, "{w}");
        }
        // Spanish never doubles s; Portuguese never writes ll.
        assert_eq!(ev("processo", Known::Es), ev("proceso", Known::Es));
        assert!(ev("processo", Known::Pt) > ev("processo", Known::Es));
        assert!(ev("calle", Known::Es) > ev("calle", Known::Pt));
        // `que`/`gue` and English final `-ue` are not Spanish diphthongs.
        assert_eq!(ev("guerra", Known::Es), ev("guerra", Known::Pt));
        assert_eq!(ev("blue", Known::Es), 0.0);
    }

    #[test]
    fn portuguese_spellings() {
        let group = [Known::Es, Known::Pt, Known::Ca];
        for w in [
            "estacionamento",
            "preço",
            "assim",
            "universitário",
            "prémio",
            "ciência",
            "venceu",
        ] {
            assert!(ev(w, Known::Pt) > ev(w, Known::Es), "{w}");
        }
        assert_eq!(best("observatório", &group), Known::Pt);
        // Spanish writes these without accent, Catalan with a grave: no Portuguese lean.
        assert_eq!(
            ev("universitario", Known::Pt),
            ev("universitario", Known::Es)
        );
        assert_eq!(ev("ciència", Known::Pt), ev("ciencia", Known::Pt));
        // í/ú before -ia is shared by Portuguese and Catalan.
        assert_eq!(ev("indústria", Known::Pt), ev("indústria", Known::Ca));
    }

    #[test]
    fn french_endings() {
        for w in [
            "disputèrent",
            "engagées",
            "nombreux",
            "journaux",
            "beaucoup",
        ] {
            assert!(ev(w, Known::Fr) > ev(w, Known::Ca), "{w}");
            assert!(ev(w, Known::Fr) > ev(w, Known::Es), "{w}");
        }
        // `aux`/`eux` alone are function words or too short to count as endings.
        assert_eq!(scores_affix("aux", Known::Fr), 0.0);
    }

    #[test]
    fn english_spellings_the_romance_languages_lack() {
        for w in ["back", "night", "show", "what", "worked", "city"] {
            assert!(ev(w, Known::En) > ev(w, Known::Es), "{w}");
        }
        // Spanish `usted`, `muy`, `hoy` and Catalan `any` are not English spellings.
        for w in ["usted", "muy", "hoy", "any"] {
            assert!(ev(w, Known::En) <= 1.0, "{w}");
            assert_eq!(scores_affix(w, Known::En), 0.0, "{w}");
        }
    }

    fn scores_affix(word: &str, k: Known) -> f32 {
        let mut s = [0.0; N];
        affixes(word, &mut s);
        s[k as usize]
    }

    #[test]
    fn words_never_cross_punctuation() {
        assert_eq!(score("the,of;and", &mut [0.0; N]), 3);
    }
}
