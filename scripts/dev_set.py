"""Writes tests/data/analyzer_callspeech_dev.jsonl: the analyzer's development set of
call speech (idioms, understatement, ASR-style transcripts, franglais, typos, sarcasm,
negations). Written by the engineer who tunes the cues; tune on this, never on the
held-out analyzer_callspeech.jsonl."""
import json, pathlib

S = {"P": "price_objection", "B": "budget", "C": "competitor", "U": "urgency",
     "D": "decision_maker", "X": "confusion", "I": "strong_interest", "H": "hesitation",
     "F": "frustration", "R": "closing_readiness"}
SENT = {"-": "negative", "0": "neutral", "+": "positive"}

EN = """
P - concerned | um yeah so honestly that figure is a bit rich for us
P - surprised | wow ok that's uh that's a lot more than i was expecting to be honest
P 0 neutral | we were thinking more in the ballpark of half that
P - concerned | that price tag is eye watering
P - concerned | the numbers just don't work for us at that price
P - unimpressed | you're having a laugh at that price right
P - concerned | i mean it's pricy pricy for what it does
P - concerned | thats way to expensive for a team our size
PD 0 neutral | is there any wiggle room on the price because that's a tough sell internally
P - worried | the quote kinda blew my mind not in a good way
P - concerned | it costs an arm and a leg
P - concerned | the pricing is a bit much for us
P 0 calm | we'd need you to come down quite a bit on that number
P - concerned | too rich for our blood honestly
PB - worried | the money's just not there for something at that price
B - worried | honestly the money's just not there right now
B 0 neutral | so um what we have to play with is around twenty k for the year
B - concerned | cash is tight this quarter uh really tight
B 0 neutral | we've got a pot of money for tooling but it's not huge
B 0 neutral | finance has capped us at like five grand
B - worried | we're kind of strapped for cash at the moment
B 0 neutral | our spend for this kind of thing is pretty limited
B 0 neutral | is this opex or capex for us how do people usually budjet it
B - worried | money is really tight since the reorg
C 0 neutral | so we're uh we're also talking to a couple of other vendors
C 0 neutral | we use gong today and it's fine
CP - unimpressed | your competitors offer the same thing for less
C 0 neutral | we got a quote from another company last week
C 0 neutral | we've been with talkdesk for three years now
C 0 neutral | we're evaluating a few other options at the moment
C 0 neutral | um the other guys we spoke to they have a free tier
C 0 neutral | we're comparing you against two other tools
CP - unimpressed | the other vendor quoted us like thirty percent cheaper
U - stressed | we need this yesterday honestly
U 0 neutral | um the thing is we go live on the first so it's kind of now or never
U - stressed | we're up against the clock here
U 0 neutral | is there any way to get it sooner like this week
CU - stressed | our current contract ends in two weeks so we need something fast
U 0 neutral | we need to get moving on this asap
U 0 neutral | time's ticking for us the launch is next month
U - stressed | we can't afford to wait on this one
U 0 neutral | how quick can you get us set up
D 0 neutral | i'll have to loop in my boss on this one
D 0 neutral | uh it's not really my call you know
D 0 neutral | let me run it by the team upstairs
D 0 neutral | the guys in procurement will want a look
D 0 neutral | i need to get buy in from my vp
D 0 neutral | my manger would have to sign off on that
D 0 neutral | the final decision sits with our cfo
D 0 neutral | i'll need to bring this to the steering committee
D 0 neutral | above my pay grade honestly
X 0 puzzled | sorry you lost me there
X 0 neutral | wait what how does that work
X 0 neutral | um i'm not sure i follow the the pricing model
X 0 neutral | can you walk me through that again
X 0 neutral | sorry what do you mean by seats exactly
X - puzzled | i'm a bit confused about how the billing works
X 0 neutral | hang on you said per agent or per account
X 0 neutral | im not following sorry
X 0 neutral | that went a bit over my head to be honest
I + excited | oh wow this is exactly what we've been looking for
I + happy | honestly this is a no brainer for us
I + happy | yeah this is awesome the team is gonna love it
I + excited | oh that's super cool
I + happy | love love love the dashboard
I + happy | this looks really really good
I + excited | that's a game changer for our team
I + happy | i'm sold on the concept to be honest
I + happy | we're really keen on this
I + happy | oh nice that's really neat
H 0 neutral | um let me think about it and get back to you
H 0 neutral | i'm not sure it's the right time for us
H 0 neutral | we're still on the fence to be honest
H 0 neutral | it's not that it's too expensive it's that we can't see the value yet
H 0 neutral | let's park this for now
H 0 neutral | i need to sleep on it
H 0 neutral | we might revisit this next quarter
H 0 neutral | i don't know man it's a big change for us
H 0 neutral | i'm kinda torn on this
H 0 neutral | we're not ready to sign
H 0 neutral | maybe down the line but not right now
F - frustrated | this is the third time i'm calling about this
F - annoyed | honestly i'm fed up with your support
F - angry | are you kidding me this still doesn't work
F - frustrated | i've been on hold for forty minutes
F - annoyed | we keep going round in circles here
F - angry | this is a complete joke
F - frustrated | nobody ever gets back to me
F - annoyed | i'm sick of chasing you guys
F - annoyed | seriously this is getting old
F - frustrated | i've explained this like five times already
R + happy | if you can get it to us by friday we can start monday
R + happy | ok send over the contract and we'll sign it
R + happy | alright let's do it
R + happy | sounds good where do i sign
R 0 neutral | what do you need from us to get started
R + happy | lets get the ball rolling
R + happy | ok we're in
R + happy | go ahead and send me the paperwork
R 0 neutral | can you send the docusign today
R + happy | we're good to go on our side
0 - sarcastic | great another tool nobody will use
0 - sarcastic | oh fantastic another login to remember
0 0 neutral | the price is not the problem
0 0 neutral | price isn't really an issue for us
0 0 neutral | we don't have any competitors in this niche
0 0 neutral | no rush on our side take your time
0 0 neutral | i'm the one who decides here
0 0 neutral | that makes sense thanks
0 0 neutral | ok um yeah so we have about forty agents in the call center
0 0 neutral | we mostly handle inbound calls
0 0 neutral | can you tell me more about the reporting
0 0 neutral | it's clear thanks
0 0 neutral | uh what time is it over there
0 0 neutral | we're not in a hurry
0 + happy | thanks for your time today
0 0 neutral | it's not expensive at all compared to what we expected
0 0 neutral | yeah yeah i see what you mean
0 0 neutral | we're not confused just want to double check one thing
C 0 neutral | the team uses salesforce for the crm and that stays
""".replace("the team uses salesforce for the crm and that stays", "our reps log calls in a spreadsheet")

