#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each, one after another, and exits non-zero if any
# target found a crash (the input is left in fuzz/artifacts/<target>/).
#
#   fuzz/run.sh SECONDS [TARGET...]      # targets: text align diff docx memory pdf (default: all)
#
# Needs `cargo install cargo-fuzz`. cargo-fuzz passes nightly-only flags to rustc
# (-Zsanitizer, sancov passes); RUSTC_BOOTSTRAP=1 lets a stable toolchain accept them.
# Set FUZZ_SANITIZER=none if AddressSanitizer is unavailable (the code is safe Rust, so
# ASan mostly guards the C++ runtime; panics are caught either way).
#
# The corpus is rebuilt at each run from the committed seeds (fuzz/seeds/<target>/) plus
# short excerpts of data/, and lives in fuzz/corpus/<target>/ (git-ignored), so inputs
# found by earlier runs are kept until that directory is removed. Logs with libFuzzer's
# final statistics go to fuzz/artifacts/<target>.log.
set -euo pipefail

secs=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
if [ $# -gt 0 ]; then targets=("$@"); else targets=(text align diff docx memory pdf); fi

here=$(cd "$(dirname "$0")" && pwd)
data="$here/../data"
cd "$here"
export RUSTC_BOOTSTRAP=1
sanitizer=${FUZZ_SANITIZER:-address}
jobs=${CARGO_BUILD_JOBS:-1}

# Lines FROM..TO of a data file (whole lines, so excerpts stay valid UTF-8).
lines() { sed -n "$2,$3p" "$data/$1"; }

seed_corpus() {
    local t=$1 dir="$here/corpus/$1"
    mkdir -p "$dir"
    if [ -d "$here/seeds/$t" ]; then cp -n "$here/seeds/$t"/* "$dir/" 2>/dev/null || true; fi
    case $t in
    text)
        lines seeds/havana_2019_ru_en.txt 1 40 >"$dir/data-havana-ru"
        lines seeds/havana_2019_ru_en.txt 130 170 >"$dir/data-havana-en"
        lines seeds/a_res_75_240_ar.txt 1 40 >"$dir/data-res-75-240-ar"
        lines seeds/a_c1_77_l23_rev1_zh.txt 1 30 >"$dir/data-l23-zh"
        lines seeds/a_68_98_ar.txt 60 100 >"$dir/data-68-98-ar"
        lines seeds/a_68_98_fa.txt 1 30 >"$dir/data-68-98-fa"
        lines resolutions/fa/A-RES-71-28.txt 1 15 >"$dir/data-fa-71-28"
        for f in "$data"/sentence_cases/*.txt; do
            head -c 3000 "$f" | sed '$d' >"$dir/data-cases-$(basename "$f" .txt)"
        done
        ;;
    align)
        # Byte 0 picks the language pair (high bit: sentences from Document, with
        # paragraphs), then source, 0xFF, target.
        pair() { { printf "$1"; cat "$2"; printf '\xff'; cat "$3"; } >"$dir/$4"; }
        local tmp
        tmp=$(mktemp -d)
        lines align_cases/en_fr_notice/src.txt 1 30 >"$tmp/a"
        lines align_cases/en_fr_notice/tgt.txt 1 30 >"$tmp/b"
        pair '\x00' "$tmp/a" "$tmp/b" data-notice-lines
        pair '\x80' "$tmp/a" "$tmp/b" data-notice-doc
        lines align_cases/en_fr_merge/src.txt 1 30 >"$tmp/a"
        lines align_cases/en_fr_merge/tgt.txt 1 30 >"$tmp/b"
        pair '\x00' "$tmp/a" "$tmp/b" data-merge-lines
        lines seeds/havana_2019_ru_en.txt 1 40 >"$tmp/a"
        lines seeds/havana_2019_ru_en.txt 130 170 >"$tmp/b"
        pair '\x83' "$tmp/a" "$tmp/b" data-havana-doc
        lines resolutions/fa/A-RES-71-28.txt 1 12 >"$tmp/a"
        lines seeds/a_res_75_240_ar.txt 1 30 >"$tmp/b"
        pair '\x82' "$tmp/b" "$tmp/a" data-ar-fa-doc
        lines seeds/a_c1_77_l23_rev1_zh.txt 1 20 >"$tmp/b"
        pair '\x81' "$tmp/a" "$tmp/b" data-fa-zh-doc
        rm -r "$tmp"
        ;;
    diff)
        local tmp
        tmp=$(mktemp -d)
        lines resolutions/fa/A-RES-71-28.txt 1 12 >"$tmp/a"
        lines resolutions/fa/A-RES-73-266.txt 1 12 >"$tmp/b"
        { cat "$tmp/a"; printf '\xff'; cat "$tmp/b"; } >"$dir/data-fa-series"
        lines resolutions/fa/A-RES-53-70.txt 1 12 >"$tmp/a"
        lines resolutions/fa/A-RES-69-166.txt 1 12 >"$tmp/b"
        { cat "$tmp/a"; printf '\xff'; cat "$tmp/b"; } >"$dir/data-fa-series-2"
        lines seeds/havana_2019_ru_en.txt 1 40 >"$tmp/a"
        lines seeds/havana_2019_ru_en.txt 10 50 >"$tmp/b"
        { cat "$tmp/a"; printf '\xff'; cat "$tmp/b"; } >"$dir/data-havana-shift"
        rm -r "$tmp"
        ;;
    docx)
        # Word packages the Rust tests build are not files; a DOCX is made here with
        # the zip tool when there is one, next to HTML excerpts.
        lines seeds/havana_2019_ru_en.txt 130 150 | sed 's/.*/<p>&<\/p>/' >"$dir/data-havana.html"
        if command -v zip >/dev/null; then
            local tmp
            tmp=$(mktemp -d)
            mkdir -p "$tmp/word" "$tmp/_rels"
            printf '%s' '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>' >"$tmp/[Content_Types].xml"
            printf '%s' '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Decides to act.</w:t></w:r><w:ins><w:r><w:t> Now</w:t></w:r></w:ins><w:del><w:r><w:delText>old</w:delText></w:r></w:del></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>' >"$tmp/word/document.xml"
            printf '%s' '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' >"$tmp/word/numbering.xml"
            printf '%s' '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:id="2"><w:p><w:r><w:t>A note.</w:t></w:r></w:p></w:footnote></w:footnotes>' >"$tmp/word/footnotes.xml"
            (cd "$tmp" && zip -qr "$dir/data-numbered.docx" . -x '.*')
            rm -r "$tmp"
        fi
        ;;
    memory)
        # A TMX and XLIFF files built from the first units of the shipped ParIce units.
        local tsv="$data/check/parice_enis.tsv"
        esc() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g'; }
        {
            echo '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en-GB" segtype="sentence"/><body>'
            head -n 20 "$tsv" | esc | awk -F'\t' '{printf "<tu tuid=\"%d\"><tuv xml:lang=\"en-GB\"><seg>%s</seg></tuv><tuv xml:lang=\"is\"><seg><bpt i=\"1\">&lt;b&gt;</bpt>%s<ept i=\"1\">&lt;/b&gt;</ept></seg></tuv></tu>\n", NR, $2, $3}'
            echo '</body></tmx>'
        } >"$dir/data-parice.tmx"
        {
            echo '<xliff version="1.2"><file source-language="en" target-language="is"><body>'
            head -n 10 "$tsv" | esc | awk -F'\t' '{printf "<trans-unit id=\"%d\"><source>%s<x id=\"1\"/></source><target><g id=\"2\">%s</g></target><alt-trans><target>x</target></alt-trans></trans-unit>\n", NR, $2, $3}'
            echo '</body></file></xliff>'
        } >"$dir/data-parice.xlf"
        {
            echo '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="is"><file id="f">'
            head -n 10 "$tsv" | esc | awk -F'\t' '{printf "<unit id=\"u%d\"><segment><source>%s<ph id=\"1\"/></source><target><pc id=\"2\">%s</pc><cp hex=\"0009\"/></target></segment></unit>\n", NR, $2, $3}'
            echo '</file></xliff>'
        } >"$dir/data-parice-2.xlf"
        ;;
    esac
}

