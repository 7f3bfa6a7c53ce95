"""Vietnamese as people type it: fold diacritics, keep an exact key, stem English.

Every backend (SQLite FTS5, PostgreSQL full text, OpenSearch/Elasticsearch) sees the same
pre-normalised tokens, because the folding happens here, in Python, both for what is
indexed (:func:`index_text`) and for what is searched (:func:`query_terms`):

* ``fold_vietnamese("Đêm nhạc")`` is ``"dem nhac"``: NFD, combining marks stripped,
  đ/Đ mapped to d (đ is its own letter, not a composed accent), casefolded.
* ``exact_key("nhạc")`` is ``"nha5c"``: the folded word with VNI-style digits for its
  marks, so a word typed with the right diacritics matches an extra token that only the
  same spelling has. Tokenizers keep letters and digits together, so the key survives
  FTS5's own diacritic removal, PostgreSQL's ``simple`` parser and OpenSearch's standard
  tokenizer alike; it is what lets exact spellings rank above folded ones everywhere.
* English text is stemmed with Snowball's English stemmer (the algorithm behind
  PostgreSQL's ``english`` configuration), so "exhibitions" finds "exhibition" on every
  backend, SQLite included.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from cms.listing import MAX_QUERY_TERMS, MAX_TERM_CHARS, QUERY_READ_CHARS

# VNI digits for each combining mark (tones 1-5, then vowel shapes) and for đ.
MARK_DIGITS = {
    "\u0300": "1",  # grave: huyền
    "\u0301": "2",  # acute: sắc
    "\u0309": "3",  # hook above: hỏi
    "\u0303": "4",  # tilde: ngã
    "\u0323": "5",  # dot below: nặng
    "\u0302": "6",  # circumflex: â ê ô
    "\u0306": "8",  # breve: ă
    "\u031b": "7",  # horn: ơ ư
}
STROKE_DIGIT = "9"  # đ
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


def fold_vietnamese(text):
    """Lowercase ASCII-ish text without diacritics: "Bảo tàng Hà Nội" -> "bao tang ha noi"."""
    decomposed = unicodedata.normalize("NFD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", stripped).casefold()


def exact_key(word):
    """The word's folded letters with a digit after each marked letter ("đêm" -> "d9e6m")."""
    out = []
    for ch in unicodedata.normalize("NFD", word.casefold()):
        if ch == "đ":
            out.append("d" + STROKE_DIGIT)
        elif ch in MARK_DIGITS:
            out.append(MARK_DIGITS[ch])
        elif not unicodedata.combining(ch):
            out.append(ch)
    return "".join(out)


def words(text):
    return WORD_RE.findall(unicodedata.normalize("NFC", text or ""))


@lru_cache(maxsize=4)
def _stemmer(language):
    if language == "en":
        return snowballstemmer.stemmer("english")
    return None


def _folded_terms(raw_words, language):
    stemmer = _stemmer(language)
    folded = [fold_vietnamese(word) for word in raw_words]
    if stemmer is not None:
        folded = stemmer.stemWords(folded)
    return folded


def folded_words(text, language):
    """``text`` as the folded (and stemmed) words a query would send, space-separated."""
    return " ".join(_folded_terms(words(text), language))


def index_text(texts, language):
    """What a page adds to the index: its words folded (and stemmed), then exact keys."""
    raw = [word for text in texts for word in words(text)]
    folded = _folded_terms(raw, language)
    keys = sorted({exact_key(word) for word in raw if exact_key(word) != fold_vietnamese(word)})
    return " ".join([*folded, *keys])


def clean_query(query):
    """The visitor's query as words only: no operators, bounded in length and count."""
    text = unicodedata.normalize("NFC", query or "")[:QUERY_READ_CHARS]
    found = [word[:MAX_TERM_CHARS] for word in words(text)]
    return found[:MAX_QUERY_TERMS]


def query_was_cut(query):
    """Whether :func:`clean_query` left words out of ``query`` or cut one."""
    text = unicodedata.normalize("NFC", query or "")
    found = words(text[:QUERY_READ_CHARS])
    return (
        len(found) > MAX_QUERY_TERMS
        or any(len(word) > MAX_TERM_CHARS for word in found)
        or (len(text) > QUERY_READ_CHARS and bool(words(text[QUERY_READ_CHARS:])))
    )


def query_terms(query, language):
    """(exact terms, folded terms) for a query; exact is empty when nothing was marked."""
    raw = clean_query(query)
    folded = _folded_terms(raw, language)
    exact = [exact_key(word) for word in raw]
    if language == "en":
        exact = [
            key if key != fold_vietnamese(word) else stem
            for key, word, stem in zip(exact, raw, folded, strict=True)
        ]
    if exact == folded:
        exact = []
    return exact, folded