EN_AGENT = """
0 0 neutral | it's four hundred a month for the whole team
0 0 neutral | do you have a budget set aside for this
0 0 neutral | are you looking at other vendors
0 0 neutral | who else is involved in the decision
0 0 neutral | is there a deadline you're working to
"""

FR = """
P - concerned | ouais bon le tarif là franchement ça pique
P - surprised | euh c'est un peu salé quand même
P - concerned | à ce tarif là c'est non
P - concerned | c'est hors de prix pour nous
P - concerned | bah c'est trop cher genre vraiment trop cher
P - concerned | le prix est un peu élevé pour ce que c'est
P - unimpressed | franchement ça coûte une blinde
P - concerned | c'est chérot quand même
P - concerned | le prix me fait tiquer
P 0 neutral | il faudrait que vous fassiez un effort sur le prix
P - concerned | ça fait mal au portefeuille
P - concerned | du coup le pricing est un peu too much pour nous
P - concerned | c'est tro cher pour une petite equipe
B - worried | on n'a pas le budget cette année
B 0 neutral | euh on a genre dix mille euros à mettre dedans
B - worried | les caisses sont vides en ce moment
B 0 neutral | en fait notre budjet est déjà bouclé pour l'année
B - worried | on est un peu juste financièrement en ce moment
B 0 neutral | la tréso est tendue ce trimestre
B 0 neutral | on a une enveloppe de cinq mille max
B - worried | on n'a pas les moyens pour l'instant
B 0 neutral | faut que je voie ce qui reste sur la ligne budgétaire
C 0 neutral | on bosse déjà avec aircall
C 0 neutral | du coup on regarde aussi d'autres solutions
C 0 neutral | on a eu une proposition d'un autre prestataire
C 0 neutral | vos concurrents nous ont fait une offre
C 0 neutral | on compare avec deux trois autres outils
C 0 neutral | en fait on est chez ringover depuis deux ans
C 0 neutral | on a un outil en interne qui fait déjà ça en gros
CP - unimpressed | l'autre boîte est moins chère de trente pour cent
U - stressed | c'est super urgent pour nous
U 0 neutral | on en a besoin pour hier en fait
CU - stressed | euh le truc c'est que notre contrat actuel se termine fin du mois
U 0 neutral | il nous faut ça rapidos
U 0 neutral | on doit être opérationnels avant la rentrée
U - stressed | on est vraiment pris par le temps
U 0 neutral | vous pouvez nous installer ça en combien de temps au plus vite
U 0 neutral | faut que ça aille vite
D 0 neutral | faut que j'en parle à mon boss
D 0 neutral | c'est pas moi qui décide en fait
D 0 neutral | je dois voir ça avec ma direction
D 0 neutral | la décision revient au comité de direction
D 0 neutral | bah faut que je fasse valider par mon n plus un
D 0 neutral | je vais en toucher un mot à mon associé
D 0 neutral | c'est le daf qui a le dernier mot
D 0 neutral | je dois remonter ça à ma hiérarchie
X 0 puzzled | euh j'ai pas compris là
X 0 neutral | attendez je suis un peu perdu
X 0 neutral | vous pouvez répéter s'il vous plaît
X 0 neutral | c'est quoi la différence entre les deux offres
X 0 neutral | je vois pas trop comment ça marche
X 0 neutral | hein comment ça
X 0 neutral | j'ai pas bien saisi le truc des licences
X 0 neutral | c'est pas très clair pour moi
I + happy | ah ouais ça c'est top
I + excited | franchement c'est génial
I + happy | c'est exactement ce qu'on cherchait
I + happy | ça me plaît beaucoup
I + happy | trop bien ce dashboard
I + happy | c'est canon
I + happy | wow c'est vraiment impressionnant
I + happy | j'avoue c'est vraiment cool
H 0 neutral | je vais réfléchir et je reviens vers vous
H 0 neutral | euh on est pas encore sûrs
H 0 neutral | faut voir quoi
H 0 neutral | on va se laisser un peu de temps
H 0 neutral | bof je suis pas convaincu
H 0 neutral | je sais pas trop en fait
H 0 neutral | on hésite encore
H 0 neutral | peut-être plus tard dans l'année
F - frustrated | ça fait trois fois que j'appelle
F - annoyed | j'en ai marre de vos bugs
F - angry | c'est n'importe quoi
F - frustrated | franchement c'est inadmissible
F - annoyed | on tourne en rond là
F - annoyed | personne ne me rappelle jamais
F - angry | vous vous foutez de moi
F - annoyed | ras le bol de ce logiciel
R + happy | ok on signe
R + happy | envoyez moi le contrat
R + happy | bon allez on y va
R 0 neutral | c'est quoi la suite pour démarrer
R + happy | on part là-dessus
R + happy | vous pouvez m'envoyer le devis
R + happy | c'est bon pour nous on valide
R 0 neutral | on peut commencer quand
0 0 neutral | rien ne presse
0 0 neutral | le prix n'est pas le problème
0 0 neutral | on n'est pas pressés
0 0 neutral | c'est clair merci
0 0 neutral | on a une quarantaine de conseillers
0 - sarcastic | super encore un outil que personne va utiliser
0 0 neutral | c'est moi qui décide
0 0 neutral | pas de concurrent sur notre marché
0 0 neutral | d'accord je vois
0 0 neutral | ouais ouais ok
0 0 neutral | le tarif est correct
0 + happy | merci pour votre temps
0 0 neutral | euh du coup on fait surtout de l'appel entrant
"""

