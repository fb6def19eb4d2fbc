"""Writes the analyzer's call-speech training and validation sets:
tests/data/analyzer_callspeech_train.jsonl (batches 1 and 2) and
tests/data/analyzer_callspeech_valid.jsonl (batch 3, new phrasings written after the
training batches). Hand-written sales/support call utterances (ASR-style transcripts,
typos, franglais, idioms, understatement, sarcasm, negations, agent turns), in the
notation of scripts/dev_set.py:

    LABELS SENTIMENT emotion | text

LABELS is 0 (no signal) or letters from S; SENTIMENT is -, 0 or +. Each block has a
language and a speaker. Running it also checks the files (keys, values, duplicates
within and across files and against the dev and labelled sets) and prints counts."""
import collections, json, pathlib

S = {"P": "price_objection", "B": "budget", "C": "competitor", "U": "urgency",
     "D": "decision_maker", "X": "confusion", "I": "strong_interest", "H": "hesitation",
     "F": "frustration", "R": "closing_readiness"}
SENT = {"-": "negative", "0": "neutral", "+": "positive"}

# Batch 1
B1_EN = """
P - concerned | um yeah that's that's a lot of money for what's basically a dialer
P - surprised | whoa okay i was not expecting a number with that many zeros
P - unimpressed | honestly at that price i'd want it to make the coffee too
P 0 calm | we were hoping for something closer to half of that if i'm honest
P - concerned | so uh the the per seat cost is kind of a deal breaker for us
P - concerned | I'll be honest, the quote made me wince a little.
P - concerned | thats a steep ask for a ten persn team
P - unimpressed | fifty bucks a user a month you've gotta be kidding me
P 0 neutral | if you could knock a bit off the monthly fee that'd make this a lot easier
P - concerned | its a bit on the pricey side for us tbh
P - concerned | that's not exactly pocket change is it
P - concerned | hmm and the setup fee on top of that like that's a tough pill to swallow
P - concerned | i mean for the price of this i could hire another part timer
P - worried | yeah the number's the number and it's it's just too high
P - concerned | Hard to justify that kind of spend for a pilot, to be honest.
P 0 neutral | any chance of a discount there cause that figure's a stretch
P - concerned | thats quite expesive compared to what we had in mind
P - surprised | sorry how much per month did you say oof
P - concerned | we'd be paying more for this than for our entire crm
P - unimpressed | you guys aren't cheap are you
P 0 neutral | the premium tier is a bit out of reach price wise
P - concerned | ya know for a startup like us that price is kinda brutal
B - worried | we've um we've basically spent this year's budget already
B 0 neutral | We've got about fifteen grand set aside for the whole project.
B - worried | money's tight since we lost that big client in the spring
B 0 neutral | the budget for tools gets set in january so we'd be looking at that cycle
B 0 neutral | uh who'd pay for this would it come out of it or out of ops
B 0 neutral | we're grant funded so anything we buy has to fit the grant terms
B - worried | honestly we're running on fumes financially right now
B 0 neutral | our spending cap for software is like two k a month across everything
B 0 neutral | The money would have to come out of the marketing budget, which is already stretched.
B 0 neutral | we'd need to find the funding for it first
B - concerned | there's a spending freeze till the end of the quarter
B 0 neutral | so our fiscal year starts in april that's when the new money lands
BU 0 neutral | we have a bit of leftover budget we need to use before december
B - worried | we're a nonprofit so every penny counts you know
B 0 neutral | we can probably stretch to around three hundred a month
B 0 neutral | i'd have to see if there's anything left in the training budget
B - worried | cash flow is a bit of a problem at the momment
B 0 neutral | our allocation for this line is fixed there's no wiggle room
B 0 neutral | we dont have a set budjet for this yet
B 0 neutral | it'd be coming out of our own pocket since it's just me and my partner
BD 0 neutral | the parent company holds the purse strings on anything like this
C 0 neutral | we're currently on ringcentral and it's um it's ok i guess
C 0 neutral | we've got a demo booked with another vendor next tuesday
C 0 neutral | uh our dev team reckons they could build something like this in house
C 0 curious | So how do you stack up against Gong?
C 0 neutral | the sales guys are using a free chrome extension for this right now
C 0 neutral | We've shortlisted you and two others.
C 0 neutral | we tried chorus a while back, didnt really stick
C - unimpressed | honestly the tool we already have does like ninety percent of this
C 0 neutral | i've got a proposal from another agency sitting in my inbox
C 0 neutral | what would make us switch from zendesk talk though
C 0 neutral | were also looking at freshcaller just so you know
C 0 neutral | we kind of cobbled something together with zapier and google sheets
C 0 neutral | our sister company uses one of your competitors and swears by it
C 0 neutral | last year we ran a pilot with a different provider
CP - unimpressed | aircall gave us the same thing for like two thirds of the price
CP - concerned | we pay half that with our current provider so it's a hard sell
CU 0 neutral | our contract with the current vendor auto renews on the fifteenth so we'd have to move before that
C 0 neutral | I need to compare your offer with the one we got from Talkdesk.
CF - annoyed | we're only looking because our current provider keeps dropping calls
C 0 neutral | uh the thing is microsoft already bundles something similar in our licence
C 0 curious | what does your tool do that salesloft doesn't
U - stressed | we have the audit in march so this needs to be live before then
U 0 neutral | Ideally we'd want to be up and running by the first of the month.
U - stressed | honestly it's kind of a fire drill over here we need it asap
U 0 neutral | black friday is six weeks away so the clock's ticking
U - stressed | um we're we're really pressed for time on this one
U 0 neutral | if it can't be done before the holidays it's not much use to us
U 0 neutral | Our new hires start on the 12th and they need the tool from day one.
U - worried | the regulator wants call recording in place by q2 so there's no slack
U 0 neutral | how fast can you turn the onbaording around
U 0 neutral | we'd need it like last week to be honest
U - stressed | my boss wants this sorted by end of week
U 0 neutral | can we do a go live before the end of the quarter
U 0 neutral | the timeline's pretty tight we open the new site in three weeks
U - stressed | every week without this we're losing leads
U 0 neutral | we'd need the integration done in time for the campaign launch
U 0 neutral | is there an express onboarding option cause we're kind of in a hurry
U 0 neutral | we need to get this done before our busy season kicks in in may
U - stressed | the deadline isn't moving so neither can we
U 0 neutral | Time is of the essence here.
UD 0 neutral | it has to be approved before the board meets on the 20th
D 0 neutral | I'd have to run it past our head of ops first.
D 0 neutral | uh at the end of the day it's it's the ceo's call
DC 0 neutral | procurement has to get three quotes before anything gets signed
D 0 neutral | legal will want to go through the dpa before we commit
D 0 neutral | I'm just gathering info, my manager makes the final call.
D 0 neutral | my co founder needs to be on board too
D 0 neutral | this'll have to go through our it security review
BD 0 neutral | any contract over ten k needs sign off from the finance director
BD 0 neutral | let me loop in sarah she owns the budget for this
D 0 neutral | i can recommend it but i can't sign it
D 0 neutral | the owners are pretty hands on so they'll want to see it themselves
D 0 neutral | we'd need the regional director to give it the thumbs up
D 0 neutral | could you do the demo again for my boss next week
D 0 neutral | its not up to me unfortunatly
D 0 neutral | the board has too approve any new vendor
D 0 neutral | um i'll have to check with the powers that be
D 0 neutral | our purchasing department handles all of that side
D 0 neutral | the head of customer service is the one you really need to convince
D - concerned | honestly my hands are tied until my director weighs in
DH 0 hesitant | i'm not sure yet and anyway i'd need to talk to my business partner
X 0 confused | sorry i'm not sure i understand the difference between the two plans
X 0 confused | wait so is the ai thing included or is that extra
X 0 confused | um you lost me at the the routing part
X 0 confused | Could you go over the seat thing one more time?
X 0 puzzled | so hang on what exactly am i paying for each month
X 0 confused | i dont get what you mean by concurent users
X 0 confused | sorry can you say that again the line's a bit choppy
X 0 puzzled | im a bit lost with all the acronyms tbh
X 0 confused | how does that fit with what we already have i'm not following
X 0 confused | uh what's the difference between a workspace and a team again
X 0 confused | that's a lot of jargon can you put it in plain english
X 0 confused | wait does the price include the phone numbers or not
X 0 confused | I'm confused, is it monthly or annual billing?
X 0 puzzled | sorry which bit is the integration and which bit is your product
X 0 confused | so what happens to our old recordings i don't quite get it
X 0 confused | hmm i'm not sure i follow how the scoring works
X 0 confused | Sorry, I think I missed something. Who sets up the numbers?
X 0 confused | ok you're gonna have to explain that like i'm five
X 0 confused | wait what does that actually mean for my team day to day
XF - frustrated | i've read your pricing page three times and i still can't make sense of it
I + excited | oh that's that's brilliant that's exactly the bit we've been missing
I + happy | honestly the live coaching thing is the best thing i've seen all year
I + excited | wow ok yeah i want that
I + happy | the team is going to go nuts for this
I + happy | This solves literally our biggest headache.
I + excited | oh my god the auto summary is amazing
I + happy | I'm really impressed with how simple it is!
I + happy | yeah we'd definitely use that every single day
I + excited | ok you had me at the crm sync
CI + happy | this is so much better than what we've got now
I + happy | thats realy cool i like it alot
I + happy | i can already see my reps loving this
I + excited | that's a huge win for us honestly
I + happy | this ticks every box on our list
I + happy | i'm genuinely excited about this
I + happy | love how clean the interfce is
I + happy | that feature alone would pay for itself
IR + excited | this is perfect how soon can we get going
IU + excited | we love it we just need it before the summer rush
I + happy | yes yes that's exactly how we work
H 0 hesitant | um i'm i'm not sure we're quite there yet
H 0 hesitant | let me chew on it over the weekend
H 0 hesitant | i don't know it feels like a big commitment
H 0 neutral | We'll probably hold off until we've finished the migration.
H 0 hesitant | i can see it's a good product i'm just not sure it's for us
H 0 hesitant | honestly i'm still sitting on the fence
H - skeptical | i'm not convinced my team will actually use it
H 0 hesitant | it's not that it's expensive we just can't see the return yet
H 0 hesitant | Let's put a pin in it for now.
H 0 neutral | we'll see maybe after the summer
H - skeptical | i'm not sure the roi numbers you're quoting are realistic
H 0 hesitant | we're not ready to commit just yet
H 0 hesitant | i need a bit more time too think it through
H 0 hesitant | hmm maybe i dunno
H 0 hesitant | i'm not sure its worth the hassle of switching
H 0 neutral | can we revisit this in a couple of months
H 0 hesitant | part of me likes it part of me thinks we don't need it
H 0 hesitant | sounds nice on paper but i'd want to see it in action first
H - skeptical | i've heard these promises before to be honest
H 0 hesitant | i'm kinda lukewarm on it right now
HB 0 hesitant | maybe next year when we've got more budget
HP - hesitant | it's a lot of money and i'm not sure we'd use half of it
H - sarcastic | oh wonderful another dashboard for my team to ignore
F - annoyed | this is the fourth call about the same bloody issue
F - angry | look i've had enough of being passed from one person to the next
F - frustrated | your onboarding has been a total mess from day one
F - annoyed | stop sending me emails every two days please
F - frustrated | um we've been waiting three weeks for someone to fix the export
F - angry | this is ridiculous we're paying for something that doesn't work
F - annoyed | I really don't appreciate being chased like this.
F - frustrated | every time you push an update something else breaks
F - annoyed | i'm tired of repeating myself honestly
F - angry | seriously what am i even paying you for
F - frustrated | its the same problem again and again and again
F - annoyed | yeah no i'm not in the mood for another sales pitch
F - frustrated | we were promissed this would be fixed last month
F - annoyed | You guys are impossible to get hold of.
F - angry | i'm about this close to cancelling
F - frustrated | the app crashed in the middle of a call with a customer again
F - annoyed | ugh not this again
F - frustrated | nobody on your side seems to know what the other hand is doing
F - annoyed | this whole process has been painfully slow
FX - frustrated | i have no idea what this invoice is for and nobody can tell me
F - sarcastic | yeah sure because what we really need is more notifications
R + happy | ok let's go ahead send me the order form
R + happy | right you've sold me where do we sign
R 0 neutral | can you put together the contract for fifteen seats
R + happy | if you can get the paperwork to us by thursday we'll sign friday
R 0 neutral | What do you need from me to get the account set up?
R + happy | yep we're ready to move forward
R + happy | let's lock it in
R 0 neutral | send the invoice to accounts and we'll get it paid
R + happy | great can we kick off onboarding next monday
R + happy | we'll take the anual plan
R 0 neutral | who do i send the signed copy back to
R + happy | alright alright let's do this
R + happy | yeah go on then put us down for it
R 0 neutral | Could you send me a DocuSign link?
R + happy | deal
R + happy | okay we're on board, what are the next steps
R 0 neutral | we'd like to start with the team plan and scale up later
R + happy | consider it done i'll sign tonight
BR 0 neutral | we can do the three hundred a month so let's go
DR 0 neutral | as soon as my boss signs off we're good to go
PD - concerned | it's pricey and i'd still have to sell it to my boss
PU - stressed | we need it fast but not at that price
PB - worried | that's well beyond what we've got to spend
CH 0 hesitant | i'm not sure we'd gain much over what we've got now
FU - frustrated | we've been waiting for weeks and we go live on monday
UR + happy | let's sign today so we can start before the deadline
IP 0 neutral | i love it i really do but the price is just too high
HD 0 hesitant | let me sleep on it and talk it over with my director
BD 0 neutral | the cfo holds the budget so it's really her decision
XH 0 confused | i don't really get how it'd help us so i'm not sure
0 0 neutral | yeah hi can you hear me ok
0 0 neutral | sorry my dog's barking one sec
0 0 neutral | we've got about sixty agents spread over two sites
0 0 neutral | um do you integrate with our crm
0 0 neutral | how does the call recording storage work
0 0 neutral | the price isn't really a concern for us
0 0 neutral | honestly cost is not the issue here
0 0 calm | no rush at all we're just exploring
0 0 neutral | i make the decisions around here so it's just me
0 0 neutral | nope that's all clear thanks
0 + amused | ha yeah mondays am i right
0 0 neutral | we mostly do outbound for renewals
0 0 neutral | can you show me the reporting screen again
0 0 neutral | it's cheaper than i expected actually
0 0 neutral | we don't use anything for this at the moment
0 0 neutral | there's no real deadline we're just planning ahead
0 0 neutral | sure go ahead
0 0 neutral | mm hmm
0 0 neutral | right ok
0 0 curious | What kind of support do you offer on weekends?
0 0 neutral | Is the data hosted in the EU?
0 0 neutral | i'm not confused just making sure i heard right
0 0 neutral | we'd be about twenty users at the start
0 0 neutral | uh sorry i'm driving so i might cut out
0 + happy | thanks that was really helpful
0 0 neutral | can you send me the slides after the call
0 0 neutral | we're a mid sized logistics firm about three hundred people
0 0 neutral | i'm the head of support so i look after the agents
0 0 neutral | whats the minimum contract length
0 0 curious | do u have a free trial
0 0 neutral | our agents work in english and spanish
0 0 neutral | okay got it per user per month
0 0 calm | i'm not annoyed at you it's just been a long day
0 + amused | yeah the weather's been awful here too
0 0 neutral | we don't have any approval process it's just me
0 0 neutral | it's not urgent but it's on the list
0 0 neutral | that's fair enough
0 0 neutral | i think that answers my question
0 0 neutral | can you remind me of your name sorry
0 0 neutral | we handle mostly billing questions on the phone, some tech stuff
0 0 neutral | we're not looking at anyone else you're the only one
0 0 neutral | our team lead will join in five minutes
0 0 curious | So the dashboard updates in real time?
0 0 neutral | cool cool
0 0 neutral | what does the setup look like on our side
0 0 neutral | we work nine to five mostly
0 0 curious | How many languages does the transcription support?
0 + calm | The price seems fair for what you get.
0 + happy | ha no worries at all
0 0 neutral | it isn't that i don't understand, i just want it in writing
0 0 calm | we're not in a rush, q3 is fine
0 0 neutral | um let me just grab a pen
0 0 neutral | yeah that's what i thought
0 0 neutral | can you share your screen again
0 0 neutral | we had an issue with the old phones but that's sorted now
0 0 curious | so how many customers do you have in our sector
0 0 neutral | recieved your email this morning by the way
0 0 neutral | our supervisers mostly work from the office
"""

