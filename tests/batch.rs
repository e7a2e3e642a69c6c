//! `alinea batch align|diff MANIFEST`: many pairs from a TSV manifest, one report per
//! document, one summary line per document, failures reported without stopping the rest.

use std::fs;
use std::path::Path;

use crate::util::{alinea, assert_clean_failure, data, stderr, stdout};

/// Copies the two small English–French cases into `dir` as `a1/b1` and `a2/b2`.
fn small_pairs(dir: &Path) {
    for (n, case) in [(1, "en_fr_merge"), (2, "en_fr_notice")] {
        let case = data("align_cases").join(case);
        fs::copy(case.join("src.txt"), dir.join(format!("a{n}.txt"))).unwrap();
        fs::copy(case.join("tgt.txt"), dir.join(format!("b{n}.txt"))).unwrap();
    }
}

fn out_files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn thousand_pairs_with_one_bad_pair() {
    let tmp = tempfile::tempdir().unwrap();
    small_pairs(tmp.path());
    let mut manifest = String::from("# source\ttarget\tid\n\n");
    for i in 0..1000 {
        let n = i % 2 + 1;
        let tgt = if i == 500 {
            "missing.txt".to_string()
        } else {
            format!("b{n}.txt")
        };
        manifest.push_str(&format!("a{n}.txt\t{tgt}\tdoc{i:04}\n"));
    }
    let m = tmp.path().join("pairs.tsv");
    fs::write(&m, manifest).unwrap();
    let out = tmp.path().join("out");
    let o = alinea(&[
        "batch",
        "align",
        m.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--threads",
        "4",
    ]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.contains("1 of 1000 documents failed"), "{err}");
    // Line 503: two header lines, then document 500.
    assert!(err.contains("pairs.tsv:503: "), "{err}");
    assert!(err.contains("missing.txt"), "{err}");

    let files = out_files(&out);
    assert_eq!(files.len(), 999);
    assert!(!files.contains(&"doc0500.jsonl".to_string()));
    assert!(files.iter().all(|f| f.ends_with(".jsonl")));

    // One summary line per document, in manifest order.
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1000);
    for (i, line) in lines.iter().enumerate() {
        let mut f = line.split('\t');
        assert_eq!(f.next(), Some(format!("doc{i:04}").as_str()), "{line}");
        let status = f.next().unwrap();
        if i == 500 {
            assert_eq!(status, "error", "{line}");
            assert!(line.contains("missing.txt"), "{line}");
        } else {
            assert_eq!(status, "ok", "{line}");
            assert!(line.contains("\tbeads="), "{line}");
            assert!(line.contains("\tcoverage="), "{line}");
            assert!(line.contains("\tconfidence="), "{line}");
            assert!(line.contains("\tflagged="), "{line}");
        }
    }
    // Same pair, same report, whichever worker did it.
    assert_eq!(
        fs::read(out.join("doc0000.jsonl")).unwrap(),
        fs::read(out.join("doc0998.jsonl")).unwrap()
    );
}

#[test]
fn existing_outputs_are_skipped_unless_forced() {
    let tmp = tempfile::tempdir().unwrap();
    small_pairs(tmp.path());
    let manifest: String = (0..20).map(|i| format!("a1.txt\tb1.txt\tp{i}\n")).collect();
    let m = tmp.path().join("pairs.tsv");
    fs::write(&m, manifest).unwrap();
    let out = tmp.path().join("out");
    let args = [
        "batch",
        "align",
        m.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--format",
        "ladder",
    ];
    let first = alinea(&args);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    assert_eq!(out_files(&out).len(), 20);
    let good = fs::read_to_string(out.join("p3.ladder")).unwrap();
    assert!(good.starts_with("[0]:[0]"), "{good}");

    fs::write(out.join("p3.ladder"), "kept\n").unwrap();
    let again = alinea(&args);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    let text = stdout(&again);
    assert_eq!(
        text.lines().filter(|l| l.contains("\tskipped\t")).count(),
        20
    );
    assert!(stderr(&again).contains("0 done, 20 skipped, 0 failed"));
    assert_eq!(fs::read_to_string(out.join("p3.ladder")).unwrap(), "kept\n");

    let mut forced = args.to_vec();
    forced.push("--force");
    let o = alinea(&forced);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("20 done, 0 skipped"));
    assert_eq!(fs::read_to_string(out.join("p3.ladder")).unwrap(), good);
    // Safe writes: no temporary files left behind.
    assert_eq!(out_files(&out).len(), 20);
}