FR_AGENT = """
0 0 neutral | c'est quatre cents euros par mois pour l'équipe
0 0 neutral | vous avez un budget prévu pour ça
0 0 neutral | vous regardez d'autres solutions
"""

EN2 = """
P - concerned | yeah no that's that's steep for us
P - concerned | honestly we can get a lot for that kind of cash elsewhere in the business
CP - concerned | that's like double what we pay now
P - concerned | i nearly fell off my chair when i saw the quote
P 0 neutral | that's a big number for a team of ten
P - concerned | um is that per month because that's a lot
P - unimpressed | it's a bit pricey innit
P - concerned | we'd struggle to justify that spend to be fair
P - concerned | ouch that hurts
P - concerned | that's more than our whole phone bill
B 0 neutral | what's the rough cost because we've only got so much for this
B - worried | the purse is pretty much empty till april
B 0 neutral | we'd need to find the money somewhere
B 0 neutral | our finance team gives us a fixed amount every quarter
B - worried | money's a bit of an issue for us this year
B 0 neutral | there's no money for new tools until the new fiscal
C 0 neutral | we're kinda locked into a contract with five9 until june
C 0 neutral | another provider pitched us last week
C 0 neutral | we had a demo with dialpad too
C 0 neutral | right now we just use our old phone system which does the job
C 0 neutral | we're also in talks with a couple of others
U 0 neutral | we kinda need it up and running by next week
U - stressed | it's really time critical for us
U 0 neutral | can you fast track the setup
U - stressed | the sooner the better honestly
U 0 neutral | we've got a hard deadline at the end of the month
D 0 neutral | i'd have to get the green light from my director
D 0 neutral | that's a question for my boss really
D 0 neutral | our it people will need to vet it first
D 0 neutral | i'll have to take it to the board
X 0 puzzled | sorry i don't get it
X 0 neutral | um how does that actually work
X 0 neutral | so what's included and what's not i'm a bit lost
X 0 neutral | what does that mean in practice
I + happy | oh i really like that
I + excited | this is brilliant honestly
I + happy | that's exactly the kind of thing we need
I + happy | wow okay that's impressive
H 0 neutral | we'll have a think and come back to you
H 0 neutral | i'm not a hundred percent sure
H 0 neutral | hmm i don't know it sounds like a lot of work
H 0 neutral | maybe next year
F - frustrated | this is taking forever
F - angry | i'm honestly losing my patience here
F - annoyed | why is this so complicated every single time
F - frustrated | we've been waiting for weeks for a fix
R + happy | right let's get this signed
R 0 neutral | what are the next steps
R + happy | we'll go with the pro plan
R + happy | can we get started next week
0 0 neutral | no worries about the price
B 0 neutral | the budget is not really an issue here
0 + happy | we're happy with the price
0 0 neutral | i'll decide myself
0 0 neutral | yeah so we handle about two hundred calls a day
0 - sarcastic | oh brilliant another dashboard
0 0 neutral | i don't know the exact number of agents
0 0 neutral | it's not urgent
P - concerned | thats way to expensve for us
C 0 neutral | we're also looking at a competiter
R + happy | ok can you send the contarct over
U - stressed | we need it imediately
F - angry | honestly it's ridiculus
X 0 puzzled | i'm a bit confussed
F - annoyed | it's unacceptible
"""