B1_EN_AGENT = """
0 0 neutral | so the standard plan comes in at thirty nine per user per month
0 0 calm | totally understand, let me walk you through it again
0 0 neutral | do you have a rough budget you're working with
0 0 neutral | who else would be involved in signing this off
0 0 curious | what are you using today for call recording
0 0 neutral | is there a date you need this live by
0 + confident | a lot of our customers came over from the bigger players
0 + happy | i'll send the contract over this afternoon
0 0 apologetic | i'm really sorry about the wait you've had
0 0 neutral | just to check you said sixty seats right
0 + happy | that's great to hear
0 0 neutral | um so basically the the ai listens and suggests replies
0 0 neutral | we can do ten percent off on the annual plan
0 0 neutral | would it help if i joined a call with your cfo
0 0 calm | no pressure at all take your time
0 0 calm | i hear you on price let me see what i can do
0 0 curious | how does your team handle escalations today
0 + confident | honestly we usually come in cheaper than what people pay now
0 0 neutral | shall i book a follow up for next thursday
0 0 neutral | so uh yeah that's pretty much the tour
0 0 calm | I understand it's a big decision.
0 0 neutral | our onboarding usually takes about two weeks
0 0 curious | what would make this a no brainer for you
0 0 neutral | the contract is twelve months with a thirty day notice
0 0 neutral | let me know if anything is unclear
X 0 confused | sorry i didn't quite get that did you say fifteen or fifty agents
0 0 neutral | is the end of march a hard deadline for you
0 0 calm | we've had a lot of clients who were worried about cost at first
F - frustrated | honestly i'm frustrated too we've escalated this twice on our side
"""

