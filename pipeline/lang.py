"""Language identification: which language a line, paragraph or block of text is written in.

This module owns the answer to "what language is this text?" for the whole pipeline, so that
adapters and merging never call a detection library directly. The answer is an ISO 639-1 code
(``en``, ``ja``, ``zh``, ``ko``, ``fr``, ...) or ``None``.

Script decides first, a statistical model only where script cannot. Addresses (``https://...``)
are cut out of the text before anything is asked: they are written in no language.

1. **No letters** (empty, digits, punctuation, symbols; the kana marks ``・`` and ``ー`` count
   as punctuation) -> ``None``.
2. **CJK** (Han, kana, Hangul) decides whenever the text has any, unless it reads as a Latin (or
   other alphabetic) sentence quoting a CJK term: more than :data:`LATIN_PER_CJK` other letters
   per CJK character, and the context is not itself ``ja``, ``zh`` or ``ko``. So Latin brand
   names never make a line English (``微软仍是OpenAI的主要云合作伙伴`` is ``zh``,
   ``Microsoft と OpenAI のパートナーシップ`` is ``ja``), while
   ``The Chinese term 内卷 describes involution`` stays ``en``. Then:

   * Hangul making up at least :data:`HANGUL_MIN_SHARE` of the CJK characters -> ``ko``
     (Korean text may carry Hanja; Chinese or Japanese text quoting a Korean name stays put);
   * kana letters making up at least :data:`KANA_MIN_SHARE` of the Han + kana characters -> ``ja``.
     Only kana *letters* count: the middle dot ``・``, the prolonged sound mark ``ー`` and the
     iteration and voicing marks also occur in Chinese text and never flip it. The share (not a
     count) keeps a Chinese paragraph quoting one katakana name Chinese, while the shortest
     Japanese headline with one particle (``日銀が利上げ``) is Japanese;
   * Han without (enough) kana -> ``zh``, except that a kanji-only line on a page known to be
     Japanese (``context="ja"``: ``企業``, ``著者: OpenAI``, ``関連投稿:``) is ``ja``,
     and a Hanja-only line on a Korean page (``context="ko"``) is ``ko``. Without context such a
     line is ``zh``: nothing in the text itself says otherwise.
3. **Scripts with one language here**: Greek ``el``, Hebrew ``he``, Arabic ``ar`` (or Persian
   ``fa`` or Urdu ``ur``, by the letters each alone writes), Thai ``th``,
   Devanagari ``hi``, whenever such a script holds at least :data:`OWN_SCRIPT_MIN_SHARE` of the
   letters: the Latin names a Thai headline quotes (``OpenAI กับ Microsoft รีเซ็ตดีล``) do not make it
   English, while an English sentence quoting one Greek letter stays English. Letters of any other
   script (and nothing else) -> ``None``.
4. **Latin and Cyrillic**: lingua, restricted to :data:`LINGUA_LANGUAGES`, built once on first
   use and cached for the process. The restriction is what makes it fast and accurate on this
   corpus; high-accuracy mode is kept (``tests/measure_lang.py`` measures the alternatives).
   Text holding letters of the Nordic alphabets (``å ä ö ø æ``) is asked of a second model that
   knows Swedish, Danish, Norwegian (Bokmål) and Finnish as well (:data:`NORDIC_LANGUAGES`):
   ``Diskussioner om AI:s påverkan på säkerhet och etik`` is Swedish, not German or Dutch. A
   Danish line without those letters is still read among the first eight. Indonesian, which no
   letter tells, is told by its function words alone (``yang``, ``dan``, ``untuk``, ...:
   :data:`WORD_LANGUAGES`), which may be fewer among a headline's names than another
   language's must be.
   Text longer than :data:`MAX_MODEL_CHARS` is cut to that length before the model sees it.
   Before the model (after the function words), letters that only one language writes decide for
   languages the model is not asked about: Vietnamese ``ơ ư đ`` and its dotted and hooked
   vowels, Turkish ``ğ ı``, Polish ``ł ą ę``, Czech ``ř ě ů``, Romanian ``ș ț``, Hungarian
   ``ő ű``, Ukrainian ``і ї є ґ``, when they make up at least :data:`SIGNATURE_MIN_SHARE` of the
   letters (an English sentence naming Wałęsa and Łódź is English by its function words).

   A **short Latin fragment** (fewer than :data:`SHORT_WORDS` words or fewer than
   :data:`SHORT_LETTERS` letters: ``Key Points``, ``Azure``, ``Log in``) is not given to the
   model, which cannot tell languages apart on so little. It takes the language of its context
   (the page or section it sits in) when one is given, else ``en``: on these pages such
   fragments are headings, labels and brand names, which belong to their surroundings. On a
   page or in a section known to be ``ja``, ``zh`` or ``ko`` the same holds for Latin text of fewer
   than :data:`CJK_PAGE_NAME_WORDS` words (``Aurora PostgreSQL Serverless`` as a bullet of a
   Japanese report), or of words mostly capitalised with no sentence's end (``Amazon Kinesis Data
   Analytics for Apache Flink``): there it names a product or a term, and the model, asked,
   said ``de`` for both.

``context`` is a language tag for the surrounding page or section (``"ja"``, ``"ja-JP"``,
``"EN"``); its primary subtag is used, and it is ignored unless that is two letters. It decides
kanji-only lines, Latin-heavy lines holding some CJK, short Latin fragments, and Latin text the
model leaves undecided. A Latin line on a page in another Latin-script language (``fr``, ``nl``)
takes the page's language too, unless it is plainly English: a line of ASCII letters holding a
word only English writes, which its function words or the model then call English (the model with
confidence of at least :data:`ENGLISH_MIN_CONFIDENCE` for English and at most
:data:`CONTEXT_MAX_CONFIDENCE` for the page's language). Digests quote their outlets' English
headlines as written among their own language's; ``OpenAI lanza GPT-5.4 con versiones Pro y
Thinking`` stays Spanish. A line of Latin letters alone on a Cyrillic page (``ru``, ``uk``) is in
the language its function words say, else English where it says something in English (``How
Claude's text watermark works``) or the model is that sure of it, else (a name, a term) the
page's; one that holds some of the page's own words among Latin names is in the page's alphabet.
Cyrillic text is Ukrainian by its own letters (counted among the Cyrillic ones), else, on a
Ukrainian page, when it has none of the letters only Russian writes (``ы э ъ ё``), else Russian.
Kana, Hangul and, without a context, any Latin or Cyrillic text long enough for the model are
decided by the text alone.

Everything here is deterministic: the same text and context always give the same answer.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

__all__ = [
    "CJK_PAGE_NAME_WORDS",
    "CONTEXT_MAX_CONFIDENCE",
    "ENGLISH_MIN_CONFIDENCE",
    "FUNCTION_WORD_SHARE",
    "HANGUL_MIN_SHARE",
    "IDENTIFIED_LANGUAGES",
    "KANA_MIN_SHARE",
    "LATIN_PER_CJK",
    "LINGUA_LANGUAGES",
    "MAX_MODEL_CHARS",
    "NAME_CAPITALISED_SHARE",
    "NORDIC_LANGUAGES",
    "OTHER_CYRILLIC_LANGUAGES",
    "OTHER_MIN_CONFIDENCE",
    "OTHER_MIN_WORDS",
    "OWN_SCRIPT_LANGUAGES",
    "OWN_SCRIPT_MIN_SHARE",
    "SHORT_LETTERS",
    "SHORT_WORDS",
    "SIGNATURE_MIN_SHARE",
    "WORD_LANGUAGES",
    "WORD_LANGUAGE_SHARE",
    "detect_language",
    "script_profile",
]

# Languages lingua chooses between. CJK languages are absent on purpose: script decides them
# before lingua is asked, and leaving them out keeps a Latin sentence quoting a CJK term Latin.
LINGUA_LANGUAGES: tuple[str, ...] = ("en", "fr", "de", "es", "it", "pt", "nl", "ru")
# Languages lingua is asked about besides those only where their letters are (Danish and Norwegian
# write æ ø å, Swedish å ä ö, Finnish ä ö): text without them never pays for their models, which
# cost about 100 MB a process and half again the time of each call.
NORDIC_LANGUAGES: tuple[str, ...] = ("sv", "da", "nb", "fi")
# Languages only their function words decide (the model knows none of them)
WORD_LANGUAGES: tuple[str, ...] = ("id",)

KANA_MIN_SHARE = 0.05  # kana letters / (Han + kana letters) at or above which CJK text is Japanese
HANGUL_MIN_SHARE = 0.2  # Hangul / all CJK characters at or above which CJK text is Korean
LATIN_PER_CJK = 10  # CJK decides unless other letters outnumber CJK characters more than this
SHORT_WORDS = 3  # Latin text with fewer words than this is a fragment ...
SHORT_LETTERS = 15  # ... and so is Latin text with fewer letters than this
MAX_MODEL_CHARS = 2000  # the model reads at most this many characters
OWN_SCRIPT_MIN_SHARE = 0.25  # letters of Thai, Greek, Arabic, ... at or above which the line is in it
FUNCTION_WORD_SHARE = 0.15  # of a text's words, at least, one language's function words that decide it
WORD_LANGUAGE_SHARE = 0.08  # ... and for a language of WORD_LANGUAGES
SIGNATURE_MIN_SHARE = 0.02  # letters only one language writes, of all letters, that decide for it
CJK_PAGE_NAME_WORDS = 6  # on a ja/zh/ko page, Latin text of fewer words takes the page's language
NAME_CAPITALISED_SHARE = 0.7  # ... and so does longer Latin text this much of whose words are capitalised
NAME_MAX_WORDS = 8  # ... up to this many words: a Title Case line longer than a name is a headline
SHORT_ENGLISH_WORDS = 3  # ... but fewer words, no name, with a word only English writes, are English
ENGLISH_MIN_CONFIDENCE = 0.5  # Latin text on a page in another Latin language is English when the
CONTEXT_MAX_CONFIDENCE = 0.1  # model is at least this sure of English and at most this of the page's
OTHER_MIN_WORDS = 6  # a line of this many words is in another Latin language than its page's where
OTHER_MIN_CONFIDENCE = 0.85  # the model is this sure of it (and no more than the above of the page's)


# Letters: Unicode word characters minus digits and underscore (what str.isalpha accepts, give or
# take numeric letters). Combining marks are not letters here, so they are never counted.
# The kana marks (・ ー ゝ ゞ ヽ ヾ ゛ ゜ and halfwidth forms) are treated like punctuation: Chinese
# text uses some of them too, and alone they say nothing about a language.
_NON_LETTERS = re.compile("[\\W\\d_\u309b-\u309e\u30fb-\u30fe\uff65\uff70\uff9e\uff9f]+")
# The same class over ASCII, as bytes: counting an ASCII text's letters is then one bytes.translate.
_ASCII_NON_LETTERS = bytes(c for c in range(128) if _NON_LETTERS.match(chr(c)))

# Script classes. They decide the script of a letter only: a character _NON_LETTERS matches is
# never counted, even inside these ranges. (The patterns match runs: ``latin`` also finds words.)
_SCRIPTS: dict[str, re.Pattern[str]] = {
    "latin": re.compile(
        "[A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u2c60-\u2c7f"
        "\ua722-\ua7ff\uff21-\uff3a\uff41-\uff5a]+"
    ),
    "cyrillic": re.compile("[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]+"),
    "greek": re.compile("[\u0370-\u03ff\u1f00-\u1fff]+"),
    "arabic": re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+"),
    "hebrew": re.compile("[\u0590-\u05ff\ufb1d-\ufb4f]+"),
    "devanagari": re.compile("[\u0900-\u097f\ua8e0-\ua8ff]+"),
    "thai": re.compile("[\u0e00-\u0e7f]+"),
    # Ideographs, plus 々 〆 (Japanese use, Han script) and the Hangzhou numerals' letter forms.
    "han": re.compile(
        "[\u3005\u3006\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
        "\U00020000-\U000323af]+"
    ),
    # Kana *letters* only (general category Lo). Left out: ・ (U+30FB), ー (U+30FC), the
    # iteration marks ゝゞヽヾ, the voicing marks ゛゜ and their halfwidth forms.
    "kana": re.compile(
        "[\u3041-\u3096\u309f\u30a1-\u30fa\u30ff\u31f0-\u31ff\uff66-\uff6f\uff71-\uff9d"
        "\U0001b000-\U0001b16f]+"
    ),
    "hangul": re.compile("[\u1100-\u11ff\u3131-\u318e\ua960-\ua97f\uac00-\ud7a3\ud7b0-\ud7ff\uffa0-\uffdc]+"),
}
_LATIN_WORDS = _SCRIPTS["latin"]

# Scripts that name their language outright (on the pages this pipeline reads).
_SCRIPT_LANGUAGE: dict[str, str] = {
    "greek": "el",
    "hebrew": "he",
    "arabic": "ar",
    "devanagari": "hi",
    "thai": "th",
}
CJK_LANGUAGES = frozenset({"ja", "zh", "ko"})  # written in Han, kana or Hangul
# written in the Cyrillic alphabet: a sentence of Latin letters on such a page is in another language
_OTHER_ALPHABETS = frozenset({"ru", "uk", "bg"})
# ... those of them the model does not know, told from Russian by letters and context alone
OTHER_CYRILLIC_LANGUAGES = _OTHER_ALPHABETS - {"ru"}
# languages written in a script of their own here: neither Latin nor CJK
# written in the Arabic script besides Arabic, told from it by letters (:func:`_arabic_script_language`)
_OTHER_ARABIC_SCRIPT = frozenset({"fa", "ur"})
OWN_SCRIPT_LANGUAGES = frozenset({*_SCRIPT_LANGUAGE.values(), *_OTHER_ALPHABETS, *_OTHER_ARABIC_SCRIPT})
# Letters one language alone writes (of those read here): text with enough of them is in it.
_SIGNATURE_LETTERS: dict[str, str] = {
    "vi": "ơờớởỡợưừứửữựđạặậẹệịọộụỵảẳẩẻểỉỏổởủỷẽễĩũữỹằắẵấầẫềếồốỗ",
    "tr": "ğı",
    "pl": "łąęśźżń",
    "cs": "řěů",
    "ro": "șț",
    "hu": "őű",
    "uk": "іїєґ",  # і (U+0456) too: Russian never writes it, and Ukrainian text may lack ї є ґ
}
_SIGNATURE_OF = {letter: code for code, letters in _SIGNATURE_LETTERS.items() for letter in letters}
_SIGNATURE_CLASS = re.compile("[" + "".join(_SIGNATURE_OF) + "]")
# Every code :func:`detect_language` can answer (a page's own tags may name others).
IDENTIFIED_LANGUAGES: frozenset[str] = frozenset(
    (
        *LINGUA_LANGUAGES,
        *NORDIC_LANGUAGES,
        *WORD_LANGUAGES,
        *CJK_LANGUAGES,
        *_SCRIPT_LANGUAGE.values(),
        *_OTHER_ARABIC_SCRIPT,
        *_SIGNATURE_LETTERS,
    )
)
_NORDIC_LETTERS = re.compile("[åäöøæÅÄÖØÆ]")
_RUSSIAN_LETTERS = re.compile("[ыэъёЫЭЪЁ]")  # Cyrillic letters Russian writes and Ukrainian does not


def writes_cjk(text: str) -> bool:
    """Whether ``text`` holds a Han, kana or Hangul letter."""
    letters = script_profile(text)
    return letters["han"] + letters["kana"] + letters["hangul"] > 0


def word_pattern(words: list[str]) -> re.Pattern[str]:
    """A pattern that finds ``words``: those of scripts that space their words (Latin, Cyrillic) as
    whole words, CJK and Hangul ones anywhere (a script without spaces has no word edges to see)."""
    spaced = "|".join(re.escape(w) for w in words if not writes_cjk(w))
    other = "|".join(re.escape(w) for w in words if writes_cjk(w))
    return re.compile("|".join(part for part in (spaced and rf"\b(?:{spaced})\b", other) if part))


def script_profile(text: str) -> dict[str, int]:
    """Count the letters of ``text`` per script.

    Keys are always ``latin``, ``cyrillic``, ``greek``, ``arabic``, ``hebrew``, ``devanagari``,
    ``thai``, ``han``, ``kana``, ``hangul`` and ``other`` (letters of any other script). ``kana``
    counts kana letters only. Digits, punctuation, symbols, whitespace and the kana marks
    (``・``, ``ー``, iteration and voicing marks) are not counted.
    """
    if text.isascii():  # fast path: ASCII letters are all Latin
        profile = dict.fromkeys(_SCRIPTS, 0)
        profile["latin"] = len(text.encode("ascii").translate(None, _ASCII_NON_LETTERS))
        profile["other"] = 0
        return profile
    # One pass in C instead of a regex pass per script: each letter becomes its script's code,
    # everything else is dropped, and the codes are counted.
    coded = text.translate(_SCRIPT_CODES)
    return {script: coded.count(code) for script, code in _CODE_OF.items()}


_CODE_OF: dict[str, str] = {script: chr(ord("a") + i) for i, script in enumerate([*_SCRIPTS, "other"])}
_MAX_CODE_POINTS = 1 << 17  # the table stops growing here (text of every script at once, or junk)


class _ScriptCodes(dict[int, str | None]):
    """A ``str.translate`` table from code point to its script's code (``None``: not a letter),
    filled on first sight of each code point from the same classes :func:`script_profile` is
    defined by. It holds what a character is, never anything of a page."""

    def __missing__(self, code_point: int) -> str | None:
        char = chr(code_point)
        if _NON_LETTERS.match(char):
            code = None
        else:
            script = next((s for s, pattern in _SCRIPTS.items() if pattern.match(char)), "other")
            code = _CODE_OF[script]
        if len(self) < _MAX_CODE_POINTS:
            self[code_point] = code
        return code


_SCRIPT_CODES = _ScriptCodes()


_ADDRESS = re.compile(r"\b[a-z][a-z0-9+.-]*://\S+", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 16)
def detect_language(text: str, context: str | None = None) -> str | None:
    """Return the ISO 639-1 code of the language ``text`` is written in, or ``None``.

    ``None`` means there is nothing to identify: no letters at all, or letters only of scripts
    this module does not know. ``context`` is the language of the surrounding page or section,
    used only to break ties (see the module docstring for the rules).
    """
    ctx = _normalise_context(context)
    if "://" in text:  # an address is written in no language ("Home Loss File System (https://...)")
        text = _ADDRESS.sub(" ", text)
    if text.isascii():  # fast path, most lines: every letter is Latin, and no CJK (same rules as below)
        letters = len(text.encode("ascii").translate(None, _ASCII_NON_LETTERS))
        return _latin_language(text, letters, ctx) if letters else None
    profile = script_profile(text)
    total = sum(profile.values())
    if total == 0:
        return None

    cjk = profile["han"] + profile["kana"] + profile["hangul"]
    if cjk and (ctx in CJK_LANGUAGES or total - cjk <= LATIN_PER_CJK * cjk):
        return _cjk_language(profile, cjk, ctx)

    non_cjk = {script: n for script, n in profile.items() if script not in ("han", "kana", "hangul")}
    # "Microsoft (MSFT · Tier 1) — SOCAR ประหยัด 7,500+ ชั่วโมงต่อปี": a script of one language decides
    # as CJK does, whatever Latin names stand in the line, where it holds a share of its letters
    own = max(_SCRIPT_LANGUAGE, key=lambda s: non_cjk[s])
    if non_cjk[own] and non_cjk[own] >= OWN_SCRIPT_MIN_SHARE * total:
        return _own_script_language(own, text, non_cjk[own])
    script = max(non_cjk, key=lambda s: (non_cjk[s], s != "other"))  # ties: a named script wins
    if non_cjk[script] == 0 or script == "other":
        return None
    if script in _SCRIPT_LANGUAGE:
        return _own_script_language(script, text, non_cjk[script])
    if script == "latin":
        return _latin_language(text, profile["latin"], ctx)
    return _cyrillic_language(text, profile["cyrillic"], ctx)


def _own_script_language(script: str, text: str, letters: int) -> str:
    """The language of text mostly in a script of :data:`_SCRIPT_LANGUAGE` (``letters`` of it)."""
    return _arabic_script_language(text, letters) if script == "arabic" else _SCRIPT_LANGUAGE[script]


def _arabic_script_language(text: str, arabic_letters: int) -> str:
    """The language of text mostly in the Arabic script, by the letters each language alone writes
    among the three read here: Urdu's retroflexes and bari ye (``ٹ ڈ ڑ ں ے``), at one letter in fifty
    or more; else Persian's ``پ چ ژ گ`` and its own kaf and ye (``ک ی``) where they outnumber
    Arabic's teh marbuta, kaf and yeh (``ة ك ي``); else Arabic. A Persian channel's posts had been
    read as Arabic."""
    if len(_URDU_LETTERS.findall(text)) * _URDU_SHARE >= arabic_letters:
        return "ur"
    if len(_PERSIAN_LETTERS.findall(text)) > len(_ARABIC_LETTERS.findall(text)):
        return "fa"
    return "ar"


_URDU_LETTERS = re.compile("[\u0679\u0688\u0691\u06ba\u06d2]")  # ٹ ڈ ڑ ں ے
_PERSIAN_LETTERS = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc]")  # پ چ ژ گ ک ی
_ARABIC_LETTERS = re.compile("[\u0629\u0643\u064a]")  # ة ك ي
_URDU_SHARE = 50  # one letter in so many of a text's Arabic-script letters


def _cyrillic_language(text: str, cyrillic_letters: int, ctx: str | None) -> str:
    """The language of text mostly in Cyrillic letters: a language's own letters, counted among the
    Cyrillic ones (a line's Latin names do not dilute them), then a page in a Cyrillic language the
    model does not know keeps a line without the letters only Russian writes (``Наступник Grok
    4.5`` on a Ukrainian page), else Russian, the one Cyrillic language the model knows."""
    if signed := _signature_language(text, cyrillic_letters):
        return signed
    if ctx in OTHER_CYRILLIC_LANGUAGES and not _RUSSIAN_LETTERS.search(text):
        return ctx
    return "ru"


def _latin_language(text: str, latin_letters: int, ctx: str | None) -> str:
    """The language of text whose letters are mostly Latin (``latin_letters`` of them)."""
    if _is_fragment(text, latin_letters):
        return ctx or "en"
    if ctx in _OTHER_ALPHABETS:
        if not text.isascii() and (cyrillic := script_profile(text)["cyrillic"]):
            # the page's own words among Latin names ("Sundar Pichai оголосив кадрові зміни: Demis
            # Hassabis стає Chair of Google DeepMind"): no English line writes them
            return _cyrillic_language(text, cyrillic, ctx)
        # a Latin line on a Russian page is in no language of that page's script: in the language
        # its function words say, else English where it says something in English ("How Claude's
        # text watermark works") or the model is sure of it, else (a name, a term) the page's after all
        if by_words := _function_word_language(text):
            return by_words
        if _says_in_english(text) or _confidence(text, Language.ENGLISH) >= ENGLISH_MIN_CONFIDENCE:
            return "en"
        return ctx
    if ctx and ctx not in CJK_LANGUAGES:
        # a Latin line of a page (or section) in a Latin-script language is in it (the headlines a
        # French or Dutch digest quotes as their outlets wrote them), unless it is plainly another
        # language by its function words (a Spanish newsletter quoting Le Monde), where the page's
        # language has its words counted too, or plainly English. On an English page only a line
        # with an accented letter is counted: another Latin language writes one somewhere.
        if (
            ctx in _FUNCTION_WORDS
            and (ctx != "en" or not text.isascii())
            and (by_words := _function_word_language(text))
            and by_words != ctx
        ):
            return by_words
        if ctx != "en" and _plainly_english(text, ctx):
            return "en"
        return _plainly_other(text, ctx) or ctx
    if ctx and ((named := _reads_as_a_name(text)) or _word_count(text) < CJK_PAGE_NAME_WORDS):
        # Latin words on a CJK page naming something of it (Aurora PostgreSQL Serverless), unless a
        # few words that are no name say something in English ("AI for self empowerment")
        return "en" if not named and _says_in_english(text) else ctx
    if by_words := _function_word_language(text):
        return by_words
    if not text.isascii() and (signed := _signature_language(text, latin_letters)):
        return signed
    return _model_language(text) or ctx or "en"


# The commonest function words of each candidate language: a text that uses many of one language's
# and few of any other's is in it. Cheap (set look-ups), and it settles most whole sentences before
# the statistical model is asked.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in is that for on with as was are by this it be from at an which".split()),
    "fr": frozenset("le la les des et est une un du dans que qui pour sur au aux par pas sont avec".split()),
    "de": frozenset("der die das und ist nicht ein eine den dem mit von zu auf für sich des im auch".split()),
    "es": frozenset("el la los las de y que en un una es por para con del al se su como más".split()),
    "it": frozenset("il la di che e è un una per non con del della gli sono nel alla anche si".split()),
    "pt": frozenset("o a os as de e que em um uma do da não para com por se dos das é".split()),
    "nl": frozenset("de het een en van is dat op te in voor met zijn niet aan ook als er".split()),
    # Indonesian, which the model is not asked about: its function words are its own (Malay's too)
    "id": frozenset(
        "yang dan di ke dari untuk dengan ini itu pada akan tidak juga karena atau adalah dalam bagi"
        " tanpa mulai setelah sebelum sementara sudah masih hanya kini saat bisa serta tersebut namun".split()
    ),
}
_WORDS = re.compile(r"[a-zà-ÿ']+")
# words English writes and the other Latin-script languages here do not (not "in", "is", "was")
_ENGLISH_WORDS = frozenset(
    "the of and to for with that this from by are which how why what who its it's has have can"
    " after into about than you your our their they new now says said as be get more first just not but"
    " out up when here".split()
)


def _function_word_language(text: str, words: list[str] | None = None) -> str | None:
    words = _WORDS.findall(text.lower()) if words is None else words
    if len(words) < 6:
        return None
    counts = sorted(
        ((sum(map(vocab.__contains__, words)), lang) for lang, vocab in _FUNCTION_WORDS.items()), reverse=True
    )
    (best, lang), (second, _) = counts[0], counts[1]
    # a language the model does not know is told by its words alone, among a page's names too
    share = WORD_LANGUAGE_SHARE if lang in WORD_LANGUAGES else FUNCTION_WORD_SHARE
    if best >= 3 and best >= 2 * second and best >= len(words) * share:
        return lang
    return None


def _plainly_english(text: str, ctx: str) -> bool:
    """Whether Latin text on a page in ``ctx`` (another Latin-script language) is English: by its
    function words when it has enough, else when the model finds it English with confidence of at
    least :data:`ENGLISH_MIN_CONFIDENCE` and ``ctx`` with at most :data:`CONTEXT_MAX_CONFIDENCE`
    (``OpenAI lanza GPT-5.4 con versiones Pro y Thinking`` stays Spanish: 0.32 against 0.31). A
    language the model is not asked about (Turkish, Vietnamese) is not weighed against English."""
    if not (
        ctx in LINGUA_LANGUAGES
        or ctx in NORDIC_LANGUAGES
        or ctx in WORD_LANGUAGES
        or ctx in _SIGNATURE_LETTERS
    ):
        return False
    words = _WORDS.findall(text.lower())
    # the model is asked only of text English could have written: no accented letter, and a word
    # of English's own (most lines of a French or Dutch page have neither, and the model is slow)
    if not all(map(str.isascii, words)) or _ENGLISH_WORDS.isdisjoint(words):
        return False
    if by_words := _function_word_language(text, words):
        return by_words == "en"
    if _confidence(text, Language.ENGLISH) < ENGLISH_MIN_CONFIDENCE:
        return False
    return ctx not in _LINGUA_BY_CODE or _confidence(text, _LINGUA_BY_CODE[ctx]) <= CONTEXT_MAX_CONFIDENCE


def _plainly_other(text: str, ctx: str) -> str | None:
    """The language the model is sure a Latin line of at least :data:`OTHER_MIN_WORDS` words is in,
    where that is not ``ctx`` and the model all but rules ``ctx`` out (Le Monde's headline quoted
    whole by a Spanish digest: French 1.00, Spanish 0.00); on an English page, only a line with an
    accented letter is asked (an English line has none, and most lines of English pages are English)."""
    if ctx not in _LINGUA_BY_CODE or (ctx == "en" and not _ACCENTED.search(text)):
        return None
    if len(_WORDS.findall(text.lower())) < OTHER_MIN_WORDS:
        return None
    sample = text[:MAX_MODEL_CHARS]
    try:
        values = _model_for(sample).compute_language_confidence_values(sample)
    except UnicodeEncodeError:  # lone surrogates cannot cross into the Rust model
        return None
    found = {value.language.iso_code_639_1.name.lower(): value.value for value in values}
    best = max(found, key=found.__getitem__)
    if best != ctx and found[best] >= OTHER_MIN_CONFIDENCE and found.get(ctx, 0.0) <= CONTEXT_MAX_CONFIDENCE:
        return best
    return None


_ACCENTED = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")


def _confidence(text: str, language: Language) -> float:
    """The model's confidence (0 to 1) that ``text`` is in ``language``."""
    try:
        return _lingua().compute_language_confidence(text[:MAX_MODEL_CHARS], language)
    except UnicodeEncodeError:  # lone surrogates cannot cross into the Rust model
        return 0.0


def _cjk_language(profile: dict[str, int], cjk: int, ctx: str | None) -> str:
    hangul, kana, han = profile["hangul"], profile["kana"], profile["han"]
    if hangul and hangul > kana and hangul >= HANGUL_MIN_SHARE * cjk:
        return "ko"
    if kana and kana >= KANA_MIN_SHARE * (han + kana):
        return "ja"
    # Han without enough kana or Hangul to say otherwise. (Without Han, one of the two rules above
    # has already answered: kana alone is always enough kana, Hangul alone always enough Hangul.)
    return ctx if ctx in ("ja", "ko") else "zh"


def _says_in_english(text: str) -> bool:
    """Three words or more, one of them a word only English writes ("for", "the", "with")."""
    words = _WORDS.findall(text.lower())
    return len(words) >= SHORT_ENGLISH_WORDS and any(word in _ENGLISH_WORDS for word in words)


def _reads_as_a_name(text: str) -> bool:
    """Title Case without a sentence's end: ``Amazon Kinesis Data Analytics for Apache Flink``; not
    a headline of more words (``AWS re:Invent 2025: Product Announcements Businesses Should Prepare
    for in 2026``), which English writes in Title Case too."""
    words = _LATIN_WORDS.findall(text)
    if len(words) > NAME_MAX_WORDS:
        return False
    capitalised = sum(1 for word in words if word[0].isupper())
    return capitalised >= NAME_CAPITALISED_SHARE * len(words) and not text.rstrip().endswith((".", "!", "?"))


def _word_count(text: str) -> int:
    return sum(1 for _ in itertools.islice(_LATIN_WORDS.finditer(text), CJK_PAGE_NAME_WORDS))


def _signature_language(text: str, letters: int) -> str | None:
    """The language whose own letters (:data:`_SIGNATURE_LETTERS`) make up enough of ``text``'s
    ``letters``: the most written, if two languages' are there."""
    found = _SIGNATURE_CLASS.findall(text.casefold())
    if len(found) < max(2, SIGNATURE_MIN_SHARE * letters):
        return None
    counts = Counter(_SIGNATURE_OF[letter] for letter in found)
    return max(sorted(counts), key=counts.__getitem__)  # (a tie goes to the first code, alphabetically)


def _is_fragment(text: str, latin_letters: int) -> bool:
    if latin_letters < SHORT_LETTERS:
        return True
    words = itertools.islice(_LATIN_WORDS.finditer(text), SHORT_WORDS)  # as many as decide
    return sum(1 for _ in words) < SHORT_WORDS


@functools.lru_cache(maxsize=256)  # pure; a page passes the same few tags again and again
def _normalise_context(context: str | None) -> str | None:
    if not context:
        return None
    primary = context.strip().replace("_", "-").split("-", 1)[0].lower()
    if len(primary) == 2 and primary.isascii() and primary.isalpha():
        return primary
    return None


_LINGUA_BY_CODE = {
    code: Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LINGUA_LANGUAGES
}


@functools.cache
def _lingua(nordic: bool = False) -> LanguageDetector:
    """The model of :data:`LINGUA_LANGUAGES`, and of :data:`NORDIC_LANGUAGES` too if ``nordic``."""
    languages = (*LINGUA_LANGUAGES, *NORDIC_LANGUAGES) if nordic else LINGUA_LANGUAGES
    codes = [getattr(IsoCode639_1, code.upper()) for code in languages]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def _model_for(sample: str) -> LanguageDetector:
    """The model to ask of ``sample``: the Nordic languages' too only where their letters are."""
    return _lingua(nordic=_NORDIC_LETTERS.search(sample) is not None)


def _model_language(text: str) -> str | None:
    sample = text[:MAX_MODEL_CHARS]
    model = _model_for(sample)
    try:
        found: Language | None = model.detect_language_of(sample)
    except UnicodeEncodeError:  # lone surrogates cannot cross into the Rust model
        found = model.detect_language_of(sample.encode("utf-8", "replace").decode("utf-8"))
    if found is None:
        return None
    return found.iso_code_639_1.name.lower()
