"""Is someone in danger now? Danger words, present-tense cues and calm framing."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable

from actions.safety.harmful import asks_how_to
from actions.safety.languages import cry_for_help
from actions.safety.text import _rx

# ---------------------------------------------------------------- emergency signals
# weapon nouns, typo tolerant ("knif", "nife", "machetti")
_W = (r"(?:gun+|guns|firearms?|rifles?|pistols?|shotguns?|handguns?|ak\ ?47|knife?s?|nifes?"
      r"|(?<=\ba\ )gone\b(?!\ (?:off|out|by|away|back|home|conclusion))"  # dictation: "a gone"
      r"|knives|knfe|machet+[eiy]?s?|blades?|swords?|axe|hammer|crossbow|acid|bomb|explosives?"
      r"|crowbars?|cleavers?|broken\ (?:bottles?|glass(?:es)?)|smashed\ (?:bottles?|glass)"
      r"|(?:iron|metal|steel)\ bars?|baseball\ bats?|knuckle\ ?dusters?|katanas?|scalpels?"
      r"|grenade|vest|detonators?|weapons?|shank(?:s|ed|ing)?|ching(?:ed|ing)?)")
# ARSON: setting something alight ("set fire to the bins", "poured petrol through our letterbox")
_ARSON = (r"(?:pushed|put|shoved|posted|threw|thrown|poured)\ (?:something\ |some\ |a\ |an\ )?"
          r"(?:burning|lit|alight|on\ fire|flaming)\ (?:\w+\ )?through\ (?:the|our|my|their)"
          r"\ (?:letter\ ?box|door|window)"
          r"|set(?:ting)?\ fire\ to|set(?:ting)?\ (?:\w+\ ){0,3}?(?:on\ fire|alight)"
          r"|(?:pour|splash|spray|dous)(?:ed|ing|es|s)?\ (?:\w+\ )?(?:petrol|fuel|diesel|accelerant"
          r"|lighter\ fluid|lighter\ fuel|white\ spirits?|paraffin|meths|turps)"
          r"|(?:pour|splash|spray|dous)(?:ed|ing|es|s)?\ (?:some\ )?(?:liquid|something)\ (?:round|around"
          r"|all\ over|over|on)\ (?:the\ |all\ the\ )?(?:\w+\ )?(?:entrance|doors?|exits?|floor|building"
          r"|hall|stairs|car|shop|house|mosque|church|temple|synagogue)"
          r"|(?:petrol|fuel)\ (?:\w+\ )?through\ (?:the|our|my|their|a)\ (?:letter\ ?box|door|window)")
# TORSO: the trunk of the body, where something may be strapped or taped
_TORSO = r"(?:chest|body|waist|belly|stomach|torso)"
# WORN_WIRES: wires out of someone's clothes or bag, or taped round their body: a device they may
# be wearing
_WORN_WIRES = (r"(?:wires?\ (?:coming|sticking|hanging|poking)\ out\ (?:of\ )?(?:his|her|their)\ (?:\w+\ )?"
               r"(?:jacket|coat|clothes|top|hoodie|vest|sleeve|shirt|rucksack|backpack|bag|pocket)"
               r"|wires?\ (?:taped|strapped|wrapped|tied|wound)\ (?:round|around|to|on|across)"
               rf"\ (?:his|her|their)\ {_TORSO})")
# WIRED: someone in a vest or jacket with wires ("a man in a vest with wires is shouting", "walked
# in wearing what looks like a vest with wires")
_WIRED = (r"(?:(?:a|the)\ (?:man|woman|guy|bloke|lad|person|someone)\ (?:in|wearing)|wearing)"
          r"\ (?:what\ looks\ like\ )?(?:a|an|some)\ (?:\w+\ )?"
          r"(?:vest|belt|jacket|coat)\ (?:with|and)\ wires")
# TO_THROAT: something sharp held to someone ("scissors to her throat", "a knife against his neck")
_TO_THROAT = (r"(?:knife|blade|scissors|glass|bottle|screwdriver|gun|weapon|machete)\ (?:held\ )?"
              r"(?:to|against|at)\ (?:his|her|my|their|our|your|the|someone's)\ (?:throat|neck|head)")
# SHOUTED_OFF: someone shouts that what they left will go off ("the guy shouted it's going to go off")
_SHOUTED_OFF = (r"(?:shouted|shouting|shouts|yelled|yelling|screamed|screaming)\ (?:that\ )?"
                r"(?:it|the\ (?:bag|bomb|device|box|package|case|rucksack))(?:'s|\ is|\ will|'ll)"
                r"\ (?:(?:going\ to|gonna|about\ to)\ )?(?:go\ off|explode|blow\ (?:up|you|us|everyone))")
# BEATING: people kicking or beating someone ("a group of lads are kicking my friend on the ground")
_BEATING = (r"(?:kicking|punching|beating|battering|stamping\ on|kicked|punched|beat"
            r"|battered)\ (?:up\ )?(?:someone|somebody|him|her|them|me|us|(?:my|our|a|the"
            r"|this)\ (?:\w+\ )?(?:friend|mate|man|woman|lad|girl|boy|guy|bloke|kid|son|daughter|brother"
            r"|sister|dad|mum|partner|wife|husband|boyfriend|girlfriend|carer|neighbou?r"
            r"|colleague))\b(?!\ (?:at|in)\ (?:football|rugby|training|karate|boxing|the\ game|the\ match))")
# SAYS_WILL: someone says what they will do ("shouting he's going to", "says she'll"); THREAT goes on
# with what; SAYS_WILL_HARM, a danger word by itself, with killing, burning or bombing ("shouting
# he's going to burn the mosque down")
_SAYS_WILL = (r"(?:says|said|saying|swears|mouthing|mouthed|shouting|shouted|shouts|yelling|yelled"
              r"|screaming|screamed)\ (?:(?:in|across|down|outside|from)\ (?:the|a|my|our)\ \w+\ )?"
              r"(?:that\ )?(?:he|she|they)(?:'ll|\ will|'s\ going\ to|\ is\ going\ to"
              r"|'s\ gonna|'re\ going\ to|'re\ gonna|\ are\ going\ to)")
_SAYS_WILL_HARM = _SAYS_WILL + r"\ (?:kill|stab|shoot|burn|bomb|attack)"
# WILL_GO_OFF: a bomb or device about to go off ("the bomb's going to go off"); a danger word, and
# in THREAT a cue that it is happening now
_WILL_GO_OFF = (r"(?:bomb|device)(?:\ will|\ is\ going\ to|'s\ going\ to|\ is\ set\ to|'s\ gonna|\ is\ gonna"
                r"|\ is\ about\ to|'s\ about\ to)\ (?:go\ off|explode|detonate)")
# CARRIER: what can be hijacked ("the coach has been hijacked"); PACKAGE: what can tick
_CARRIER = r"(?:bus|coach|plane|flight|train|lorry|truck|van|car|ship|ferry|boat)"
_PACKAGE = r"(?:bag|box|package|parcel|rucksack|backpack|case|device)"
# THREATENED: people a person threatens in front of others ("threatening the driver")
_THREATENED = (r"(?:everyone|everybody|people|us|me|them|customers|staff|kids|children|(?:the\ )?(?:driver"
               r"|passengers|pilot|cashier|shopkeeper|receptionist)|(?:my|our)\ (?:carer|mum|mom|dad|wife"
               r"|husband|partner|friend|mate|son|daughter|kids|children|family|brother|sister|girlfriend"
               r"|boyfriend|colleague|neighbou?r|nan|grandad|baby))")
# BENIGN: phrases blanked before looking for danger ("panic attack", "flu shot", "glue gun")
_BENIGN = _rx(r"""\b(?:(?:heart|panic|anxiety|asthma|cyber|shark)\ attacks?
    |(?:flu|booster|covid|big|best|good|mug|screen)\ ?shots?|shot\ (?:glass|of)|photo\ ?shoot\w*
    |shooting\ (?:stars?|a\ (?:film|video))|axe\ throwing|shoot(?:s|ing)?\ (?:some\ )?(?:hoops|baskets|pool)
    |bullet\ (?:journal|points?)|nerf\ (?:bullets?|darts?)|(?:clay(?:\ pigeon)?|target|skeet|trap)\ shooting
    |stabbing\ pains?|escape\ rooms?|start(?:er|ing)\ (?:pistol|gun)s?
    |(?:glue|nerf|water|toy|staple|heat|spray|massage|top)\ guns?|butter\ knife
    |knife\ and\ fork|(?:razor|shoulder|rotor)\ blades?|blade\ runner|(?:bath|seed)\ bombs?|lamb\ shanks?
    |big\ bang|cut\ (?:my|his|her|their|your)\ (?:own\ )?(?:finger|thumb|hand)\ on\ (?:the|a|my|his|her
    |our)\ (?:\w+\ )?knife|(?:pipes?|tyres?|tires?|bottles?|cans?|pens?|balloons?|kettles?|toilets?
    |microwaves?)\ (?:[\w']+\ ){0,4}?(?:exploded|blew\ up|burst)
    |(?:my\ |the\ )?(?:stream|livestream|podcast)\ (?:right\ now|at\ the\ moment)\b
    |(?:armed|firearms?)\ (?:police|officers?|forces|response|cops)
    |call(?:ed|ing|s)?\ (?:me\ |us\ |him\ |her\ |them\ |my\ \w+\ )?(?:an?\ )?(?:terrorists?|bombers?)
    |(?:watching|playing|reading|streaming|listening\ to|doing|dming|running|in|on
    |attending)\ (?:[\w']+\ ){0,3}?(?:film|movie|documentary|video|clip|programme|show|series|news|tv|telly
    |game|call\ of\ duty|fortnite|gta|book|podcast|audiobook|stream|twitch|youtube|course|class|lesson
    |campaign|session|webinar|meeting|lecture|seminar|workshop)\b(?:\ [\w']+){0,8}?\ (?:right\ now
    |at\ the\ moment)|(?:film|movie|documentary|programme|show|series|game|book|podcast
    |audiobook)\ (?:that\ )?(?:i'm|i\ am|we're|we\ are)\ (?:watching|playing|reading
    |listening\ to)\ (?:right\ now|at\ the\ moment))\b""")
# FIGURATIVE: danger words as figures of speech ("this traffic is killing me", "killed it at the
# gym", "shot my shot", "my phone blew up with messages", "bite the bullet"). Blanked like BENIGN;
# a message whose only danger words were these is read FIGURATIVE, so the model must be as sure as
# for a calm question. Not "he's killing me", "stabbed in the back" or "my dad is going to kill me":
# those can be meant ("my boss will kill me" is on the list).
_FIGURATIVE = _rx(r"""\b(?:(?:this|that|it|these|those|you|u|ur|your|work|uni|school|revision|homework
    |traffic|(?:the|this|that|these|those)\ (?:\w+\ )?(?:traffic|heat|wait|waiting|queue|suspense|commute
    |weather|hangover|noise|exams?|revision|homework|deadlines?|shoes|boots|jokes?|puns?|memes?|ending
    |cliffhanger|prices?|bills?|rent|cold|cough|toothache|job|shift|week|day|song|tune)|my\ (?:back|feet
    |legs|knees|head|neck|hangover|shoes|boots|job|shift|teeth|tooth|hay\ fever|cold))(?:'s|\ is|\ are|'re
    |\ r)?\ (?:literally\ |actually\ |honestly\ |lowkey\ |proper\ |absolutely\ |slowly\ )?(?:killing
    |killin)\ (?:me|us)|kill(?:ed|ing|s)?\ it(?!\ with)|kill(?:ing)?\ (?:some\ )?time|dressed\ to\ kill
    |kill\ two\ birds|killer\ (?:heels|workout|view|tune|song|outfit|app)|(?:could|would)\ murder\ (?:a|an
    |some)\ \w+|sho+t\ (?:my|your|ur|his|her|their|our)\ shot|shoot\ (?:my|your|ur|his|her|their|our)\ shot
    |shot\ (?:me|him|her|them|us|it)\ down|shoot(?:ing)?\ off\ (?:now|home|to|early|soon)
    |shoot(?:s|ing)?\ the\ (?:breeze|messenger)|shoot\ (?:me|us)\ (?:a|an)\ (?:text|message|email|dm|line)
    |shoot\ for\ the\ (?:stars|moon)|shotgun\ (?:the\ )?(?:front(?:\ seat)?|seat|window)|call(?:ed|s|ing)?
    \ shotgun|bagsy\ shotgun|bomb\ diggity|(?:joke|gig|show|set)\ bombed|bombed\ (?:the|my|an?)\ (?:exam
    |test|interview|audition)|went\ down\ a\ bomb|cost\ (?:a|me\ a)\ bomb|photo\ ?bomb\w*
    |(?:the\ )?f[\ -]?bombs?|(?:game|song|tune|track|album|film|movie|party|show|food|cake|pizza|burger
    |app)\ (?:is|'s|was|are)\ (?:the|da)\ bomb\b|(?:is|'s|was)\ (?:the|da)\ bomb\ (?:honestly|tbh|lol|mate
    |bro|bruv|innit)|jump(?:ed|ing)?\ the\ gun|stick(?:ing)?\ to\ (?:my|your|his|her|our|their)\ guns
    |son\ of\ a\ gun|(?:bring|brought|wheel|wheeled)\ out\ the\ big\ guns|bit(?:e|ing)?\ the\ bullet
    |dodged\ a\ bullet|sweat(?:ing)?\ bullets|(?:magic|silver)\ bullet|stab\ in\ the\ dark|(?:have|having
    |had|take|took)\ a\ stab\ at|knife[\ -]edge|under\ the\ knife|cut\ (?:the\ atmosphere|the\ tension
    |it)\ with\ a\ knife|(?:phones?|inbox|notifications|dms|mentions|timeline|feed|group\ chat
    |dash(?:board)?)\ (?:[\w']+\ ){0,4}?(?:exploded|blew\ up)|(?:exploded|exploding|blew\ up|blowing\ up
    |lit\ up)\ with\ (?:\w+\ )?(?:notifications|messages
    |texts|calls|warning\ lights|likes|comments|alerts|emails)|(?:head|brain|mind)\ (?:is\ |'s\ )?(?:going
    \ to\ |gonna\ |about\ to\ )?(?:explode|exploded|blown)|blew\ my\ mind|mind[\ -]blown|bang\ on
    |had\ a\ blast|full\ blast|blast\ from\ the\ past|lethal\ weapon|(?:mouth|tongue|throat|legs|lungs|feet
    |face)\ (?:is|are|'s)\ on\ fire|(?:little|absolute|proper)\ terror|(?:boss|mum|mam|mom|dad|teacher
    |manager|nan|gran|coach)\ (?:is\ |'s\ )?(?:going\ to|gonna|will|'ll)\ (?:explode|blow\ up
    |go\ ballistic)|(?<!to\ )(?<!gonna\ )(?<!will\ )(?<!'ll\ )(?<!going\ to\ )(?<!him\ )(?<!her\ )(?<!them\ )
    (?<!he\ )(?<!she\ )(?<!they\ )(?<!would\ )(?<!could\ )(?<!might\ )(?<!'d\ )kill\ me\ now\b(?!\ with)
    |(?:got|get|were|was|been|getting)\ (?:absolutely\ |completely\ |properly\ )?(?:slaughtered|massacred
    |murdered|destroyed|battered|annihilated|hammered|thrashed)\ (?:\d+\ ?-\ ?\d+|\d+\ nil|(?:in|at
    |on)\ (?:the\ )?(?:pub\ )?(?:quiz|match|game|final|semi|derby|league|tournament|exam|test|race|darts|pool
    |snooker))|(?:exams?|tests?|paper|quiz|homework|revision|workout|run|shift|week|day|commute|hangover)
    \ (?:absolutely\ |actually\ |literally\ |properly\ |has\ |just\ )*(?:murdered|destroyed|killed|slaughtered
    |battered)\ (?:me|us)|(?:boss|manager|teacher|coach|mates?|gaffer|supervisor)(?:\ is\ going\ to|'s\ going
    \ to|\ is\ gonna|'s\ gonna|s\ gonna|\ gonna|\ will|'ll|\ would)\ (?:actually\ |literally\ )?(?:kill
    |murder)\ me(?!\ with))\b""")
# DANGER: weapon / attack / violence words, typo tolerant
_DANGER = _rx(rf"""\b(?:sho+t+(?:ing|in|ng|er|ers|s|ings|out)?|gun+(?:\ ?(?:m[ae]n|s?h?ots?|fire|point))?s?
    |gu?nn?\ ?m[ae]?n|{_W}|stab+(?:ing|in|ed|d|s|er|ers|bings?)?|stabing|fir(?:ing|ed)\ (?:at|shots|on)
    |open(?:ed)?\ fire|rammed|ramming|bom+b?(?:s|ing|er|ers|ed)?
    |ex?plo(?:sions?|ded?|des|ding|sives?|tion|shun|sin)|expolsion|blast|bang(?:s|ed|ing)?
    |(?:loud|massive|huge|big|almighty)\ boom|boom\ boom|{_WILL_GO_OFF}|{_SHOUTED_OFF}
    |(?:something|device|bom+b?|it|bag|rucksack|backpack|package|parcel
    |suitcase)\ (?:has\ |'s\ )?(?:just\ )?(?:went|gone)\ off|set\ (?:something|it)\ off|set\ off\ something
    |at+ac?k+(?:s|er|ers|ing|ed|in)?|terr?or+ists?|hostages?|massacre|snipers?|gunpoint|slash(?:ed|ing)?
    |reload\w*|detonat\w*|(?:loud\ )?(?:cracks|pops|popping)|pop\ pop|crack\ crack|loud\ (?:crack|pop)
    |threat(?:ening|ened|ens)\ (?:to\ (?:kill|stab|shoot|hurt)|(?:me|us|him|her|them|my|our)\b)
    |blew\ (?:\w+\ ){{0,2}}up|blown\ up|blow\ (?:\w+\ ){{0,2}}up
    |driv\w+\ (?:(?:a|an|the|their|his|her)\ )?(?:\w+\ )?(?:at|into)\ (?:people|us|me|them|the\ crowds?|crowds
    |pedestrians|everyone)|intruders?|siege|{_BEATING}|{_SAYS_WILL_HARM}|strangl(?:ing|ed|es)
    |chok(?:ing|ed)\ (?:me|him|her|my|them|someone|somebody)|threatening\ {_THREATENED}|dying|being\ trampled
    |(?:set\ off|detonated)\ (?:a|an)\ (?:\w+\ )?device|device\ (?:went\ off|exploded)|bullets?|knif(?:ed|ing)
    |knife\ ?m[ae]n|glass(?:ed|ing)|mount(?:ed|ing|s)?\ the\ (?:pavement|kerb|curb)
    |(?:van|car|lorry|truck)\ (?:is\ |'s\ )?on\ the\ pavement|jump(?:ing|ed)\ out\ of\ (?:the\ )?windows?
    |(?:ran|run|running|mown)\ (?:\w+\ )?(?:over|down)
    |hit(?:ting)?\ (?:loads\ of\ |lots\ of\ |several\ )?people|(?:i've|i\ have|we've|i'm
    |i\ am)\ (?:just\ )?(?:been\ )?(?:hit|hurt|injured|attacked|shot|stabbed)
    |armed\ (?:m[ae]n|person|people|gang|attacker|robber(?:y|ies|s)?)|suicide\ (?:vest|belt|bomber)|{_ARSON}
    |petrol\ bombs?|(?:threw|thrown|throwing|throws|sprayed|spraying|sprays|squirted
    |squirting)\ (?:\w+\ ){{0,2}}?(?:liquid|substance|chemicals?|bleach|ammonia|corrosive\w*|something
    |stuff)\ (?:at|in|on|over|into)|corrosive\ (?:substance|liquid)|noxious|(?:hit|sprayed|doused|squirted
    |splashed)\ (?:\w+\ ){{0,2}}?with\ (?:some\ |a\ )?(?:liquid|substance|chemicals?
    |stuff)|(?:splashed|doused)\ (?:\w+\ ){{0,2}}?with\ (?:something|acid)|{_WORN_WIRES}|{_WIRED}
    |(?:released|releasing|let\ off|letting\ off)\ (?:\w+\ ){{0,3}}?(?:gas
    |chemicals?|substance)|(?:people|everyone|everybody)\ (?:are\ |is\ |keep\ |started\ |just\ )?(?:collapsing
    |choking|passing\ out)|(?:people|someone|somebody|pedestrians|kids|children)\ (?:got|were|have\ been
    |are\ being|are\ getting|being)\ (?:hit|run\ over|mown\ down|knocked\ (?:down|over))
    |{_CARRIER}\ (?:(?:has|have|'s|was|is|being|been)\ ){{0,2}}hijack\w*
    |hijack(?:ed|ing)\ (?:a|the|our|my)\ {_CARRIER}|hijackers?
    |{_PACKAGE}\ (?:[\w']+\ ){{0,2}}?(?:is\ )?(?:ticking|beeping)|(?:ticking|beeping)\ {_PACKAGE}|tooled\ up
    |(?:pulled|pulling|pulls|flashing|flashed|drew|drawn)\ (?:out\ )?(?:a|his|the|their)\ (?:strap|ting|nine
    |burner|piece)\b(?!\ of)|rounds\ (?:going\ off|being\ fired|fired|flying)
    |(?:let|letting|lets)\ off\ (?:a\ few\ |some\ )?rounds|spraying\ (?:at|into|rounds)
    |holding\ (?:us|people|everyone|them|the\ (?:staff|kids|children|pupils|customers|passengers))\ (?:hostage
    |captive|prisoner|at\ (?:gun|knife)point|inside|in\ (?:here|there|the))
    |won't\ let\ (?:us|anyone|anybody|people|everyone|any\ of\ us|her|him|them|me)\ (?:leave|out|go)
    (?![^.?!,]*\b(?:until|till|til|unless|without)\b)
    |{_TO_THROAT}|(?:says|said|saying)\ no\ ?one\ (?:is\ |can\ )?(?:leaving|leave|gets?\ out|getting\ out)
    |kill(?:ing)?\ (?:us|me|people|everyone|her|him|them|someone)\b
    |(?:van|car|lorry|truck|vehicle|bus|suv)\b[^.!?]{{0,40}}?\b(?:(?:drove|driven|driving|drives|ploughed
    |ploughing|plowed|mounted|mounting|ran|smashed|crashed
    |speeding)\ (?:straight\ |right\ |directly\ )?(?:in\ ?to|through|over|on\ ?to|at)\b
    |(?:went|came|gone|swerved|veered|careered|tore)\ (?:straight\ )?(?:in\ ?to
    |through)\ (?:the\ |a\ )?(?:\w+\ )?(?:crowds?|people|pedestrians|queue|market|everyone)\b)
    |(?:drove|driven|driving)\ (?:a|his|the|their|her)\ \w+\ (?:into|onto|on\ to|through|at)
    |drove\ (?:at|into|through)\ (?:us|me|(?:the\ )?(?:people|kids|children|pupils)|them|(?:the|a)\ crowds?
    |pedestrians|everyone)|(?:mow|mowed|mowing|ran|running|run)\ (?:people|everyone|pedestrians)\ (?:down
    |over)|screaming|screams|(?:people|everyone|everybody|crowds?)(?:'s|'re|\ are|\ is|\ were|\ just
    |\ started)?\ (?:fleeing|stampeding|panicking|running)|bodies|blood\ (?:everywhere|on)
    |people\ (?:are\ )?(?:dead|hurt|injured)|covered\ in\ blood|and\ bleeding
    |(?:people|everyone|someone|somebody|kids|children|man|woman|guy|lad|person|boy
    |girl)\ (?:are\ |is\ )?bleeding|bleeding\ (?:everywhere|badly|loads|heavily|a\ lot))\b""")
# STANDALONE cues are an emergency even without a danger word.
# HIDING: someone hiding / trapped / barricaded / locked in now ("we're hiding", "mum's trapped")
_HIDING = _rx(r"""(?<!where\ )(?<!while\ )(?<!when\ )\b(?:i'm|i\ am|we're|we\ are|(?<!we\ )(?<!they\ )were
    |she's|she\ is|he's|he\ is|they're|they\ are|i've\ been|we've\ been|still|currently|now|all|i|we|me|us|mum
    |mom|dad|son|daughter|kids?|children|sister|brother|friend|mate|wife|husband|partner|girlfriend|boyfriend
    |family|staff|students|pupils|everyone|people|(?:mum|dad|son|daughter|sister|brother|friend|wife
    |husband)(?:'s|\ is))(?:\ (?:all|still|currently|now|just|are|is|r))*\ (?:hid+(?:ing|eing
    |en)(?!\ (?:something|things|stuff|the\ truth|it\b|evidence|facts|information|details|the\ fact|a\ secret
    |secrets|their|his|her|the\ (?:real|names?|identity)))|sheltering|trapped|stuck\ (?:in|inside)
    |locked\ (?:in|inside)|barricaded|cornered(?!\ (?:me|us|him|her|them|the|my|a)\b)|holed\ up|hunkered\ down
    |lying\ low|taking\ cover
    |playing\ dead)\b|\b(?:barricaded|baricaded|barricading\ (?:ourselves|myself|the\ door))\b
    |\b(?:pushed|put|moved|dragged|stacked|piled)\ (?:the\ |a\ |some\ |our\ |all\ the\ )?(?:\w+\ )?(?:tables?
    |desks?|chairs?|furniture|sofa|couch|beds?|cabinets?|wardrobe|bookcase|fridge
    |shelves)\ (?:up\ )?(?:against|in\ front\ of|behind)\ (?:the|our|my)\ doors?\b
    |\blocked\ (?:ourselves|myself|themselves|himself|herself)\ (?:in|inside)\b
    |\b(?:i'm|i\ am|we're|we\ are)\ (?:in|under|behind|inside)\ (?:the|a|my|our)\ (?:\w+\ )?hiding\b
    |\b(?:i'm|i\ am|we're|we\ are)\ in\ danger|\b(?:armed|emergency)\ lockdown
    |\bthere's\ an?\ (?:\w+\ )?lockdown|(?<!a\ )\blockdown\ (?:at|in)\ (?:my|our
    |the)\b(?![^.?!,]*\b(?:ended|over|lifted|finished|called\ off|earlier|this\ morning|yesterday|last)\b)
    |\b(?:i|we)\ can\ (?:still\ )?hear\ (?:him|them|footsteps)\b
    |\b(?:(?:i|we)(?:'ve|\ have)?\ (?:just\ )?locked\ the\ door|the\ door's\ locked)\b
    |\b(?:i'm|i\ am|we're|we\ are|i've\ been|we've\ been|still|they're|they\ are|she's|he's|she\ is
    |he\ is)(?:\ all|\ still)?\ (?:(?:in|under|inside|behind)\ (?:a|the|my|our)\ (?:cupboard|wardrobe|loft
    |attic|toilet\ cubicle|stock\ ?room|store\ ?room)|(?:under|behind)\ (?:a|the|my|our)\ (?:desks?|tables?
    |beds?|counter|bar|stage|seats))\b|(?:^|[.,!?;:]\ ?)(?:hid+(?:ing|eing)|trapped|barricaded
    |locked\ in)\ (?:in|under|behind|inside|from|upstairs|downstairs|at|on)\b
    |(?<!does\ )(?<!would\ )(?<!about\ )(?<!try\ )(?<!by\ )(?<!of\ )\bholding\ (?:the\ |a\ |our\ |my\ )?
    (?:\w+\ )?doors?\ (?:shut|closed)\b(?![^.?!,]*\b(?:work|works|enough|better|best|safe|safer|help|stop)\b)
    |\bwith\ a\ (?:chair|table|desk)\ (?:wedged|jammed)\ under\ the\ (?:door\ )?handle\b
    |\b(?:i|we)(?:'ve)?\ (?:put|wedged|jammed|shoved)\ a\ (?:chair|table
    |desk)\ under\ the\ (?:door\ )?handle\b|\b(?:is|are|'s|'re|gone|went|been\ put)\ (?:in|on
    |into)\ (?:a\ |full\ )?lockdown\b(?!\ (?:drill|practice|exercise|test|procedure|plan|policy))
    |\b(?:it's|it\ is)\ happening\b|\b(?!(?:dog|dogs|cat|cats|puppy|kitten|hamster|rabbit|pet|bird
    |tortoise)\b)\w+(?:'s|'re|\ is|\ are)\ (?:still\ )?(?:hid+(?:ing|eing)|trapped|stuck)\ (?:in|under|behind
    |inside|with|from|upstairs|downstairs)\b""")
# SILENCED: cannot speak because the attacker is near ("can't talk he's outside", "whispering")
_SILENCED = _rx(r"""\b(?:can't|cannot|can\ not|unable\ to)\ (?:talk|speak|call
    |make\ a\ sound)\ (?:he|she|they|someone|it|because|he'll|they'll|loud|out\ loud|much)\b
    |\b(?:whispering|have\ to\ whisper|(?:he|she|they)\ (?:might|will|'ll|could)\ hear
    |(?:he|she|they)'ll\ hear)\b""")
# HOMELY: hiding or whispering explained by home life ("hide and seek", "a fort out of the sofa
# cushions", "the baby has finally gone to sleep", "barricaded the door against the draught")
_HOMELY = _rx(r"""\b(?:hide[\ -]and[\ -]seek|sardines|(?:pillow|sofa|cushion|blanket)\ forts?|built\ a\ fort
    |(?:the|my|our)\ (?:baby|babies|toddler|twins)(?:'s|\ is|\ are|\ has|\ have)\ (?:\w+\ )?(?:asleep|sleeping
    |gone\ (?:off\ )?to\ sleep|napping|gone\ down)|draughts?|drafts?|(?:against|keep\ out)\ the\ (?:cold
    |wind)|because\ of\ the\ (?:thunder|lightning|storm)
    |(?:scared|frightened|terrified)\ of\ (?:the\ )?(?:thunder
    |lightning|storm|hoover)|(?:toddler|little\ one|baby|son|daughter|kid)\ (?:has\ |'s\ )?(?:just\ )?locked
    \ (?:himself|herself|themselves)\ (?:in|out))\b""")
# UNSEEN_NEAR: someone in the house, said last ("... hes downstairs"): a cue only where the person
# also says they can't speak or will say nothing (_QUIET_CALL: "if i call and dont say anything")
_UNSEEN_NEAR = _rx(r"""\b(?:he's|she's|they're|he\ is|she\ is|they\ are)\ (?:still\ |now\ |right\ )?
    (?:downstairs|upstairs|outside|next\ door|in\ the\ (?:next\ room|hall|hallway|house
    |flat))(?=\s*(?:[.!?]|$))""")
_QUIET_CALL = _rx(r"""\b(?:don't|can't|cannot|not|without)\ (?:say\ anything|saying\ anything|speak|speaking
    |talk|talking|make\ a\ sound)\b(?!\ (?:to|about|with|english|properly|well|on|for|very))""")
# MUTED: "i can't talk" alone: an emergency only when nothing else frames it as a calm question
_MUTED = _rx(r"""\b(?:can't|cannot|can\ not|unable\ to)\ (?:talk|speak)\b(?!\ (?:to|about|with
    |english|properly|well))""")
# AT_DOOR: the attacker is close, coming, or trying to get in ("he's in the next room")
_AT_DOOR = _rx(r"""\b(?:he's|he\ is|she's|she\ is|they're|they\ are|someone's|someone\ is|somebody\ is|he|they
    |the\ man|the\ guy)\ (?:still\ |right\ |now\ |just\ )*(?:outside\ (?:the|our|my)\ (?:door|room|window)
    |right\ outside|in\ the\ (?:next|other|same)\ room|next\ door
    |coming\ (?:this\ way|towards|for|up|down|closer|in)|coming$|getting\ closer|close\ by|nearby|right\ there
    |still\ (?:out\ there|there|here|around|about|inside|outside|in\ the\ building)|looking\ for\ (?:us|me)
    |searching|trying\ to\ (?:get\ (?:in|inside|into\ (?:the|our|my|this)\ (?:room|building|house|flat
    |classroom|office|toilets?|loo|bathroom|cupboard|shop|store|hall))\b(?!\ (?:touch|contact|line|shape|with
    |on|for|to))|break\ (?:in|down|through|the\ door|our\ door|my\ door)
    |open\ (?:the|our|my)\ (?:doors?|windows?))|trying\ (?:the\ )?(?:doors?|handles?|door\ handles?)|banging
    |kicking|walking\ (?:around|past|up|down|the\ corridors?|the\ halls?)|down\ the\ (?:corridor|hall))
    |(?<!i'm\ )(?<!i\ am\ )(?<!we're\ )(?<!we\ are\ )\btrying\ to\ (?:get\ (?:it\ |them\ |the\ doors?\ )?(?:in
    |down)\b(?!\ (?:touch|contact|to|with|line|on|for|shape)\b)
    |(?:break|kick|force|smash)\ (?:it\ |them\ |(?:the|my|our|his|her
    |their)\ (?:front\ |back\ |bedroom\ |flat\ )?doors?\ )?(?:in|down)\b)
    |\b(?:they're|they\ are)\ everywhere\b|\b(?:breaking|broke|broken|kicking
    |smashing)\ (?:the\ |our\ |my\ )?(?:door\ )?(?:down|in)\b|\b(?:doesn't|don't|didn't)\ know\ (?:i'm
    |we're)\ here|\b(?:he's|she's|they're|he\ is|they\ are)\ (?:right\ )?here\b(?!\ (?:to|for|on|next|with|at
    |in|every|now\ and))|\b(?:banging|kicking|smashing|bashing|battering|hammering)\ (?:on\ )?(?:the|our
    |my)\ (?:front\ |back\ |bedroom\ |classroom\ |office\ )?door\b
    |\b(?:he's|he\ is|she's|she\ is|they're|they\ are)\ (?:standing\ )?between\ (?:me
    |us)\ and\ the\ (?:front\ |back\ |only\ )?(?:door|exit|way\ out|stairs)\b
    |\b(?:can|could|will)\ (?:they|he|she|the\ gunman|the\ attacker)\ see\ (?:me|us
    |(?:the\ )?(?:light|glow)\ (?:from|of)\ (?:my|our)\ (?:phone|screen)|my\ (?:phone|screen)\ light)\b
    |\b(?:he's|she's|they've|he\ has|she\ has|they\ have|he|she|they)\ (?:just\ )?found\ (?:us
    |me)\b(?!\ (?:a|an|the|some))|\bthere(?:'s|s|\ is)\ (?:a|some)\ (?:strange\ |random\ )?(?:man|guy|bloke
    |stranger|person|someone|somebody|intruder)\ (?:in|inside)\ (?:the|my|our)\ (?:house|flat
    |home)(?=\s*(?:[.!?,]|$))""")
# COME_OUT: still hiding and asking whether to come out; or just crying for help ("pls hurry")
_COME_OUT = _rx(r"""(?:\b(?:when|how\ long)\ (?:\w+\ ){0,3})?\b(?:safe\ to\ come\ out
    |(?:can|should|shall)\ (?:we|i)\ come\ out|come\ out\ (?:of\ hiding|now|yet))\b(?![\w ]{0,25}\b(?:after
    |during|once|following)\ an?\ )|\bsafe\ to\ (?:leave|move|go\ out)\ (?:yet|now)\b
    |\bstay\ hidden\b(?![\w ,]{0,25}\b(?:(?:in|after|during|following)\ an?\ |in\ general|generally|usually
    |normally|typically))|\bstill\ hiding\b|\bsend\ help\b|(?<!meaning\ of\ )\bsos\b(?!\ (?:mean|means|stand
    |for))|(?<!nothing\ is\ )(?<!nothing's\ )(?<!not\ )\bhappening\ right\ now\b
    |(?:\bwhat\ (?:do|should)\ (?:i|we)\ do\b\W*){2}|^(?:(?:hide|run)(?:\ or\ (?:hide|run))?
    |where\ (?:do|can|should|shall)\ (?:i|we)\ (?:hide|go|run))\ ?(?:now\ ?)?[?!]{2,}$
    |^(?=.*\b(?:help|sos|emergency|hurry)\b)(?:(?:please|pls|plz|help|me|us|someone|somebody|anyone|quick
    |quickly|hurry|now|urgent|i|we|need|asap|emergency|sos|oh|god|omg)\b[.!?, ]*)+$""")
# MOMENT_ASK: asking, in so many words, what to do with one's body right now ("do i play dead",
# "shld i stay still", "can i climb out the toilet window"): an emergency when nothing frames it
# as a hypothetical, the past or information ("should you play dead in an attack" is advice), nor
# is it about the police (_POLICE: "the police came in, should we stay still": what they expect)
_MOMENT_ASK = _rx(r"""(?<!how\ )\b(?:should|shall|do|can|must
    |could|shld|shud)\ (?:i|we)\ (?:play\ dead|pretend\ (?:to\ be\ |i'm\ |we're\ |that\ i'm\ )?dead|(?:stay
    |keep)\ (?:really\ )?still|(?:climb|jump|get)\ out\ (?:of\ )?(?:the|a|this|that)\ (?:\w+\ )?window)\b
    (?![^.?!,]*\b(?:if|when|whenever|while|in\ case|during|after|in\ an?|once|drills?|practice|exercises?
    |training|games?|tomorrow|next)\b)""")
_POLICE = re.compile(r"\b(?:police|officers?|cops)\b")
# MENACED: danger from a person, told without a weapon or an attack word. An emergency unless told
# as the past, news or information, or a drill, or inside an "if" ("what do i do if a taxi driver
# won't let me out"). One pattern per way of telling it; the names go to the logs.
_WILL = (r"(?:\b[\w]+(?:'ll|\ will|\ (?:is|are|'s|'re)\ (?:gonna|going\ to))"
         r"|\b(?:hell|ill|youll|shell|ull))")
_WHOM = r"(?:me|us|you|him|her|them|my\ \w+|his\ \w+|her\ \w+)"
_PAYBACK = (rf"(?:regret\ it|be\ sorry|pay(?:\ for\ it)?|suffer|get\ hurt|(?:finish|do|hurt|batter|end"
            rf"|deal\ with|sort\ out|come\ for|come\ after|do\ in|smash|break|get|find|hear"
            rf"|use\ (?:it|this|that)\ on)\ {_WHOM}|use\ (?:it|this|that)"
            rf"|make\ sure\ (?:i|you|we|she|he)\ never"
            rf"|make\ {_WHOM}\ (?:sorry|pay|regret\ it)|never\ see\ (?:\w+\ ){{0,2}}again)\b")
_TELLS = (r"(?:tell|tells|ring|rings|call|calls|phone|phones|text|texts|report|reports|go\ to|goes\ to"
          r"|grass|grasses|snitch|snitches)(?:\ (?:anyone|anybody|someone|somebody|the\ (?:police|cops|feds)"
          r"|police|999|for\ help|my\ \w+|his\ \w+|her\ \w+|their\ \w+|your\ \w+))?")
_ESCAPE = (r"(?:(?:try|tries)\ (?:to\ )?(?:leave|run|escape|get\ out|go|call|ring|scream|shout|tell)"
           r"|leave|leaves|run|runs|move|moves|scream|screams|shout|shouts|yell|yells|make\ a\ (?:sound"
           r"|noise|peep)|makes\ a\ (?:sound|noise)|say\ (?:anything|a\ word)|open\ (?:my|your|his|her)"
           r"\ mouth|go(?!\ (?:to|for|on|out|in|with|home))"
           r"|don't\ (?:pay|hand|give|do\ (?:what|as)|come|get\ in))"
           r"(?!\ (?:early|work|the\ job|this\ job|my\ job|uni|school|college|the\ team))")
_IF_THEN = rf"if\ (?:i|we|you|he|she|they|my\ \w+)\ (?:\w+\ )?(?:{_TELLS}|{_ESCAPE})\b"
_SAYING = (r"(?:says|said|saying|say|told\ (?:me|us|him|her|them)|telling\ (?:me|us|him|her|them)|shouting"
           r"|shouted|yelling|yelled|threatening|threatened|warned|warning|whispered|whispering|mouthing"
           r"|mouthed|texted|texting|messaged|messaging|keeps\ on|goes)\ (?:that\ )?(?:[\w']+\ ){0,7}?")
_AUTHORITY = (r"(?:teacher|manager|boss|mum|mom|mam|dad|sir|miss|coach|parents?|homework|rota|spreadsheet"
              r"|deadline|ref|referee)")
_PETS = r"(?<!cat)(?<!dog)(?<!cats)(?<!dogs)(?<!puppy)(?<!kitten)(?<!baby)(?<!cat's\ )(?<!dog's\ )"
_NOT_PLAY = r"(?![^.?!,]*\b(?:sweets|treats|cuddles|hugs)\b)"
# THREATENS: what happens "if i scream", said to the person ("says if i try to leave i'll regret
# it", "he said he'll finish me if i ring anyone", "says he'll follow me home"); "or else", "or
# you're dead", "and nobody gets hurt"; something in his pocket "that'll sort me out"; what he's
# going to do to me
_THREATENS = _rx(rf"""\b{_SAYING}(?:{_IF_THEN}[,\ ]*(?:then\ )?{_WILL}\ (?:\w+\ )?{_PAYBACK}
    |{_WILL}\ (?:\w+\ )?{_PAYBACK}\ (?:\w+\ ){{0,2}}?{_IF_THEN}
    |{_WILL}\ (?:\w+\ )?(?:follow\ (?:me|you)\ home|sort\ (?:me|you)\ out|do\ (?:me|you)\ in
    |finish\ (?:me|you)|make\ (?:me|you)\ (?:pay(?!\ for)|sorry|regret\ it)|get\ (?:me|you)\ (?:later
    |tonight|after))\b(?!\ (?:with|in\ (?:his|her|the)\ car|to\ make|so\ (?:i|you)|and\ make|for\ (?:tea
    |dinner|lunch)))
    |(?:he's|she's|they've|he\ has|she\ has|they\ have)\ got\ something\ (?:in|under|inside|up)\ (?:his|her
    |their)\b(?!\ \w+\ for\ (?:me|you|us))
    |(?:i'm|you're|we're|nobody's|nobodys|no\ one's|no\ one\ is|nobody\ is|none\ of\ (?:us|you)\ (?:is
    |are))\ (?:not\ )?(?:leaving|going\ anywhere|getting\ (?:off|out)|allowed\ (?:out|to\ leave))\b
    (?![^.?!,]*\b(?:until|till|til|unless)\b)
    |what\ (?:he's|she's|they're|he\ is|she\ is|they\ are|he'll|she'll|they'll)\ (?:going\ to\ |gonna\ )?do
    \ to\ (?:me|us|you|her|him)\b)
    |(?:^|(?<=[.!?]\ )|(?<=[.!?]))(?![^.?!]*\b{_AUTHORITY}\b)[^.?!]*?\b(?:give|hand|empty|open\ up|get\ in
    |pay|transfer|drive|shut\ up|come\ with|want|wants|hand\ over)\b[^.?!,]{{0,40}}\bor\ else\b
    (?=\s*(?:[.!?,]|$|\ and\b|\ (?:he|she|they|he's|they're)\b))
    |\bor\ (?:(?:you're|your|you\ are|u're|you'll\ be|ull\ be)\ dead|(?:i'll|ill|he'll|hell|they'll
    |we'll)\ (?:hurt|do|finish|batter|sort)\ you)\b
    |\b(?:and|or)\ (?:nobody|no\ one|no-one)\ (?:gets|will\ get)\ hurt\b
    |\b(?:got|has|have)\ something\b[^.?!]{{0,30}}?\b(?:that'll|thatll|that\ will|which\ will|it'll
    |to)\ (?:make\ (?:me|you|us)\ (?:sorry|pay|regret\ it)|sort\ (?:me|you|us)\ out|hurt|use\ on)
    |\b(?:coming|come|going\ to\ come|gonna\ come)\ (?:round\ |over\ |back\ )?(?:to|and)\ (?:sort
    \ (?:me|you|us|him|her)\ out|do\ (?:me|you|him|her)\ in|get\ (?:me|you|us))(?=\s*(?:[.!?,]|$|\ (?:for
    \ good|now|tonight)))""")
# HELD: kept in or not let go ("they won't let me past", "i'm being kept in a flat", "has locked
# me in", "nobody's getting off"), or ordered down ("locked the doors and told everyone to get on
# the floor"); not a parent's terms ("won't let me out until i've tidied my room") or a joke
_HELD = _rx(r"""\b(?:won't|will\ not|refuses\ to|refusing\ to|isn't\ going\ to|is\ not\ going\ to)\ let
    \ (?:me|us|her|him|them|anyone|anybody|my\ \w+)\ (?:leave|out|past|go|get\ out|off|escape|through)\b
    (?!\ (?:to|out|for|on|in|with|early|yet)\b)(?![^.?!,]*\b(?:until|till|til|unless|without|before
    |because)\b)
    |\b(?:won't|will\ not)\ let\ go\b(?!\ of\ (?:the|this|that|it|his|her|their)\b)
    |\b(?:i'm|i\ am|we're|we\ are|she's|she\ is|he's|he\ is|they're|they\ are|i've\ been|we've\ been
    |she's\ been|he's\ been)\ (?:being\ )?(?:kept|held)\ (?:in|inside|prisoner|captive|against)\b
    (?![^.?!,]*\b(?:detention|after\ school|hospital|overnight|observation)\b)
    |\b(?:keeping|holding)\ (?:me|us|her|him|them)\ (?:in|inside|prisoner|captive|against)\b
    |\b(?:has|have|'s|'ve|just)\ (?:locked|shut)\ (?:me|us|her|him|them|my\ \w+)\ (?:in|inside)\b
    (?![^.?!,]*\b(?:prank|joke|by\ accident|accidentally|by\ mistake)\b)
    |\b(?:i'm|we're|i\ am|we\ are|^)\ ?(?:help\W+)?in\ the\ boot\ of\ (?:a|the|his|this
    |their)\ (?:car|van)\b(?![^.?!,]*\b(?:for\ fun|game)\b)
    |\b(?:men|man|guys|blokes|lads|gang|they|he|she)\ (?:have\ |has\ )?(?:[\w',]+\ ){0,8}?(?:told|ordered
    |telling|ordering)\ (?:everyone|us|everybody|all\ of\ us)\ to\ (?:get\ (?:on\ the\ floor|down)|lie
    \ (?:down|on\ the\ floor)|hand\ over)\b""")
# FORCED: made to hand over or drive ("making me transfer money"), forced in ("forced his way into
# my car", "smashed my window, climbing in now", "kicked the door in"), a driver who won't stop or
# has locked the doors
_FORCED = _rx(r"""\b(?:forced|forcing|pushed|pushing|barged|barging|shoved|shoving|muscled)\ (?:his|her
    |their)\ way\ (?:past\ (?:me|us)\ )?(?:in\b(?!\ (?:the|a|front))|inside|through\ the\ door
    |into\ (?:my|our|her|his|the|their)\ (?:car|flat|house|home|room|bedroom|office|shop|taxi|cab|van
    |building|kitchen|bathroom))\b
    |\b(?:making|forcing)\ (?:me|us|her|him|them|my\ \w+)\ (?:to\ )?(?:transfer|withdraw|hand\ over
    |give\ (?:them|him|her)\ (?:my|our|his|her)|drive|get\ in(?:to)?\ (?:the|his|their|a)\ (?:car|van)|empty
    |send\ (?:them|him|her)\ (?:money|cash)|take\ out\ (?:money|cash|£|\d))
    |(?<!police\ )(?<!officers\ )\b(?:smashed|kicked|broke|broken|bashed)\ (?:the|my|our|her
    |his)\ (?:\w+\ )?door\ (?:in|down)\b|\bkicked\ a\ hole\ in\ (?:the|my|our)\ (?:\w+\ )?door\b
    |\b(?:smashed|smashing|broke|breaking|broken)\ (?:my|our|the)\ (?:\w+\ )?(?:window|door)\b[^.?!]{0,20}?
    \b(?:climbing|getting|coming)\ in\b
    |\bjust\ tried\ (?:to\ open\ )?(?:the|our|my)\ (?:\w+\ )?(?:door|handle|door\ handle|window)s?\b
    |\b(?:man|someone|somebody|he|she|they|guy|bloke|lad|woman)\ (?:is\ |'s\ |are\ |'re\ )?(?:\w+\ )?
    (?:banging|hammering|bashing|battering|smashing)\ (?:on\ )?(?:my|our|the)\ (?:car\ |front\ |bedroom
    \ )?windows?\b
    |\b(?:someone|somebody|a\ man|a\ stranger)\ (?:is|'s)\ in\ (?:the|my|our)\ (?:house|flat|home)\b
    (?![^.?!]*\b(?:cleaner|plumber|builder|friend|mate|mum|dad)\b)
    |\b(?:driver|cabbie|taxi|cab|uber)\b[^.?!]{0,40}\b(?:won't|will\ not|refuses\ to|refusing\ to
    |isn't\ going\ to)\ (?:stop|pull\ over|let\ me\ out|unlock)\b(?!\ (?:for|at|talking|chatting|texting
    |singing|smoking|asking|going\ on|moaning|laughing|playing))
    |\b(?:driver|cabbie)\ (?:has\ |'s\ )?locked\ (?:all\ )?(?:the|my)\ (?:car\ )?doors\b""")
# CORNERED: boxed in, surrounded, pinned or held by the throat, dragged off ("being dragged into a
# car"), followed and caught up with ("following me ... saying they know where i live", "he's
# still chasing me"); not by the cat or the kids wanting sweets
_CORNERED = _rx(rf"""{_PETS}\b(?:have|has|'ve|'s|are|is|got)\ (?:got\ )?(?:me|us|him|her|my\ \w+)\ (?:boxed
    \ in|surrounded|cornered|pinned\ (?:down|against|to|up)|(?:pushed|pressed|shoved)\ (?:up\ )?against
    |up\ against\ (?:the|a)\ (?:wall|car|fence))\b
    |(?<!cat\ )(?<!dog\ )(?<!kids\ )\b(?:have|has|'ve|'s|just)\ (?:got\ )?(?:cornered|surrounded|trapped)
    \ (?:me|us|my\ \w+)\b{_NOT_PLAY}
    |(?:^|[.,!?;:]\ ?)cornered\ (?:in|at|on|by|near|outside|behind)\b(?![^.?!,]*\b(?:sweets|kids
    |cat|dog)\b)
    |\bboxed\ (?:me|us|him|her)\ in\b|\b(?:blocking|boxing)\ (?:me|us)\ in\b
    |\b(?:surrounding|cornering)\ (?:me|us|my\ \w+)\b{_NOT_PLAY}
    |\b(?:he's|she's|they're|he\ is|she\ is|they\ are|and\ is|and's)\ (?:standing\ )?(?:blocking
    |in\ front\ of)\ (?:the|my|our)\ (?:front\ |bedroom\ |bathroom\ )?(?:door|doorway|way\ out|exit)\b
    |\bbeing\ held\ down\b|\bholding\ (?:me|him|her|my\ \w+)\ down\b
    |\b(?:has|'s\ got|got)\ (?:my|his|her)\ (?:\w+\ )?(?:arm|arms)\ (?:twisted|pinned|behind)
    |\bhand\ over\ (?:my|his|her)\ (?:\w+\ )?mouth\b|\bhad\ me\ by\ the\ (?:throat|neck|hair)
    |\b(?:has|'s\ got|got)\ (?:me|my\ \w+|him|her)\ by\ the\ (?:throat|neck|hair)\b
    |\b(?:gripping|holding|grabbed|grabbing|twisting|twisted)\ (?:onto\ )?(?:my|me\ by\ the)\ (?:arm|wrist
    |hair|neck|throat)\b[^.?!]{{0,40}}?\b(?:saying|says|telling\ me|won't\ let\ go|and\ won't)
    |(?<!dog\ )(?<!dogs\ )\b(?:dragged|dragging|bundled|bundling)\ (?:me|us|him|her|my\ \w+|a\ \w+
    |the\ \w+)\ (?:\w+\ )?(?:into|round|behind|away|off|down)\b(?![^.?!,]*\b(?:pub|party|shops?
    |gym|karaoke|club|bar|dance\ floor|park|walk)\b)
    |\bbeing\ (?:dragged|bundled|pulled|forced)\ (?:into|in)\ (?:a|the|his|their|an)\ (?:car|van|motor
    |boot)\b|\b(?:threw|thrown|pushed|shoved|dragged)\ me\ back\ (?:in|into|on|onto|down)\b
    |\b(?:i'm|i\ am|we're|we\ are|she's|she\ is|he's|he\ is)\ being\ (?:followed|chased|stalked)\b(?!\ (?:on
    |online|by\ (?:a\ )?(?:bots?|brands?|accounts?)))
    |\b(?:following|chasing)\ (?:me|us|my\ \w+)\b(?!\ (?:on|around\ the\ house|to\ the\ (?:loo|toilet
    |bathroom|kitchen)|everywhere|online))[^.?!]{{0,60}}?\b(?:saying|shouting|yelling|calling\ me
    |they\ know\ where|he\ knows\ where|catching\ up|getting\ closer|gaining|won't\ (?:go\ away|leave|stop)
    |right\ behind|still\ behind|i'm\ (?:on\ my\ own|alone|scared|terrified))
    |(?<!like\ )\b(?:he's|she's|they're|he\ is|she\ is|they\ are|someone's|someone\ is)\ (?:still\ |now
    \ )?(?:chasing|following)\ (?:me|us)\b(?!\ (?:on|online|around|about|for|to\ the|everywhere))
    |\b(?:follow|chas)\w*\b[^.?!]*?\b(?:nearly\ caught\ up|almost\ caught\ up|catching\ up|closing\ in
    |gaining\ on)\b""")
# STRAPPED: something worn on the body, named no further ("something taped to his belly")
_STRAPPED = _rx(rf"""\bsomething\ (?:strapped|taped|tied|wrapped)\ (?:round|around|to|under|on)\ (?:his|her
    |their)\ (?:\w+\ )?{_TORSO}\b""")
# LAUGHING: told with a laugh ("she'll make me pay lol"): not a threat now
_LAUGHING = re.compile(r"\b(?:lol|lmao|rofl|haha\w*|jk|xd)\b|😂|🤣")
_MENACED = (("menaced-threat", _THREATENS), ("menaced-held", _HELD), ("menaced-forced", _FORCED),
            ("menaced-cornered", _CORNERED), ("strapped-on", _STRAPPED))
# DRILL: a practice said to be one ("there's a lockdown drill at school, the kids are all under the
# tables"); not a doubt ("is this a drill?", "not a drill", "i think it's a drill")
_DRILL = _rx(r"""\b(?:(?:a|the|our|their|today's
    |tomorrow's)\ (?:lockdown\ |fire\ |practice\ |evacuation\ |safety\ )?
    |(?:lockdown|fire|practice|evacuation|safety)\ )(?:drill|rehearsal)\b|\btabletop\ exercise\b
    |\b(?:lockdown|evacuation)\ practice\b|\b(?:lockdown|evacuation|training|emergency|counter[\ -]terror\w*
    |major\ incident)\ (?:exercise|simulation)\b|\b(?:simulated|mock
    |staged)\ (?:[\w']+\ ){0,3}?(?:exercise|drill
    |scenario)\b|\b(?:only|just)\ an?\ (?:exercise|drill)\b""")
_DRILL_DOUBT = _rx(r"""\bdrill\b[?!.,\ ]+(?:no|nope|not)\b|\b(?:it's|this\ is|it\ is)\ (?:real|for\ real)\b
    |\b(?:is\ (?:this|it|that)|not|no|isn't|wasn't|ain't|if\ (?:it's|this\ is|it\ is)|hope|think|thought
    |maybe|probably|might\ be|could\ be|or|whether)\ (?:[\w']+\ ){0,3}?(?:drill|exercise
    |simulation|rehearsal)\b""")
# DRILL_NOW: the drill is what is happening now ("there's a drill at my office right now")
_DRILL_NOW = _rx(r"""\b(?:drill|rehearsal|exercise|simulation|practice)\b[^.?!,;:]{0,60}?\b(?:right\ now
    |just\ now|now|at\ the\ moment|currently|in\ progress)\b|\b(?:right\ now|currently
    |at\ the\ moment)\b[^.?!,;:]{0,60}?\b(?:drill|rehearsal|exercise|simulation|practice)\b""")
_STANDALONE = (("hiding", _HIDING), ("silenced", _SILENCED), ("attacker-near", _AT_DOOR))
# Asking to come out, or crying for help, after a hypothetical anywhere earlier in the message is
# still the hypothetical ("in case of an attack, when is it safe to come out").
_STANDALONE_HELP = (("help", _COME_OUT),)
# TIER A cues are "happening now": with a danger word they win over any calm framing.
# NOW: time words ("right now", "as we speak", "in progress", "omg", "please help")
_NOW = _rx(r"""\b(?:(?:\d+|a\ few|few|couple\ of|two|three|five|ten|fifteen|twenty|thirty)
    \ (?:secs?|seconds|mins?
    |minutes)\ ago
    |(?:'s|\ has|\ have|'ve|\ just)\ (?:just\ )?(?:pushed|posted|shoved|put|poured
    |thrown)\ (?:something\ |some\ |a\ |an\ )?(?:burning|lit|alight|on\ fire|flaming|petrol|fuel
    |white\ spirits?|paraffin|lighter\ fluid|accelerant)
    |(?<!nothing\ is\ happening\ )(?<!nothing's\ happening\ )(?<!not\ happening\ )(?<!in\ danger\ )
    (?<!like\ )right\ now|just\ now|as\ we\ speak|in\ progress|minutes\ ago|at\ the\ moment|currently
    |(?<!keep\ )(?<!keeps\ )(?<!nothing\ is\ )(?<!nothing's\ )(?<!not\ )happening\ (?:now|right|here|at|in
    |outside|near)(?!\ (?:the\ )?(?:uk|britain|england|world|country|europe|america|states|us|usa|general
    |films?|games?)\b)
    |(?<!doing\ )(?<!like\ )(?<!banned\ )(?<!legal\ )(?<!allowed\ )(?<!safe\ )(?<!gone\ )(?<!over\ )
    (?<!normal\ )(?<!fine\ )(?<!ok\ )(?<!okay\ )(?<!live\ there\ )(?<!live\ here\ )(?<!happening\ )
    (?<!danger\ )(?<!right\ )(?<!level\ )(?<!level\ here\ )(?<!level\ at\ )(?<!home\ )(?<!in\ the\ )
    (?<!abroad\ )(?<!away\ )now(?=\s*(?:[!?.,]|$|please|help|omg))
    |(?:i'm|we're|i\ am|we\ are|she's|he's|they're
    |(?:my|our)\ \w+(?:'s|\ is|\ are))\ (?:still\ )?inside|omg|oh\ my\ god|hurry|please\ help|help\ please
    |it(?:'s|\ is)\ still\ (?:going\ on|happening)
    |(?:he|she|they|someone|somebody)(?:'s|\ has|'ve|\ have)\ (?:just\ )?(?:got|pulled|taken
    |brought)\ (?:it|them|the\ \w+|his\ \w+|her\ \w+|their\ \w+|a\ \w+)\ out\b(?!\ (?:of|for)\b)
    |(?:he|she|they|someone|somebody)(?:'s|\ is|'re|\ are)\ (?:doing|saying)\ (?:it|that
    |this)\ (?:right\ )?now
    |just\ (?:exploded|blew\ up|went\ off|detonated|set\ off
    |had\ an?\ (?:explosion|blast))|(?<!what\ )(?<!even\ )if\ (?:i'm|we're|i\ am
    |we\ are)\ [^.?!,;]{0,60}?\b(?:right\ now|as\ we\ speak|at\ the\ moment)
    |(?:shooting|gunfire|attack|stabbing|fighting)\ (?:is|'s)\ (?:still\ )?(?:on|in|at)\ (?:the\ other\ side
    |the\ (?:next|other)\ (?:floor|building|room|street|block|carriage)|this\ (?:building|floor)
    |our\ (?:building|floor|street))|(?:attack|shooting|stabbing|siege)\ (?:is
    |'s)\ (?:still\ )?happening\b(?!\ (?:more|less|again|a\ lot|often
    |in\ (?:the\ )?(?:uk|britain|england|film|game)))|just\ (?:drove|driven|ploughed|ran|smashed
    |crashed)\ (?:(?:a|his|her|the|their)\ \w+\ )?(?:in\ ?to|through|over|onto|on\ to)|just\ rammed\b
    |(?:lorry|van|car|truck|vehicle|bus|suv)\ (?:has\ )?just\ (?:went|gone|came|swerved|veered
    |tore)\ (?:straight\ )?(?:in\ ?to|through)\b|just\ (?:\w+\ ){0,4}?(?:fired|let\ off
    |letting\ off)\ (?:shots|rounds|a\ gun|a\ shot)\b|just\ (?:threw|thrown|chucked|sprayed
    |squirted)\ (?:\w+\ ){0,2}?(?:at|on|in|over|into)|just\ (?:mounted\ the\ (?:pavement|kerb|curb)
    |hit\ (?:loads\ of\ |lots\ of\ |several\ |some\ )?people)|just\ (?:fired|let\ off)\ (?:a|an|his|her|their
    |some|two|three|several)\b)\b""")
# HEAR: perceiving it now ("i can hear", "we just heard", "i heard bangs", "is that gunfire")
# NOISE_SOURCES: where bangs are no danger; NOT_FROM_NOISE: none of them, nor a screen, later in the
# clause ("the bangs are coming from the quarry")
_NOISE_SOURCES = r"(?:fireworks?|display|bonfire|range|quarry|roadworks|building\ site)"
_NOT_FROM_NOISE = rf"(?![^.?!,]*\b(?:{_NOISE_SOURCES}|tv|telly|film|game)\b)"
_HEAR = _rx(rf"""(?:\b(?:i|we)\ |^|(?<=[.,!?;:]\ )|(?<=[.,!?;:]))(?:just\ )?heard\ (?:\w+\ )?(?:bangs?|shots
    |gun|a\ bang|an\ explo|screaming|popping|pops|cracks)(?![^.?!,]*\b(?:last|yesterday|ago|earlier|before
    |in\ 20\d\d|that\ (?:night|day)|back\ then|at\ the\ time))|\bshots\ fired|\bopened\ fire
    |\b(?:we're|we\ are)\ under\ attack|\b(?:i|we
    |you)\ can\ (?:still\ |literally\ |actually\ |now\ |definitely\ )?(?:hear|see|smell)
    |\b\w+\ can\ (?:still\ )?hear\ (?:\w+\ )?(?:gun\w*|shots?|bangs?|explosions?|screaming|screams)
    |(?<!film\ )(?<!movie\ )(?<!video\ )(?<!show\ )(?<!episode\ )(?<!series\ )\b(?:i|we)(?:'ve
    |\ have)?\ just\ (?:heard|seen|saw|watched(?!\ (?:a|an|the|this|that|some)\ (?:\w+\ )?(?:film|movie|video
    |clip|documentary|show|programme|series|episode|match|game|news|reel|stream))\b)
    |\b(?:i'm|we're|i\ am|we\ are)\ hearing|\bcan\ you\ hear|\b(?:i\ |we\ )?keep\ hearing\ (?:\w+\ )?(?:bangs
    |shots|gun\w*|cracks|pops|explosions|screaming|screams)\b(?![^.?!,]*\b(?:last|yesterday|ago|earlier
    |in\ my\ head))|(?<!where\ )(?<!where\ the\ )\b(?:the\ )?(?:bangs|shots|gunshots|gunfire|shooting
    |explosions|screams|screaming|popping)\ (?:are|is|'s|keep)\ (?:still\ )?(?:coming\ from\ (?:the|a|our|my
    |outside|inside|upstairs|downstairs|next)|getting\ (?:closer|louder))\b{_NOT_FROM_NOISE}
    |\b(?:bangs|shots|gunshots|gunfire|explosions|screams|screaming|popping|cracks)\ (?:coming\ )?from
    \ (?!(?:[\w']+\ ){{0,3}}?{_NOISE_SOURCES}\b)(?:[\w']+\ ){{1,4}}?(?:right\ now|just\ now|as\ we\ speak
    |now(?!\ and\ then))\b{_NOT_FROM_NOISE}
    |\b(?:crack|bang|pop)(?:\ (?:crack|bang|pop)){{2,}}\b|\bis\ (?:that|this)\ (?:gun|shot|an\ explo|a\ bomb
    |an\ attack|a\ shooting)|\b(?:someone|somebody|people|they|everyone|a\ man
    |a\ woman)\ (?:just\ )?(?:shouted|shouting|shouts|screamed|screaming|yelled|yelling)\ ['"]?(?:gun\w*|bomb
    |knife|shooter)\b""")
# ACTING: present progressive violence ("someone is shooting", "people are being stabbed")
_ACTING = _rx(rf"""(?<=.)\b(?:is|are|(?<!week)(?<!year)(?<!night)(?<!day)(?<!month)'s|'re|am|keeps?|just|still
    |now)\ (?:still\ |now\ |just\ )?(?:(?:going|walking|running)\ a?round\ )?(?:being\ )?(?:sho+t+(?:ing)?
    |stab+(?:ing|ed)|firing|spraying\ (?:bullets|people|the\ crowd|at)|throwing\ (?:\w+\ )?at|attacking
    |slashing|swinging|chasing|exploding|blowing\ up|running\ (?:people\ )?over
    |driving\ (?:at|into)\ (?:people|everyone|the\ crowd|pedestrians|us)|mounted\ the\ (?:pavement|kerb|curb)
    |hitting\ people|going\ for|injured|hurt|bleeding|lying|running|screaming|fleeing
    |(?:pouring|splashing|spraying|dousing)\ (?:petrol|fuel|diesel|accelerant|lighter\ fluid
    |white\ spirits?|paraffin|(?:liquid|something)\ (?:round|around|all\ over
    |over|on|through))|panicking|falling\ (?:down|over)|collapsing|dropping|reloading|setting\ fire
    |threatening\ {_THREATENED}|holding\ (?:us|people|everyone|them)\ (?:hostage|captive|prisoner
    |at\ (?:gun|knife)point)|strangling|choking\ (?:me|him|her|my|them|someone|somebody))\b(?!\ (?:or|better
    |worse|safer))|\b(?:is|are|'s|'re)\ (?:on|in|at|up\ on)\ (?:the|a)\ \w+\ (?:sho+t+ing|firing|stabbing
    |slashing|attacking)\b|\b(?:saw|seen|see|watched|watching|can\ see)\ (?:[\w']+\ ){{1,6}}?(?:pouring
    |splashing|spraying|dousing)\ (?:\w+\ ){{0,2}}?(?:petrol|fuel|diesel|accelerant|lighter\ fluid
    |white\ spirits?|paraffin|liquid
    |something)\ (?:on|over|round|around|through|all\ over)\b
    |(?<!film\ )(?<!movie\ )(?<!series\ )(?<!show\ )(?<!crew\ )\b(?:has|have|'s|'ve
    |just)\ (?:started|begun)\ (?:sho+t+ing|firing|stabbing|slashing|attacking)\b""")
# THERE_IS: "there's a gunman", "there's been an explosion"
_THERE_IS = _rx(rf"""\bthere(?:'s|\ is|\ are|'re|s)\ (?:been\ |just\ been\ )?(?:(?:a|an|some
    |another|loads\ of|lots\ of|two|three|people|men)\ )?(?:(?!video|photo|clip|film|picture|post
    |story|report|article|rumou?r|news)\w+\ )?(?:sho+t\w*|gun\w*|stab\w*|{_W}|bom+b\w*|ex?plo\w+
    |blast|bang\w*|at+ac?k\w*|terror\w+|someone\ (?:with|shooting|stabbing)|intruders?
    |(?:mowing|ploughing|ramming)\ (?:in\ ?to\ )?(?:people|everyone|pedestrians|the\ crowd)
    |(?:man|guy|bloke|geezer|fella|person|woman|lad|boy|girl|kid|one)\ with)(?!\w*\ (?:abroad
    |overseas)\b)(?![^.?!,]*\b(?:on|in)\ the\ news\b|[^.?!,]*\bon\ (?:the\ )?(?:tv|telly|television|radio)\b
    |[^.?!,]*\bin\ (?:my|his|her|their|your)\ (?:dreams?|nightmares?|head)\b)""")
# KNOWN: people the person knows, where danger often comes from ("my flatmate", "her ex")
_KNOWN = (r"(?:flat|house|room)mate|neighbou?r|partner|husband|wife|(?:boy|girl)friend|ex|lodger"
          r"|(?:step)?(?:dad|father|mum|mom|mother|brother|sister|son|daughter)|uncle|cousin|mate"
          r"|friend|customer|colleague|patient|stranger|landlord|tenant")
# JUST_HAS: right after "has", "have", "'s" or "just" ("has just walked in", "has brought")
_JUST_HAS = r"(?:(?<=has\ )|(?<=ave\ )|(?<='s\ )|(?<=ust\ ))"
# ARMED: a person with a weapon ("man with a knife", "he's got a gun", "a man has just walked in
# with a rifle", "someone on the plane has a knife"; "a man walked in with a gun" may be a story,
# and is left to the model, as is anyone "in the film")
_WEAPON_AFTER = rf"""\ (?:(?:what\ (?:looks|looked|look)\ like|something\ like|some\ (?:kind|sort)\ of)\ )?
    (?:a\ \w+\ and\ )?(?:a|an|the|his|her|their|some|two|big|huge
    |long)?\ ?(?:(?:big|huge|long|large|massive|sharp|small)\ )?(?:\w+\ )?{_W}(?![^.?!,]*\b(?:on
    |in)\ the\ news\b|[^.?!,]*\bon\ (?:the\ )?(?:tv|telly|television|radio)\b
    |[^.?!,]*\bin\ (?:my|his|her|their|your)\ (?:dreams?|nightmares?|head)\b)(?!\s*(?:attack
    |crime|wound|injur|amnesty|law|licen|violence|control
    |shot|point|safety|range|club))"""
_ARMED = _rx(rf"""\b(?:man|men|guy|guys|bloke|lad|lads|woman|person|someone|somebody|he|she|they
    |kid|boy|boys|girl|pupil|student|youths?|gang|group|nutter|driver|attacker|teenager|fella
    |passenger|shopper|fan|visitor|intruder|geezer|one\ of\ (?:them|the\ \w+)|{_KNOWN}
    |(?!(?:what|who|that|it|there|here|where|everyone|everybody|nobody|one)')[a-z]+(?='s\ (?:got
    |holding|carrying)))(?:'s
    |'ve|'re)?\ (?:(?:is|are|has|have|just|now|still|might|may|could|who|probably|maybe|stood
    |standing|sat|sitting|outside|inside|in|on|at|by|near|the|a|our|my|this|front|of|house|street
    |road|door|shop|station|bus|train|school|building|platform|market|park|estate|centre|town|campus
    |corridor|hall|playground|office|pub|club|mall|carriage|car|van|out|around|round|about|at|people
    |hallway|landing|stairwell|stairs|garden|kitchen|lounge|bedroom|lift|yard|alley|canteen|library|ward
    |classroom|gym|concourse|foyer|queue
    |(?:in|on|at|by|near|outside|inside)\ (?:the\ |a\ |my\ |our\ )?(?!(?:film
    |movie|game|book|show|video|news|series|play|story|novel|tv|dream|photo|picture|twitter|tiktok|instagram
    |youtube|facebook|telly|radio|screen|paper|newspaper|documentary|podcast|article|magazine|cartoon|comic
    |netflix|anime|clip|footage)\b)[a-z]+
    |entrance|gates?|reception|foyer|lobby|toilets?|masks?|balaclavas?|hoods?|hoodies|black|walking
    |running|going|wandering|coming|roaming|lurking|banging|knocking|attacking|threatening|chasing
    |charging|lunging|hitting|fighting|shouting|screaming|{_JUST_HAS}(?:entered|walked\ in|come\ in
    |came\ in|burst\ in|stormed\ in|got\ on|got\ in|left\ (?:the\ )?(?:house|home|flat))
    |{_JUST_HAS}(?:walked|came|come|burst|stormed|got)\ into\ (?:the|our|my|a|this)\ \w+|downstairs|upstairs
    |{_JUST_HAS}(?:came|come)\ (?:round\ )?to\ (?:the|our|my)\ (?:front\ |back\ )?door
    |(?:up|down|along|across|through|into|round)\ (?:the|our|my|a)\ \w+
    |(?<=the\ )(?!film|movie|game|book|show|video|news|series|play|story|novel|tv)\w+)\ ){{0,4}}?(?:with|got
    |has|have|had|{_JUST_HAS}brought
    |holding|carrying|armed\ with){_WEAPON_AFTER}""")
# WIELDING: a weapon in use ("guy waving a machete", "threatening the receptionist with a knife")
_WIELDING = _rx(rf"""\b(?:waving|brandishing|wielding|pointing|aiming|pulled(?:\ out)?|swinging
    |flash(?:ed|ing)|threatening\ (?:\w+\ ){{1,2}}?with|(?:walking|wandering|marching|running
    |going)\ (?:up\ and\ down|a?round|about)\ (?:[\w']+\ ){{0,4}}?with(?:\ what\ looks\ like)?
    |(?:standing|stood|kneeling|knelt|crouching|crouched|pacing|waiting|lurking|hovering|hanging\ (?:a?round
    |about))\ (?:[\w']+\ ){{0,5}}?with(?:\ what\ looks\ like)?){_WEAPON_AFTER}
    |\b(?:pointing|aiming)\ (?:it|that|something|something\ \w+)\ (?:right\ )?at\ (?:me|us|people|everyone
    |everybody|him|her|them|(?:the|my|our|his|her)\ \w+)\b|\bthreatening\ (?:\w+\ ){{1,2}}?with\ (?:a|an|his
    |her|their)\ (?:\w+\ )?(?:bat|stick|brick|bottle|pole|chain|spanner|wrench|screwdriver|plank)\b""")
# LEGALITY: asking whether having a weapon is allowed ("my neighbour has an air rifle, is that
# legal"): that someone has one is then the subject of the question, not a danger now
_LEGALITY = _rx(r"""\b(?:legal(?:ly)?|illegal(?:ly)?|(?<!off[\ -])licen[cs](?:e|es|ed|ing)|unlicen[cs]ed
    |allowed\ to\ (?:have|own|keep|carry)|(?:is|are)\ (?:that|it|this|they|he|she)\ allowed
    |permit(?:ted)?)\b""")
# TRADE: the one with the blade or the tool is there to work ("a man with a machete in next door's
# garden, he's the tree surgeon", "a cleaver going, chopping up the haddock"): that someone has one
# is then no danger
_TRADE = _rx(r"""\b(?:he's|she's|they're|he\ is|she\ is|they\ are|it's|its|it\ is)\ (?:just\ |only\ )?(?:the
    |a|an|our|my|their)\ (?:\w+\ )?(?:tree\ surgeons?|gardeners?|landscapers?|butchers?|chefs?|cooks?
    |fishmongers?|farmers?|gamekeepers?|builders?|carpenters?|joiners?|roofers?|decorators?|handym[ae]n
    |groundsm[ae]n|workm[ae]n|contractors?|stagehands?|props?\ (?:guy|man|team)|actors?|re-?enactors?)\b
    |\b(?:chopping|carving|filleting|slicing|dicing|prepping|cutting)\ (?:up\ )?(?:the\ |some\ |a\ )?(?:\w+
    \ )?(?:haddock|cod|fish|meat|chicken|veg\w*|onions?|joint|roast|turkey|carrots|potatoes|wood|logs|kindling
    |grass|meadow|hedges?|lawn|brambles|weeds)\b""")
# NOISE_EXPLAINED: the bangs are explained away ("we keep hearing bangs but i know they do exercises
# there", "it's just fireworks"); "it's not fireworks" explains nothing
_NOISE_EXPLAINED = _rx(r"""\b(?:it's|its|it\ is|they're|they\ are|that's|must\ be|probably
    |prob)\ (?:just\ |only
    \ |probably\ )?(?:the\ )?(?:(?!not\b|no\b|never\b)[\w']+\ )?(?:fireworks
    |army|military|training|exercises?|firing\ range
    |shooting\ range|quarry|blasting|demolition|filming|a\ film|backfir\w*|bird\ scarers?)\b|\b(?:i|we)\ know
    \ (?:they|there's|there\ are|it's)\ (?:do\ |doing\ |having\ |have\ )?(?:army\ |military\ )?(?:exercises
    |training|fireworks|a\ firing\ range|a\ quarry|demolition)\b|\b(?:turned\ out|turns\ out)\ (?:it\ was
    |to\ be|they\ were|it's)\ (?!(?:[\w']+\ ){0,3}?(?:real|gun|shot|shoot|bomb|knife|blade|attack|explos
    |terror|someone|a\ man|a\ guy))|\bit\ was\ (?:just\ |only\ )?(?:the\ |some\ )?(?:foxes|a\ fox|cats
    |the\ cat|kids\ (?:playing|messing)|fireworks|a\ party|the\ telly|the\ tv|the\ football)\b""")
# DEBUNKED: the scene told was a prank or a false alarm ("it turned out to be a prank", "police said
# it was a false alarm"); not "i thought it was a prank"; and not where the person is ("they said it
# was a hoax but there's a man with a knife in front of me")
_DEBUNKED = _rx(r"""(?<!thought\ )(?<!think\ )(?<!hope\ )(?<!if\ )(?<!whether\ )(?<!thought\ it\ )
    (?<!think\ it\ )(?<!hope\ it\ )(?<!if\ it\ )(?<!whether\ it\ )\b(?:turned\ out\ (?:to\ be\ )?|it\ was
    \ |was\ )(?:just\ |only\ )?(?:a\ |an\ )?(?:prank|wind[\ -]?up|false\ alarm|hoax)\b""")
# THIS_TIME: a scene said to be real after all ("it was a false alarm last time but this time ...")
_THIS_TIME = _rx(r"""\bthis\ time\b|\bfor\ real\b|\b(?:a|an)\ real\b|\breal\ (?:one|gun|knife|bomb|gunman
    |attack)\b""")
# LOCATED: an attacker somewhere ("gunman in the building", "shooter downstairs", "the shooter is
# heading towards the exit", "the gunman is still around")
_LOCATED = _rx(r"""\b(?:gu?n+\ ?m[ae]?n|shooters?|attackers?|terr?or+ists?|stabbers?|bombers?
    |armed\ m[ae]n|nutter)\ (?:is\ |are\ |still\ )*(?:in|at|on|inside|outside|near|by|downstairs
    |upstairs|here|loose|coming|on\ the\ loose)\b(?!\ (?:a|an|any|case|general|public|britain|the\ uk|uk
    |england|scotland|wales|europe|the\ world|the\ us|history|prison|jail)\b)
    (?!\ (?:the\ |that\ |this\ )?(?:film|movie|game|book|novel|news|video|show|series|documentary)\b)
    (?!\ (?:the\ )?(?:[\w']+\ ){0,3}(?:attacks?|bombings?|shootings?|stabbings?|massacre)\b)
    |\bthe\ (?:gu?n+\ ?m[ae]?n|shooters?|attackers?|stabbers?|knife\ ?m[ae]n|armed\ m[ae]n)(?:\ is|\ are
    |'s)\ (?:still\ (?:around|about)\b(?!\ to)|(?:still\ )?right\ (?:there|here|outside|behind)\b
    |(?:heading|walking|moving|going)\ (?:towards?|into|up|down
    |round|around|through|this\ way)\b)""")
# HURT: someone has just been shot / stabbed / hurt ("i've been stabbed", "he shot the guard")
_HURT = _rx(r"""\b(?!who\b|that\b|which\b)\w+(?:'s|'ve|'m|\ has|\ have|\ is|\ are|\ am
    |\ just)+\ (?:just\ )?(?:been|got|getting|being)\ (?:sho+t|stab+e?d|knifed|slashed|shanked|chinged|glassed
    |hit\ by|hit(?=\ *(?:[.,!?]|$|in\ the|bad|badly))|run\ over|attacked|injured|hurt|blown|hijacked|tied\ up
    |kidnapped|(?:splashed|sprayed|doused)\ with\ (?:some\ |a\ )?(?:liquid|acid|substance|chemicals?
    |something|stuff))|\b(?:my|our|his|her)\ \w+s\ (?:just\ )?been\ (?:sho+t|stab+e?d|knifed|slashed|glassed
    |attacked)\b|\bthere(?:\ are|'re)\ (?:\w+\ )?(?:people|bodies|kids
    |children)\ (?:lying\ )?(?:on\ the\ (?:ground|floor)|in\ the\ road)
    |\b(?:people|kids|children)\ are\ (?:lying\ )?on\ the\ (?:ground|floor)\b
    |\b(?:he|she|they|someone|somebody|guy|man|bloke|lad|lads|men|youths|gang|attacker|gunman|terrorist
    |boy)\ (?:has\ |'s\ |have\ )?(?:just\ )?(?:stab+e?d|shot|glassed|slashed|knifed)\ (?:me|us|my|him|her
    |someone|people|the|a|an)|\bjust\ (?:stab+e?d|glassed|knifed)\ (?:me|us|my|him|her|his|their|our|someone
    |somebody|people|a|an|the)\b|\b(?:i'm|he's|she's|they're)\ bleeding|\bi've\ been\ hit
    |\bthere(?:'s|\ is|\ are|'re)\ (?:a|an|some|two|three)\ (?:\w+\ )?(?:man|woman|guy|lad|person|people|kid
    |boy|girl|child)\ (?:lying\ )?(?:here\ |there\ )?bleeding|\b(?:he|she|they|someone|somebody|and)(?:'s
    |\ has|'ve|\ have)\ (?:just\ |already\ )?(?:cut|slashed|stabbed|burnt|burned)\ (?:me|us|my|our
    |someone|somebody|him|her|them|people|a)\b|\b(?:people|someone|somebody|a\ man|a\ woman|officers?
    |kids)(?:'s|\ is|\ are|'re)?\ (?:all\ )?down\b(?!\ (?:to|the|there|here|with|in|on|at|a|about|for|by|south
    |below|under|stairs))
    |\b(?:have|has|'ve)\ (?:just\ )?(?:taken\ (?:over|hostages?|people\ hostage)|stormed|seized
    |barricaded\ themselves)|\b(?:arm|leg|hand|fingers?|ear|face|neck|throat|skin|eyes?)\ (?:is|'s|are
    |'re)\ (?:nearly\ |almost\ |half\ |badly\ |really\ )?(?:cut\ off|hanging\ off|cut\ open|slashed\ open
    |burning|melting|pouring\ (?:with\ )?blood)\b""")
# THREAT: someone means to hurt people now ("says he'll stab me", "he's about to set off a bomb")
_THREAT = _rx(rf"""\b(?:threaten(?:ing|s)|{_SAYS_WILL})\ (?:to\ )?(?:kill|stab|shoot|hurt|burn|bomb
    |blow\ (?:\w+\ ){{0,2}}up|attack|set\ off|{_ARSON})\b|\b(?:on\ (?:his|her|their|my)\ way|going
    |heading)\ (?:to|into|down|up)\ (?:\w+\ ){{1,4}}?(?:with\ (?:a|an|his|her|their)\ \w+\ )?to\ (?:kill|stab
    |shoot|hurt|attack|bomb)\ (?:people|everyone|someone|them|us|him|her)\b|\b{_WILL_GO_OFF}\b
    |\b{_SHOUTED_OFF}\b|\b(?:saying|said|says|told\ (?:me|us|them))\ (?:that\ )?(?:it
    |the\ (?:bomb|device|bag|parcel|package|box))\ (?:goes|will\ go|'ll\ go|is\ going\ to\ go
    |'s\ going\ to\ go|is\ gonna\ go|'s\ gonna\ go)\ off\b|\b(?:saying|said|says
    |told\ (?:me|us|them))\ (?:that\ )?(?:it's|its|it\ is|there's|theres|there\ is)\ an?\ (?:real\ )?(?:bomb
    |device|explosive)\b(?!\ (?:scare|threat|hoax|that|which|in|at|on|of))
    |\b(?:showed|shown|showing|flashed)\ (?:me|us)\ (?:a|an|his|her|their
    |the)\ (?:(?:bomb|suicide|explosive)\ (?:vest|belt)|(?:vest|belt)\ (?:under|with|strapped|taped|covered)
    |(?:\w+\ )?(?:bomb|device|explosives?|detonator|wires))\b|\b(?:he|she|they|someone|somebody|{_KNOWN})(?:'s
    |\ is|'re|\ are)\ (?:going\ to|gonna|about\ to)\ (?:set\ off|detonate|blow\ \w+\ up
    |blow\ up\ (?:the|a|this|our|my|everyone|everything|us|people)|shoot|stab|attack|kill|hurt)\b""")
# CLEARING: police or staff shouting at everyone to get out, now ("police are shouting at everyone to
# get out"), or telling us to get down and keep quiet ("told us all to sit against the wall and not
# make a sound"); with a danger word
_CLEARING = _rx(r"""\b(?:police|officers|cops|security|staff|guards|stewards)\ (?:are|is
    |'re)\ (?:\w+\ )?(?:shouting|yelling|screaming|telling|ordering)\ (?:at\ )?(?:everyone|us|people
    |everybody)\ to\ (?:get\ out|get\ down|run|leave|evacuate|move|get\ back)\b|\b(?:told|telling|ordered
    |ordering)\ (?:us|me|everyone|everybody|the\ (?:kids|class|children|pupils
    |students))\ (?:all\ )?(?:to\ )?(?:get
    \ down|stay\ down|get\ on\ the\ floor|sit\ (?:on\ the\ floor|against\ the\ wall|under)|keep\ (?:quiet
    |silent|away\ from\ the\ windows?)|stay\ (?:quiet|silent|away\ from\ the\ windows?)
    |not\ (?:to\ )?make\ a\ sound)\b""")
# CLOSE: the one with the weapon is at the door, on our floor or getting closer, has cornered us, is
# holding us in a room, wears a vest with wires or has people tied up; or the person is taking
# cover behind something ("i'm behind a pillar", "typing this under the table") or has locked
# down a room ("we've locked down classroom 4"); with a danger word
_CLOSE = _rx(rf"""\b(?:is|are|'s|'re)\ (?:getting|coming)\ closer\b|\b(?:won't|wont|will\ not
    |refuses\ to|refusing\ to)\ (?:put\ (?:it|the\ \w+|his\ \w+|her\ \w+|their\ \w+)\ down|drop
    \ (?:it|the\ \w+|his\ \w+|her\ \w+|their\ \w+))\b
    |\b(?:we've|we\ have|i've|i\ have)\ (?:just\ )?locked\ down\ (?:the|our|my|classroom|room|class|ward
    |office|shop)\b
    |\b(?:he's|she's|they're|he\ is|she\ is|they\ are)\ (?:now\ |still\ )?on\ (?:our|my|this
    |the\ same)\ (?:floor|corridor|ward|wing|level|landing|carriage|deck|street|road|bus|train)\b
    |\bholding\ (?:me|us)\ (?:and\ (?:the|my|our)\ \w+\ )?(?:hostage|captive|prisoner|at\ (?:gun|knife)point
    |in\ (?:the|here|our|my)|inside)\b|\b{_WIRED}\b|\bgot\ (?:my|our|the)\ (?:\w+\ )?(?:colleagues|staff
    |family|kids|children|customers|friends|mates|workmates|people)\ tied\ up\b
    |\b(?:typing|texting|messaging|writing)\ (?:this\ |you\ )?(?:from\ )?(?:under|behind)\ (?:a|the|my
    |our)\ \w+|\b(?:have|has|'ve|'s)\ (?:got\ )?(?:cornered|trapped)\ (?:me|us)\b
    |\b(?:i'm|we're|i\ am
    |we\ are)\ (?:still\ )?(?:crouched\ |crouching\ |hiding\ |lying\ |ducking\ |ducked\ down\ )?(?:behind
    |under)\ (?:a|the|some|this|that|my|our)\ (?:\w+\ )?(?:pillar|wall|car|van|bins?|counter|bar|desks?
    |tables?|door|sofa|fridge|shelves|shelf|bush(?:es)?|tree|hedge|column|truck|lorry|bus|tills?|seats?
    |benches|bench)\b|(?<!police)(?<!officers)(?<!cops)\ (?:is|are|'s
    |'re)\ going\ (?:from\ )?(?:room\ to\ room|class(?:room)?\ to\ class(?:room)?|floor\ to\ floor
    |ward\ to\ ward)\b|\b(?:he's|she's|they're|he\ is|she\ is|they\ are|and\ (?:is|are|he's|she's
    |they're)|(?:who|that)\ (?:[\w']+\ ){{1,8}}?(?:is|are))\ (?:now\ |still\ |just\ )?waiting\ (?:outside
    |for\ (?:me|us|her|him|them)|at\ the\ (?:door|gate
    |entrance))\b|\b(?:he's|she's|they're|he\ is|she\ is|they\ are)\ (?:now\ |right\ |still\ )?at\ (?:the
    |our|my)\ (?:front\ |back\ |classroom\ |office\ |bedroom\ )?(?:door|window|gate)\b""")


_TIER_A = (("now", _NOW), ("threat", _THREAT), ("hearing", _HEAR), ("acting", _ACTING),
           ("there-is", _THERE_IS), ("armed", _ARMED), ("wielding", _WIELDING), ("located", _LOCATED),
           ("hurt", _HURT), ("close", _CLOSE), ("clearing", _CLEARING))
# TIER B cues beat hypothetical / advice framing, not information / past / media framing.
_ATTACKER = (r"(?:gun\ ?m[ae]n|shooters?|attackers?|terr?or+ists?|bombers?|stabbers?"
             r"|(?:man|guy|bloke)\ with\ the\ \w+)")
# DEFINITE: a particular attacker, doing something ("the gunman is", "get away from the attacker");
# not "is" / "are" ending a clause, which only name one ("tell police where the attackers are")
_DEFINITE = _rx(rf"""(?<!who\ )\bthe\ {_ATTACKER}(?:'s\ (?:still|coming|got|here|in|on|at|outside|inside
    |going|just|looking|trying|near|behind)|\ (?:is|are)(?!\ *(?:$|[.,!?;:]))|\ has|\ might|\ could
    |\ can|\ just|\ still|\ keeps|\ was\ just)\b
    |\b(?:from|escape|avoid|hide\ from|run\ from)\ the\ {_ATTACKER}\b""")
# ASKING: asking what to do now ("what do i do", "should i run", "help me", "in here")
_ASKING = _rx(r"""\b(?:what\ (?:do|should|can|shall)\ (?:i|we)\ do|where\ (?:do|should|can
    |shall)\ (?:i|we)\ (?:go|hide|run))(?!\s+(?:if|when|in\ case|in\ an?|during|after|about|once|for
    |to\ (?:be\ )?prepared?|to\ get\ ready))
    |\b(?:what\ (?:i|we)\ do|where\ (?:i|we)\ (?:go|hide|run))(?=\ *(?:now\b|[.,!?]|$))
    |(?<!how\ )\b(?:do|should|shall|can|must)\ (?:i|we)\ (?:run|hide|stay\ hidden|leave|get\ out
    |escape|lock|barricade|get\ (?:away|down)|move|stay\ (?:put|here|inside|down)|lie\ down
    |keep\ (?:away|down))\b(?![^.?!,]*\b(?:if|when|whenever|while|in\ case|during|after
    |in\ an?|from\ an?)\b)|\bhelp\ (?:me|us)\b(?!\ (?:after|with|cope|understand|find|deal))
    |\btell\ (?:me|us)\ what\ to\ do\b(?!\ (?:if|when|in|during|about|after))
    |\b(?:am\ i|are\ we)\ safe\b|\b(?:get|out)\ of\ here\b
    |\bin\ here\b|\bthis\ (?:building|place|shop|store|station|train|bus|office|school)\b(?!\ up\b)
    |\bthere's\ been\ an?\b""")
# HEADLINE: a message that opens by reporting an attack at a particular place ("stabbing at the
# bus stop, how long till police come", "gunshots at the fair, how do i find my daughter"), or
# says a bomb went off at one ("the bomb went off in the market", "someone set off a bomb by the pool")
_HEADLINE = _rx(r"""(?:^|(?<=[.?!]\ ))(?:(?:a|an|another|massive|huge|big|loud
    |possible)\ )?(?:(?:terror(?:ist)?|knife|gun|bomb|acid|van|car|vehicle|mass)\ )?(?:shooting|shots|gunshots
    |gun\ ?fire|stabbings?|explosions?|blasts?|bomb|bombing|attack|gunm[ae]n|shooters?|attackers?
    |knifem[ae]n)\ (?:at|in|on|outside|near|inside|by)\ (?:the|my|our|his|her|their|this|work|school|uni
    |college|home|town|city)\b|\b(?:(?:bom+b?|device|something|bag|rucksack|backpack|package|parcel
    |suitcase)\ (?:has\ |'s\ )?(?:just\ )?(?:went|gone)\ off|(?:set\ off|detonated)\ (?:a
    |an)\ (?:\w+\ )?(?:bomb|device|explosive))\ (?:in|at|on|outside|near|inside|by|next\ to)\ (?:the|my|our
    |this|work|school|uni|college|home|town)\b""")
# AFTER_NOISE: the noise has just stopped ("it's gone silent", "then nothing", "is he gone")
_AFTER_NOISE = _rx(r"""\b(?:(?:it|it's|it\ has|everything|everything's)\ (?:gone|went|is|'s)\ (?:quiet|silent)
    |then\ (?:silence|nothing|quiet)|now\ (?:silence|nothing|it's\ (?:quiet|silent))
    |(?:shooting|shots|bangs|banging|firing|explosions|gunfire|noise)\ (?:has\ |have\ )?stopped
    |stopped\ (?:shooting|firing)|is\ (?:it|he|she)\ (?:over|gone)|(?:he's|she's|they've|they're)\ gone)\b""")
# JUST_HAPPENED: it has just happened and the one who did it has gone ("it just happened, the lad
# ran off"); with a danger word and no hard framing ("the lad ran off" in a story last year is the past)
_JUST_HAPPENED = _rx(r"""\b(?:it|this|that)\ (?:has\ |'s\ )?just\ happen(?:ed|d)\b(?!\ to\b)
    |\b(?:he|she|they|(?:the|a)\ (?:\w+\ )?(?:lad|man|guy|bloke|attacker|driver|gunman|woman|girl|boy|kid|men
    |lads))\ (?:just\ )?(?:ran|run|legged\ it|drove|rode|sped|made)\ off\b""")
# ON_BODY: a device someone is wearing ("wires coming out of his jacket"), or skin burning now after
# something was thrown ("i got hit with some liquid and it's burning")
_ON_BODY = _rx(rf"""\b{_WORN_WIRES}|\b(?:it's|its|it\ is|my\ (?:skin|face|neck|eyes?|arms?)\ (?:is
    |are))\ (?:really\ |so\ )?(?:burning|stinging)\b""")
# UNAUX_ACTING: violence going on, said without "is" or "are" ("someone shooting at the shops",
# "ppl gettin stabbed at the bus stn"); with a danger word and no hard framing (a video, the past)
_UNAUX_ACTING = _rx(r"""\b(?:someone|somebody|a\ (?:man|guy|bloke|woman|lad|kid)|guy|man|bloke|lad|men|they
    |people|everyone|kids|children|students|pupils)\ (?:(?:getting|being)\ (?:shot|stabbed|attacked|slashed
    |hurt|run\ over)|(?:stabbing|shooting|slashing|attacking|firing)\ (?:at\ |into\ )?(?:people|everyone|us|me
    |someone|cars|traffic|the\ (?:crowd|shops?|people|school|station|club|pub|police|cars|traffic))
    |(?:are\ |'re\ )?(?:running|fleeing|screaming|scattering)\ (?:from|away\ from)\ (?:the\ )?(?:gunfire|shots
    |shooting|gunm[ae]n|shooters?|explosions?|blast|attackers?|bangs
    |knifem[ae]n)(?=\ (?:in|at|on|outside|through|down|past|near|everywhere|towards)\b|\s*(?:[.,!?]|$))
    |(?:is\ |are\ )?(?:stab|shoot|attack|kill)\ (?:people|everyone|everybody|us|me|kids|children)
    |(?:stabbing|shooting|slashing|attacking|firing)\ (?:downstairs|upstairs|outside|inside|everywhere
    |next\ door|in\ the\ (?:street|corridor|hall|car\ park|building|foyer|lobby|playground|road)))\b
    |\bgoing\ for\ (?:people|patients|customers|staff|us|everyone|kids|children|passengers|shoppers
    |fans)\b""")
# HELD_TO_THROAT: a hostage held at knifepoint ("a relative has a nurse with scissors to her throat")
_HELD_TO_THROAT = _rx(rf"\b{_TO_THROAT}\b")
# ON_FIRE: somewhere burning now, with a danger word ("my block is on fire, someone poured petrol
# through the letterbox")
_ON_FIRE = _rx(r"""\b(?:is|'s|are|'re)\ (?:on\ (?:fire|fier)|alight|burning|in\ flames)\b""")
# STILL_THERE: struggling to breathe, or still at the scene ("i can't breathe, there's smoke
# everywhere after the blast", "bodies in the street after the explosion, i'm still here"); not
# over the past or the news ("i can't breathe when i think about the attack last year")
_STILL_THERE = _rx(r"""\b(?:i|we)\ (?:can't|cannot|can\ not)\ breathe|\b(?:i'm|we're|i\ am
    |we\ are)\ (?:struggling\ to\ breathe|choking|still\ (?:here|there))\b""")
# CASUALTY: someone hurt who won't wake up or isn't moving or breathing ("my friend won't wake up
# after the bang"); with a danger word, not after "if" ("what if he isn't breathing")
_CASUALTY = _rx(r"""(?<!who\ )(?<!that\ )\b(?:he|she|they|my\ (?:\w+\ )?\w+
    |(?:a|the|this)\ (?:man|woman|guy|lady|girl|boy|kid|child|baby|person)|someone|somebody|people
    |everyone)(?:(?:'s|\ is|\ are|'re)\ (?:still\ )?not|\ (?:still\ )?(?:won't|will\ not|isn't|aren't|can't
    |has\ stopped|have\ stopped|'s\ stopped|stopped))\ (?:wake\ up|waking\ up|moving|breathing)\b""")
# Tier B cues about now are suppressed by any earlier "if" in their sentence; a definite attacker
# only by a strong hypothetical ("what if the gunman is ...").
_TIER_B_NOW = (("asking-now", _ASKING), ("headline", _HEADLINE), ("after-noise", _AFTER_NOISE),
               ("still-there", _STILL_THERE), ("casualty", _CASUALTY), ("just-happened", _JUST_HAPPENED),
               ("on-body", _ON_BODY), ("to-throat", _HELD_TO_THROAT),
               ("unaux-acting", _UNAUX_ACTING), ("on-fire", _ON_FIRE))
_TIER_B_ATTACKER = (("definite-attacker", _DEFINITE),)
# CALM framing. Soft: hypothetical / advice (tier B cues win). Hard: information / past / media.
# HYPO: hypothetical or generic ("if", "what if", "ever", "in an attack")
_HYPO = _rx(r"""\b(?:(?<!sorry\ )(?<!apologies\ )(?<!not\ sure\ )if|in\ case|incase|what\ if|suppose
    |supposing|imagine|hypothetical(?:ly)?
    |in\ the\ event|ever(?!\ since)|would|were\ to|worried|worry|anxious|nervous|concerned
    |(?:scared|afraid|frightened)\ of|fear\ of|there\ will\ be|there'll\ be|going\ to\ be|gonna\ be
    |scenario|wondering|curious|future|(?:in|during|after|from|for|of
    |about)\ an?\ (?:\w+\ )?(?:attack|shooting|stabbing|bombing|explosion|incident|emergency
    |situation)|after\ the|during\ the)\b""")
# ADVICE: asking for guidance or facts ("how do", "what's the advice", "first aid", "should i")
_ADVICE = _rx(r"""\b(?:advice|advise|guidance|tips?|best\ (?:way|thing|place|practice)
    |how\ (?:do|can|should|would|could|does|did|to|far|long|much|many|often|quickly|likely)
    |(?<!sure\ )(?<!know\ )what\ to|what\ is\ an?|what's\ an?\b|what\ kind\ of|what\ are
    |what(?:'s|\ is|\ are)\ (?:the\ )?(?:advice|best|right|procedure|protocol|plan|law|rule
    |guidance|difference|meaning|point)|what\ (?:does|do\ you|do\ they|should\ you|would|happens)
    |where\ (?:does|did)|should\ (?:i|we)|is\ it\ (?:better|best|safer|ok|okay|wise|worth)
    |better\ to|vs|versus|explain|mean|means|learn|teach(?:es|ing)?|training|course|drill|exercise
    |practi[cs](?:e|ed|es|ing)|rehears\w*
    |lesson|prepare|prepared|procedure|protocol|policy|leaflet|poster|guide
    |run,?\ hide,?\ (?:and\ )?tell|first\ aid|fist\ aid|tourniquet|stop\ (?:the\ )?bleeding|wounds?
    |injur(?:y|ies)|cpr|recovery\ position|cover\ from|same\ (?:as|thing)|count\ as|classed\ as
    |considered|definition|define|good\ idea|bad\ idea|stops?\ (?:a\ )?bullets?|bullet\ ?proof
    |enough|^how|^(?:can|could|may)\ (?:i|we|you)|^(?:do|does|did|should|would|will)\ (?:i|we|you
    |they)\b|^(?:do|does|did|can|could|will|would)\ (?!i\b|we\b|you\b|any|some|hear|see|smell|that
    |this|it\b|those|these|they|he\b|she)\w+|^(?:can|could|do|does|did|will|would|are|is|have
    |has)\ (?:armed\ |the\ )?(?:terrorists|attackers|shooters|police|officers|people|kids|children
    |knives|guns|bombs))\b""")
# INFO: reporting, threat level, law, worry, hate crime, rumours about someone else
_INFO = _rx(r"""\b(?:report|reporting|reported|hate\ crime|threat\ level|statistics?|stats
    |crime\ rate|(?<!in[\ -])laws?|legal|illegal|(?<!off[\ -])licen[cs]e|allowed|prevent|radicali[sz]\w*
    |extremis\w*
    |counter\ ?-?terror\w*|government|history|research|essay|homework|project|assignment
    |why\ (?:do|did|would)|why\ (?:are|is)\ (?:there|the|armed|police|terrorists)|name\ of|named
    |identity|identified|arrested|arrests?|charged|suspicious|unattended|left\ (?:a|his|her
    |their)\ (?:bag|package|rucksack|backpack|case|parcel)|safe\ to\ (?:go|visit|travel|attend)
    |signs?\ of|warning\ signs|describe|description|identify|look\ like|mi5
    |common|often|frequent|rare|in\ the\ uk|in\ britain|in\ england
    |stop(?:ping)?\ (?:the\ )?(?:attacks|terror\w*)|for\ being|blam\w+|racis\w+|death\ toll|ban|in\ force
    |arguments?\ for|sentence\ for|penalty|punishment|fine\ for
    |islamophob\w+|antisemit\w+|(?:knife|gun)\ crime|tell\ me\ about
    |ask(?:ing|s|ed)\ (?:what|why|about|me)|antique|collect(?:ed|ors?|ing|ions?\ of|[ai]bles?)|hunting
    |paintball\w*|airsoft|laser\ (?:tag|quest)
    |info(?:rmation)?\ (?:on|about)|thought\ it\ was|turned\ out|turns\ out|false\ alarm|backfir\w+
    |fireworks|making\ (?:bombs?|explosives|weapons)|planning|plotting|(?:area|neighbou?rhood|estate|postcode)
    \ (?:is\ )?(?:still\ )?(?:as\ )?(?:bad|dangerous|rough|safe|unsafe|dodgy)
    |(?:say|talk|speak|explain)\ (?:[\w']+\ ){0,3}?(?:to|with)\ (?:[\w']+\ ){0,2}?(?:kids|children|child|son
    |daughter|family|class
    |pupils|students|staff))\b""")
# RUMOUR: checking a story ("is it true", "hoax", "how do i check"); also disarms THERE_IS / LOCATED / ARMED
_RUMOUR = _rx(r"""\b(?:is\ (?:it|that|this)\ (?:even\ |really\ |actually\ )?(?:true|real|confirmed)|rumou?rs?
    |fake|hoax|misinformation|false\ flag|conspiracy|crisis\ actors?|staged|inside\ job|cover[\ -]?up
    |what(?:'s|s|\ is)\ real|how\ (?:do|can|should)\ (?:i|we)\ (?:check|verify)|check\ before)\b""")
# DISMISSED: the one who tells of a threat says it is not meant ("he won't actually", "only joking")
_DISMISSED = _rx(r"""\b(?:he|she|they)\ (?:won't|wouldn't|will\ not|would\ not)\ (?:actually|really)\b
    |\b(?:doesn't|don't|didn't|does\ not|do\ not)\ (?:really\ )?mean\ it\b|\bnot\ literal(?:ly)?\b
    |\b(?<!not\ )(?<!isn't\ )(?<!wasn't\ )(?<!aren't\ )(?:only|just)\ (?:joking|messing|banter)\b""")
# OVER: the person says it is over ("it's all over now", "police have arrested him", "i'm home
# now"): someone armed is then what was seen, not what is here
_OVER = _rx(r"""\b(?:it's|its|it\ is|all|everything's|everything\ is)\ (?:all\ )?(?:over|calm|clear|quiet|done
    |finished|sorted|done\ and\ dusted)\ now\b|\b(?:he's|she's|they've|he\ has|she\ has
    |they\ have)\ (?:now\ )?been\ (?:arrested|caught|detained|excluded|expelled|suspended|charged|sentenced
    |jailed)\b|\b(?:everyone|everybody|all\ the\ (?:kids|children|pupils|students|staff))(?:'s|\ is|\ was
    |\ are|\ were)?\ (?:all\ )?(?:safe|fine|ok|okay|accounted\ for)\b
    |\b(?:she's|he's|they're|she\ is|he\ is|they\ are)\ (?:back\ )?(?:home|safe)\b(?=[^.?!,]{0,30}\bnow\b)
    |\b(?:police|they|officers|cops)\ (?:have|'ve)\ (?:already\ )?(?:(?:arrested|caught|detained)\ (?:him|her
    |them|the\ \w+)|taken\ (?:him|her|them)\ away)\b|\b(?:police|officers|cops)\ (?:have|'ve)\ (?:gone|left)\b
    |\b(?:everything|it)(?:'s|\ is)\ back\ to\ normal\b|\b(?:i'm|i\ am|we're|we\ are)\ (?:back\ )?(?:home
    |safe)\ now\b""")
# DREAMT: the scene is a dream the person tells of ("... thats the dream i keep having")
_DREAMT = _rx(r"""\b(?:the|a|my|this|that)\ (?:recurring\ )?(?:dream|nightmare)\ (?:i|we)\ (?:keep|kept|had
    |have|always)|\b(?:i|we)\ keep\ having\ (?:this|the|a|that)\ (?:dream|nightmare)\b""")
# WRITING: the person is writing fiction ("i'm writing a screenplay", "for my novel")
_WRITING = _rx(r"""\b(?:writing|write|wrote|working\ on|for)\ (?:a|an|my|our)\ (?:\w+\ )?(?:screenplay|script
    |novel|story|short\ story|play|book|film|fanfic\w*|radio\ play|drama)\b""")
# THERE: the person is where it is happening ("i'm at the station", "into our pub", "i can hear")
_THERE = _rx(r"""\b(?:i'm|we're|i\ am|we\ are)\ (?:still\ )?(?:at|in|inside)\ (?:the|this|our)\b
    |\binto\ (?:our|my)\b|\b(?:i|we)\ can\ (?:\w+\ )?(?:see|hear)\b|\bin\ front\ of\ (?:me|us)\b""")
# AGO: a time that is over ("two hours ago", "an hour ago", "years ago")
_AGO = r"(?:(?:hours|days|weeks|months|years|ages)\ ago|an?\ hour\ ago)"
# PAST: it is over ("last year", "i was at", "since the attack", "nightmares", "support")
_PAST = _rx(rf"""\b(?:last\ (?:week|month|year|night|time|term|semester|summer|winter|weekend|monday|tuesday
    |wednesday|thursday|friday|saturday|sunday)|{_AGO}|yesterday|a\ (?:long\ )?(?:while|time)\ ago|long\ ago
    |this\ morning|earlier\ (?:today|this\ (?:morning|afternoon|evening))|years?(?![\ -]old)(?!\ \d)
    |months?(?![\ -]old)|anniversary|was\ (?:at|there|in|caught|near|on|involved|injured|hurt)
    |were\ (?:at|there|caught)|happened\ (?:in|at|to|on|during|with|after|last|years|before|back)\b
    |(?:attack|shooting|bombing|stabbing|it|that|this)\ happened|remember\w*|memorial|survived|survivors?
    |inquest|inquiry|trial|in\ court|court\ case|jailed|sentenced|convicted|since\ the|in\ the\ attack
    |lost\ (?:my|a|our)|in\ (?:19|20)\d\d|can't\ (?:sleep|stop\ thinking)|nightmares?|flashbacks?|ptsd
    |trauma\w*|counsell?ing|therapy|therapist|grie(?:f|ving)|cope|coping|struggling(?!\ to\ breathe)
    |compensation|(?:think|thinking|thought)\ (?:about|of)\ (?:the|that|it)|victims?\ (?:of|support)
    |support(?!\ (?:worker|workers|staff|assistant))|mental\ health
    |still\ (?:thinking|upset|shaken|anxious|scared|affected))\b""")
# MEDIA: seen or shared, not lived ("on the news", "video", "filmed", "games")
_MEDIA = _rx(r"""\b(?:news|tv|telly|television|bbc|itv|radio|newspaper|headlines?|film(?:ed|ing|s)?
    |videos?|footage|photos?|pictures?|pics?|clips?|memes?|share|shared|sharing|forward\w*|messages
    |group\ chat|repost\w*|post(?:ed|ing|s)|post\ (?:it|this|that|them|the|a|on|online)|tweet\w*|social\ media
    |online|facebook|twitter|tiktok|instagram|youtube|whatsapp|article|documentary|movie|series
    |games?|gaming|fortnite|call\ of\ duty|xbox|playstation|book|novel|podcast|saw\ on
    |watch\w*(?!\ (?:me|us|him|her|them|my|from|it\ happen))
    |upload\w*|record(?:ed|ing)|obsessed)\b""")
_SOFT_CALM = (("hypothetical", _HYPO), ("advice", _ADVICE))
_HARD_CALM = (("info", _INFO), ("rumour", _RUMOUR), ("past", _PAST), ("media", _MEDIA))
# CONDITIONAL: a cue 0-3 words after "if" / "when" / "against" ... ("if there's a gunman") is
# not happening; "not sure if" / "tell me if" are questions, not conditionals; "stop him he's about to
# set it off" is two clauses, the second one happening
_NOT_WHETHER = (r"(?<!me\ )(?<!know\ )(?<!sure\ )(?<!wonder\ )(?<!see\ )(?<!check\ )(?<!sorry\ )"
                r"(?<!apologies\ )")
_CONDITIONAL = _rx(rf"""(?:{_NOT_WHETHER}\bif
    |\bhow\ (?:will|would|do|does|can|could|should)\ (?:[\w']+\ ){{1,2}}(?:know
    |tell|find\ out|hear|be\ told)\ (?:if|that|when)|\bin\ case|\bincase|\bsuppose|\bimagine
    |\bin\ the\ event(?:\ of|\ that)?|\bever(?!\ since)|\bwhen|\bwhenever|\b(?:every|each)\ time|\bhow\ many
    |\bwhile
    |\bwould|\b(?:prepare|prepared|preparing|plans?|planning|train|training|ready|drills?|procedures?
    |polic(?:y|ies)|protocols?|guidance|lessons?|risk\ assessments?)\ for
    |\bshould\ (?:there|someone|a)|\bagainst|\bfrom|\babout|\bsee|\bspot|\b(?:face|facing)(?=\ (?:an?|the
    |some|someone|somebody|armed|down)\b)|\bconfront
    |\bfirst\ aid\ (?:for|on)|\bhandle|\bapproach|\bdeal\ with|\btackle|\bdisarm|\bfight|\bescape|\bsurvive
    |(?<!bus\ )(?<!tram\ )(?<!next\ )(?<!last\ )\bstop(?!\ (?:the\ )?bleeding)|\b(?:scared|afraid|frightened
    |worried|thinking|dream\w*)\ (?:of
    |about))\ (?!(?:him|her|them)\ $)(?:(?!and\ (?:someone|somebody|he|she|they|there|people|everyone|a|an
    |the|then)\b)[\w']+\ ){{0,3}}[\w']*$""")
# HEARSAY: a cue right after "who said" is what someone claimed, not what is seen ("how do i
# report someone who said they have a bomb online"); "she says she has a bomb" is still a cue.
# Or a cue whose meaning is asked ("what does 'shots fired' mean"), or inside a question someone
# asked ("my son asked what a man with a gun would do"), a dream ("nightmares where a man with a
# gun is chasing me") or a video someone watched ("i saw a video of a man waving a knife").
_HEARSAY = _rx(r"""\b(?:who|that)\ (?:said|claimed|posted|wrote|bragged|boasted|joked)\ (?:that\ )?(?:\w+\ )?$
    |\bwhat\ (?:does|did)\ (?:the\ (?:word|term|phrase|code)\ )?['"]?$
    |\b(?:asked|asks|asking|wondered|wondering)\ (?:me\ |us\ )?(?:what|if|whether|why|how
    |who)\b(?:\ [\w']+){0,4}\ $|\b(?:dream\w*|nightmares?)\ (?:that|where|about|of)\b
    |\b(?:saw|seen|watched|watching|watch)\ (?:a|the|this|that)\ (?:\w+\ )?(?:video|clip|footage)\ (?:of
    |showing|where)\b|\b(?:graffiti|scrawled|daubed)\b(?:\ (?!and\b|now\b|then\b)[\w']+){0,8}\ $
    |\b(?:thinks?|believes?|reckons?|convinced)\b[\w'\ ]*\bmeans?\ (?:that\ )?(?:an?\ |the\ )?$
    |\b(?:joke|joking|jokes|joked|keeps?\ saying|always\ says)\ (?:about\ )?(?:that\ )?(?:['"](?:[^'"]
    |(?<=\w)'(?=\w))*)?$""")
# WHEN_PAST: a time in the past, said in the clause ("last night a patient pulled a blade"), with
# nothing after it to bring the story to now ("last week he threatened me and now he's outside")
_WHEN_PAST = _rx(rf"""\b(?:yesterday|last\ (?:night|week|month|year|term|time|weekend|shift|summer|winter
    |monday|tuesday|wednesday|thursday|friday|saturday|sunday)|{_AGO}
    |in\ (?:19|20)\d\d|earlier\ (?:today|this\ (?:week|month|year))|this\ morning|the\ other\ (?:day
    |night))\b(?!.*\b(?:now|again|back|still|today|tonight)\b)""")
# GAMES: video games named in messages ("in warzone", "playing cod")
_GAMES = (r"(?:warzone|fortnite|call\ of\ duty|cod|gta|pubg|apex|valorant|minecraft|roblox|counter[\ -]strike"
          r"|battlefield|halo|rainbow\ six)")
# FICTION: a cue inside a story, a dream, an imagined or pictured scene ("in a film i watched the
# gunman ...", "in my nightmares there's a man ...", "i keep imagining someone with a knife",
# "a drill where we pretend there's an intruder", "drawing pictures of men with guns")
_FICTION = _rx(rf"""\b(?:in|on)\ (?:a|the|this|that|my|his|her|their)\ (?:film|movie|book|novel|game
    |video\ game|dreams?|nightmares?|story|play|episode|series|show|screenplay|script|cartoon|comic)\b
    |\b(?:in|on|playing)\ (?:a\ |an\ |the\ |my\ )?{_GAMES}\b|\bimagin(?:e|es|ed|ing)\b
    |\bpretend(?:s|ed|ing)?\ (?:that\ )?there(?:'s|\ is|\ are|\ was)
    |\bpretend(?:s|ed|ing)?\ to\ be\ (?:an?\ )?(?:attacker|gunman|intruder|terrorist|shooter)
    |\bsimulat(?:e|es|ed|ing|ion)\b|\bdrawing\ (?:pictures?|pics)\ of|\bdrew\ (?:a\ |some\ )?pictures?\ of
    |\b(?:drawings?|paintings?)\ of\b|\b(?:the|a|this)\ (?:film|movie|show|series|episode|book|novel|game
    |programme|documentary)\ (?:i'm|im|i\ am|we're|we\ are)\ (?:watching|reading|playing)\b
    |\b(?:had|has|have|having)\ (?:a|an|this|that|the)\ (?:bad\ |horrible\ |awful\ |scary\ |recurring
    \ )?(?:dream|nightmare)\ (?:that|where|about|of)\b|\b(?:board|video|card|computer
    |role[\ -]playing)\ games?\b|\b(?:film|movie|book|novel|game|show|play|story|thriller|screenplay|script
    |chapter)\ (?:where
    |in\ which)\b|\b(?:the|a|this|that)\ (?:new\ |latest\ )?(?:game|film|movie|show|series|episode|book
    |trailer)\ (?:has|had|shows|showed|features|featured)\b
    |\bplaying\ (?:cops\ and\ robbers|soldiers|war|guns|pretend|make[\ -]believe)\b""")

# IN_GAME_AFTER: a game named right after the cue ("he's gonna stab me in fortnite", "going to bomb
# my minecraft house")
_IN_GAME_AFTER = _rx(rf"""^\ (?:(?:[\w']+\ ){{0,2}}?(?:in|on)\ (?:a\ |the\ |my\ )?(?:game|{_GAMES})
    |(?:my|his|her|our|your|their)\ {_GAMES})\b""")
# AGENT: a cue right after "by a" ("chased by a lad with a blade")
_AGENT = _rx(r"\bby\ (?:a|an|the|some|two|three|this)\ $")
# STRONG_HYPO: hypothetical anywhere earlier in the clause ("what if i'm in a crowd and ...")
_STRONG_HYPO = _rx(r"""\b(?:how\ (?:would|will|do|does|can|could|should)\ (?:i|we|you|people|they)\ (?:know
    |tell|find\ out|be\ told)\ (?:if|whether)|what\ if|what\ (?:happens|would\ happen|will\ happen|to\ do
    |(?:should|do|would|can|could)\ (?:you|we|i|they|staff|people)\ do)\ if|in\ case
    |in\ the\ event|ever(?!\ since)|hypothetically|suppose|imagine)\b""")
# ANY_IF: for tier B, any earlier "if" in the clause ("if a gunman came in what should i do")
_ANY_IF = _rx(rf"{_NOT_WHETHER}\b(?:if|in\ case)\b")
# SAFE_TO: asking whether something is safe to do ("is it still safe to go to town now")
# (not "is it safe to leave the toilets now?", asked from hiding)
_SAFE_TO = _rx(r"""\b(?:is\ it|it's|it\ is|is\ it\ still|would\ it\ be)\ (?:safe|ok|okay|alright
    |fine)\ to\ (?:go|travel|visit|fly|walk|drive|take|use|book|attend|send|let)\b""")
# NORM_ASK: asking whether something is the norm ("is that standard in uk workplaces now")
_NORM_ASK = _rx(r"""\b(?:is|are)\ (?:that|it|this|these|they|there)\ (?:\w+\ )?(?:standard|normal|common
    |usual|typical|the\ norm|a\ thing|compulsory|mandatory|required)\b""")
# HISTORIC: a time years past ("years ago", "back in 2019")
_HISTORIC = _rx(r"""\b(?:years\ ago|(?:in|back\ in|since)\ (?:19|20)\d\d)\b""")
# BACK_TO_NOW: a story brought back to the present ("... and now he's outside")
_BACK_TO_NOW = re.compile(r"\b(?:now|again|back|still|today|tonight)\b")
# LONG_AGO: a time years past that the sentence does not come back from ("so this happened ten
# years ago, a gang with baseball bats chased us"; not "years ago he hurt me, now he's outside")
_LONG_AGO = _rx(rf"""(?:{_HISTORIC.pattern})(?![^.?!]*(?:{_BACK_TO_NOW.pattern}|\bcurrently\b))""")
# RETROSPECT: looking back on something lived through ("ever since then", "a year later", "to this
# day"): what the person heard, or someone armed they saw, is then part of the story
_RETROSPECT = _rx(r"""\b(?:ever\ since|since\ (?:it|that|then|the\ \w+)\ happened|(?:a|one|two|three
    |six)\ (?:years?|months?)\ (?:later|on)|to\ this\ day)\b""")
# TESTING: the person says they are testing the assistant ("i'm testing this for my dad")
_TESTING = _rx(r"""\b(?:i'm|i\ am|we're|we\ are|just)\ (?:only\ |just\ )?testing\ (?:this|you|it
    |the\ (?:bot|app|service|chat))\b|(?<!is\ )\bthis\ is\ (?:just\ |only\ )?a\ test\b""")
# RESOLVED: what looked like danger is said to have been harmless, or to be over ("turned out to be
# the meter reader", "it was just the cat", "false alarm, back inside now", "all fine now"); read
# only where there is no danger word. Not doubted ("i hope it's a false alarm", "thought it was
# just kids") and not brought back after it ("all fine now but he's coming back tonight").
_RESOLVED = _rx(r"""\b(?:turned\ out|turns\ out
    |it\ was\ (?:just|only)(?!\ (?:a\ matter|the\ (?:start|beginning)))
    |was\ just\ (?:a|an|the|some|my|our|asleep|getting|trying|going|looking|playing|kids|foxes)|false\ alarm
    |all\ (?:fine|good|clear|ok|okay|safe|sorted|calm|quiet)|everyone(?:'s|\ is|\ was)\ (?:fine|ok|okay|safe
    |alright)|panic\ over|made\ up|nothing\ to\ worry\ about|(?:i'm|i\ am)\ (?:just\ )?being\ (?:paranoid
    |silly|daft|dramatic)|i\ (?:totally\ )?overreacted|i\ feel\ (?:daft|silly|stupid|such\ an\ idiot)
    |(?:we're|we\ are|i'm|i\ am|everyone's|everyone\ is)\ (?:all\ )?(?:safe|fine|ok|okay)\ now)\b""")
_RESOLVED_DOUBT = _rx(r"""\b(?:is\ (?:it|this|that)|hope|hoping|if|whether|maybe|might\ be|could\ be|not|isn't
    |wasn't|think|thought)\b[^.?!,]{0,25}(?:false\ alarm|all\ (?:fine|clear|good|ok|okay|safe)
    |turned\ out|was\ just)|\b(?:turned|turns)\ out\b[^.?!,]{0,30}\b(?:wasn't|isn't|not|no)\b""")
_RESUMED = _rx(r"""\b(?:but|except|apart\ from|however|although|yet|until|for\ now)\b|\b(?:and|then)\ (?:now
    |again)\b|\bstill\ (?:there|here|outside|inside|following|coming|going|at|in|on|banging|trying)\b
    |\bnow\ (?:he|she|they|someone|somebody|there)(?:'s|\ is|'re|\ are)\b|\b(?:he's|she's|they're|he\ is
    |she\ is|they\ are)\ back\b|\bcoming\ back\b""")
# WORD: a letter or a digit in any script
_WORD = re.compile(r"[^\W_]")
# CLAUSE_BREAK: punctuation or "but" / "because" ends the scope of a conditional
_SENTENCE_BREAK = re.compile(r"[.!?]")
_CLAUSE_BREAK = re.compile(r"[.!?;:,]|\b(?:but|because)\b")


def _clause_before(text: str, pos: int) -> str:
    """The clause that ends at `pos` (at most 200 characters back, so long input stays fast)."""
    head = text[max(0, pos - 200):pos]
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(head)]
    return head[breaks[-1]:] if breaks else head


def _clause_after(text: str, pos: int) -> str:
    """The rest of the clause that goes on from `pos` (at most 200 characters)."""
    tail = text[pos:pos + 200]
    end = _CLAUSE_BREAK.search(tail)
    return tail[:end.start()] if end else tail


# What suppresses a cue, per mode: a pattern found in the cue's own clause before it ("clause"),
# in its sentence before it ("sentence": "if someone came in and started attacking people, should
# we lock the doors"), anywhere in the 200 characters before it ("earlier": "in case of an attack,
# when is it safe to come out"), or in the rest of its clause ("after": "waving a blade at the bus
# stop last week").
_IN_CLAUSE = ((_CONDITIONAL, "clause"), (_STRONG_HYPO, "clause"), (_HEARSAY, "clause"), (_FICTION, "clause"),
              (_IN_GAME_AFTER, "after"))
_SUPPRESS: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    "window": ((_CONDITIONAL, "clause"), (_FICTION, "clause")),
    "window-message": ((_CONDITIONAL, "clause"), (_STRONG_HYPO, "earlier")),
    "clause": _IN_CLAUSE,
    "clause-past": (*_IN_CLAUSE, (_AGENT, "clause")),
    # "if there was a shooter in my office now": a time word after any "if" in its clause, or
    # in a question whether something is safe to do ("is it safe to go shopping now?") or is the
    # norm ("is that standard in workplaces now?"), or after a year long past in its sentence
    # ("a stabbing on our road back in 2019 ... doesn't want to walk the dog after dark now")
    "now": (*_IN_CLAUSE, (_ANY_IF, "clause"), (_SAFE_TO, "clause"), (_NORM_ASK, "clause"),
            (_HISTORIC, "sentence")),
    "story": (*_IN_CLAUSE, (_AGENT, "clause"), (_WHEN_PAST, "clause"), (_WHEN_PAST, "after"),
              (_LONG_AGO, "sentence")),
    "any-if": ((_CONDITIONAL, "clause"), (_STRONG_HYPO, "earlier"), (_ANY_IF, "sentence"),
               (_HEARSAY, "clause")),
    "strong": ((_STRONG_HYPO, "clause"),),
    "plain": (),
}
_Named = Iterable[tuple[str, re.Pattern[str]]]


def _first(patterns: _Named, text: str, mode: str) -> str | None:
    """The name of the first pattern that matches outside a conditional clause ("if there's a
    gunman"), per `mode`. Names only: the person's words never leave this module."""
    suppressors = _SUPPRESS[mode]
    for name, pattern in patterns:
        for m in pattern.finditer(text):
            # Each scope is cut once, and only when a suppressor reads it: the search stops at the
            # first suppressor that matches, and most cues are held back by their own clause.
            scopes: dict[str, str] = {}
            if not any(s.search(scopes[scope] if scope in scopes
                                else scopes.setdefault(scope, _scope(text, m, scope)))
                       for s, scope in suppressors):
                return name
    return None


def _scope(text: str, m: re.Match[str], scope: str) -> str:
    """The text around a cue that a suppressor of `scope` is searched in."""
    if scope == "clause":
        return _clause_before(text, m.start())
    if scope == "earlier":
        return text[max(0, m.start() - 200):m.start()]
    if scope == "sentence":
        head = text[max(0, m.start() - 200):m.start()]
        return _SENTENCE_BREAK.split(head)[-1]
    return _clause_after(text, m.end())


class Reading(enum.Enum):
    """What the words alone say about danger now; the model's probability is weighed against it."""

    EMERGENCY = "emergency"  # a cue that it is happening now: always the emergency answer
    POSSIBLE = "possible"  # a danger word, unframed: the words can't tell, the model decides
    CALM = "calm"  # a danger word framed as the past, news or information
    # a danger word framed as a hypothetical or a request for advice; or a drill, said to be one
    HYPOTHETICAL = "hypothetical"
    # danger words only as figures of speech ("this traffic is killing me", "shot my shot")
    FIGURATIVE = "figurative"
    # no danger word, and what looked like danger is said to have been harmless or to be over
    # ("man in a mask at the door, turned out to be a trick or treater")
    EXPLAINED = "explained"
    NONE = "none"  # no danger word
    # No letter or digit ("😂", "?", "..."): nothing for the model to read either, so its
    # emergency probability can't decide (the normaliser has already made "🆘" "sos").
    WORDLESS = "wordless"

    @property
    def framed_calmly(self) -> bool:
        """What the words themselves put somewhere other than here and now, or explain away."""
        return self in (Reading.CALM, Reading.HYPOTHETICAL, Reading.FIGURATIVE, Reading.EXPLAINED)

    @property
    def bars_top_intent(self) -> bool:
        """Framed calmly in a way no story ends in the present: the calm bar holds even when the
        emergency intent is the model's top intent. Not CALM: a story in the past tense may end
        now ("my dad was on the train when someone attacked passengers with a knife, he's still
        on it")."""
        return self.framed_calmly and self is not Reading.CALM


def emergency_verdict(text: str) -> tuple[Reading, str]:
    """What the words say about danger now, and the names of the rules that decided.

    No letter or digit -> WORDLESS. Standalone cue (or asking, unframed, whether to play dead or
    keep still) -> EMERGENCY. No danger word -> NONE, unless a cry for help in another language
    (EMERGENCY) or a drill said to be one (HYPOTHETICAL).
    Danger + tier A (happening now) -> EMERGENCY. Danger + only soft framing + tier B ->
    EMERGENCY. Danger with no framing: asking now or a headline -> EMERGENCY, else POSSIBLE.
    Otherwise HYPOTHETICAL (only soft framing) or CALM.
    Calm framing is grammar (hypothetical, advice, asking how to, past, news), never a noun: a
    neighbour, a kitchen or a holiday can all be where the danger is.
    """
    if _WORD.search(text) is None:
        return Reading.WORDLESS, "no-words"
    # hiding in a drill is practice; the other standalone cues still count
    drill = _DRILL.search(text) is not None and _DRILL_DOUBT.search(text) is None
    # a prank or a false alarm, said to be one: what was seen or done was not an attack; a lockdown
    # or a break-in too, once everyone is said to be safe
    debunked = _DEBUNKED.search(text) is not None and _THIS_TIME.search(text) is None
    standalone = [(n, p) for n, p in _STANDALONE if not (drill and n == "hiding")
                  and not (debunked and _OVER.search(text) and n in ("hiding", "attacker-near"))]
    if _QUIET_CALL.search(text):
        standalone.append(("silenced", _UNSEEN_NEAR))
    # blanked: the text without harmless phrases and figures of speech ("this traffic is killing me")
    blanked, figures = _FIGURATIVE.subn(" ", _BENIGN.sub(" ", text))
    # a cry for help after a figure of speech and no other danger word is a joke ("that exam
    # murdered me, send help lol"); hiding or whispering at home, with no danger word, is a game
    # or the baby ("hide and seek", "whispering, the baby's asleep")
    harmless = _DANGER.search(blanked) is None
    joking = figures > 0 and harmless
    if harmless and _HOMELY.search(text):
        standalone = [(n, p) for n, p in standalone if n not in ("hiding", "silenced")]
    if hit := (_first(standalone, text, "window")
               or (None if joking else _first(_STANDALONE_HELP, text, "window-message"))):
        return Reading.EMERGENCY, f"standalone:{hit}"
    soft = _first(_SOFT_CALM, text, "plain") or ("asking-how" if asks_how_to(text) else None)
    hard = _first(_HARD_CALM, text, "plain")
    # asking what to do with one's body now: the question's own "should i" is not framing
    if (soft in (None, "advice") and hard is None and not drill and not _POLICE.search(text)
            and _MOMENT_ASK.search(text)):
        return Reading.EMERGENCY, "standalone:moment-ask"
    # menaced now, no weapon named ("says if i scream i'll regret it"): not when told as the past,
    # news or information, or as part of a drill
    if (hard is None and not drill and not _LAUGHING.search(text)
            and (hit := _first(_MENACED, text, "window"))):
        return Reading.EMERGENCY, f"standalone:{hit}"
    text = blanked
    if harmless:
        if cry_for_help(text) and not (soft or hard or drill):  # "pomocy! facet z nożem atakuje ludzi"
            return Reading.EMERGENCY, "standalone:other-language"
        if (hit := _first((("muted", _MUTED),), text, "window")) and not (soft or hard or drill):
            return Reading.EMERGENCY, f"standalone:{hit}"
        if drill:  # a rehearsal of a what-if ("doing the lockdown drill right now, what is the code word")
            return Reading.HYPOTHETICAL, "calm:drill"
        if figures:  # "this traffic is killing me", "killed it at the gym today"
            return Reading.FIGURATIVE, "calm:figurative"
        if (resolved := _RESOLVED.search(text)) and not (_RESOLVED_DOUBT.search(text)
                                                         or _RESUMED.search(text, resolved.end())):
            return Reading.EXPLAINED, "calm:explained"  # "it was just the cat", "false alarm"
        return Reading.NONE, "no-danger-word"
    # "is it true there's a second gunman?" checks a story; a threat to kill, doubted or not, is not
    # left to the model ("is this real?? he's saying he will kill her")
    # ... unless the person is there ("is it fake? i'm in westfield and i can hear the shots"). A
    # story being written is told like one happening ("i'm writing a screenplay. a gunman is ...").
    there = _THERE.search(text) is not None
    rumour = _RUMOUR.search(text) is not None and not there
    debunked = debunked and not there
    writing = _WRITING.search(text) is not None and not there  # a drill is told the same way
    dreamt = _DREAMT.search(text) is not None
    testing = _TESTING.search(text) is not None  # "what would you say? i'm testing this for my dad"
    # "ever since then i get a tight chest"; not when the story comes back to now after it ("ever
    # since he got out of prison i've been scared and now he's outside with a knife")
    retrospect = any(_BACK_TO_NOW.search(text, m.end()) is None for m in _RETROSPECT.finditer(text))
    legality = _LEGALITY.search(text) is not None  # "my neighbour has a rifle, is that legal?"
    trade = _TRADE.search(text) is not None  # "a man with a machete next door, he's the tree surgeon"
    # "hearing bangs but i know they do exercises there"
    noise_explained = _NOISE_EXPLAINED.search(text) is not None
    dismissed = _DISMISSED.search(text) is not None  # "he keeps saying he'll kill me, he won't actually"
    over = _OVER.search(text) is not None  # "he was waving a knife, police have arrested him"
    drill_now = drill and _DRILL_NOW.search(text) is not None  # "a drill at my office right now"
    told = ("there-is", "located", "armed", "wielding", "acting", "hurt", "clearing")  # how a scene is told
    # Which cues each framing holds back, one line each
    held_back = (
        (rumour or debunked, ("there-is", "located", "armed", "wielding")),
        (writing or drill or dreamt or testing, told),
        (retrospect, ("hearing", "armed", "wielding")),
        (drill_now or over or dreamt, ("now",)),
        (over, ("armed", "wielding")),
        (legality, ("armed", "now")),
        (dismissed, ("threat",)),
        (trade, ("there-is", "armed", "wielding")),
        (noise_explained, ("hearing",)),
    )
    held = {name for framed, names in held_back if framed for name in names}
    tier_a = [(n, p) for n, p in _TIER_A if n not in held]
    # In a message about the past, the one who did it is a story ("my mate was chased by a lad
    # with a blade last year"); "he has a gun now" in the next clause is still a cue. Someone
    # armed in a clause that says when in the past is a story too ("yesterday we had a lockdown
    # (a man with a knife in the park)", "last night a patient pulled a blade at triage").
    past = _PAST.search(text) is not None
    story = [(n, p) for n, p in tier_a if past and n in ("armed", "wielding", "clearing")]
    now_cues = [(n, p) for n, p in tier_a if n == "now"]
    others = [c for c in tier_a if c not in story and c not in now_cues]
    if strong := (_first(others, text, "clause-past" if past else "clause")
                  or _first(story, text, "story") or _first(now_cues, text, "now")):
        return Reading.EMERGENCY, f"danger+{strong}"
    if drill:  # told as part of the drill ("tabletop exercise: attacker in reception with a machete")
        return Reading.HYPOTHETICAL, "calm:drill"
    if soft is None and hard is None:
        # A danger word and nothing to frame it: asking what to do now, or opening with an
        # attack at a place, makes it an emergency ("explosions by the port, what do we do");
        # otherwise ("who was the westminster bridge attacker", "knife!!") the words can't tell.
        if now := _first(_TIER_B_NOW, text, "any-if"):
            return Reading.EMERGENCY, f"danger+{now}"
        if cry_for_help(text):  # "ayuda, un hombre con una pistola disparando"
            return Reading.EMERGENCY, "danger+other-language"
        return Reading.POSSIBLE, "danger-unframed"
    tier_b = _first(_TIER_B_NOW, text, "any-if") or _first(_TIER_B_ATTACKER, text, "strong")
    if hard is None and tier_b:
        return Reading.EMERGENCY, f"danger+{tier_b}"
    if hard is None:
        return Reading.HYPOTHETICAL, f"calm:{soft}"
    return Reading.CALM, f"calm:{hard}"
