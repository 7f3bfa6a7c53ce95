"""Residents in alphabetical order, as a dictionary of the page's language has them.

The order is the project's (:func:`cms.formats.vi_sort_key`: a < ă < â ... d < đ, then
the tones word by word), written into a column (``ResidentPage.sort_name``) so that the
database sorts and paginates by it: the directory, a center's residents and the API.
The column holds only the digits 0-9 and the letters a-f, which every database and every
collation sort alike, byte by byte.
"""

import unicodedata

from cms.formats import vi_sort_key

# Letters compared, then tones: a key of at most LETTERS letters (the rest never decides).
LETTERS = 64
MAX_LENGTH = 4 * (LETTERS + 1) + LETTERS
# The end of the letters sorts before a space, which sorts before any letter.
END, SPACE = 0, 1


def _code(rank):
    return f"{min(rank, 0xFFFF):04x}"


def sort_name(title, language_code):
    """The column's value for ``title`` in ``language_code``."""
    if language_code == "vi":
        ranks, tones, _text = vi_sort_key(title)
        ranks, tones = ranks[:LETTERS], tones[:LETTERS]
        letters = [SPACE if rank < 0 else rank + 2 for rank in ranks]
    else:
        # Other languages: letters without their accents, case folded; accents decide last.
        text = unicodedata.normalize("NFD", (title or "").casefold())
        letters, tones = [], []
        for char in text:
            if unicodedata.combining(char):
                if tones:
                    tones[-1] = min(tones[-1] + 1, 15)
                continue
            letters.append(SPACE if char.isspace() else ord(char) + 2)
            tones.append(0)
        letters, tones = letters[:LETTERS], tones[:LETTERS]
    return "".join(_code(rank) for rank in letters) + _code(END) + "".join(f"{t:x}" for t in tones)
