"""What core/session.py noticed (``Notice`` facts), in the staff's language.

The sentences are ``tr`` calls of one small class, so that pyside6-lupdate finds them (with
their plural forms); the command line words the same facts in English (cli_common.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Notice(QObject):
    """The translation context of the notices."""

    def text(self, notice) -> str:
        a = notice.args
        code = notice.code
        if code == "store_folder_missing":
            return self.tr("The local store folder %1 (named in the site settings) does not "
                           "exist; it was not created. Showing the shipped catalogue only: "
                           "nothing can be changed here.").replace("%1", a["folder"])
        if code == "store_unavailable" and a.get("why") == "busy":
            return self.tr("The local store is busy (another counter is saving): trying "
                           "again. Until then the shipped catalogue shows, without this "
                           "municipality's own records (%1).").replace("%1", a["folder"])
        if code == "store_unavailable" and a.get("why") == "damaged":
            from .maintainer.messages import damage_words

            return self.tr("The local store is damaged (%2): the shipped catalogue shows, "
                           "without this municipality's own records, until the catalogue "
                           "maintainer or IT restores it. The file was kept as it is: "
                           "%1.").replace("%1", a["file"]).replace("%2",
                                                                  damage_words(a["reason"]))
        if code == "store_unavailable":
            return self.tr("The local store could not be opened (%1); showing the shipped "
                           "catalogue only.").replace("%1", notice.detail)
        if code == "update_unusable":
            why = {
                "unsigned": self.tr("it has no signature: it was not installed by this program"),
                "wrong_key": self.tr("it is signed with a key this site does not trust"),
                "tampered": self.tr("it was changed after it was signed"),
                "digest": self.tr("it differs from the catalogue that was signed: changed or "
                                  "damaged since it was installed"),
                "missing": self.tr("the file is missing"),
                "damaged": self.tr("it cannot be read (damaged)"),
                "no_keys": self.tr("this site trusts no key, so it cannot be checked"),
            }.get(a.get("kind", ""))
            if why:
                return self.tr("The installed catalogue update %1 is not used: %2. Showing the "
                               "catalogue the program came with; apply the update again, or "
                               "ask IT.").replace("%1", a["file"]).replace("%2", why)
            return self.tr("The installed catalogue update %1 cannot be used; showing the "
                           "catalogue the program came with.").replace("%1", a["file"])
        if code == "view_unavailable":
            return self.tr("The catalogue with this municipality's records could not be opened "
                           "(%1); showing the shipped catalogue only.").replace(
                "%1", notice.detail)
        if code == "merge_left_out":
            return self.tr("%n local record(s) could not be shown; see the maintainer's to-do "
                           "list.", "", int(a["count"]))
        if code == "home_unknown":
            return self.tr("Site settings: the home place “%1” is not a known place, so the "
                           "place field starts empty.").replace("%1", a["home"])
        if code == "conflicts":
            return self.tr("%n record(s) corrected here were changed by the update too. The "
                           "version made here keeps showing until you choose.", "",
                           int(a["count"]))
        return f"{code}: {notice.detail}"


def notice_text(notice) -> str:
    return Notice().text(notice)
