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


class SiteNotice(QObject):
    """The translation context of what is wrong with the site file (core.site.SiteProblem)."""

    def reason(self, reason) -> str:
        code = getattr(reason, "code", None)
        a = getattr(reason, "args", {})
        if code == "radius":
            return self.tr("it should be between 0 and 300 km")
        if code == "community_days":
            return self.tr("unknown community days %1 (known: %2)").replace(
                "%1", a["bad"]).replace("%2", a["known"])
        if code == "client_languages":
            return self.tr("unknown client language codes %1 (known: %2)").replace(
                "%1", a["bad"]).replace("%2", a["known"])
        if code == "logo":
            return self.tr("the file %1 is not there, so the handout has no logo").replace(
                "%1", a["file"])
        return str(reason)        # a trusted key's fault: for IT, as core says it

    def text(self, problem) -> str:
        code = getattr(problem, "code", None)
        a = getattr(problem, "args", {})
        if code == "no_file":
            return self.tr("%1: the site file does not exist; the defaults are used.").replace(
                "%1", a["file"])
        if code == "not_utf8":
            return self.tr("%1 is not UTF-8 text; the defaults are used.").replace("%1", a["file"])
        if code == "not_toml":
            return self.tr("%1 cannot be read as TOML (%2); the defaults are used.").replace(
                "%1", a["file"]).replace("%2", a["detail"])
        if code == "too_deep":
            return self.tr("%1: a value is nested too deeply to read; the defaults are used.")\
                .replace("%1", a["file"])
        if code == "unreadable":
            return self.tr("%1 cannot be read (%2); the defaults are used.").replace(
                "%1", a["file"]).replace("%2", a["detail"])
        if code == "not_section":
            return self.tr("%1: “%2” should be a [section]; it is ignored.").replace(
                "%1", a["where"]).replace("%2", a["key"])
        if code == "unknown_setting":
            return self.tr("%1: there is no setting “%2”; it is ignored.").replace(
                "%1", a["where"]).replace("%2", a["key"])
        if code == "wrong_type":
            return self.tr("%1: “%2” should be %3; the default (%4) is used.").replace(
                "%1", a["where"]).replace("%2", a["key"]).replace(
                "%3", self.kind(a["kind"])).replace("%4", a["default"])
        if code == "bad_key":
            return self.tr("%1: “%2”: %3; that key is left out.").replace(
                "%1", a["where"]).replace("%2", a["key"]).replace("%3", self.reason(a["reason"]))
        if code == "refused":
            return self.tr("%1: “%2”: %3; the default (%4) is used.").replace(
                "%1", a["where"]).replace("%2", a["key"]).replace(
                "%3", self.reason(a["reason"])).replace("%4", a["default"])
        return str(problem)

    def kind(self, kind: str) -> str:
        return {
            "text": self.tr("text in quotes"),
            "number": self.tr("a number"),
            "flag": self.tr("true or false"),
            "texts": self.tr("a list of texts in quotes, e.g. [\"a\", \"b\"]"),
            "file": self.tr("a file name in quotes, relative to the site file"),
            "folder": self.tr("a folder name in quotes, relative to the site file"),
            "keys": self.tr("a list of public keys in quotes"),
        }.get(kind, kind)


def site_problem_text(problem) -> str:
    """A core.site problem in the staff's language (the English sentence for any other)."""
    return SiteNotice().text(problem)
