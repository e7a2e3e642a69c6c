#!/usr/bin/env python3
"""Writes the seed PDFs of the `pdf` fuzz target (fuzz/seeds/pdf/): small files that
reach the parts of the reader a mutation should start from: plain and Flate content
streams, a PDF 1.5 cross-reference stream with an object stream, a ToUnicode CMap on
a Type0 font, a form XObject, Arabic text drawn in visual order, and an encryption
dictionary. Run from the repository root: python3 fuzz/make_pdf_seeds.py

`libreoffice.pdf` beside them (embedded font subsets, the structure of a real word
processor's PDF) was made by `soffice --headless --convert-to pdf` from a text file of
two lines, `1. The Assembly decides.` and `قرار الجمعية`."""
import os
import zlib

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "seeds", "pdf")


def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def stream(dict_extra, data):
    return b"<< /Length %d %s >>\nstream\n" % (len(data), dict_extra) + data + b"\nendstream"


def classic(objects, trailer_extra=b""):
    """A PDF with a classic xref table; objects are the bodies of objects 1..n."""
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, body in enumerate(objects):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, trailer_extra, xref)
    return out


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def page(contents_ref, resources=b"<< /Font << /F1 3 0 R >> >>"):
    return b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>" % (
        resources, contents_ref)


def lines(pairs):
    return "".join("BT /F1 12 Tf %g %g Td (%s) Tj ET\n" % (x, y, esc(t)) for x, y, t in pairs).encode()


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def main():
    os.makedirs(OUT, exist_ok=True)
    text = lines([(72, 760, "The General Assembly,"),
                  (72, 730, "1. Calls upon Member States to promote further the"),
                  (72, 716, "consideration of existing threats."),
                  (297, 60, "1")])
    write("plain.pdf", classic([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>",
        FONT,
        page(5), stream(b"", text),
        page(7), stream(b"", lines([(72, 760, "2. Decides to remain seized."), (297, 60, "2")])),
    ]))
    write("flate.pdf", classic([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        FONT,
        page(5), stream(b"/Filter /FlateDecode", zlib.compress(text, 9)),
    ]))
    # A form XObject drawn with Do, and a TJ array with kerning.
    form = stream(b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>",
                  b"BT /F1 10 Tf 72 600 Td [(Foot) -250 (note.)] TJ ET")
    write("xobject.pdf", classic([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        FONT,
        page(5, b"<< /Font << /F1 3 0 R >> /XObject << /X1 6 0 R >> >>"),
        stream(b"", b"q 1 0 0 1 0 0 cm /X1 Do Q\n" + text),
        form,
    ]))
    # A Type0 font with Identity-H and a ToUnicode CMap: two-byte codes for Arabic
    # letters drawn right to left (visual order), as word processors write them.
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            b"4 beginbfchar <0001> <0645> <0002> <0631> <0003> <062D> <0004> <0628>\n"
            b"endbfchar\n1 beginbfrange <0010> <0012> <0031> endbfrange\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    arabic = b"BT /F2 14 Tf 400 700 Td <0004000300020001> Tj ET\nBT /F2 14 Tf 72 680 Td <00100011> Tj ET"
    write("type0.pdf", classic([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        FONT,
        page(5, b"<< /Font << /F2 6 0 R >> >>"),
        stream(b"", arabic),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Arabic /Encoding /Identity-H "
        b"/DescendantFonts [7 0 R] /ToUnicode 8 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Arabic "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor 9 0 R /DW 500 /W [1 [600 400 550 620] 16 18 500] >>",
        stream(b"/Filter /FlateDecode", zlib.compress(cmap, 9)),
        b"<< /Type /FontDescriptor /FontName /Arabic /Flags 4 /FontBBox [0 -200 1000 900] "
        b"/ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
    ]))
    # PDF 1.5: objects 1-3 in an object stream, a cross-reference stream.
    inner = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", FONT]
    header, body = b"", b""
    for i, o in enumerate(inner):
        header += b"%d %d " % (i + 1, len(body))
        body += o + b" "
    objstm = zlib.compress(header + body, 9)
    out = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"
    offs = {}
    offs[4] = len(out)
    out += b"4 0 obj\n" + page(5) + b"\nendobj\n"
    offs[5] = len(out)
    out += b"5 0 obj\n" + stream(b"/Filter /FlateDecode", zlib.compress(text, 9)) + b"\nendobj\n"
    offs[6] = len(out)
    out += b"6 0 obj\n" + stream(b"/Type /ObjStm /N 3 /First %d /Filter /FlateDecode" % len(header), objstm) + b"\nendobj\n"
    offs[7] = len(out)
    rows = b"\x00\x00\x00\xff"
    for n in (1, 2, 3):
        rows += b"\x02\x00\x06" + bytes([n - 1])
    for n in (4, 5, 6, 7):
        rows += b"\x01" + offs[n].to_bytes(2, "big") + b"\x00"
    xref = zlib.compress(rows, 9)
    out += b"7 0 obj\n" + stream(b"/Type /XRef /Size 8 /W [1 2 1] /Root 1 0 R /Filter /FlateDecode", xref) + b"\nendobj\n"
    out += b"startxref\n%d\n%%%%EOF\n" % offs[7]
    write("xrefstream.pdf", out)
    # An encryption dictionary whose user password is not empty.
    write("encrypted.pdf", classic([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        FONT,
        page(5), stream(b"", text),
        b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 "
        b"/O <0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef> "
        b"/U <fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210> >>",
    ], b"/Encrypt 6 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]"))


if __name__ == "__main__":
    main()