#[test]
fn report_equals_alinea_align() {
    let tmp = tempfile::tempdir().unwrap();
    small_pairs(tmp.path());
    fs::write(tmp.path().join("m.tsv"), "a2.txt\tb2.txt\n").unwrap();
    let out = tmp.path().join("out");
    for format in ["jsonl", "ladder", "tsv"] {
        let o = alinea(&[
            "batch",
            "align",
            tmp.path().join("m.tsv").to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--format",
            format,
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        // Without an ID, a document is named after its source file and line.
        let batch = fs::read_to_string(out.join(format!("a2-1.{format}"))).unwrap();
        let single = alinea(&[
            "align",
            tmp.path().join("a2.txt").to_str().unwrap(),
            tmp.path().join("b2.txt").to_str().unwrap(),
            "--format",
            format,
        ]);
        assert_eq!(batch, stdout(&single), "{format}");
    }
}

#[test]
fn bad_manifest_lines_name_the_manifest_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    small_pairs(tmp.path());
    let manifest = "a1.txt\tb1.txt\tgood\n\
                    # a comment\n\
                    only-one-field.txt\n\
                    a1.txt\tb1.txt\tid\textra\n\
                    a1.txt\t\tempty\n\
                    a1.txt\tb1.txt\t../escape\n\
                    a1.txt\tb1.txt\tgood\n";
    let m = tmp.path().join("pairs.tsv");
    fs::write(&m, manifest).unwrap();
    let o = alinea(&[
        "batch",
        "align",
        m.to_str().unwrap(),
        "--out",
        tmp.path().join("out").to_str().unwrap(),
    ]);
    assert_clean_failure(
        &o,
        &[
            "pairs.tsv:3: expected SRC<TAB>TGT[<TAB>ID], found one field",
            "pairs.tsv:4: expected SRC<TAB>TGT[<TAB>ID], found 4 fields",
            "pairs.tsv:5: expected SRC<TAB>TGT[<TAB>ID]: TGT is empty",
            "pairs.tsv:6: ID \"../escape\" cannot be a file name",
            "pairs.tsv:7: duplicate ID \"good\" (also on line 1)",
            "5 of 6 documents failed",
        ],
    );
    let text = stdout(&o);
    assert_eq!(text.lines().count(), 6, "{text}");
    assert!(text.starts_with("good\tok\t"), "{text}");
}

#[test]
fn diff_writes_one_json_report_per_pair() {
    let tmp = tempfile::tempdir().unwrap();
    let fa = data("resolutions/fa");
    let manifest = format!(
        "{old}\t{new}\t2018-2019\n{new}\t{new}\tsame\n",
        old = fa.join("A-RES-73-27.txt").display(),
        new = fa.join("A-RES-73-266.txt").display()
    );
    let m = tmp.path().join("versions.tsv");
    fs::write(&m, manifest).unwrap();
    let out = tmp.path().join("out");
    let o = alinea(&[
        "batch",
        "diff",
        m.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(out_files(&out), vec!["2018-2019.json", "same.json"]);
    let same: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("same.json")).unwrap()).unwrap();
    assert_eq!(same["summary"]["change_ratio"], 0.0);
    assert_eq!(same["summary"]["modified"], 0);
    let text = stdout(&o);
    assert!(text.contains("same\tok\tparagraphs="), "{text}");
    assert!(text.contains("2018-2019\tok\tparagraphs="), "{text}");
}

#[test]
fn usage_errors_are_clean() {
    let tmp = tempfile::tempdir().unwrap();
    let m = tmp.path().join("m.tsv");
    fs::write(&m, "a\tb\n").unwrap();
    let m = m.to_str().unwrap();
    assert_clean_failure(
        &alinea(&["batch", "diff", m, "--format", "tmx"]),
        &["batch diff writes json or jsonl"],
    );
    assert_clean_failure(
        &alinea(&["batch", "align", "no-such-manifest.tsv"]),
        &["no-such-manifest.tsv: cannot open the manifest"],
    );
    assert_clean_failure(
        &alinea(&["batch", "align", m, "--languages", "en,xx1"]),
        &["unknown language code"],
    );
    assert_clean_failure(
        &alinea(&["batch", "align", m, "--threads", "0"]),
        &["--threads must be at least 1"],
    );
    // clap: --out makes no sense with a record stream.
    let o = alinea(&["batch", "align", "--jsonl", "-", "--out", "x"]);
    assert_eq!(o.status.code(), Some(2));
}

/// `batch diff` and `diff` give the same JSON for a pair, same-language and
/// cross-language, through both batch modes (issue #10: the two paths once disagreed on
/// an Arabic–Chinese pair).
#[test]
fn batch_diff_equals_diff_same_and_cross_language() {
    let tmp = tempfile::tempdir().unwrap();
    let fa = data("resolutions/fa");
    let pairs = [
        (
            fa.join("A-RES-71-28.txt"),
            fa.join("A-RES-73-27.txt"),
            "same",
            "diff",
        ),
        (
            data("seeds/a_res_75_240_ar.txt"),
            data("seeds/a_c1_77_l23_rev1_zh.txt"),
            "cross",
            "cross-language",
        ),
    ];
    let manifest: String = pairs
        .iter()
        .map(|(a, b, id, _)| format!("{}\t{}\t{id}\n", a.display(), b.display()))
        .collect();
    let m = tmp.path().join("m.tsv");
    fs::write(&m, manifest).unwrap();
    let out = tmp.path().join("out");
    let o = alinea(&[
        "batch",
        "diff",
        m.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let records: String = pairs
        .iter()
        .map(|(a, b, id, _)| {
            format!(
                "{}\n",
                serde_json::json!({"id": id, "old_path": a, "new_path": b})
            )
        })
        .collect();
    let rec = tmp.path().join("records.jsonl");
    fs::write(&rec, records).unwrap();
    let streamed = alinea(&["batch", "diff", "--jsonl", rec.to_str().unwrap()]);
    assert_eq!(streamed.status.code(), Some(0), "{}", stderr(&streamed));
    let streamed: Vec<serde_json::Value> = stdout(&streamed)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for (k, (a, b, id, kind)) in pairs.iter().enumerate() {
        let single = alinea(&[
            "diff",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
            "--format",
            "json",
        ]);
        assert_eq!(single.status.code(), Some(0), "{}", stderr(&single));
        let single: serde_json::Value = serde_json::from_str(&stdout(&single)).unwrap();
        assert_eq!(single["comparison"], *kind);
        let file: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(out.join(format!("{id}.json"))).unwrap())
                .unwrap();
        assert_eq!(file, single, "{id}: manifest report");
        let mut rec = streamed[k].clone();
        let obj = rec.as_object_mut().unwrap();
        for key in ["id", "line", "error"] {
            obj.remove(key);
        }
        assert_eq!(rec, single, "{id}: streamed record");
    }
}

/// A streamed `batch align` record holds exactly the beads `alinea align --format jsonl`
/// prints, and the languages and counts of the same pair.
#[test]
fn batch_align_record_equals_align() {
    let tmp = tempfile::tempdir().unwrap();
    small_pairs(tmp.path());
    let (a, b) = (tmp.path().join("a2.txt"), tmp.path().join("b2.txt"));
    let rec = tmp.path().join("r.jsonl");
    fs::write(
        &rec,
        format!(
            "{}\n",
            serde_json::json!({"id": 1, "src_path": a, "tgt_path": b})
        ),
    )
    .unwrap();
    let streamed = alinea(&["batch", "align", "--jsonl", rec.to_str().unwrap()]);
    let record: serde_json::Value = serde_json::from_str(stdout(&streamed).trim()).unwrap();
    let single = alinea(&[
        "align",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        "--format",
        "jsonl",
    ]);
    let beads: Vec<serde_json::Value> = stdout(&single)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(record["beads"], serde_json::Value::Array(beads.clone()));
    assert_eq!(record["bead_count"], beads.len());
}
