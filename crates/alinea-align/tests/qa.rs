//! Translator-QA behaviour on text written for the purpose or shipped in `data/`.

use alinea_align::{Aligner, Verdict};
use alinea_text::dialogue::opens_turn;
use alinea_text::Lang;

fn havana() -> (Vec<String>, Vec<String>) {
    include_str!("data/havana_2019_ru_en.tsv")
        .lines()
        .map(|l| {
            let (a, b) = l.split_once('\t').expect("two columns");
            (a.to_owned(), b.to_owned())
        })
        .unzip()
}

#[test]
fn havana_pairs_are_confident_and_unflagged() {
    let (ru, en) = havana();
    assert_eq!(ru.len(), 14);
    let a = Aligner::builder()
        .build()
        .unwrap()
        .align(&ru, &en, Lang::RU, Lang::EN);
    assert_eq!(a.beads().len(), 14);
    for (k, b) in a.beads().iter().enumerate() {
        assert_eq!((b.src(), b.tgt()), (&[k][..], &[k][..]));
        assert!(!b.flags().any(), "bead {k} flagged {:?}", b.flags().names());
    }
    assert!(a.summary().mean_confidence() >= 0.8, "{:?}", a.summary());
    assert_eq!(a.summary().verdict(), Verdict::Aligned);
}

fn sentences(text: &str) -> Vec<String> {
    text.lines().map(str::to_owned).collect()
}

#[test]
fn unrelated_documents_are_reported_as_unrelated() {
    let ar = sentences(include_str!("data/a_res_75_240_ar.sents.txt"));
    let fa = sentences(include_str!("data/a_68_98_fa.sents.txt"));
    let a = Aligner::builder()
        .build()
        .unwrap()
        .align(&ar, &fa, Lang::AR, Lang::FA);
    assert_eq!(a.summary().verdict(), Verdict::Unrelated);
    assert!(a.summary().src_coverage() < 0.5, "{:?}", a.summary());
}

const EN10: [&str; 10] = [
    "The village stands on a hill above the river.",
    "Every morning the baker opens his shop at six o'clock.",
    "Children walk to the school past the old church.",
    "In winter the road to the town is often closed by snow.",
    "The mayor wants to build a new bridge across the valley.",
    "Some farmers fear that the bridge will bring too much traffic.",
    "A meeting about the project took place in the town hall last Tuesday.",
    "More than two hundred residents attended and many spoke.",
    "The council will vote on the plan in March.",
    "Until then, the ferry keeps running twice a day.",
];

const FR10: [&str; 10] = [
    "Le village se dresse sur une colline au-dessus de la rivière.",
    "Chaque matin, le boulanger ouvre sa boutique à six heures.",
    "Les enfants vont à l'école à pied en passant devant la vieille église.",
    "En hiver, la route de la ville est souvent fermée par la neige.",
    "Le maire veut construire un nouveau pont au-dessus de la vallée.",
    "Certains agriculteurs craignent que le pont n'amène trop de circulation.",
    "Une réunion sur le projet a eu lieu à la mairie mardi dernier.",
    "Plus de deux cents habitants y ont assisté et beaucoup ont pris la parole.",
    "Le conseil votera sur le plan en mars.",
    "D'ici là, le bac continue de circuler deux fois par jour.",
];

/// A reviser's glossary for the two texts above (one entry per content word): ten
/// sentences are too few to induce a lexicon from, so a user dictionary supplies it.
const GLOSSARY: &str = "village\tvillage\nhill\tcolline\nriver\trivière\nmorning\tmatin
baker\tboulanger\nshop\tboutique\nsix\tsix\nchildren\tenfants\nschool\técole
church\téglise\nold\tvieille\nwinter\thiver\nroad\troute\ntown\tville\nsnow\tneige
closed\tfermée\nmayor\tmaire\nbuild\tconstruire\nnew\tnouveau\nbridge\tpont
valley\tvallée\nfarmers\tagriculteurs\nfear\tcraignent\ntraffic\tcirculation
meeting\tréunion\nproject\tprojet\nhall\tmairie\ntuesday\tmardi\nhundred\tcents
two\tdeux\nresidents\thabitants\ncouncil\tconseil\nvote\tvotera\nplan\tplan
march\tmars\nferry\tbac\ntwice\tdeux\nday\tjour\nspoke\tparole\nwalk\tpied";

