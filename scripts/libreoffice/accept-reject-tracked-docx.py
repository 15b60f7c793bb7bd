#!/usr/bin/env python3
# Opens a tracked-changes DOCX exported by factdesk in LibreOffice (headless, via
# its UNO bridge), lists the revisions LibreOffice sees, then accepts all of them
# and, separately, rejects all of them, and prints the text each way. Accepting
# should give the corrected copy, rejecting the original article.
#
# Needs LibreOffice and its Python bridge, which are not project dependencies:
#   apt-get install libreoffice-writer-nogui python3-uno
#   /usr/bin/python3 scripts/libreoffice/accept-reject-tracked-docx.py tracked.docx
import json
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

PORT = 2002


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect():
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            return resolver.resolve(f"uno:socket,host=127.0.0.1,port={PORT};urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(0.5)
    raise SystemExit("LibreOffice did not answer on its UNO port within 60 s.")


def open_and_apply(ctx, url, command):
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    dispatcher = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
    doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    redlines = doc.getRedlines()
    seen = []
    for i in range(redlines.getCount()):
        r = redlines.getByIndex(i)
        seen.append({"type": r.getPropertyValue("RedlineType"), "author": r.getPropertyValue("RedlineAuthor")})
    dispatcher.executeDispatch(doc.getCurrentController().getFrame(), f".uno:{command}", "", 0, ())
    result = {"revisions": seen, "revisionsLeft": doc.getRedlines().getCount(), "text": doc.getText().getString()}
    doc.close(True)
    return result


def main():
    if len(sys.argv) != 2 or not os.path.exists(sys.argv[1]):
        raise SystemExit("Usage: accept-reject-tracked-docx.py FILE.docx")
    url = uno.systemPathToFileUrl(os.path.abspath(sys.argv[1]))
    profile = tempfile.mkdtemp(prefix="factdesk-lo-")
    office = subprocess.Popen([
        "soffice", "--headless", "--invisible", "--norestore", "--nologo",
        f"-env:UserInstallation=file://{profile}",
        f"--accept=socket,host=127.0.0.1,port={PORT};urp;",
    ])
    try:
        ctx = connect()
        accepted = open_and_apply(ctx, url, "AcceptAllTrackedChanges")
        rejected = open_and_apply(ctx, url, "RejectAllTrackedChanges")
        print(json.dumps({
            "revisions": accepted["revisions"],
            "revisionsLeftAfterAcceptAll": accepted["revisionsLeft"],
            "revisionsLeftAfterRejectAll": rejected["revisionsLeft"],
            "acceptedText": accepted["text"],
            "rejectedText": rejected["text"],
        }, ensure_ascii=False, indent=2))
    finally:
        office.terminate()
        office.wait(timeout=30)


main()