B1_FR = """
P - concerned | ouais euh c'est quand même une sacrée somme pour ce que c'est
P - surprised | ah ouais quand même c'est chaud niveau prix
P - concerned | bah franchement ça pique un peu là
PB - concerned | à ce prix-là on peut pas suivre
P - unimpressed | c'est pas donné votre truc hein
P 0 neutral | on pensait plutôt à la moitié de ça honnêtement
P - concerned | honestly c'est cher pour une boîte de notre taille
P - concerned | le pricing est un peu too much pour nous
P - concerned | euh le tarif par utilisateur ça fait vite grimper la note
P 0 neutral | Vous pouvez faire un geste sur le prix ?
P - concerned | c'est un peu raide quand même
P - concerned | ça fait cher la minute d'appel
P - unimpressed | franchement c'est abusé comme prix
P - concerned | cest trop chere pour nous la
P - surprised | combien ?? ah ouais d'accord c'est costaud
P - concerned | les frais de mise en place en plus ça fait beaucoup
P - concerned | ca commence a chiffrer serieusement
P 0 neutral | il faudrait descendre un peu pour que ça passe
B - worried | on a pas un rond en ce moment
B 0 neutral | on a une enveloppe d'environ quinze mille pour l'année
B 0 neutral | euh le budget informatique est voté en décembre
B - worried | la treso est dans le rouge depuis l'ete
B 0 neutral | faut voir si ça rentre dans le budget formation
B 0 neutral | on est financés par une subvention donc c'est encadré
B - worried | on est une asso on compte chaque euro
B 0 neutral | on peut mettre grand max deux cents euros par mois
B 0 neutral | ça irait sur quelle ligne budgétaire chez nous ça
B - worried | les budgets sont gelés jusqu'à nouvel ordre
B 0 neutral | on aura du budget qu'en début d'exercice
B 0 neutral | en fait c'est notre client final qui paye l'outil
B 0 neutral | notre budjet marketing est deja bien entamé
B 0 neutral | du coup on a genre cinq k à mettre max
B - worried | on a pas les fonds pour l'instant faut être honnête
BD 0 neutral | le budget c'est la maison mère qui le gère
BU 0 neutral | il nous reste du budget à consommer avant le 31 décembre
C 0 neutral | on est chez aircall en ce moment et ça se passe bien
C 0 neutral | euh on a un rendez-vous avec un autre éditeur jeudi
C 0 neutral | notre dsi pense qu'on pourrait le développer nous-mêmes
C 0 curious | vous vous situez comment par rapport à ringover
C 0 neutral | On a déjà reçu deux devis d'autres prestataires.
C 0 neutral | on bricole avec un fichier excel et des macros pour l'instant
C 0 neutral | on a teste un concurent l'an dernier
C 0 neutral | en fait on compare trois offres en ce moment
C 0 neutral | on utilise le module téléphonie de zendesk aujourd'hui
C 0 neutral | une boîte nous a démarchés avec une offre similaire
C 0 curious | c'est quoi votre plus par rapport à ce qu'on a déjà
CP - unimpressed | chez l'autre presta c'était quasi moitié prix
CP - concerned | on paye deux fois moins aujourd'hui avec notre solution actuelle
CU 0 neutral | notre abonnement actuel s'arrête fin juin faut qu'on ait basculé avant
CF - annoyed | on veut quitter notre fournisseur actuel il nous lâche tout le temps
C 0 neutral | le concurrent propose un essai gratuit de trente jours
C 0 neutral | on a un prestataire historique qu'on connaît bien
U - stressed | c'est pour hier en fait
U 0 neutral | faut que ce soit en place avant l'audit de mars
U - stressed | on a un deadline serré là
U 0 neutral | on ouvre le nouveau plateau dans trois semaines
U - stressed | euh c'est assez chaud niveau timing
U 0 neutral | il faut que ça tourne avant les soldes
U 0 neutral | vous pouvez faire la mise en place en combien de temps parce que ça urge
U - stressed | on a zéro marge sur le planning
U 0 neutral | idéalement on démarre lundi prochain
U 0 neutral | la réglementation change au premier janvier donc faut être prêts
U - stressed | Le temps presse vraiment.
U 0 neutral | on peut accélérer l'installation
U 0 neutral | faut que ca soit pret pour la rentrée sans faute
U - stressed | chaque semaine qui passe on perd des clients
U 0 neutral | c'est un peu la course en ce moment il nous faut ça vite
UD 0 neutral | faut que la direction valide avant le comité du 15
D 0 neutral | je dois voir ça avec mon associé avant
D 0 neutral | C'est la direction générale qui tranche.
D 0 neutral | euh faut que ça passe par les achats
D 0 neutral | le juridique doit relire le contrat avant
D + neutral | moi je suis convaincu mais c'est pas moi qui signe
D 0 neutral | il faudrait refaire la démo pour mon directeur
D 0 neutral | je vais en parler au codir mardi
D 0 neutral | c'est ma n plus un qui a la main là-dessus
D 0 neutral | la dsi doit donner son feu vert
D 0 neutral | faut que je consulte mon boss avant de m'engager
D 0 neutral | mon patron a le dernier mot la dessus
D 0 neutral | ça doit passer en conseil d'administration
D 0 neutral | le dpo va vouloir jeter un oeil avant
D 0 neutral | je remonte l'info à ma hiérarchie et je vous dis
D 0 neutral | c'est pas de mon ressort malheureusement
BD 0 neutral | au-dessus de cinq mille euros c'est le daf qui valide
X 0 confused | euh attendez j'ai pas tout suivi là
X 0 confused | c'est quoi la différence entre le pack pro et le pack business
X 0 confused | pardon vous pouvez reprendre la partie sur les intégrations
X 0 confused | je comprend pas bien ce qui est inclu
X 0 puzzled | du coup c'est mensuel ou annuel je suis perdu
X 0 confused | Ça veut dire quoi, concrètement, pour mes équipes ?
X 0 confused | j'ai pas capté le truc des utilisateurs simultanés
X 0 confused | vous pouvez m'expliquer comme si j'avais cinq ans
X 0 confused | attendez c'est le même outil ou c'est deux trucs différents
X 0 puzzled | je suis un peu paumé avec tous ces termes
X 0 confused | hein je vois pas le rapport
X 0 confused | j'ai du mal à comprendre comment ça s'articule avec notre standard
X 0 confused | pardon ça a coupé vous disiez quoi
X 0 confused | jai pas compri la partie sur la facturation
XF - frustrated | ça fait trois fois qu'on m'explique et je comprends toujours pas
X 0 confused | euh comment ça marche pour les numéros
I + excited | ah mais c'est génial ça
I + happy | j'adore le tableau de bord
I + excited | wow c'est exactement ce qu'il nous faut
I + happy | franchement je suis bluffé
I + happy | mes equipes vont adorer
I + happy | ça c'est vraiment top
I + excited | oh trop bien la transcription en direct
I + happy | c'est pile poil ce qu'on cherchait
I + happy | ça va nous faire gagner un temps fou
I + happy | honnêtement c'est canon
I + happy | j'ai vraiment un coup de coeur pour l'outil
I + happy | c'est super intéressant ce que vous faites
I + excited | ah ouais carrément ça c'est ouf
I + happy | cest vraiment genial votre truc
IR + excited | j'adore on signe quand
CI + happy | c'est cent fois mieux que ce qu'on a aujourd'hui
H 0 hesitant | faut voir hein
H 0 hesitant | je sais pas trop si c'est le bon moment
H 0 hesitant | Laissez-moi réfléchir un peu.
H 0 hesitant | euh bof je suis pas encore convaincu
H 0 hesitant | ça a l'air bien mais je suis pas sûr qu'on en ait besoin
H 0 hesitant | c'est pas que c'est cher c'est qu'on voit pas encore l'intérêt
H 0 neutral | on va attendre la fin du projet en cours
H - skeptical | j'ai un peu de mal à voir le retour sur investissement
H 0 hesitant | on se laisse quelques semaines pour réfléchir
H 0 hesitant | je suis partagé honnetement
H 0 hesitant | on n'est pas prêts à signer pour l'instant
H 0 hesitant | hmm à voir
H - skeptical | je doute que mes gars s'en servent vraiment
H 0 hesitant | on verra ça à la rentrée peut-être
H 0 hesitant | je suis pas persuadé que ça vaille le coup de changer
HD 0 hesitant | je sais pas faut que j'en discute avec mon associée
H - sarcastic | ah oui bien sûr encore un outil miracle
F - annoyed | ça fait quatre fois que j'appelle pour la même chose
F - angry | c'est du grand n'importe quoi
F - annoyed | Arrêtez de m'appeler tous les deux jours, s'il vous plaît.
F - frustrated | on attend le correctif depuis trois semaines
F - annoyed | franchement j'en ai ras le bol
F - angry | on paye pour un truc qui marche pas
F - frustrated | à chaque mise à jour y a un truc qui casse
F - annoyed | je commence a perdre patiance
F - annoyed | personne chez vous est capable de me répondre
F - frustrated | c'est toujours la même galère avec votre support
F - angry | là vous abusez vraiment ça fait un mois qu'on attend
F - annoyed | j'en ai marre de répéter la même chose
F - frustrated | l'appli a encore planté en plein appel
F - annoyed | pfff encore
F - annoyed | c'est lourd franchement
F - angry | je suis à deux doigts de résilier
F - sarcastic | génial encore un mot de passe à retenir
R + happy | bon ben c'est parti envoyez-moi le bon de commande
R + happy | ok on y va
R 0 neutral | vous me faites le contrat pour vingt postes
R + happy | si vous m'envoyez les papiers d'ici jeudi on signe vendredi
R 0 neutral | qu'est-ce qu'il vous faut pour ouvrir le compte
R + happy | c'est validé de notre côté
R + happy | On part sur l'offre annuelle.
R 0 neutral | je vous renvoie le contrat signé à qui
R + happy | allez banco
R 0 neutral | vous pouvez m'envoyer le lien docusing
R + happy | ça marche on prend
R + happy | on peut lancer l'onboarding la semaine prochaine
R + happy | top on se lance
R 0 neutral | envoyez la facture à la compta on règle ça
R + happy | c'est bon pour moi on signe
DR 0 neutral | dès que mon patron valide on signe
PD - concerned | c'est cher et de toute façon faut que ça passe par mon directeur
PB - worried | ça dépasse largement ce qu'on peut mettre
HP 0 hesitant | c'est une grosse somme je suis pas sûr qu'on s'en serve assez
IP 0 neutral | j'adore vraiment mais le prix est trop élevé
FU - frustrated | on attend depuis des semaines et on lance lundi
UR + happy | signons aujourd'hui comme ça on démarre avant la date limite
CH 0 hesitant | je suis pas sûr qu'on gagne grand chose par rapport à notre outil actuel
XH 0 confused | je vois pas trop comment ça nous aiderait donc j'hésite
0 0 neutral | allô vous m'entendez bien
0 0 neutral | pardon je vous mets sur haut-parleur
0 0 neutral | on a une soixantaine de téléconseillers
0 0 curious | est-ce que ça s'intègre avec notre crm
0 0 neutral | le prix c'est pas ce qui me gêne
0 + calm | honnêtement le tarif est raisonnable
0 0 calm | rien ne presse on se renseigne
0 0 neutral | c'est moi qui prends les décisions ici
0 0 neutral | ok c'est clair merci
0 0 neutral | on fait surtout de la relance clients
0 0 neutral | vous pouvez me remontrer l'écran des stats
0 0 neutral | c'est moins cher que ce que je pensais
0 0 neutral | on n'utilise rien pour ça aujourd'hui
0 0 neutral | pas de date butoir c'est pour anticiper
0 0 neutral | allez-y je vous écoute
0 0 neutral | mmh
0 0 neutral | d'accord ok
0 0 neutral | ouais ok ça marche
0 0 neutral | Les données sont hébergées en France ?
0 0 neutral | je suis pas perdu je vérifie juste
0 0 neutral | on serait une vingtaine d'utilisateurs au début
0 + happy | merci c'était très clair
0 0 neutral | vous pouvez m'envoyer la présentation après
0 0 neutral | on est une PME dans le transport
0 0 neutral | je m'occupe du service client
0 0 curious | vous avez un essai gratuit
0 0 neutral | c'est quoi la durée d'engagement
0 0 calm | je suis pas énervé contre vous hein c'est juste la journée
0 + amused | il fait un temps pourri ici aussi
0 0 calm | on n'est pas pressés du tout le t3 ça nous va
0 0 neutral | on compare avec personne vous êtes les seuls
0 0 neutral | ok je note
0 0 neutral | les conseillers travaillent en trois huit
0 0 curious | la transcription marche en combien de langues
0 + calm | le tarif me paraît correct pour ce que c'est
0 + amused | ah ah pas de souci
0 0 neutral | euh attendez je prends un stylo
0 0 neutral | ouais c'est ce que je pensais
0 0 neutral | vous pouvez repartager votre écran
0 0 neutral | en fait on gère surtout des réclamations
0 0 neutral | je décide seul pour ce genre d'achats
0 0 neutral | c'est pas urgent mais c'est dans les tuyaux
0 0 neutral | ça marche merci
0 0 curious | vous avez des clients dans notre secteur
0 0 neutral | bah écoutez ça me semble cohérent
0 0 curious | et pour le support c'est en français
0 0 neutral | on a eu un souci avec les anciens postes mais c'est réglé
0 0 neutral | c'est pas si cher en fait
0 0 neutral | je vous appelle pas pour le prix hein c'est pour une question technique
0 0 neutral | jai bien recu votre mail ce matin
"""

