"""Requests to make, get or use weapons, explosives or poisons (always given the fallback)."""

from __future__ import annotations

from actions.safety.text import _rx

# ---------------------------------------------------------------- harmful requests
# OBJ: weapons, explosives, poisons, fake documents (not "bath bomb", "gun licence", "rat poison")
_OBJ = r"""(?:(?:pipe\ ?|nail\ ?
    |car\ |letter\ |dirty\ )?(?<!bath\ )(?<!seed\ )bombs?(?!\s*(?:shelter|proof|squad|disposal
    |threat|scare|alert|detector|warning|attack))|i\.?e\.?d\.?s?|explosives?|explosive\ device|detonators?
    |grenades?|molotov\w*|napalm|thermite|semtex|tnt|c4|dynamite|gun\ ?powder|black\ powder
    |flame\ ?throwers?|(?<!water\ )(?<!nerf\ )(?<!glue\ )(?<!toy\ )(?<!staple\ )(?<!heat\ )(?:gun
    |firearm|pistol|rifle|shotgun|handgun|revolver)(?!s?\s*(?:licen|certificate|amnesty|crime|laws?
    |control|safe|shot|wound|violence|range|club|owner|attack))s?|pipe\ gun|zip\ gun|ghost\ gun|ak\ ?47
    |uzi|ammo|ammunition|bullets|silencers?|suppressors?|(?<!rat\ )(?<!slug\ )poisons?|ricin
    |cyanide|arsenic|nerve\ agents?|sarin|novichok|anthrax|(?:toxic|poison(?:ous)?|chlorine|mustard
    |nerve|tear)\ gas|stun\ gun|taser|crossbows?|knuckle\ ?dusters?|(?:flick|zombie
    |butterfly)\ knife|switchblades?|weapons?(?!\s*attacks?)|fake\ (?:id|passport|driving\ licen[cs]e
    |documents?))\b"""
# ASK: asking for instructions, or saying what they mean to do
_ASK = _rx(r"""\bhow\ (?:do|can|could|would|should|might|will)\ (?:i|you|we|one|someone|people)\b
    |\bhow\ to\b|\bhow\ hard\ is\ it|\bwhere\ (?:can|do|could|would|should|to)\b
    |(?<!which\ )(?<!what\ )\bways?\ to\b
    |\bsteps\ to\b|\b(?:best|easiest|cheapest|quickest)\ way|\binstructions\b|\btutorial\b
    |\bguide\b|\brecipe\b|\b(?:teach|show|tell)\ me\b|\bi\ (?:want|need|wanna|plan
    |intend|am\ going|'m\ going)\ to\b|\b(?:can|could|should|would|do)\ (?:i|you)\b
    |\bwhat\ kind\ of|\bwhich\ (?:gun|knife|weapon|poison|chemical)|\bis\ it\ possible\ to\b
    |\bwhat\ do\ i\ need|\bwhat(?:'s|\ is)\ needed|^(?:please\ )?(?:make|build|give|get|list
    |write)\b""")
# "help me" asks for instructions too, but it is also how someone in danger begins.
_HELP_ME = _rx(r"\bhelp\ me\b")
# ACQUIRE: make / build / get / buy / convert / use + a weapon, explosive or poison
_ACQUIRE = _rx(rf"""\b(?:make|making|build|building|create|creating|construct\w*|assembl\w*|craft
    |produce|manufacture|3d\ print|print|get(?:\ hold\ of|\ my\ hands\ on)?|getting|obtain|acquire
    |buy|buying|purchase|order|source|smuggle|convert|converting|modify|modifying|mod|reactivate
    |saw\ off|arm\ myself\ with|use|using|load|fire|detonate|set\ off|hide|sneak|carry
    |put\ together|rig(?:\ up)?|wire\ up)\ (?:(?:a|an|the|some|my|me|myself|us|one|own|real|working
    |homemade|home\ ?made|illegal|live|more|powerful)\ ){{0,3}}(?:[\w-]+\ ){{0,2}}?{_OBJ}""")
# RECIPE: "recipe for thermite", "bomb making instructions"
_RECIPE = _rx(rf"""\b(?:recipe|ingredients|instructions|blueprints?|schematics?|plans|formula
    |tutorial|diagram|steps)\ (?:for|to|on|of)\ (?:making\ |building\ |make\ |build\ )?(?:(?:a|an
    |the|some)\ )?(?:[\w-]+\ ){{0,2}}{_OBJ}|{_OBJ}\ (?:making|building|recipe|instructions|tutorial
    |formula|blueprints?|plans|schematics?|ingredients)\b""")
# INTENT: wanting to hurt people ("how do i poison someone", "i want to stab him")
_INTENT = _rx(r"""\b(?:how\ (?:do|can|could|would|should)\ (?:i|you|we|one)|how\ to|best\ way\ to
    |easiest\ way\ to|ways?\ to|i\ (?:want|need|wanna|'m\ going|am\ going|plan)\ to
    |help\ me)\ (?:[\w']+\ ){0,2}?(?:kill|murder|hurt|harm|injure|maim|poison|stab|shoot|blow\ up
    |bomb|run\ over)\ (?:someone|somebody|people|a\ person|him|her|them|my|everyone|as\ many
    |a\ crowd|the|kids|children|a|an)\b|\b(?:how\ (?:do|can|could|would)\ (?:i|you|we|one)|how\ to
    |best\ way\ to)\ (?:attack|target)\ (?:a\ crowd|crowds|people|someone
    |a\ (?:school|mosque|church|synagogue|concert|festival))|\b(?:kill|hurt|injure|stab
    |shoot)\ as\ many|\b(?:how\ (?:do|can|could|would)\ (?:i|you|we|one)|how\ to
    |best\ way\ to)\ (?:run|mow)\ (?:people|someone|them|pedestrians|a\ crowd|crowds)\ (?:over
    |down)|\b(?:could|can|would|do)\ (?:i|you|we)\ kill\b""")
