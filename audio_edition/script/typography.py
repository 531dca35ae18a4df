"""Typography, markup, links and symbols: never read as such, said the way a reader would.

Two passes around the word rules: ``clean`` first (emoji, Markdown, links, e-mail
addresses, spaces and apostrophes, so the other rules see plain text), ``punctuate`` last
(quotes, dashes, brackets and bullets become pauses, symbols become words).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from .numbers import NUMBER_WORD, SUPERSCRIPTS

_Replacement = str | Callable[[re.Match[str]], str]
_Table = tuple[tuple[re.Pattern[str], _Replacement], ...]

# Emoji and pictographs, flags, variation selectors and joiners: decoration, never spoken.
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U0001f1e6-\U0001f1ff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff"
    "\ufe0e\ufe0f\u200d\u20e3\U000e0020-\U000e007f]"
)
# A rating in stars, filled then empty ("⭐⭐⭐☆☆", "★★★★☆"): said, not dropped as decoration; filled stars alone
# only as a whole line ("★★★★"), not a decoration around a title ("⭐ Notre coup de cœur")
# (a half, "★★★½☆", is one more star's place: "3 étoiles et demie sur 5"; "★★★★½" alone is not said out of how many)
_STARS = re.compile(
    r"(?P<full>(?:[⭐★]\ufe0f?){1,10})(?:(?P<half>½)(?P<rest>☆{0,9})|(?P<empty>☆{1,10}))|^(?P<alone>(?:[⭐★]\ufe0f?){2,10})$", re.MULTILINE
)


def _stars(match: re.Match[str]) -> str:
    full = (match["full"] or match["alone"]).replace("\ufe0f", "")
    empty = match["empty"] or match["rest"] or ""
    out_of = f" sur {len(full) + bool(match['half']) + len(empty)}" if empty else ""
    said = f"{len(full)} étoile{'s' if len(full) > 1 else ''}{' et demie' if match['half'] else ''}{out_of}"
    return said + "." if re.match(r" +[A-ZÀ-Ý]", match.string[match.end() :]) else said  # "★★☆☆☆ Une déception."


_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u2060\ufeff™®©℠]")  # and legal marks: never said

# Top-level domains we say as words; anything else is spelled ("point f r").
_WORD_TLDS = {"com", "org", "net", "info", "tech", "io", "app", "dev", "news", "media", "online", "cloud", "ai"}
_TLD_SPOKEN = {"ai": "A I", "io": "I O"}
# A link with its scheme or "www.", or a bare domain with a common lower-case ending
# ("octet.fr"; not "fait.De plus", a missing space).
_URL = re.compile(
    r"(?:\b[Hh][Tt][Tt][Pp][Ss]?://|\b[Ww][Ww][Ww]\.)[^\s<>«»\"]+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|fr|org|net|eu|io|ai|tech|info|app|dev|co|uk|ly|be|ch|ca|us|me|tv|gg|xyz|gov|edu)"
    r"(?:/[^\s<>«»\"]*)?(?![\w@])"
)
# A file name or a library with its extension: "rapport.pdf", "llama.cpp", "Node.js"
_FILE = re.compile(
    r"\b(?P<name>[\w-]+)\.(?P<ext>pdf|csv|docx?|xlsx?|pptx?|json|txt|md|gguf|zip|mp3|mp4|png|jpe?g|py|js|ts|cpp|html"
    r"|ya?ml|toml|ipynb|sql|xml|svg|webp|wav|mov|epub|apk|exe|dmg|safetensors|onnx|rs|sh)\b"
)
# Inclusive writing: "salarié·es", "Tou·tes", "étudiant.e.s", "concerné(e)s", "développeur·ses".
# Read aloud as radio does: one form when both sound alike ("salariées"), else both,
# masculine first ("tous et toutes", "les développeurs et développeuses", "un ou une").
_INCLUSIVE = re.compile(
    r"\b(?P<base>[A-Za-zÀ-ÿ]+[a-zà-ÿ])(?:[·•](?P<suf>e|es|le|les|ne|nes|te|tes|se|ses|euse|euses|rice|rices|ice|ices"
    r"|trice|trices|ve|ves|ère|ères|ète|ètes|elle|elles|fe|fes)(?:[·•](?P<s>s))?"
    r"|\((?P<par>e|es)\)(?P<ps>s)?"  # "salarié(e)s"
    r"|\.(?P<dot>e)\.(?P<ds>s))(?!\w)",  # with dots only "étudiant.e.s" (not "amazon.es", "math.e"); "basé(e) sur"
    re.IGNORECASE,  # "CHER·ES LECTEUR·RICES" in a headline
)
# How the feminine is made from the masculine, by the suffix written after the dot
_FEMININE: dict[str, Callable[[str], str]] = {
    "e": lambda b: b[:-2] + "ère" if b.endswith("er") else b + "e",  # "cher·e" -> "chère"
    "le": lambda b: b + "le", "ne": lambda b: b + "ne", "te": lambda b: b + "te", "fe": lambda b: b + "fe",
    "se": lambda b: b[:-1] + "se", "euse": lambda b: b[:-3] + "euse", "ve": lambda b: b[:-1] + "ve",
    "rice": lambda b: b[:-3] + "rice", "ice": lambda b: b[:-3] + "rice", "trice": lambda b: b[:-4] + "trice",
    "ère": lambda b: b[:-2] + "ère", "ète": lambda b: b[:-2] + "ète", "elle": lambda b: b[:-2] + "lle",
}  # fmt: skip
# A final "e" is not heard after these: "salarié·e", "élu·e", "réel·le", "supérieur·e"
_SILENT_E_AFTER = ("é", "i", "u", "y", "l", "eur", "ur", "ir", "or")


_FRENCH_ENDINGS = ("é", "i", "u", "ant", "ent", "eur", "ier", "al", "el", "if", "ien", "ais", "ois", "on", "ain", "in", "er", "é", "ot", "at")


def _inclusive(match: re.Match[str]) -> str:
    written = match.group(0)
    if written.isupper():  # a headline's plural ("CHER·ES"; not "DALL·E"): said as in lower case
        lower = _INCLUSIVE.fullmatch(written.lower())
        plural = written.endswith("S") and not match["dot"]
        return _inclusive(lower).upper() if lower and plural and in_capitals(match) else written
    if not written[len(match["base"]) - 1].islower():
        return written  # "SNCF·e": not a word with its feminine
    base, suffix = match["base"], match["suf"] or match["par"] or match["dot"]
    if match["par"] and not match["ps"] and not base.lower().endswith(_FRENCH_ENDINGS):
        return written  # code or maths: "catch(e)", "ln(e)" (not "basé(e)", "étudiant(e)")
    plural = bool(match["s"] or match["ps"] or match["ds"]) or suffix not in _FEMININE  # "es", "ses": plural
    suffix = suffix if suffix in _FEMININE else suffix[:-1]
    if base.lower() in ("tou", "tous", "tout"):  # "tou·tes", "tous·tes", "tout·e"
        base = base[:3] + ("s" if plural else "t")
        return f"{base} {'et' if plural else 'ou'} toute{'s' if plural else ''}"
    # a masculine plural before the dot: "lecteurs·rices", "nouveaux·elles" (not "Français·es")
    stem = base[:-1] if base[-1:] == "x" or (base[-1:] == "s" and base[-2:-1] not in "aeiouy") else base
    feminine = _FEMININE[suffix](stem) + ("s" if plural else "")
    silent = stem.lower().endswith(_SILENT_E_AFTER) and stem.lower() != "gentil"  # "gentil·le" is heard
    if suffix in ("e", "le") and not stem.endswith("er") and silent:
        return feminine  # both sound alike
    masculine = base if stem != base else base + ("s" if plural and base[-1] not in "sx" else "")
    return f"{masculine} {'et' if plural else 'ou'} {feminine}"


def in_capitals(match: re.Match[str]) -> bool:
    """Whether the line ``match`` is on is all in capitals: a headline."""
    start = match.string.rfind("\n", 0, match.start()) + 1
    end = match.string.find("\n", match.end())
    line = match.string[start : None if end < 0 else end]
    return not any(c.islower() for c in line)


_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_TRAILING = ".,;:!?)»"


def _say_host(host: str) -> str:
    labels = host.lower().split(".")
    if labels and labels[0] == "www":
        labels = labels[1:]
    spoken = []
    for i, label in enumerate(labels):
        last = i == len(labels) - 1
        if last and label not in _WORD_TLDS and len(label) <= 3:
            spoken.append(" ".join(label.upper()))
        else:
            spoken.append(_TLD_SPOKEN.get(label, label) if last else label)
    return " point ".join(s.replace("-", " tiret ") for s in spoken)


def _say_url(match: re.Match[str]) -> str:
    """'https://www.octet.example/podcast?x=1' -> 'octet point example': the path is for the show notes."""
    url = match.group(0)
    trail = ""
    while url and url[-1] in _TRAILING:
        trail, url = url[-1] + trail, url[:-1]
    host = re.sub(r"^(?:https?://)", "", url, flags=re.IGNORECASE).split("/", 1)[0].split("?", 1)[0]
    host = host.rsplit("@", 1)[-1].split(":", 1)[0]
    return _say_host(host) + trail


# A Unix path of two parts or more, or in the home folder: "/etc/passwd", "~/bin/setup.sh" (not
# "24h/24", "km/h", "et/ou": a path starts a word with "/" or "~/")
_PATH = re.compile(r"(?<![^\s(«\"'])(?:~/|/)(?:[\w.-]+/)*[\w.-]+/?(?<![.,;:!?])")


def _say_path(match: re.Match[str]) -> str:
    """'/etc/passwd' -> 'slash E-T-C slash passwd': as a technician reads it out."""
    path = match.group(0)
    parts = path.rstrip("/").split("/")  # a file name's extension is said by _FILE, next
    if (path.count("/") < 2 and not path.startswith("~/")) or any(p[:1].isupper() or len(p) == 1 for p in parts[1:]):
        return path  # a phoneme "/s/", a list "IA /Cloud/Cyber"
    said = ("tilde" if p == "~" else "E-T-C" if p == "etc" else re.sub(r"^\.", "point ", p) for p in parts)
    return " slash ".join(said).strip()


def _say_email(match: re.Match[str]) -> str:
    user, host = match.group(0).split("@", 1)
    user = re.sub(r"[._-]", lambda m: {".": " point ", "_": " tiret bas ", "-": " tiret "}[m.group(0)], user)
    return f"{user} arobase {_say_host(host)}"


_PRERELEASE = {"alpha": "alpha", "beta": "bêta", "rc": "R-C"}  # a version's suffix: "2.0.0-beta.3"
# "¥" is the yen, and the yuan where only China is spoken of in the sentence ("À Shanghai, 3 000 ¥ par
# mois" -> "CNY"); not beside a Japanese name ("Nintendo … 49 980 ¥ ; Tencent … en Chine"), nor a sign alone.
# China is named by its provinces and cities ("loué 8 000 ¥ aux usines du Jiangsu"), its companies, or a
# pinyin name with "zh", which no Japanese name has ("Zhejiang", "Zhipu")
_CHINA = re.compile(
    r"\b(?:Chine|chinois\w*|Pékin|Beijing|Shanghai|Shenzhen|Hangzhou|Canton|Guangzhou|yuans?|renminbi|RMB"
    r"|Jiangsu|Guangdong|Fujian|Shandong|Sichuan|Hubei|Hunan|Henan|Hebei|Anhui|Yunnan|Guizhou|Xinjiang|Wuhan|Tianjin"
    r"|Chongqing|Chengdu|Suzhou|Nankin|Nanjing|Hefei|Xiamen|Qingdao|Dongguan|Foshan|Pudong|Lingang"
    r"|Alibaba|Tencent|Baidu|Huawei|ByteDance|Xiaomi|BYD|CATL|SMIC|DeepSeek|Unitree|UBTech|AgiBot|Xpeng|NIO|Geely"
    r"|Lenovo|Meituan|Pinduoduo|Temu|Shein|SenseTime|Hikvision|Kuaishou|Douyin|WeChat|Qwen|Moonshot|MiniMax"
    r"|\w*zh\w*|Zh\w+)\b"
)
_JAPAN = re.compile(
    r"\b(?:Japon|japonais\w*|nippon\w*|Soleil-Levant|Tokyo|Osaka|Kyoto|Ginza|yens?|Nikkei|Sony|Nintendo|SoftBank|Toyota"
    r"|Honda|Nissan|Panasonic|Hitachi|Toshiba|Fujitsu|Rakuten|Uniqlo|Mitsubishi|Sumitomo|Mizuho|Canon|Keyence|Tanaka"
    r"|Yaskawa|Fanuc|Kawasaki|Yamaha|Denso|Kyocera|Murata|Renesas|Subaru|Mazda|Suzuki|Nomura|Kioxia|Rapidus|Yokohama"
    r"|Nagoya|Fukuoka|Kobe|Sapporo|Kitakyushu|Hokkaido"
    r"|Bandai|Namco|Square Enix|Capcom|Sega|Konami|Daikin|Takeda|Shiseido|Komatsu|Nidec|Fast Retailing|Shimano|Nikon"
    r"|Olympus|Ricoh|Epson|Seiko|Casio|Asics|Muji|Kirin|Asahi|Suntory|Lawson|Aeon|Mercari|Docomo|NTT|KDDI|Advantest"
    r"|Akihabara|Shibuya|Shinjuku|Kumamoto|Hiroshima|Sendai|Okinawa|Kyushu|Chiba|Saitama|Kanagawa|Nara)\b"
    r"|[\u3040-\u30ff]"  # kana: a Japanese word written as such ("ソニー")
)
# a Chinese place or maker named as where the goods come from is no market: "fabriquée à Dongguan", "assemblés au
# Guangdong", "importés de Shenzhen" (the ¥ paid in Tokyo stays a yen); "loué aux usines du Jiangsu" still is one
_MADE_IN = re.compile(
    r"\b(?:fabriqu|produi|assembl|import|venu|conçu|sous-trait|délocalis|expédi|déplac)\w*(?: \w+)?"
    r" (?:à|au|aux|en|de|du|des|d['’]|par|depuis|vers) (?:l['’]|la |le )?\Z"
)
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?](?=\s+[A-ZÀ-Ý«]|\s*$)")  # (not "M. Tanaka")
_YEN_SIGN = re.compile(
    r"(?<=\d)(?P<mag>(?: ?(?:Mds|Md|M|k|K|T))?) ?¥"  # "3 000 ¥", "5 Md¥"
    r"|(?P<space> ?)¥ ?(?P<n>\d+(?:[ \u00a0\u202f]\d{3})*(?:[,.]\d+)?)"  # "¥3 000"
)


def _yen_or_yuan(match: re.Match[str]) -> str:
    starts = [m.end() for m in _SENTENCE_END.finditer(match.string, 0, match.start())]
    end = _SENTENCE_END.search(match.string, match.end())
    sentence = match.string[starts[-1] if starts else 0 : end.start() if end else len(match.string)]
    china = any(not _MADE_IN.search(sentence, 0, m.start()) for m in _CHINA.finditer(sentence))
    if not china or _JAPAN.search(sentence):
        return match.group(0)
    if match["n"]:
        return f"{match['space']}{match['n']} CNY"  # "¥3 000" -> "3 000 CNY"
    return f"{match['mag']} CNY"  # "3 000 ¥", "5 Md¥"


def _solar_masses(match: re.Match[str]) -> str:
    """'29 M☉' -> "29 masses solaires", '1 M☉' -> "une masse solaire" (not millions: "M" is a magnitude)."""
    n = match["n"]
    if n == "1":
        return "une masse solaire"
    return f"{n} masse solaire" if float(n.replace(",", ".")) < 2 else f"{n} masses solaires"


# Isotopes, their number written first in superscripts or after a hyphen (only the known ones: "U-2" is a plane)
_ELEMENTS = {"C": "carbone", "U": "uranium", "Pu": "plutonium", "Cs": "césium", "I": "iode", "Sr": "strontium",
             "Co": "cobalt", "K": "potassium", "Th": "thorium", "Ra": "radium", "Tc": "technétium", "Am": "américium",
             "F": "fluor", "H": "hydrogène", "Rn": "radon", "Xe": "xénon", "Kr": "krypton", "Li": "lithium"}  # fmt: skip
# (not "F-18", a fighter, "H-3", a rocket or an hour, "K-40"; nor a footnote's call before a word: "%.¹C'est", "²K. Schwab")
_ISOTOPES = "C-14|U-235|U-238|Pu-239|Pu-238|Cs-137|I-131|Sr-90|Th-232|Ra-226|Tc-99|Am-241|Xe-135|Kr-85"
_ISOTOPE = re.compile(
    rf"(?P<art>\b[LlDd][ea] )?(?:(?<![\w⁰¹²³⁴⁵⁶⁷⁸⁹.,%])(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{{2,3}})(?P<el>[A-Z][a-z]?)(?![\w'’-])"
    rf"|\b(?P<pair>{_ISOTOPES})(?![\w-]))"
)


def _isotope(match: re.Match[str]) -> str:
    if match["pair"]:
        element, number = match["pair"].split("-")
    else:
        element, number = match["el"], match["sup"].translate(SUPERSCRIPTS)
    if element not in _ELEMENTS:
        return match.group(0)
    article, name = match["art"] or "", _ELEMENTS[element]
    if match.string.endswith(name + " ", 0, match.start()):  # "le carbone ¹⁴C": said once
        return article + number
    if article and name[0] in "aeiouyhé":
        article = article[0] + "'"  # "le ²³⁵U" -> "l'uranium", "de ²³⁹Pu" -> "de plutonium"
        article = article if article[0] in "Ll" else article[0] + "e "
    return f"{article}{name} {number}"


def _tag_words(match: re.Match[str]) -> str:
    """A hashtag's or a handle's words apart, so each is said as it should be: "#IAResponsable" ->
    "#IA Responsable", "#AIActionSummit" -> "#AI Action Summit", "@lettre_ia" -> "@lettre IA"."""
    body = match["body"].replace("_", " ").strip()
    if match["mark"] == "#":  # (a name's own capitals stay: "#ChatGPT", "#McDonalds", "#iPhone")
        body = re.sub(r"(?<=\b[A-ZÀ-Ý][a-zà-ÿ]{2})(?=[A-ZÀ-Ý][a-zà-ÿ]{2})|(?<=[a-zà-ÿ]{3})(?=[A-ZÀ-Ý][a-zà-ÿ]{2})"
                      r"|(?<=[A-Z])(?=[A-Z][a-zà-ÿ]{2})|(?<=[A-Za-zà-ÿ])(?=\d)", " ", body)
    body = re.sub(r"\b(?:ia|ai)\b", lambda m: m.group(0).upper(), body)
    return match["mark"] + body


_CLEAN: _Table = (
    (re.compile(r"©\s*DR\b"), "droits réservés"),  # a credit, before the mark goes
    (_INVISIBLE, ""),
    (re.compile("[₀₁₂₃₄₅₆₇₈₉]"), lambda m: str("₀₁₂₃₄₅₆₇₈₉".index(m.group(0)))),  # "CO₂", "H₂O"
    (re.compile(r"\bCO²"), "CO2"),  # misspelt
    (re.compile(r"(?<![^\W\d_])μ(?=(?:s|m|g|l|L|mol|W|A|V|Hz)\b)"), "µ"),  # the Greek mu as the micro sign: "3 μs", "2 μm"
    # a star's mass, before the symbol goes ("29 M☉" is no millions; "4 millions de M☉")
    (re.compile(r"(?<![\d,])(?P<n>\d+(?:,\d+)?) ?M☉"), _solar_masses),
    (re.compile(r"(?<=\bde )M☉"), "masses solaires"),
    (_ISOTOPE, _isotope),
    (_YEN_SIGN, _yen_or_yuan),  # "¹⁴C", "Pu-239" -> "carbone 14", "plutonium 239" (the number is no footnote's call)
    (re.compile(r"^(\s*)[0-9#*]\uFE0F?\u20E3\s*", re.MULTILINE), r"\1"),  # a keycap heading's number: "1️⃣ Le problème"
    (re.compile(r"([0-9])\uFE0F?\u20E3"), r"\1"),  # elsewhere its digit: "Il reste 3️⃣ jours"
    (_STARS, _stars),  # a rating before the emoji go: "⭐⭐⭐☆☆" -> "3 étoiles sur 5"
    # one star after a count is its unit: a repository's "142 000 ★", "41k ⭐", a hotel's "5 ★" (not "⭐ Coup de cœur")
    # (a star between a heading's number and a capital is its decoration: "Rétrospective 2025 ★ Les dix…", "Épisode
    # 12 ★ Spécial")
    (re.compile(r"(?:(?<=\d)|(?<=\d[kKM]))[ \u00a0\u202f]?[⭐★]\ufe0f?(?![⭐★☆]|[ \u00a0\u202f]+[A-ZÀ-Ý])"),
     lambda m: " étoile" if re.search(r"(?<![\d,.])1(?:,\d+)?[ \u00a0\u202f]?$", m.string[: m.start()]) else " étoiles"),
    (_EMOJI, ""),
    (re.compile(r"[\u00a0\u202f\u2007\u2009\u200a\t]"), " "),  # no-break, narrow and thin spaces
    (re.compile(r"[‘’‚‛´ʼ]"), "'"),
    (re.compile(r"[\u2010\u2011]"), "-"),  # (non-breaking) hyphens
    (re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*\)"), r"\1"),  # Markdown link or image -> its text
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # Markdown autolink
    (re.compile(r"(\*\*|__|~~|`)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # **bold**, __bold__, ~~strike~~, `code`
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *italic*
    (re.compile(r"(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)"), r"\1"),  # _italic_
    (re.compile(r"^\s{0,3}(#{1,6}|>+(?! ?\d))\s+", re.MULTILINE), ""),  # heading or quote marker at a line start
    (re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$", re.MULTILINE), ""),  # a table's rule: "|---|---|"
    (_EMAIL, _say_email),
    # a link given after its sentence ("Le rapport est en ligne : https://…", "Le rapport —
    # https://…"): for the show notes, not said; an address inside a sentence, or a short one to
    # remember ("son site : www.17cyber.gouv.fr"), is said by its site
    (re.compile(r"\s*(?:[—–:→]|\s-)\s*https?://[^\s<>«»\"()]+?(?P<end>[.!?]?)(?=\s*$)", re.MULTILINE), r"\g<end>"),
    # and so is one in brackets that ends a brief or a sentence ("… d'Elaia [https://…]."), or one
    # alone after the sentence ("… 22 M€. https://…"); "Le lien est https://…" says it
    (re.compile(r"(?:\s*[\[(]https?://[^\s<>«»\"()\[\]]+[\])]|(?<=[.!?])\s+https?://[^\s<>«»\"()\[\]]+?)"
                r"(?P<end>[.!?]?)(?=\s*$|(?<=[.!?])\s+[A-ZÀ-Ý«\"])", re.MULTILINE), r"\g<end>"),
    # a link's call to follow it, after its item's last sentence ("… de 11,2 %. Lire le communiqué"):
    # the link is in the show notes, and a listener cannot click
    (re.compile(r"(?<=[.!?»])\s+(?:→\s*)?(?:(?:Lire|Voir|Consulter|Découvrir|Écouter|Regarder|Télécharger)"
                r"(?: (?:le|la|les|l'|notre|nos|son|sa|ses|plus|aussi))(?: [^\s.!?]+){1,2}|En savoir plus)\s*→?\s*$",
                re.MULTILINE), ""),  # (not "Lire Lolita à Téhéran", "Consulter un pharmacien en cas de doute")
    (_URL, _say_url),
    (_PATH, _say_path),
    (_FILE, lambda m: f"{m['name']} point {m['ext'].upper()}"),
    (re.compile(r"(?<=[a-z])\.AI\b"), " AI"),  # "Character.AI"
    (re.compile(r"(?<![\w.])([CF])#(?![A-Za-z_#])"), r"\1 sharp "),  # the languages C#, F#, "C#10"
    (re.compile(r"(?<![\w&])(?P<mark>[#@])(?P<body>[A-Za-zÀ-ÿ][\wÀ-ÿ]*)"), _tag_words),  # "#IAResponsable", "@lettre_ia"
    (re.compile(r"(?<=[A-Za-z])@(?=\d{1,3}\b)"), " à "),  # a metric at k: "rappel@10", "pass@1" -> "rappel à dix"
    (re.compile(r"(?<![\w.])(\w*)\.NET\b"), lambda m: f"{m[1]} dotnette".strip()),  # ".NET", "ASP.NET" ("dotnet": /dɔtnɛ/)
    (re.compile(r"\b([Ll]e)[·•/]la\b"), r"\1 ou la"),  # "le·la présidente"
    (re.compile(r"\b([Ee]t)/ou\b"), r"\1 ou"),  # "et/ou"
    (_INCLUSIVE, _inclusive),
    (re.compile(r"(?<=[a-zà-ÿ0-9.,;»”)])\[\d{1,3}\]|(?<=[a-zà-ÿ0-9»”)]) \[\d{1,2}\](?=[.!?]|$)"), ""),  # a footnote call:
    # "étude[1]", "en 2035[1]", "ce paradoxe [1]." (not "[2024]", "la matrice M[2]", "l'étape [3] du rallye")
    (re.compile(r"(?<![\w$])(?<!\d )\$(?!US\b|CA\b|AU\b)(?=[A-Z]{1,5}\b)"), ""),  # a ticker: "$NVDA" (not "50 $CA")
    # a job ad's "(F/H/X)", or "(H/F)" ending its title (not "le ratio H/F", "la répartition (H/F) des…")
    (re.compile(r"\s*\((?:[HF]/[HF]/(?:X|NB))\)|\s*\((?:H/F|F/H)\)(?=\s*(?:[,:–—-]|$))", re.MULTILINE), ""),
    (re.compile(r"\s*\(ISBN(?:-1[03])?\s*:?\s*[\d-]{9,16}[\dX]\)|,\s*ISBN(?:-1[03])?\s*:?\s*[\d-]{9,16}[\dX]\b"),
     ""),  # an aside's ISBN, for the show notes, not the ear
    (re.compile(r"(?<=\d)-(alpha|beta|rc|RC)\.?(?=\d)"), lambda m: f" {_PRERELEASE[m[1].lower()]} "),  # "2.0.0-beta.3"
    # an exchange and its ticker: "(NASDAQ: COIN)", two names, not a headline in capitals
    (re.compile(r"\((NASDAQ|Nasdaq|NYSE|Euronext|EPA|LSE|TSX|HKEX|TYO|XETRA|ETR|SIX|BIT|AMS|BME) ?: ?([A-Z][A-Z.]{0,5})\)"),
     r"(\1, \2)"),
)


def clean(text: str) -> str:
    """Plain text: no emoji, markup or links; one kind of space and apostrophe."""
    text = unicodedata.normalize("NFC", text)
    for pattern, replacement in _CLEAN:
        text = pattern.sub(replacement, text)
    return text


# The first word of a said number, or its sign
_NUMBER_WORD = rf"(?:{NUMBER_WORD}|plus\b|moins\b)"
# A unit of area or volume written alone (its number, if any, was said by the number rules)
_SQUARED_UNITS = {"k": "kilomètre", "": "mètre", "c": "centimètre", "m": "millimètre"}
_ONE_BEFORE = re.compile(r"\b(?:[Dd]u|[Ll]e|[Aa]u|par|un)\s+\Z")


def _unit_alone(match: re.Match[str]) -> str:
    """'du m³' -> 'du mètre cube', 'des km²' -> 'des kilomètres carrés'."""
    one = bool(_ONE_BEFORE.search(match.string, 0, match.start()))
    said = _SQUARED_UNITS[match[1]] + (" carré" if match[2] == "²" else " cube")
    return said if one else said.replace(" ", "s ") + "s"


# Greek letters alone (in a word, μ is the micro of "μs", said by the unit rules)
_GREEK = {
    "α": "alpha", "β": "bêta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "dzêta", "η": "êta", "θ": "tèta",
    "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu", "ξ": "ksi", "ο": "omicron", "π": "pi",
    "ρ": "rhô", "σ": "sigma", "ς": "sigma", "τ": "tau", "υ": "upsilon", "φ": "phi", "χ": "khi", "ψ": "psi",
    "ω": "oméga",
}  # fmt: skip
_GREEK |= {letter.upper(): name for letter, name in _GREEK.items() if letter != "ς"}

# A credit rating's minus, spelled: "de AA- à A+" -> "A-A moins" (where a rating is spoken of, before it
# or after: "a placé le AA- sous surveillance", the agency's name held as an English span)
_RATING = re.compile(r"(?<![\w-])((?:[ABC]-){0,2}[ABC])-(?=\s|$|[,.;:)])")
_RATING_WORDS = re.compile(r"(?i)\b(?:not(?:e|es|é|ée|ation)|Fitch|Moody|S&P|S et P|Standard|dégrad|relev|abaiss|rehauss)")
_RATING_AFTER = re.compile(r"(?i)[^.;!?]{0,40}?\b(?:sous surveillance|perspective (?:négative|positive|stable))")


def _rated(match: re.Match[str]) -> bool:
    return bool(_RATING_WORDS.search(match.string, max(0, match.start() - 80), match.start()) or _RATING_AFTER.match(match.string, match.end()))


def _rating(match: re.Match[str]) -> str:
    return f"{match[1]} moins" if _rated(match) else match.group(0)


# A rating's letter twice or three times is said so, as finance does: "le AA-" -> "le double A moins"
# ("A-A" was one long /a/ after "le"), "AAA" -> "triple A" (a rating, a game, a battery: always so)
# (an agency or a rating's word right before: "S&P a placé le AA-", "notée BB+", "Notation de l'État : AA-"; not "le
# relevé … la CC du Pays de Gex")
_NEAR_RATING = re.compile(r"(?i)(?:Fitch|Moody's|S&P|S et P|Standard (?:&|and) Poor's|\bnot(?:e|é|ée|és|ées|ation)\b|catégorie spéculative)[^.;:!?]{0,60}(?:: )?\Z")
_REPEATED_LETTER = re.compile(r"(?<![\w'’-])(?P<l>[ABC])-(?P=l)(?P<third>-(?P=l))?(?![\w-])")


def _repeated_letter(match: re.Match[str]) -> str:
    if match["third"] and match["l"] == "A":
        return "triple A"
    near = _NEAR_RATING.search(match.string, max(0, match.start() - 40), match.start())
    return f"{'triple' if match['third'] else 'double'} {match['l']}" if near else match.group(0)


# Quotes, dashes, brackets, bullets -> pauses; symbols -> words. Applied after the
# number rules, which need "%", "€", "-" and "→" in their context first.
_SEXES = {"F": "femmes", "H": "hommes"}
# A quiz's options on one line, lettered from "a)": "a) Intel b) TSMC c) Samsung" -> "a : Intel ; b : TSMC ; c :
# Samsung" (it was "a, Intel b, TSMC c, Samsung": each letter heard with the option before it)
_OPTION = re.compile(r"(?:^|(?<=[\s:]))(?P<l>[a-hA-H])\) (?=\S)", re.MULTILINE)


def _options(match: re.Match[str]) -> str:
    line = match.group(0)
    found = list(_OPTION.finditer(line))
    letters = [m["l"] for m in found]
    if len(letters) < 2 or letters != [chr(ord(letters[0]) + i) for i in range(len(letters))] or letters[0] not in "aA":
        return line
    if line[: found[0].start()].strip() and line[: found[0].start()].rstrip()[-1] not in "?:":
        return line  # options open a line or follow a question ("… ? a) …"): not a clause's "prévoit a) une taxe"
    first = True

    def option(m: re.Match[str]) -> str:
        nonlocal first
        said, first = (f"{m['l']} : " if first else f"; {m['l']} : "), False
        return said

    return _OPTION.sub(option, line)


_OPTIONS_LINE = re.compile(r"^.*\b[aA]\) .*\b[bB]\) .*$", re.MULTILINE)


_PUNCTUATE: _Table = (
    (_OPTIONS_LINE, _options),
    (re.compile(r"(?<=')\s*[«“\"]\s*"), ""),  # "d'« agents »": the elided word stays joined
    # a quotation of clauses closed mid-sentence ends with a pause: "ont « trois mois de retard, pas plus »
    # sur les américains" (not a quoted phrase, "« 80 % de la valeur » du groupe")
    (re.compile(r"«(?P<q>[^«»]{0,200}?,\s[^«»]{0,200}?)(?<![,.;:!?…\s])\s*»"
                r"(?=\s+(?!(?:de|des|du|d'|fois|millions?|milliards?|pour)\b)[a-zà-ÿ0-9])"), r"«\g<q>,»"),  # (not "… » du siècle")
    (re.compile(r"[«»“”„‟\"]"), " "),
    (re.compile(r"\s*(?:\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\))\s*"), ", "),  # "[…]": a cut in a quote, a pause
    (re.compile(r"(?:…|\.{3,})(?=\s+[a-zà-ÿ])"), ","),  # "de… la Belgique": a hesitation, not the end
    (re.compile(r"…|\.{3,}"), "."),
    (re.compile(r"\s*[•·▪●◦‣∙]\s*"), ", "),
    (_RATING, _rating),  # "AA-", "BBB-", spelled
    (_REPEATED_LETTER, _repeated_letter),
    (re.compile(r"(?:^|(?<=\s))[—–-]+(?=\s)|\s[—–]+|[—–]+\s"), ", "),  # spaced dashes, dialogue dashes
    (re.compile(r"[—–]"), "-"),
    (re.compile(r"(?<=\w)\(\s*\)"), ""),  # a function's call: "generate_text()"
    (re.compile(r"\s*[()\[\]{}]\s*"), ", "),
    (re.compile(r"^\s*→\s*", re.MULTILINE), ""),  # an arrow opening a line is a bullet
    (re.compile(r"\s*→\s*$", re.MULTILINE), ""),  # and closing one, a link's mark ("Notre sélection de la semaine →")
    # a consequence ("en 18 mois → un bond de 28 points"): a pause, not "vers"
    (re.compile(r"\s*→\s*(?=(?:un|une|des|soit|donc)\b)"), ", "),  # (but "Paris → la Défense": "vers")
    (re.compile(r"\s*→\s*"), " vers "),
    (re.compile(r"\s*←\s*"), " depuis "),
    # "Nvidia ↑ 5 %" (the number already said), "les ventes ↑." ; "Scrollez ↓ pour voir" is a pause
    (re.compile(rf"\s*[↑↗⬆]\s*(?={_NUMBER_WORD})"), " en hausse de "),
    (re.compile(rf"\s*[↓↘⬇]\s*(?={_NUMBER_WORD})"), " en baisse de "),
    (re.compile(r"(?<=\w)\s*[↑↗⬆]\s*(?=[,.;:!?)]|$)"), " en hausse"),
    (re.compile(r"(?<=\w)\s*[↓↘⬇]\s*(?=[,.;:!?)]|$)"), " en baisse"),
    (re.compile(r"\s*(?:[\u2191-\u21ff\u25a0-\u25ff]|=>|->)\s*"), ", "),  # other arrows, shapes: a pause
    (re.compile(r"\s*&\s*"), " et "),
    (re.compile(r"\s*=\s*"), " égale "),
    (re.compile(r"\s*×\s*"), " fois "),
    (re.compile(r"(?<=\S)\+\+"), " plus plus"),  # C++
    (re.compile(r"(?<=\S)\+(?=\s|$|[,.;:])"), " plusse"),  # Canal+, Disney+: /plys/ (not "plu-z-et", "plu,")
    (re.compile(r"\s\+\s"), " plus "),
    (re.compile(rf"\b([Dd])e\s*[≈~]\s*(?={_NUMBER_WORD})"), r"\1'environ "),  # "de ~60 %" (said by now)
    (re.compile(rf"[≈~]\s*(?={_NUMBER_WORD})|≈\s*"), "environ "),  # not "~/.ssh"
    # a Greek letter squared: in a name, its figure ("τ²-bench" -> "tau deux bench", the ² was dropped as a
    # footnote's call), in a formula, its power ("σ²" -> "sigma au carré")
    (re.compile(r"(?<![^\W\d_])([α-ωΑ-Ω])([²³])(?=-[^\W\d_])"), lambda m: f"{_GREEK[m[1]]} {'deux' if m[2] == '²' else 'trois'}"),
    (re.compile(r"(?<![^\W\d_])([α-ωΑ-Ω])([²³])(?![^\W\d_])"), lambda m: f"{_GREEK[m[1]]} au {'carré' if m[2] == '²' else 'cube'}"),
    (re.compile(r"(?<![^\W\d_])[α-ωΑ-Ω](?![^\W\d_])"), lambda m: _GREEK[m.group(0)]),  # "β2", "τ-bench"
    (re.compile(r"\s*≥\s*"), " supérieur ou égal à "),
    (re.compile(r"\s*≤\s*"), " inférieur ou égal à "),
    (re.compile(r"\s*≠\s*"), " différent de "),
    # "√2" (was "√deux", the root never said), "√x", "√(a+b)"; a tick before a word is a bullet's mark, a pause
    # ("Livraison gratuite √ Retours sous 30 jours")
    (re.compile(rf"√\s*(?=\d|{_NUMBER_WORD}|[(,]|[a-zA-Zπ]\b)"),
     lambda m: (" " if m.string[m.start() - 1 : m.start()].isalnum() else "") + "racine de "),  # ("σ√N")
    (re.compile(r"(?:^|(?<=\s))√\s*"), lambda m: "" if m.start() == 0 or m.string[m.start() - 1] == "\n" else ", "),
    (re.compile(r"\s*±\s*"), " plus ou moins "),
    (re.compile(r"(?:(?<=hashtag )|(?<=hashtags )|(?<=mot-dièse )|(?<=mots-dièses ))#(?=\w|\U000f0000)", re.IGNORECASE),
     ""),  # said once
    (re.compile(r"(?<!\w)#(?=\w|\U000f0000)"), "hashtag "),  # a word or a lexicon entry held aside ("#IA")
    (re.compile(r"(?<!\w)@(?=\w)"), ""),  # a handle: just the name
    (re.compile(r"\s*%"), " pour cent"),
    (re.compile(r"\s*‰"), " pour mille"),
    (re.compile(r"§\s*"), "paragraphe "),
    (re.compile(r"\s*€"), " euros"),
    (re.compile(r"\s*\$"), " dollars"),
    (re.compile(r"\s*£"), " livres"),
    (re.compile(r"\s*¥"), " yens"),
    (re.compile(r"\s*₩"), " wons"),
    (re.compile(r"°"), " degrés"),
    # a price per a period: "55 k€ brut/an", "3 000 € net/mois" (the money is said by now)
    (re.compile(r"\b(euros?|dollars?|livres?|francs?|brut|net|HT|TTC|taxes|comprises)\s*/\s*(an|mois|jour|semaine|heure)\b"),
     r"\1 par \2"),
    # women and men where their balance is spoken of: "l'index égalité F/H", "la parité H/F" -> "femmes-hommes"
    (re.compile(r"\b((?i:égalité|parité|mixité|index|écarts?|ratio|répartition)(?: (?:salariale|professionnelle|salarial))?) ([FH])/([FH])\b(?!/)"),
     lambda m: f"{m[1]} {_SEXES[m[2]]}-{_SEXES[m[3]]}" if m[2] != m[3] else m.group(0)),
    # "ratio dette/EBITDA", "signal/bruit" (a "rapport qualité/prix", "Draghi/Letta" is no division)
    (re.compile(r"\b([Rr]atio [\w-]+|signal)\s*/\s*(?=\w|\U000f0000)"), r"\1 sur "),
    # an acronym and its version, one name: "HTTP/3", "A/B" ("5G/4G", "IGF/IGAS", "H/F" are two)
    (re.compile(r"(?<=[A-Z]-[A-Z])/(?=(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b)|(?<=\bA)/(?=B\b)"), " "),
    (re.compile(r"(?<=[\w\U000f0001-\U000ffffd])\s*/\s*(?=\w|\U000f0000)"), ", "),  # "performance/cours": a pause
    # a unit alone ("habitants, km²", "millions de m³"); a formula ("E=mc²", "n²"); else a footnote's
    # call ("l'étude²", "l'OCDE²"), silent. Units with numbers are said by now.
    (re.compile(r"\b([kcm]?)m([²³])"), _unit_alone),
    (re.compile(r"(?<![^\W\d_])(?<!-)([A-Za-z]{1,2})([²³])"), lambda m: m[1] + (" au carré" if m[2] == "²" else " au cube")),
    (re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+"), ""),  # a footnote's call: "l'étude²", "l'OCDE²", "Sharpe¹"
    (re.compile(r"\s*\|\s*"), ", "),  # a table's cells, flattened: "Chrome 61 % | Safari 22 %"
    (re.compile(r"[*_^<>\\/`#@~]"), " "),
)
_SPACES = re.compile(r"[ \t]+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])")
_REPEATED_PUNCT = re.compile(r"([,;:])(?:\s*[,;:])+")
_PUNCT_BEFORE_STOP = re.compile(r"[,;:]\s*([.!?])")
_STOP_BEFORE_PUNCT = re.compile(r"\.\s*([,;:])[,;:]*")  # "journey… » :" -> "journey:"
_EXCLAIM_BEFORE_PUNCT = re.compile(r"([!?])\s*[,;:.]+")  # "(vraiment ?)." -> "vraiment?"
_DOUBLE_STOP = re.compile(r"\.(?:\s*\.)+")
_NEWLINES = re.compile(r"\s*\n\s*")


def punctuate(text: str) -> str:
    """Symbols said, markup-like punctuation turned into pauses, spacing tidied."""
    for pattern, replacement in _PUNCTUATE:
        text = pattern.sub(replacement, text)
    text = _NEWLINES.sub(" ", text)
    text = _SPACES.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _REPEATED_PUNCT.sub(r"\1", text)
    text = _PUNCT_BEFORE_STOP.sub(r"\1", text)
    text = _STOP_BEFORE_PUNCT.sub(r"\1", text)
    text = _EXCLAIM_BEFORE_PUNCT.sub(r"\1", text)
    text = _DOUBLE_STOP.sub(".", text)
    return text.strip(" ,;:")