FR2 = """
P - concerned | houla c'est cher ça
P - concerned | ça fait beaucoup pour une petite boîte comme nous
CP - concerned | c'est le double de ce qu'on paie aujourd'hui
P - concerned | à ce prix là je peux pas
P - concerned | franchement le prix ça calme
P - concerned | c'est pas donné quand même
B 0 neutral | on a une petite enveloppe pour ça
B - worried | pour l'instant on a zéro budget
B 0 neutral | il faudrait que je trouve les fonds
B - worried | on est un peu serrés niveau argent
C 0 neutral | on a déjà un contrat avec diabolocom
C 0 neutral | une autre société nous a fait une offre
C 0 neutral | on regarde aussi ce que fait la concurrence
U - stressed | il nous le faut pour la semaine prochaine
U 0 neutral | c'est assez pressé en fait
U 0 neutral | on doit lancer le projet dans quinze jours
D 0 neutral | je dois en parler à mon associé
D 0 neutral | c'est mon patron qui tranche
D 0 neutral | faut que ça passe en comité
X 0 puzzled | euh je suis perdu là
X 0 neutral | attendez vous pouvez réexpliquer
X 0 neutral | j'ai pas compris la partie sur les licences
I + happy | ah ouais ça c'est génial
I + happy | franchement j'adore
I + happy | ça nous intéresse vraiment
H 0 neutral | on va y réfléchir
H 0 neutral | je suis pas encore sûr
H 0 neutral | pas maintenant peut-être plus tard
F - annoyed | c'est la troisième fois que je vous explique
F - frustrated | ça commence à bien faire
F - angry | c'est inacceptable
R + happy | parfait envoyez-moi le contrat
R + happy | allez on signe
R 0 neutral | quelles sont les prochaines étapes
B 0 neutral | le budget c'est pas un souci
0 0 neutral | on n'est pas du tout pressés
0 0 neutral | c'est moi qui signe
0 0 neutral | d'accord merci pour les explications
0 - sarcastic | génial encore une mise à jour qui casse tout
F - angry | franchement c'est inadmissable
U - stressed | c'est vraiment urgant
X 0 puzzled | je suis un peu perdue avec les abonements
"""

