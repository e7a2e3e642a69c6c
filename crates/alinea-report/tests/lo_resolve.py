"""Accepts (or rejects) every tracked change of a .docx in LibreOffice itself and
exports the result as UTF-8 text: the ignored LibreOffice test of tests/docx.rs runs it.

usage: python3 lo_resolve.py IN.docx accept|reject OUT.txt

Needs LibreOffice's Python bridge (Debian package python3-uno, for the system
python3). Starts a private headless soffice on a named pipe, loads the document hidden
(without its comments, see `without_comments`),
dispatches .uno:AcceptAllTrackedChanges or .uno:RejectAllTrackedChanges (what Edit >
Track Changes > Accept All / Reject All does) and stores it with the Text filter.
"""

import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile

import uno
from com.sun.star.beans import PropertyValue

COMMENT_MARKS = re.compile(
    r'<w:commentRange(?:Start|End) w:id="\d+"/>'
    r'|<w:r><w:commentReference w:id="(\d+)"/></w:r>'
)


def without_comments(src, dst):
    """Copies the package without its comments (the notes on moves), leaving every
    revision as it is: the headless build (libreoffice-writer-nogui) aborts when a view
    lays out a margin note, having no widgets for it. Returns how many were removed."""
    removed = 0
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                xml = data.decode("utf-8")
                removed = sum(1 for m in COMMENT_MARKS.finditer(xml) if m.group(1))
                data = COMMENT_MARKS.sub("", xml).encode("utf-8")
            zout.writestr(item, data)
    return removed


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main():
    src, action, out = sys.argv[1], sys.argv[2], sys.argv[3]
    if action not in ("accept", "reject"):
        sys.exit("action must be accept or reject")
    pipe = "alinea_lo_%d" % os.getpid()
    profile = tempfile.mkdtemp(prefix="alinea-lo-profile-")
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "-env:UserInstallation=file://" + profile,
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ]
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        ctx = None
        for _ in range(240):
            try:
                ctx = resolver.resolve(
                    "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
                )
                break
            except Exception:
                if office.poll() is not None:
                    sys.exit("soffice exited with %s" % office.returncode)
                time.sleep(0.25)
        if ctx is None:
            sys.exit("could not connect to soffice")
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        copy = os.path.join(profile, "copy.docx")
        print("%d comments removed" % without_comments(src, copy))
        doc = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(copy), "_blank", 0, (prop("Hidden", True),)
        )
        if doc is None:
            sys.exit("LibreOffice could not load " + src)
        dispatcher = smgr.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", ctx
        )
        frame = doc.getCurrentController().getFrame()
        command = (
            ".uno:AcceptAllTrackedChanges"
            if action == "accept"
            else ".uno:RejectAllTrackedChanges"
        )
        dispatcher.executeDispatch(frame, command, "", 0, ())
        left = doc.getRedlines().createEnumeration().hasMoreElements()
        if left:
            sys.exit("tracked changes remain after " + command)
        doc.storeToURL(
            uno.systemPathToFileUrl(os.path.abspath(out)),
            (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF")),
        )
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge drops when soffice quits
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
        subprocess.run(["rm", "-rf", profile], check=False)


if __name__ == "__main__":
    main()
