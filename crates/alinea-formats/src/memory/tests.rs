use super::*;

fn parse(xml: &str) -> Result<Memory, MemoryError> {
    parse_memory("m.tmx", xml)
}

const TMX: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="t" srclang="en-US" datatype="plaintext" segtype="sentence" o-tmf="x" adminlang="en"/>
  <body>
    <tu tuid="a1">
      <prop type="x-note">ignored</prop>
      <tuv xml:lang="fr-FR"><seg>Le  <bpt i="1">&lt;b&gt;</bpt>comité<ept i="1">&lt;/b&gt;</ept> s'est réuni le 14 mars.</seg></tuv>
      <tuv xml:lang="en-US"><seg>The <hi>committee</hi>
 met on <ph>{1}</ph>14 March.</seg></tuv>
    </tu>
    <tu>
      <tuv lang="EN-US"><seg>Only a source.</seg></tuv>
    </tu>
    <tu><tuv xml:lang="en-US"><seg>A &amp; B</seg></tuv><tuv xml:lang="de"><seg>A und B</seg></tuv><tuv xml:lang="fr-FR"><seg>A et B</seg></tuv></tu>
  </body>
</tmx>
"#;

#[test]
fn tmx_units_languages_and_inline_codes() {
    let m = parse(TMX).unwrap();
    assert_eq!(m.format, MemoryFormat::Tmx);
    assert_eq!(m.src_lang.as_deref(), Some("en-US"));
    assert_eq!(m.tgt_lang.as_deref(), Some("fr-FR"));
    assert_eq!(m.units.len(), 3);
    assert_eq!(m.units[0].id, "a1");
    assert_eq!(m.units[0].source, "The committee met on 14 March.");
    assert_eq!(
        m.units[0].target.as_deref(),
        Some("Le comité s'est réuni le 14 mars.")
    );
    assert_eq!(m.units[1].id, "2");
    assert_eq!(m.units[1].target, None);
    // Three languages: the commonest other one (fr) is the target.
    assert_eq!(m.units[2].source, "A & B");
    assert_eq!(m.units[2].target.as_deref(), Some("A et B"));
}

#[test]
fn xliff_1_2_skips_alternatives_and_keeps_wrapped_text() {
    let x = r#"<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="en" target-language="ru" datatype="plaintext" original="a.txt">
  <header><note>n</note></header>
  <body><group id="g">
   <trans-unit id="t1"><source>Press <g id="1">Save</g><x id="2"/> now.</source>
     <seg-source><mrk mtype="seg" mid="1">Press Save now.</mrk></seg-source>
     <target>Нажмите <g id="1">Сохранить</g> сейчас.</target>
     <alt-trans><source>Other</source><target>Другое</target></alt-trans>
   </trans-unit>
   <trans-unit id="t2"><source>No translation yet.</source></trans-unit>
  </group></body>
 </file>
</xliff>"#;
    let m = parse(x).unwrap();
    assert_eq!(m.format, MemoryFormat::Xliff1);
    assert_eq!(
        (m.src_lang.as_deref(), m.tgt_lang.as_deref()),
        (Some("en"), Some("ru"))
    );
    assert_eq!(m.units.len(), 2);
    assert_eq!(m.units[0].source, "Press Save now.");
    assert_eq!(
        m.units[0].target.as_deref(),
        Some("Нажмите Сохранить сейчас.")
    );
    assert_eq!(m.units[1].target, None);
}