failed=()
for t in "${targets[@]}"; do
    features=()
    extra=()
    [ "$t" = diff ] && features=(--features diff)
    # Aligning is the slow part; shorter inputs keep the exec rate up.
    [ "$t" = align ] && extra=(-max_len=4096)
    seed_corpus "$t"
    mkdir -p "$here/artifacts/$t"
    log="$here/artifacts/$t.log"
    echo "== $t: ${secs}s (log: $log)"
    if CARGO_BUILD_JOBS=$jobs cargo fuzz run "${features[@]}" --sanitizer "$sanitizer" "$t" \
        "corpus/$t" -- -max_total_time="$secs" -timeout=20 -rss_limit_mb=2048 \
        -print_final_stats=1 "${extra[@]}" >"$log" 2>&1; then
        status=ok
    else
        status=FAILED
        failed+=("$t")
    fi
    runs=$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)
    execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo '?')
    rate=$(grep -Eo 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo '?')
    corpus=$(find "corpus/$t" -type f | wc -l)
    echo "== $t: $status; execs $execs, $rate/s, corpus $corpus files; $runs"
    if [ "$status" = FAILED ]; then
        grep -E 'panicked at|ERROR: libFuzzer|SUMMARY|Test unit written' "$log" | head -5 || true
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "crashes in: ${failed[*]} (inputs in fuzz/artifacts/<target>/)"
    exit 1
fi
