//! Prints the paragraphs the builder finds in a file: a quick look at reflow decisions.
#![allow(clippy::print_stdout)]

fn main() {
    let path = std::env::args().nth(1).expect("usage: paras FILE");
    let src = alinea_text::read_path(std::path::Path::new(&path)).expect("readable file");
    let doc = alinea_text::Document::parse(src.into_text());
    for (i, p) in doc.paragraphs().iter().enumerate() {
        let label = p.label().map(|l| l.value.as_str()).unwrap_or("-");
        let part = p.part().map(|x| x.as_str()).unwrap_or("-");
        let text: String = p.text().chars().take(90).collect();
        println!(
            "{i:3} L{}-{} [{}] {} {}: {}",
            p.lines().0,
            p.lines().1,
            label,
            p.kind().as_str(),
            part,
            text
        );
    }
}
