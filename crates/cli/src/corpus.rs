//! The embedded demo corpus (files under `data/`, compiled into the binary so that the
//! demo runs from anywhere). `data/README.md` says where each text comes from.

/// One embedded document.
pub struct DemoDoc {
    /// File name under `data/`.
    pub name: &'static str,
    /// What it is.
    pub title: &'static str,
    /// Its text.
    pub text: &'static str,
}

macro_rules! doc {
    ($name:literal, $title:literal) => {
        DemoDoc {
            name: $name,
            title: $title,
            text: include_str!(concat!("../../../data/", $name)),
        }
    };
}

/// The seed documents.
pub const SEEDS: [DemoDoc; 5] = [
    doc!(
        "seeds/havana_2019_ru_en.txt",
        "Havana 2019 declaration, Russian then English"
    ),
    doc!("seeds/a_res_75_240_ar.txt", "A/RES/75/240 (2020), Arabic"),
    doc!(
        "seeds/a_c1_77_l23_rev1_zh.txt",
        "A/C.1/77/L.23/Rev.1 (2022 draft), Chinese"
    ),
    doc!("seeds/a_68_98_ar.txt", "A/68/98 (2013 GGE report), Arabic"),
    doc!(
        "seeds/a_68_98_fa.txt",
        "A/68/98 (2013 GGE report), Persian translation"
    ),
];

/// The Persian resolution series (one paragraph per line), oldest first per series.
pub const SERIES: [(&str, &[DemoDoc]); 2] = [
    (
        "Developments in the field of ICTs in the context of international security (53/70 → 71/28 → 73/27)",
        &[
            doc!("resolutions/fa/A-RES-53-70.txt", "A/RES/53/70 (1998)"),
            doc!("resolutions/fa/A-RES-71-28.txt", "A/RES/71/28 (2016)"),
            doc!("resolutions/fa/A-RES-73-27.txt", "A/RES/73/27 (2018)"),
        ],
    ),
    (
        "The right to privacy in the digital age (68/167 → 69/166 → 71/199)",
        &[
            doc!("resolutions/fa/A-RES-68-167.txt", "A/RES/68/167 (2013)"),
            doc!("resolutions/fa/A-RES-69-166.txt", "A/RES/69/166 (2014)"),
            doc!("resolutions/fa/A-RES-71-199.txt", "A/RES/71/199 (2016)"),
        ],
    ),
];