#[test]
fn xliff_2_gives_one_unit_per_segment() {
    let x = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh">
 <file id="f1"><unit id="u1">
   <originalData><data id="d1">&lt;br/&gt;</data></originalData>
   <segment id="s1"><source>Hello <pc id="1">world</pc>.<ph id="2" dataRef="d1"/></source><target>你好，<pc id="1">世界</pc>。</target></segment>
   <ignorable><source> </source></ignorable>
   <segment><source>Tab<cp hex="0009"/>here.</source></segment>
 </unit></file>
</xliff>"#;
    let m = parse(x).unwrap();
    assert_eq!(m.format, MemoryFormat::Xliff2);
    assert_eq!(m.units.len(), 2);
    assert_eq!(m.units[0].id, "u1/s1");
    assert_eq!(m.units[0].source, "Hello world.");
    assert_eq!(m.units[0].target.as_deref(), Some("你好，世界。"));
    assert_eq!(m.units[1].id, "u1/2");
    assert_eq!(m.units[1].source, "Tab here.");
    assert_eq!(
        (m.src_lang.as_deref(), m.tgt_lang.as_deref()),
        (Some("en"), Some("zh"))
    );
}

#[test]
fn bad_files_have_typed_errors_naming_the_file() {
    let e = parse("just some text").unwrap_err();
    assert!(matches!(e, MemoryError::NotXml { .. }), "{e}");
    assert!(e.to_string().starts_with("m.tmx: "));
    let cut = &TMX[..TMX.find("<tu>").unwrap()];
    let e = parse(cut).unwrap_err();
    assert!(e.to_string().contains("truncated"), "{e}");
    let e = parse("<html><body><p>x</p></body></html>").unwrap_err();
    assert!(
        matches!(e, MemoryError::WrongRoot { ref root, .. } if root == "html"),
        "{e}"
    );
    let e = parse(r#"<tmx version="2.0"><body/></tmx>"#).unwrap_err();
    assert!(matches!(e, MemoryError::UnknownVersion { .. }), "{e}");
    let e = parse(r#"<xliff version="3.1"/>"#).unwrap_err();
    assert!(
        matches!(
            e,
            MemoryError::WrongRoot { .. } | MemoryError::UnknownVersion { .. }
        ),
        "{e}"
    );
    let e = parse(r#"<xliff version="1.2"><file><body><trans-unit id="7"><target>x</target></trans-unit></body></file></xliff>"#).unwrap_err();
    assert!(
        matches!(e, MemoryError::NoSource { ref unit, .. } if unit == "7"),
        "{e}"
    );
    let e = parse(r#"<tmx version="1.4"><header srclang="en"/><body><tu tuid="9"><tuv xml:lang="fr"><seg>x</seg></tuv></tu></body></tmx>"#).unwrap_err();
    assert!(
        matches!(e, MemoryError::NoSource { ref unit, .. } if unit == "9"),
        "{e}"
    );
    let e =
        parse(r#"<tmx version="1.4"><body><tu><seg>x</seg></tu></body></tmx><tmx/>"#).unwrap_err();
    assert!(
        matches!(e, MemoryError::NotXml { .. } | MemoryError::NoSource { .. }),
        "{e}"
    );
    let e = read_memory("big.tmx", TMX.as_bytes(), 10).unwrap_err();
    assert!(matches!(e, MemoryError::TooLarge { .. }), "{e}");
}

#[test]
fn utf16_files_are_read() {
    let mut bytes = vec![0xFF, 0xFE];
    for u in TMX.replace("UTF-8", "UTF-16").encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    let m = read_memory("m16.tmx", &bytes, 1 << 20).unwrap();
    assert_eq!(m.units.len(), 3);
}

#[test]
fn empty_ids_fall_back_to_the_position() {
    // Found by the `memory` fuzz target: `tuid=""` gave a unit no name in reports.
    let m = parse(r#"<tmx version="1.4"><header srclang="en"/><body><tu tuid=" "><tuv xml:lang="en"><seg>a</seg></tuv></tu></body></tmx>"#).unwrap();
    assert_eq!(m.units[0].id, "1");
    let m = parse(r#"<xliff version="1.2"><file><body><trans-unit id=""><source>a</source></trans-unit></body></file></xliff>"#).unwrap();
    assert_eq!(m.units[0].id, "1");
}
