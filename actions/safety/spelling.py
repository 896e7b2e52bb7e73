"""Misspelt danger words put right before the rules read a message ("terorist atack").

Someone typing in a hurry, or while hiding, misspells. The rules' patterns tolerate some typos
("knif", "stabing") but not every one ("stabed", "xplosion", "knive", "sombody"). A word is put
right only when pyspellchecker does not know it as English, so "shouting", "last" and "shop"
are never touched, and difflib finds it close to exactly one of the words the rules read.
Not a general corrector: one picks the commonest English word near a misspelling ("stabed" ->
"stated"); here the only candidates are the words that can say someone is in danger.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from spellchecker import SpellChecker

# Words the emergency rules read (actions/safety/emergency.py): weapons, attacks, hiding, and the
# people and places in their cues. A misspelling of one of these becomes it.
RULE_WORDS = (
    "gunman", "gunmen", "gunfire", "gunshot", "gunshots", "guns", "shooting", "shootings",
    "shooter", "shooters", "shoot", "shots", "stabbed", "stabbing", "stabbings", "stabber",
    "knife", "knives", "knifeman", "machete", "machetes", "sword", "swords", "rifle", "pistol",
    "shotgun", "weapon", "weapons", "bomb", "bombs", "bomber", "bombing", "explosion",
    "explosions", "exploded", "explosive", "explosives", "blast", "grenade", "terrorist",
    "terrorists", "attack", "attacks", "attacked", "attacker", "attackers", "attacking",
    "hostage", "hostages", "sniper", "detonated", "hiding", "hidden", "trapped", "barricaded",
    "screaming", "bleeding", "injured", "someone", "somebody", "everyone", "people", "outside",
    "inside", "upstairs", "downstairs", "coming", "chasing", "running", "please", "help",
)
_CUTOFF = 0.8  # difflib ratio: "stabed" ~ "stabbed" 0.92, "knive" ~ "knife" 0.8
_MIN_LENGTH = 4  # shorter words are too close to too much ("bom", "gnu", "sot")
_MAX_LENGTH_GAP = 2  # a longer word is another word, not a typo ("bioweapon" is not "weapon")
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _english() -> SpellChecker:
    return SpellChecker(language="en", distance=1)


@lru_cache(maxsize=4096)
def _corrected(word: str) -> str:
    if len(word) < _MIN_LENGTH or word in RULE_WORDS or word in _english():
        return word
    close = [w for w in difflib.get_close_matches(word, RULE_WORDS, n=2, cutoff=_CUTOFF)
             if abs(len(w) - len(word)) <= _MAX_LENGTH_GAP]
    if len(close) == 1 or (len(close) == 2 and _ratio(word, close[0]) > _ratio(word, close[1])):
        return close[0]
    return word  # nothing close, or two words equally close: leave it


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def correct(text: str) -> str:
    """`text` (already lower case) with misspelt rule words put right."""
    return _WORD.sub(lambda m: _corrected(m.group()), text)
