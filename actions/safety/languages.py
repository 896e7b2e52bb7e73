"""A cry for help in another language: a danger word and an urgent word, both in the same message.

Someone in danger may write in their own language ("strzelanina na dworcu, ukrywam się", "au
secours, un homme armé tire sur les gens"). The model and the English rules can't read it, so
without this the message would get the fallback. With a danger word and a cry for help (help,
hiding, shooting at), or a weapon and a word for "now", it gets the emergency answer, which
opens with 999 in any language. A danger word alone ("what to do in a terrorist attack", asked
in Polish) is left to the model.

The languages are those most spoken in the UK after English (Census 2021: Polish, Romanian,
Punjabi, Urdu, Portuguese, Spanish, Arabic, Bengali, Gujarati, Italian, Lithuanian), Welsh, and
visitors' French, German, Turkish, Czech, Hungarian and Chinese. Words are written as `normalise`
leaves them: lower case, no accents ("nożem" -> "nozem"). Written here, not taken from a library:
no maintained package offers danger vocabulary, and a translation model would not run offline.
Each entry is a word start (matched at the start of a word) unless it ends in "$" (the whole word);
scripts without spaces (Arabic, Chinese) match anywhere.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------- vocabulary
# Weapons, shooting, explosions: with a cry for help or a word for "now"
_CONCRETE = (
    # Polish
    "noz$ noza$ nozem nozow strzel bron$ bronia$ pistolet bomba$ bombe$ bombu$ bomby$ wybuch eksploz"
    " maczet"
    # Romanian
    " cutit pistol$ arma$ explozi impusc"
    # Spanish, Portuguese, Italian
    " cuchill pistola tiroteo disparan apunal esfaque faca$ tiros$ tiroteio coltell spara accoltell"
    " explosi esplosi"
    # French, German
    " couteau arme$ fusillade bombe messer waffe pistole schuss schusse schiess"
    # Welsh
    " gwn$ cyllell saethu ffrwydr"
    # Urdu, Hindi, Punjabi (written in Latin letters)
    " bandook banduk bandooq chaku chaaku chhuri goli$ goliyan dhamaka"
    # Turkish, Czech, Hungarian, Lithuanian
    " bicak silah tabanca patlama ates$ nuz$ zbran strelb vybuch"
    " fegyver pisztoly robban lovold peil ginkl sprogim saudo"
    # Arabic, Chinese
    " سكين مسدس سلاح قنبلة انفجار اطلاق إطلاق 刀 枪 炸弹 爆炸 开枪"
)
# Attacks and terrorists: only with a cry for help ("what is the terrorist threat level now",
# asked in Polish, is a question)
_ABSTRACT = (
    "zamach terroryst atac$ ataca terorist attentat atentado terroriste angriff anschlag ymosod"
    " terfysgwr hamla atankwadi dehshatgard saldir utok tamad هجوم ارهاب إرهاب 袭击 恐怖"
)
# Help, hiding, attacking now
_HELP = (
    "help$ sos$"
    # Polish
    " pomocy pomoc$ ratunku ukrywam chowam atakuje strzela zabije"
    # Romanian
    " ajutor ascund ataca trage"
    # Spanish, Portuguese, Italian
    " ayuda socorro escond disparando atacando ajuda aiuto nascost sparando"
    # French, German
    " secours aidez cache$ caches$ tire$ tirent hilfe versteck greift"
    # Welsh
    " helpwch cuddio argyfwng"
    # Urdu, Hindi, Punjabi
    " bachao bachaao madad chhup"
    # Turkish, Czech, Hungarian, Lithuanian
    " yardim imdat saklan ediyor schovav segitseg bujk padekit gelbekit"
    # Arabic, Chinese
    " النجدة ساعدوني مساعدة يهاجم اختبئ أختبئ 救命 躲"
)
_NOW = "teraz szybko acum ahora agora adesso maintenant jetzt nawr rwan abhi jaldi simdi dabar الآن الان 现在"


def _pattern(words: str) -> re.Pattern[str]:
    parts = []
    for word in words.split():
        if not word.isascii() and not any(c.isalpha() and ord(c) < 0x250 for c in word):
            parts.append(re.escape(word))  # Arabic, Chinese: no spaces between words to rely on
        elif word.endswith("$"):
            parts.append(rf"\b{re.escape(word[:-1])}\b")
        else:
            parts.append(rf"\b{re.escape(word)}")
    return re.compile("|".join(parts))


_CONCRETE_RE, _ABSTRACT_RE = _pattern(_CONCRETE), _pattern(_ABSTRACT)
_HELP_RE, _NOW_RE = _pattern(_HELP), _pattern(_NOW)


def cry_for_help(text: str) -> bool:
    """A danger word with a cry for help, or a weapon with "now", in `text` (already normalised)."""
    concrete = _CONCRETE_RE.search(text) is not None
    if _HELP_RE.search(text) and (concrete or _ABSTRACT_RE.search(text)):
        return True
    return concrete and _NOW_RE.search(text) is not None