# TO_HURT: "... to poison them", "... to shoot people" (needs ASK; not "trying to kill people")
_NOT_THEIRS = "".join(rf"(?<!{w}\ )" for w in ("trying", "tries", "tried", "wants", "wanted",
                                                "threatened", "threatening", "planning", "plans"))
_TO_HURT = _rx(rf"""{_NOT_THEIRS}\bto\ (?:kill|murder|hurt|harm|poison|stab|shoot|maim)\ (?:someone
    |somebody|people|him|her|them|my\ \w+|everyone|as\ many)\b""")
# SNEAK: getting a weapon past security
_SNEAK = _rx(r"""\b(?:get|sneak|smuggle|take|bring)\ (?:a\ |my\ )?(?:knife|gun|weapon|blade
    |bomb)\ (?:past|through|into)\ (?:security|the\ scanners?|metal\ detectors?|airport)""")
# DAMAGE: maximum harm ("make a knife more damaging", "best weapon to use", "untraceable gun")
_DAMAGE = _rx(r"""\b(?:knife|knives|blade|machete|sword|edge|weapon|bullet)\b[^.?!]{0,40}\b(?:more
    |most|maximum|max|extra|worse|worst|deadl\w*|lethal|serious)\ (?:damag\w*|harm\w*|injur\w*
    |wounds?|bleeding|pain|lethal|deadly|dangerous)|\b(?:sharpen|serrate|modify|make
    |customi[sz]e)\ (?:a|my|the)\ (?:knife|blade|machete)\ (?:to|so
    |for)\ (?:it\ )?(?:\w+\ ){0,2}(?:damage|hurt|kill|stab|wound|harm|injur\w*|deadl\w*|lethal)
    |\b(?:knife|knives|blade|weapon|gun)\ (?:is|are)\ best\ for\ (?:stab|kill|hurt|attack)
    |\b(?:best|deadliest|most\ lethal|most\ dangerous)\ (?:knife|blade|weapon|gun|poison)\ (?:to
    |for)\ (?:kill|stab|hurt|attack|murder|harm|use)|\b(?:maximum|max|most)\ (?:casualties|deaths)
    |\buntraceable\ (?:gun|weapon|poison)|\bundetectable\ poison|\b(?:most|more)\ (?:lethal|deadly
    |toxic|dangerous|powerful)\ (?:poison|gun|weapon|knife|explosive|bomb)
    |\bpoison\w*\ [^.?!]{0,30}(?:undetect|untrace|hard(?:est)?\ to\ (?:detect|trace))
    |\b(?:turn|convert|adapt|make)\w*\ [^.?!]{0,30}\binto\ (?:a\ )?(?:real|working|live
    |lethal)\ (?:gun|firearm|weapon)""")
# CHEM: mixing chemicals to make an explosion or toxic gas
_CHEM = _rx(r"""\b(?:mix\w*|combin\w*|chemicals?|bleach|ammonia|fertili[sz]er|peroxide|acetone
    |nitrate|household)\b[^.?!]{0,60}\b(?:(?:make|makes|making|create|creates|produce|produces
    |cause|causes|release|get|for|need\ for)\ (?:an?\ |some\ )?(?:explosion|explosive|bomb|boom
    |toxic|poison\w*|deadly|lethal|chlorine|mustard|nerve)|explode|explosive|blow\ up
    |(?:toxic|poison|poisonous|deadly)\ gas)""")
# SAFE: safety framing (reporting, spotting, first aid, "what to do if") clears ACQUIRE etc.
_SAFE = _rx(r"""\b(?:report\w*|tell\ (?:the\ )?police|suspect\w*|suspicious|recogni[sz]e|spot
    |signs?\ (?:of|that)|what\ (?:to|should\ i|do\ i)\ do\ if|in\ case|dispos\w+|hand(?:ed)?\ in
    |amnesty|found\ (?:a|an)|first\ aid|bleeding|wounds?|treat\w*|protect|stay\ safe|avoid|survive
    |safe\ from|threat|never|accident\w*|by\ mistake|danger\w*\ to|shouldn't|should\ not|symptoms
    |exposed|smell|what\ happens\ if|casualt\w+|(?:know|tell)\ if|(?:someone|somebody|they|he|she
    |neighbour|people)\ (?:is|are|'s|'re)\ (?:making|building))\b""")


def asks_how_to(text: str) -> bool:
    """Asking for instructions or a source ("how do i", "where can i", "teach me"): calm framing
    for the emergency check. "help me" is left out: in danger, that is how people start."""
    return _ASK.search(text) is not None


def harmful_verdict(text: str) -> tuple[bool, str]:
    """(is it a request for how to make, get or use a weapon, the rule's name): never its words."""
    if _INTENT.search(text):
        return True, "intent"
    if _SAFE.search(text):
        return False, ""
    asking = _ASK.search(text) or _HELP_ME.search(text)
    checks = [("acquire", _ACQUIRE), ("to-hurt", _TO_HURT)] if asking else []
    for name, pattern in [*checks, ("recipe", _RECIPE), ("damage", _DAMAGE), ("chemicals", _CHEM),
                          ("sneak", _SNEAK)]:
        if pattern.search(text):
            return True, name
    return False, ""