B1_FR_AGENT = """
0 0 neutral | l'offre standard est à trente-neuf euros par utilisateur et par mois
0 0 calm | je comprends tout à fait je vous réexplique
0 0 neutral | vous avez une idée du budget
0 0 neutral | qui d'autre intervient dans la décision
0 0 curious | vous utilisez quoi aujourd'hui pour enregistrer les appels
0 0 neutral | vous avez une date de mise en service en tête
0 + confident | beaucoup de nos clients viennent de chez la concurrence
0 + happy | je vous envoie le contrat cet après-midi
0 0 apologetic | désolé pour l'attente vraiment
0 0 neutral | juste pour être sûr vous avez dit soixante postes
0 + happy | ravi de l'entendre
0 0 neutral | euh en gros l'ia écoute et propose des réponses
0 0 neutral | on peut faire moins dix pour cent sur l'annuel
0 0 neutral | je peux participer à un appel avec votre daf si ça aide
0 0 calm | aucune pression prenez votre temps
0 0 calm | j'entends pour le prix je vais voir ce que je peux faire
0 0 curious | comment vous gérez les escalades aujourd'hui
0 + confident | en général on est moins chers que ce que les gens payent
0 0 neutral | je vous cale un point jeudi prochain
0 0 neutral | voilà pour le tour du propriétaire
0 0 calm | je comprends que ce soit une grosse décision
0 0 neutral | la mise en place prend deux semaines en moyenne
0 0 neutral | le contrat est sur douze mois avec un préavis d'un mois
0 0 neutral | n'hésitez pas si quelque chose n'est pas clair
X 0 confused | pardon j'ai mal compris vous avez dit quinze ou cinquante
0 0 neutral | la date de fin mars c'est ferme pour vous
0 0 calm | beaucoup de clients avaient peur du coût au début
"""