EN3 = """
C 0 neutral | we're pretty happy with zoom phone to be honest
C 0 neutral | we already have something that does most of this
C 0 neutral | so um how are you different from aircall
C 0 neutral | we've been quoted by justcall as well
C 0 neutral | our it team is pushing for microsoft teams phone
C 0 neutral | why would we switch from what we've got
P - concerned | that's gonna cost us a fortune
P - concerned | hmm that's pushing it price wise
P - concerned | yeah that's not really in the range we were thinking
P 0 neutral | can you do any better on that
P - concerned | honestly for that money i'd expect a lot more
U - stressed | we're kind of in a rush here
U 0 neutral | our old contract runs out at the end of march
U 0 neutral | we need something in place before the peak season
U 0 neutral | like we need it now not in three months
R + happy | cool so what happens next
R + happy | alright you've convinced me let's go
R 0 neutral | how do we make this official
I + happy | this would make our lives so much easier
I + excited | honestly i'm blown away
H 0 neutral | it's a lot to take in let me digest it
H 0 neutral | we'd probably wait until next year
D 0 neutral | legal would have to look at the contract first
D 0 neutral | my boss has the last word on this
X 0 neutral | sorry i didn't catch that
X 0 neutral | what's the catch i don't get how it's free
F - annoyed | your support is a nightmare honestly
F - frustrated | i've lost count of how many times i've asked
B 0 neutral | we have to keep it under ten k
B - worried | we don't really have money set aside for this
"""

FR3 = """
C 0 neutral | on est plutôt contents de notre outil actuel
C 0 neutral | euh en quoi vous êtes différents d'aircall
C 0 neutral | on a déjà une solution qui fait le job
P - concerned | ça fait quand même une sacrée somme
P - concerned | c'est au-dessus de ce qu'on pensait mettre
P 0 neutral | vous pouvez faire mieux sur le prix
U - stressed | on est à la bourre
U 0 neutral | il nous faut une solution avant la fin du trimestre
R + happy | bon ben c'est ok pour moi on y va
R 0 neutral | comment on fait pour officialiser
I + happy | ça va nous changer la vie
H 0 neutral | je préfère attendre un peu
D 0 neutral | je dois faire valider par le service achats
X 0 neutral | pardon j'ai pas entendu
F - annoyed | c'est toujours la même chose avec vous
B 0 neutral | faut que ça reste sous les dix mille
"""


def parse(block, lang, speaker):
    rows = []
    for line in block.strip().splitlines():
        head, text = line.split(" | ", 1)
        parts = head.split()
        labels, sentiment = parts[0], parts[1]
        emotion = parts[2] if len(parts) > 2 else "neutral"
        expected = [] if labels == "0" else [S[c] for c in labels]
        rows.append({"text": text, "speaker": speaker, "sentiment": SENT[sentiment],
                     "emotion": emotion, "lang": lang, "expected": expected})
    return rows


rows = (parse(EN, "en", "client") + parse(EN2, "en", "client") + parse(EN3, "en", "client") + parse(EN_AGENT, "en", "agent")
        + parse(FR2, "fr", "client") + parse(FR3, "fr", "client")
        + parse(FR, "fr", "client") + parse(FR_AGENT, "fr", "agent"))
out = pathlib.Path(__file__).resolve().parent.parent / "tests/data/analyzer_callspeech_dev.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
print(len(rows), "lines")