#[test]
fn a_left_out_sentence_becomes_an_omission_bead() {
    let aligner = Aligner::builder().dictionary(GLOSSARY).build().unwrap();
    let mut found = 0;
    for gap in 0..10 {
        let fr: Vec<&str> = FR10
            .iter()
            .enumerate()
            .filter(|&(k, _)| k != gap)
            .map(|(_, s)| *s)
            .collect();
        let a = aligner.align(&EN10, &fr, Lang::EN, Lang::FR);
        assert_ne!(a.summary().verdict(), Verdict::Unrelated, "gap {gap}");
        assert!(a.beads().iter().all(|b| !b.flags().addition()), "gap {gap}");
        let lone: Vec<_> = a.beads().iter().filter(|b| b.tgt().is_empty()).collect();
        if let [b] = lone[..] {
            if b.src() == [gap] {
                assert!(b.flags().omission());
                assert_eq!(a.beads().len(), 10);
                found += 1;
            }
        }
    }
    // Sentences 4 and 5 share words with their neighbours' translations (bridge /
    // pont); the coverage tests tell them apart too, so every position is found.
    assert_eq!(found, 10, "found {found} of 10 left-out sentences");
}

#[test]
fn an_added_sentence_becomes_an_addition_bead() {
    let aligner = Aligner::builder().dictionary(GLOSSARY).build().unwrap();
    let extra = "Le boulanger est aussi connu pour ses gâteaux aux pommes.";
    let mut fr: Vec<&str> = FR10.to_vec();
    fr.insert(4, extra);
    let a = aligner.align(&EN10, &fr, Lang::EN, Lang::FR);
    let lone: Vec<_> = a.beads().iter().filter(|b| b.src().is_empty()).collect();
    assert_eq!(lone.len(), 1);
    assert_eq!(lone[0].tgt(), &[4]);
    assert!(lone[0].flags().addition());
}

#[test]
fn a_clean_translation_has_no_empty_beads() {
    let a = Aligner::builder()
        .build()
        .unwrap()
        .align(&EN10, &FR10, Lang::EN, Lang::FR);
    assert!(a
        .beads()
        .iter()
        .all(|b| b.src().len() == 1 && b.tgt().len() == 1));
    assert!(
        a.beads().iter().all(|b| !b.flags().any()),
        "{:?}",
        a.beads()
    );
    assert_eq!(a.summary().verdict(), Verdict::Aligned);
}

/// A French sentence that stops on an article and is closed again (`… ouvre sa boutique
/// à la.`) has lost its end: its bead is flagged `incomplete`, and no other bead is.
#[test]
fn a_target_sentence_that_stops_on_an_article_is_incomplete() {
    let aligner = Aligner::builder().dictionary(GLOSSARY).build().unwrap();
    let mut fr: Vec<&str> = FR10.to_vec();
    fr[1] = "Chaque matin, le boulanger ouvre sa boutique à la.";
    fr[6] = "Une réunion sur le projet a eu lieu à la mairie mardi et.";
    let a = aligner.align(&EN10, &fr, Lang::EN, Lang::FR);
    let flagged: Vec<usize> = a
        .beads()
        .iter()
        .filter(|b| b.flags().incomplete())
        .flat_map(|b| b.tgt().to_vec())
        .collect();
    assert_eq!(flagged, [1, 6], "{:?}", a.beads());
    assert!(a.beads()[1].flags().names().contains(&"incomplete"));
}

/// In subtitles both sides open a new speaker's line with a dash. Where a line's
/// translation is left out next to a line that differs from it in that, which of the two
/// stands alone is told by the dash the remaining translation keeps, when the words
/// cannot tell (`Good morning.` / `-Good morning.`, one `-Góðan daginn.` left). The film
/// of the shipped ParIce units (`data/check/`, CC BY 4.0), each line's translation left
/// out in turn where its neighbour differs from it in the dash and the two are about as
/// long.
#[test]
fn a_left_out_subtitle_line_is_told_from_its_neighbour_by_the_dash() {
    let (src, tgt): (Vec<&str>, Vec<&str>) = include_str!("../../../data/check/parice_enis.tsv")
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[0] == "s_1").then(|| (f[1], f[2]))
        })
        .unzip();
    assert_eq!(src.len(), 160);
    let aligner = Aligner::builder().build().unwrap();
    let (mut tried, mut found) = (0, 0);
    for k in 1..src.len() - 1 {
        let twin = |n: usize| {
            opens_turn(src[n]) != opens_turn(src[k])
                && opens_turn(tgt[n]) == opens_turn(src[n])
                && opens_turn(tgt[k]) == opens_turn(src[k])
                && src[n].len().abs_diff(src[k].len()) * 2 <= src[k].len()
        };
        if !(twin(k - 1) || twin(k + 1)) {
            continue;
        }
        let left: Vec<&str> = (0..tgt.len()).filter(|&j| j != k).map(|j| tgt[j]).collect();
        let a = aligner.align(&src, &left, Lang::EN, Lang::from_code("is").unwrap());
        tried += 1;
        found += usize::from(
            a.beads()
                .iter()
                .any(|b| b.src() == [k] && b.tgt().is_empty()),
        );
    }
    assert!(tried >= 10, "{tried} lines tried");
    // 23 of 34; 21 without the dash's reading (`turns::TurnWeights`).
    assert!(found >= 23, "{found} of {tried} set alone");
}