BATCH1 = [(B1_EN, "en", "client"), (B1_EN_AGENT, "en", "agent"),
          (B1_FR, "fr", "client"), (B1_FR_AGENT, "fr", "agent")]
BATCH2 = []
BATCH3 = []


def parse(block, lang, speaker):
    rows = []
    for line in block.strip().splitlines():
        head, text = line.split(" | ", 1)
        labels, sentiment, emotion = head.split()
        expected = [] if labels == "0" else [S[c] for c in labels]
        rows.append({"text": text, "speaker": speaker, "sentiment": SENT[sentiment],
                     "emotion": emotion, "lang": lang, "expected": expected})
    return rows


def rows_of(blocks):
    return [r for block, lang, speaker in blocks for r in parse(block, lang, speaker)]


ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "tests/data"
FILES = {"analyzer_callspeech_train.jsonl": rows_of(BATCH1) + rows_of(BATCH2),
         "analyzer_callspeech_valid.jsonl": rows_of(BATCH3)}


def check():
    keys = ["text", "speaker", "sentiment", "emotion", "lang", "expected"]
    seen = {}
    for ref in ("analyzer_callspeech_dev.jsonl", "analyzer_labelled.jsonl"):
        for line in (DATA / ref).read_text().splitlines():
            seen[json.loads(line)["text"].strip().lower()] = ref
    for name, rows in FILES.items():
        if not rows:
            continue
        counts = collections.Counter()
        per_lang = collections.Counter()
        for n, line in enumerate((DATA / name).read_text().splitlines(), 1):
            r = json.loads(line)
            assert list(r) == keys, (name, n, list(r))
            assert r["speaker"] in ("client", "agent") and r["lang"] in ("en", "fr")
            assert r["sentiment"] in SENT.values() and r["emotion"].isalpha()
            assert isinstance(r["text"], str) and r["text"].strip()
            assert len(set(r["expected"])) == len(r["expected"])
            assert all(s in S.values() for s in r["expected"]), (name, n)
            key = r["text"].strip().lower()
            assert key not in seen, (name, n, r["text"], seen.get(key))
            seen[key] = name
            counts.update(r["expected"] or ["(none)"])
            per_lang.update((s, r["lang"]) for s in r["expected"])
            counts["speaker:" + r["speaker"]] += 1
            counts["lang:" + r["lang"]] += 1
        print(f"{name}: {n} lines")
        for s in list(S.values()) + ["(none)"]:
            print(f"  {s:18} {counts[s]:4}   en {per_lang[(s, 'en')]:3}  fr {per_lang[(s, 'fr')]:3}")
        print("  " + "  ".join(f"{k}={v}" for k, v in sorted(counts.items()) if ":" in k))


for name, rows in FILES.items():
    if rows:
        (DATA / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
check()
