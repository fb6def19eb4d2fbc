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
from data_notation import rows_of, write_and_check

# Batch 1
B1_EN = """
P - concerned | um yeah that's that's a lot of money for what's basically a dialer
P - surprised | whoa okay i was not expecting a number with that many zeros
P - unimpressed | honestly at that price i'd want it to make the coffee too
P 0 calm | if i'm honest we'd pencilled in about half of that
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
X 0 confused | concurent users i dont get that bit
X 0 confused | sorry can you say that again the line's a bit choppy
X 0 puzzled | im a bit lost with all the acronyms tbh
X 0 confused | how does that fit with what we already have i'm not following
X 0 confused | uh what's the difference between a workspace and a team again
X 0 confused | that's a lot of jargon can you put it in plain english
X 0 confused | wait does the price include the phone numbers or not
X 0 confused | I'm confused, is it monthly or annual billing?
X 0 puzzled | sorry which bit is the integration and which bit is your product
X 0 confused | so what happens to our old recordings i don't quite get it
X 0 confused | hmm the scoring thing went over my head how does it work
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
H 0 hesitant | i don't know committing to this feels like a big step
H 0 neutral | We'll probably hold off until we've finished the migration.
H 0 hesitant | i can see it's a good product i'm just not sure it's for us
H 0 hesitant | honestly i'm still sitting on the fence
H - skeptical | i'm not convinced my team will actually use it
H 0 hesitant | honestly the cost is fine it's the payoff i can't picture yet
H 0 hesitant | Let's put a pin in it for now.
H 0 neutral | we'll see maybe after the summer
H - skeptical | i'm not sure the roi numbers you're quoting are realistic
H 0 hesitant | we're not ready to commit just yet
H 0 hesitant | i need a bit more time too think it through
H 0 hesitant | hmm maybe i dunno
HC 0 hesitant | i'm not sure its worth the hassle of switching
H 0 neutral | can we revisit this in a couple of months
H 0 hesitant | part of me likes it part of me thinks we don't need it
H 0 hesitant | sounds nice on paper but i'd want to see it in action first
H - skeptical | i've heard these promises before to be honest
H 0 hesitant | i'm kinda lukewarm on it right now
HB 0 hesitant | maybe next year when we've got more budget
HP - hesitant | it's a lot of money and i'm not sure we'd use half of it
H - sarcastic | oh wonderful another dashboard for my team to ignore
F - annoyed | four calls now same bloody issue every time
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
R 0 neutral | What paperwork do you need on our end to open the account?
R + happy | yep count us in we're moving ahead
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
0 0 neutral | where do the call recordings actually get stored
0 0 neutral | we've got no quarrel with the pricing
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
P - concerned | le pricing il est clairement too much pour une équipe de cinq
P - concerned | euh le tarif par utilisateur ça fait vite grimper la note
P 0 neutral | Un petit geste commercial sur le prix, c'est envisageable ?
P - concerned | ouille c'est raide
P - concerned | ça fait cher la minute d'appel
P - unimpressed | franchement c'est abusé comme prix
P - concerned | cest bien trop chere pour ce qu'on fait la
P - surprised | combien ?? ah ouais d'accord c'est costaud
P - concerned | les frais de mise en place en plus ça fait beaucoup
P - concerned | ca commence a chiffrer serieusement
P 0 neutral | il faudrait descendre un peu pour que ça passe
B - worried | on a pas un rond en ce moment
B 0 neutral | on a environ quinze mille de côté pour l'année
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
D 0 neutral | la dsi doit valider de son côté
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
I + excited | ah mais attendez c'est génial ce truc
I + happy | j'adore comment le tableau de bord est foutu
I + excited | wow ça coche toutes nos cases
I + happy | franchement je suis bluffé
I + happy | mes equipes vont adorer
I + happy | ça c'est vraiment top
I + excited | oh trop bien la transcription en direct
I + happy | c'est pile poil ce qu'on cherchait
I + happy | ça va nous libérer un temps énorme
I + happy | honnêtement c'est canon
I + happy | j'ai vraiment un coup de coeur pour l'outil
I + happy | c'est super intéressant ce que vous faites
I + excited | ah ouais carrément ça c'est ouf
I + happy | cest vraiment genial votre truc
IR + excited | j'adore on signe quand
CI + happy | c'est cent fois mieux que ce qu'on a aujourd'hui
H 0 hesitant | bah ça reste à voir hein
H 0 hesitant | le timing me paraît pas idéal pour nous là
H 0 hesitant | Laissez-moi réfléchir un peu.
H 0 hesitant | euh bof ça me parle pas plus que ça pour l'instant
H 0 hesitant | ça a l'air bien mais je suis pas sûr qu'on en ait besoin
H 0 hesitant | c'est pas que c'est cher c'est qu'on voit pas encore l'intérêt
H 0 neutral | on va attendre la fin du projet en cours
H - skeptical | j'ai un peu de mal à voir le retour sur investissement
H 0 hesitant | on se laisse quelques semaines pour réfléchir
H 0 hesitant | honnetement je suis assez partagé sur le sujet
H 0 hesitant | on n'est pas prêts à signer pour l'instant
H 0 hesitant | hmm à voir
H - skeptical | je doute que mes gars s'en servent vraiment
H 0 hesitant | on verra ça à la rentrée peut-être
HC 0 hesitant | je suis pas persuadé que ça vaille le coup de changer
HD 0 hesitant | je sais pas faut que j'en discute avec mon associée
H - sarcastic | ah oui bien sûr encore un outil miracle
F - annoyed | c'est mon quatrième appel pour le même souci
F - angry | c'est du grand guignol votre service
F - annoyed | Arrêtez de m'appeler tous les deux jours, s'il vous plaît.
F - frustrated | on attend le correctif depuis trois semaines
F - annoyed | franchement j'en ai ras le bol
F - angry | on paye pour un truc qui marche pas
F - frustrated | à chaque mise à jour y a un truc qui casse
F - annoyed | je commence a perdre patiance
F - annoyed | personne chez vous est capable de me répondre
F - frustrated | votre support c'est la galère à chaque fois
F - angry | là vous abusez vraiment ça fait un mois qu'on attend
F - annoyed | j'en ai marre de me répéter à chaque appel
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
R + happy | ça me va on signe
DR 0 neutral | dès que mon patron valide on signe
PD - concerned | en plus d'être cher faudra convaincre mon directeur
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
0 0 neutral | ok très bien c'est limpide
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
0 0 neutral | non non j'ai suivi je voulais juste vérifier un chiffre
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
0 0 neutral | finalement c'est plutôt raisonnable comme prix
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
0 0 calm | aucune pression de notre côté vous avez tout le temps
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

# Batch 2

B2_EN = """
P - concerned | Look, I like it, but that price is a non-starter.
P - concerned | so um yeah we we kind of choked on the number when it came through
P - unimpressed | that's daylight robbery mate
P - concerned | i was hoping you'd say a number with one less digit
P 0 neutral | could you sharpen your pencil a bit on the price
P - concerned | it's a lot for a tool that sits on top of the phones we already pay for
P - concerned | the price is defintely higher then we'd like
PD - concerned | Honestly? It's more than I'd feel comfortable putting forward.
P 0 neutral | we were thinking more like a couple hundred not a couple thousand
P - concerned | bit rich for my blood if i'm being honest
P - concerned | the extra cost for the ai module kind of kills it for me
P - surprised | wait that's per agent oh wow that adds up fast
P 0 neutral | is that the best you can do on price
P - concerned | i'm struggling with the price point here
PB - concerned | that's loads more than we budgeted
P - concerned | um the per minute charges on top of the licence that's where it gets painful
P - unimpressed | for that kind of money i'd expect someone to come and do the job for us
P - concerned | not gonna lie the price made me flinch
P 0 neutral | the pricing seems a little ambitious for our size
P - concerned | youre pricing yourselves out of the small business market honestly
P - concerned | it's it's more than we pay for our whole phone system so yeah
CP - unimpressed | Dialpad quoted us almost forty percent less for the same seats.
CP - concerned | um the in house option would cost us a fraction of that
PH - hesitant | i'm not sure it's worth that kind of money to us
PR + happy | ok if you can shave ten percent off we'll sign today
P - concerned | so the thing is right we've looked at the numbers and um with the the per seat price and then the setup and the the call minutes on top it just it just doesn't add up for a team our size you know
P - concerned | its to pricey for us at the moment
P - concerned | honestly c'est cher the whole thing is a bit much
B 0 neutral | so we've got roughly eight thousand earmarked for this
B - worried | we're between funding rounds so money's pretty tight
B 0 neutral | any spend has to come out of the it budget and that's set every april
B - worried | the budget's been cut twice this year already
B 0 neutral | I think we'd be able to find around five hundred a month.
B 0 neutral | um the money for this would come from the regional office not us
B - worried | we literally have nothing left in the pot until the new year
B 0 neutral | we budget quarterly so the next window's in july
B 0 neutral | our budjet for new software is pretty modest
B 0 neutral | can we spread the cost across two finacial years
PB - concerned | it'd eat most of our annual tooling spend
B 0 neutral | the client reimburses us for tools so it'd be billed back to them
B - worried | headcount got frozen so i doubt new tools are getting funded
B 0 neutral | we've got some innovation money we could dip into
B 0 neutral | the budget's there it's more about timing
B 0 neutral | our funding comes from the council so there's a fixed amount per year
B - worried | honestly after the refit there's not much money left for anything
B 0 neutral | we're bootstrapped so it comes straight out of revenue
BD 0 neutral | anything over a grand and i need the md to sign the cheque
BH 0 hesitant | i don't know if we can justify it in this year's budget
BR + happy | the money's approved so we can go ahead whenever you're ready
B - worried | ok so full transparency our budget got slashed in the summer and we're kind of scraping by with what we've got so i don't even know if there's room for anything new this year
B 0 neutral | our budegt is around 5k for the year
B 0 neutral | our budget is like un peu limité this year you know
C 0 neutral | we're halfway through a trial with another platform
C 0 neutral | um to be fair we're pretty happy with five9 at the moment
C 0 curious | so what's the difference between you and the big guys
CD 0 neutral | Our IT director wants to see how you compare to Genesys.
C 0 neutral | we built our own little script for this years ago
C 0 neutral | we used to be with vonage
C 0 curious | can you do what avoma does with the summaries
C 0 neutral | we're getting a couple of other quotes just to benchmark
C 0 neutral | honestly our current provider just offered us a big discount to stay
C 0 neutral | the guy from the other company said they could do it in a week
C 0 neutral | we're locked in with our current supplier til september
CH 0 hesitant | were kinda leaning toward the other option to be honest
C 0 neutral | a friend recommended cloudtalk so we're looking at them too
C 0 neutral | everyone in our industry seems to use the same old system
C 0 neutral | we'd probably keep our existing dialer and just add something on top
C - unimpressed | the other demo we saw was honestly a lot slicker
C 0 neutral | microsoft teams does calling for us already
CU 0 neutral | our current tool gets switched off at the end of the month so we need a replacement fast
CF - annoyed | we're sick of our current vendor's outages that's why we're here
CI + excited | honestly this blows the other two we looked at out of the water
CD 0 neutral | my boss wants us to stick with the current provider unless there's a really good reason
C 0 neutral | i'll have to compare this with the other proposal on my desk
C 0 neutral | were currently useing a diffrent system for call tracking
U - stressed | we're going live on the third and we still don't have anything in place
U 0 neutral | we need this before our peak which starts mid november
U - stressed | honestly we're up against the wall timewise
U 0 neutral | we need a decision this week really
U 0 curious | can you guys do same day setup
U - stressed | the new team starts monday so there's no time to waste
U 0 neutral | We need to be compliant by the end of Q1, no exceptions.
U 0 neutral | if we sign today how fast could we actually be live
U - worried | our old system is being decommissioned in ten days
U 0 neutral | we're on a tight timeframe for this one
U 0 neutral | i need it in place before i go on leave at the end of the month
U - stressed | um it's kind of urgent urgent you know
U 0 neutral | we wanna have it running before the sales kickoff in january
U 0 neutral | the sooner we can start the better tbh
U - stressed | were already behind schedule on this
U 0 curious | whats the fastest turnaround you've ever done
U 0 neutral | we've got a launch date locked in for the 1st so timing is everything
U - stressed | i need an answer today not next week
UF - frustrated | we've lost two weeks already because of the delays and the deadline hasn't moved
UH 0 hesitant | we do need something soon but i'm not sure this is it
U - stressed | so we've got the new contact centre opening in like three weeks and we still need to get forty people trained on whatever we pick so it's um it's pretty tight
U 0 neutral | we have to be up and runing before the end of next weeek
D 0 neutral | i'll need to get this in front of our finance committee
D 0 neutral | so uh my manager's the one who'll actually sign
D 0 neutral | the decision sits with head office in lyon
D 0 neutral | I'll take it to the partners' meeting on Thursday.
D 0 neutral | um our ops director will want a proper business case
D 0 neutral | we need the it team's blessing before anything
D 0 neutral | i have to get my vp's sign off its company policy
D 0 neutral | our compliance team has to review any tool that records calls
D 0 neutral | i'm not the decision maker here i just do the research
D 0 neutral | my boss is away till monday so nothing happens before then
D 0 neutral | can you put it in a one pager i can forward to my director
D 0 neutral | it'll need to go up the chain
D 0 neutral | the gm has final say on all vendor stuff
D 0 neutral | i'd have to convince my partner and she's tougher than me
D 0 neutral | our group procurement would have to onboard you as a supplier
D 0 neutral | theres a whole approval process on our end
DU 0 neutral | if i can get my director to approve it this week we can still make the deadline
DH 0 hesitant | i'm not sure my boss will go for it honestly
DP - concerned | my director will laugh at that number
HD 0 hesitant | yeah look i like what i'm seeing but um i'd want to take it back to the team and to my boss and honestly just sit with it for a bit before we go anywhere
D 0 neutral | i need to aks my manager first
D 0 neutral | i have to check with le patron first
X 0 confused | sorry is a seat the same thing as a licence or
X 0 confused | i'm a bit lost how does the ai know what to suggest
X 0 confused | hang on hang on you're going too fast for me
X 0 confused | can you run that by me again
X 0 puzzled | I'm not sure I understood the bit about overage charges.
X 0 confused | so is it a plugin or a separate app i don't get it
X 0 confused | what do you mean by sentiment scoring
X 0 confused | sorry i'm not very techy can you explain that differently
X 0 puzzled | um wait i'm confused who owns the data then
X 0 confused | that doesn't make sense to me if it's unlimited why is there a cap
X 0 confused | which plan were we talking about again
X 0 confused | im not sure what your asking sorry
X 0 confused | so do i need to buy new headsets or not im confused
X 0 confused | you said two different prices earlier which one is it
X 0 puzzled | huh
X 0 confused | what's an sdr seat sorry
X 0 confused | i think i'm missing something here
XF - frustrated | every person i talk to explains it differently i have no clue what we're actually getting
XH 0 hesitant | i'm not sure i understand it well enough to say yes
X 0 confused | sorry i didnt understnad the last part
I + excited | oh now that's clever i love that
I + happy | this is exactly the thing i pitched internally last year
IU + excited | it's brilliant and frankly we needed it last month
I + happy | yeah the reporting side is a big yes from me
I + happy | I can't wait to show this to the team.
I + excited | this is honestly the coolest thing we've seen in ages
I + happy | the transcripts are spot on wow
I + happy | that's going to save us hours every week
I + excited | oh sweet it does the follow up emails too
I + happy | it's like you built this for us specifically
I + happy | this is what we've been begging for for years
I + happy | our agents are going to love not taking notes anymore
I + happy | i'm really really keen on the coaching bit
I + happy | okay i'm officially a fan
I + happy | this is super super useful
I + happy | i'd be gutted if we didn't get this
I + excited | honestly yes yes yes
I + happy | its excactly what our managers have been asking for
IR + excited | love it let's get the contract going
IH + happy | i really love it i just need to be sure we can roll it out properly
I + happy | the live prompts are amazng honestly
H 0 hesitant | i dunno it's a lot to change for the team right now
H 0 hesitant | we're probably going to wait and see how the year goes
H 0 hesitant | I'm not fully convinced yet, to be honest.
H 0 hesitant | can i get back to you after i've had a proper think
H - skeptical | it looks good in a demo but they all do
H 0 hesitant | um let me have a look at our priorities first
H 0 hesitant | we're not quite at the point of buying anything
H 0 hesitant | i'm not saying no i'm just not saying yes either
H - skeptical | i'm not sure we'd get our money's worth
H 0 hesitant | it's on the maybe pile for now
H 0 hesitant | i'm in two minds about it
H 0 neutral | let's touch base again in the new year
H 0 hesitant | send me some info and i'll have a look when i can
H 0 hesitant | hmm not sure not sure
H - skeptical | i'd need to see some proof it actually works for teams like ours
H 0 hesitant | we've got a lot on our plate so maybe not right now
H 0 hesitant | i want to like it but something's holding me back
H 0 hesitant | honestly i cant make up my mind
HP - hesitant | the price is one thing but mostly i'm not sure we need it
H - sarcastic | sure because the last ai tool worked out so well for us
H 0 hesitant | not sure yet, need to think abuot it
F - angry | i've been transferred three times already just to get an answer
F - annoyed | you said that last time and nothing changed
F - frustrated | the integration still isn't working and it's been a month
F - annoyed | i don't have time for this honestly
F - angry | this is unacceptable we have customers waiting
F - frustrated | we keep hitting the same wall with your support team
F - annoyed | Why does every call with you turn into an upsell?
F - annoyed | i really wish someone would just listen
F - frustrated | god this is so frustrating
F - annoyed | enough with the follow up calls please
F - angry | you people never deliver on time
F - frustrated | we've lost data twice now this is a joke
F - annoyed | i'm done chasing your team for updates
F - annoyed | every single ticket gets closed without a fix
F - frustrated | ive had it up to here with the login issues
F - annoyed | not impressed at all with how this has been handled
F - angry | i want to speak to someone senior right now
F - sarcastic | oh great the system's down again what a surprise
FC - annoyed | we left our last provider for exactly this reason and now it's happening again
F - frustrated | look i've been on the phone with your support like every day this week and each time it's a different person and a different answer and nothing actually gets fixed
F - annoyed | this is the thrid time i've asked for an update
R + happy | alright send it over and i'll get it signed
R + happy | yeah let's make it happen
R 0 neutral | what's the process to get started from here
R + happy | we're happy to go ahead with the twenty seat package
R 0 neutral | can you raise the po on your end or do i need to
R + happy | cool, let's book the kickoff then
R + happy | i'm ready when you are
R 0 neutral | Please send the final contract to me and our office manager.
R + happy | we're in let's get moving on it
R 0 neutral | what card details do you need to set up billing
R + happy | go for it
R + happy | lets do the yearly one and get it sorted
R + happy | honestly just send me the link and i'll pay now
R 0 neutral | if the contract's in my inbox by tomorrow i'll countersign it
R + happy | ok you've got yourself a customer
R + happy | put us down for the pilot starting the 1st
R 0 neutral | whats the next step to make this official
BR 0 neutral | it fits our budget so let's go with it
DR + happy | my director just gave me the green light so send the paperwork
UR + happy | let's sign now so we're ready before the launch
IR + happy | this is great lets get it going
R + happy | ok yeah you know what let's just do it send me whatever i need to sign
R 0 neutral | can you send the agreemnt over today
R + happy | ok bon let's do it send the contract
0 0 neutral | hi yeah sorry i'm running a couple of minutes late
0 0 neutral | can i just check who else is on the call
0 0 neutral | we're a team of about forty in customer success
0 0 curious | does it work with softphones or just desk phones
0 + calm | the cost is fine for us honestly
0 0 calm | we're not under any time pressure
0 0 neutral | no no i can sign off on this myself
0 0 neutral | ok yep that all adds up
0 0 neutral | we're not using anything else right now it's all manual
0 0 curious | what happens if an agent leaves do we lose the seat
0 0 neutral | yeah that's clear
0 0 neutral | um our calls are mostly about ten minutes long
0 0 curious | can it flag calls for the supervisor
0 0 calm | i'm not against it at all just asking questions
0 0 neutral | sorry someone just walked in carry on
0 0 curious | do you have a uk number we can call for support
0 0 neutral | yep
0 0 neutral | ok
0 0 neutral | uh huh
0 0 calm | I'm actually not worried about the price at all.
0 0 neutral | we're not comparing you to anyone we just want to understand it
0 + happy | oh nice to meet you too
0 0 neutral | my colleague tom is on the line as well
0 0 neutral | its not that complicated i get it
0 0 curious | does the summary go into the ticket automatically
0 0 neutral | we're in the insurance space so compliance matters
0 0 curious | how do you handle gdpr requests
0 0 curious | what's the uptime like
0 0 neutral | we tend to hire a lot of temps in december
0 0 neutral | could you email me the recording of this demo
0 0 neutral | i'll be the main point of contact on our side
0 0 calm | not in a hurry at all honestly
0 0 neutral | we don't need approval from anyone for tools under that amount
0 0 neutral | no that's all my questions for now
0 0 neutral | let me just mute myself for a sec
0 0 neutral | sorry you were saying
0 0 neutral | it's actually less than what we thought it'd be
0 0 neutral | we've never used anything like this before
0 0 neutral | the team's mostly remote these days
0 0 curious | do you do training sessions or is it all videos
0 0 neutral | interesting
0 0 neutral | we moved offices last month so bear with me on the wifi
0 0 calm | dont worry none of this is aimed at you
0 0 neutral | the calls are in french and english mostly
0 0 curious | how long does the data get kept for
0 0 neutral | sure thursday works
0 0 neutral | ok so that was the analytics part what's next
0 0 neutral | we've got a fairly standard setup nothing fancy
0 0 calm | i'm not in a rush so take your time explaining
0 + amused | haha fair point
0 0 neutral | we'll have around ten managers using the reporting
0 0 curious | is there a mobile app
0 0 neutral | alright
0 0 neutral | can you spell the name of the product for me
0 0 neutral | we use jabra headsets if that matters
0 0 neutral | nah it's fine the price is what i expected
0 0 neutral | we don't really have a deadline as such
"""

B2_EN_AGENT = """
0 0 neutral | so um for a team your size it'd be around eleven hundred a month
0 0 curious | what are you hoping to get out of this
0 0 neutral | is there anyone else who should see the demo
0 0 calm | i totally get that it's a big investment
0 0 neutral | we can set up a pilot if that helps
0 0 neutral | who holds the budget for this kind of purchase
0 0 curious | how are you comparing the options you're looking at
0 + confident | we're usually live within a week
0 0 neutral | do you want me to send the order form now
0 0 apologetic | sorry about that, the screen froze on my side
0 0 neutral | let me pull up the pricing sheet
0 0 calm | that's a fair question honestly
0 0 curious | are you happy with your current setup
0 0 neutral | is cost the main thing holding you back
0 + happy | brilliant really appreciate you giving us the hour
0 0 neutral | i'll loop in our solutions engineer for the technical bits
0 0 neutral | our price includes the phone numbers and support
0 0 apologetic | i'm sorry it's been such a hassle
0 0 neutral | uh so the the next step would be a short security questionnaire
0 0 curious | what does your timeline look like
0 0 neutral | we can lock in this price if you sign before the end of the month
0 0 neutral | does that answer your question
0 0 neutral | many teams start small and grow from there
0 0 neutral | i'll put that in writing for you
0 0 curious | can i ask what you pay today
X 0 confused | sorry i'm a bit lost which system are you on now
0 0 neutral | so you mentioned the audit what date is that exactly
0 + happy | great i'll get the paperwork over today
"""

B2_FR = """
P - concerned | ouais nan là c'est trop cher pour nous
P - concerned | euh franchement le prix fait un peu mal
P 0 neutral | si vous pouviez baisser un peu ce serait plus jouable
P - unimpressed | c'est le prix d'une voiture votre truc
P - concerned | Honnêtement, c'est au-dessus de ce qu'on imaginait.
P - concerned | ça fait beaucoup d'argent pour un logiciel
P - concerned | c'est pas dans nos prix du tout
P - concerned | pour une structure comme la nôtre le tarif est salé
P - surprised | oula le devis m'a fait tomber de ma chaise
P 0 neutral | on s'attendait à quelque chose de plus abordable
P - concerned | le price per seat est vraiment élevé
P - concerned | c'est trop chèr pour ce qu'on en ferait
P - concerned | franchement à ce tarif là c'est niet
P - concerned | ça fait une sacrée facture à la fin de l'année
P 0 neutral | y a moyen de négocier un peu le prix
P - concerned | euh c'est quand même pas mal d'argent ça
CP - unimpressed | un autre éditeur nous fait la même chose pour trente pour cent de moins
DP - concerned | mon directeur va tousser en voyant le prix
PR + happy | si vous faites un effort de dix pour cent on signe tout de suite
PH - hesitant | c'est cher et je suis pas sûr que ça vaille le coup
P - concerned | alors en fait le souci c'est que entre le prix par licence les frais de mise en route et les minutes en plus bah au final ça fait une note assez salée pour nous quoi
P - concerned | c trop cher pr nous
B - worried | on est à sec niveau budget cette année
B 0 neutral | on a prévu à peu près dix mille pour ce projet
B 0 neutral | le budget de l'an prochain est arbitré en novembre
B - worried | les finances sont pas au beau fixe en ce moment
B 0 neutral | faudrait que ça passe sur le budget de la région
B 0 neutral | Notre enveloppe annuelle pour les outils est déjà allouée.
B 0 neutral | c'est la maison mère qui finance ce genre d'outils
B - worried | on a eu des coupes budgétaires en septembre
B 0 neutral | on pourrait débloquer dans les trois cents euros par mois
B 0 neutral | on est en autofinancement donc on fait attention
B 0 neutral | le budjet est pas encore fixé pour l'an prochain
B - worried | on a pas un centime de côté pour ça
B 0 neutral | on pourrait passer ça en opex plutôt qu'en investissement
B 0 neutral | il nous faudrait un financement opco pour la partie formation
B - worried | avec l'inflation on a dû serrer la ceinture partout
B 0 neutral | on a un petit reliquat de budget sur le projet crm
BD 0 neutral | toute dépense doit être validée par le trésorier de l'asso
BH 0 hesitant | je sais pas si on aura le budget l'an prochain
BR + happy | c'est dans le budget donc on peut y aller
B - worried | bon pour être transparent on a eu une grosse coupe budgétaire cet été et là on est vraiment à l'euro près donc je sais même pas si on peut se lancer dans un truc nouveau
B 0 neutral | notre buget c'est environ 5k pour l'année
C 0 neutral | on est en pleine période d'essai avec une autre solution
C 0 neutral | en gros on est plutôt satisfaits de diabolocom
C 0 curious | qu'est-ce que vous faites de plus que les autres
CD 0 neutral | Notre DSI préfère rester sur Teams pour la téléphonie.
C 0 neutral | on a développé un petit outil maison il y a deux ans
C 0 neutral | avant on était chez axialys
C 0 neutral | on demande toujours plusieurs devis pour comparer
C 0 neutral | notre presta actuel vient de nous faire une remise pour qu'on reste
C 0 neutral | un collègue m'a parlé de kiamo du coup on regarde aussi
C - unimpressed | la démo de l'autre boîte était plus convaincante
C 0 neutral | on est engagés avec notre fournisseur jusqu'en septembre
C 0 neutral | on garderait notre standard actuel et on ajouterait votre brique
C 0 neutral | faut que je mette votre offre en face de celle qu'on a reçue lundi
CU 0 neutral | notre outil actuel s'arrête le 30 faut remplacer vite
CF - annoyed | on en a marre des pannes chez notre opérateur actuel
CI + excited | franchement vous êtes loin devant les deux autres qu'on a vus
CH 0 hesitant | on penche plutôt pour l'autre solution pour l'instant
CD 0 neutral | mon boss veut qu'on reste chez notre fournisseur sauf vraie bonne raison
C 0 neutral | on utilise deja un autre logicielle pour ca
C 0 neutral | on benchmark avec deux autres tools
U - stressed | on démarre le 3 et on a toujours rien en place
U 0 neutral | il nous faut ça avant le pic de novembre
U - stressed | on est vraiment au pied du mur
U 0 neutral | il faudrait une décision cette semaine
U 0 curious | vous pouvez faire une installation express
U - stressed | la nouvelle équipe arrive lundi pas de temps à perdre
U 0 neutral | On doit être conformes d'ici la fin du premier trimestre.
U - worried | l'ancien système est coupé dans dix jours
U 0 neutral | on est sur un planning très serré
U 0 neutral | je veux que ce soit en place avant mes congés
U - stressed | c'est urgent urgent hein
U 0 neutral | franchement plus vite on démarre mieux on se porte
U - stressed | on est deja en retard sur le planning
U 0 neutral | le lancement est calé au premier donc faut que ça suive
U - stressed | il me faut une réponse aujourd'hui
U 0 neutral | asap si possible
UF - frustrated | on a déjà perdu deux semaines à cause de vous et la date bouge pas
UH 0 hesitant | il nous faut quelque chose vite mais je suis pas sûr que ce soit vous
IU + excited | c'est top il nous le faut au plus vite
U - stressed | on ouvre le nouveau centre dans trois semaines genre et faut encore former quarante personnes donc c'est hyper serré
U 0 neutral | faut que ce soit opérationel la semaine prochaine
U 0 neutral | on a une deadline hyper tight pour le go live
D 0 neutral | ça doit passer devant notre comité financier
D 0 neutral | c'est ma manager qui signera au final
D 0 neutral | la décision se prend au siège à paris
D 0 neutral | J'en parle à mes associés jeudi et je reviens vers vous.
D 0 neutral | le directeur des opérations voudra un business case
D 0 neutral | il faut la bénédiction de l'informatique
D 0 neutral | la conformité doit valider tout outil qui enregistre des appels
D 0 neutral | moi je fais juste le repérage c'est pas moi qui décide
D 0 neutral | mon chef est en congés jusqu'à lundi donc rien avant
D 0 neutral | vous pouvez me faire une synthèse que je transmets à ma direction
D 0 neutral | ça doit remonter tout en haut
D 0 neutral | le gérant a le dernier mot sur les fournisseurs
D 0 neutral | faudrait convaincre ma femme c'est elle qui gère la boîte avec moi
D 0 neutral | y a tout un circuit de validation chez nous
D 0 neutral | le service achat doit vous référencer comme fournisseur
DU 0 neutral | si mon directeur valide cette semaine on tient les délais
DH 0 hesitant | je suis pas sûr que mon patron soit partant
DP - concerned | mon daf va jamais accepter ce montant
HD 0 hesitant | écoutez ça me plaît plutôt bien mais il faut que j'en parle à l'équipe et à ma direction et que je laisse un peu décanter
D 0 neutral | faut que je demande a mon responsable dabord
X 0 confused | un siège et une licence c'est pareil ou pas
X 0 confused | euh comment l'ia sait quoi proposer je suis perdu
X 0 confused | attendez attendez vous allez trop vite
X 0 confused | vous pouvez me redire ça
X 0 puzzled | La partie sur les dépassements, j'ai pas suivi.
X 0 confused | c'est un plugin ou une appli à part je capte pas
X 0 confused | vous entendez quoi par score de sentiment
X 0 confused | je suis pas très technique vous pouvez expliquer autrement
X 0 confused | euh attendez je comprends plus qui possède les données
X 0 confused | si c'est illimité pourquoi y a un plafond ça a pas de sens
X 0 confused | on parlait de quelle offre déjà
X 0 confused | je suis pas sur de comprendre votre question
X 0 confused | vous m'avez donné deux prix différents c'est lequel
X 0 puzzled | hein quoi
X 0 confused | je crois que quelque chose m'échappe là
XF - frustrated | chaque personne m'explique un truc différent je sais plus ce qu'on achète
XH 0 hesitant | je comprends pas assez bien pour dire oui
X 0 confused | desolé j'ai pas compris la derniere partie
I + excited | ah ça c'est malin j'adore
I + happy | c'est exactement ce que j'avais proposé en interne l'an dernier
I + happy | j'ai hâte de montrer ça à l'équipe
I + excited | c'est vraiment le truc le plus cool qu'on ait vu depuis longtemps
I + happy | les transcriptions sont nickel waouh
I + happy | ça va nous faire gagner des heures chaque semaine
I + happy | on dirait que vous l'avez fait pour nous
I + happy | ça fait des années qu'on attend un outil comme ça
I + happy | nos conseillers vont adorer ne plus prendre de notes
I + happy | je suis super emballé par le coaching
I + happy | bon je suis fan
I + excited | grave c'est génial
I + happy | cest exactement ce que nos managers demandent
I + happy | trop stylé le résumé automatique
IR + excited | j'adore on lance le contrat
IH + happy | j'aime beaucoup mais je veux être sûr qu'on saura le déployer
I + happy | c'est trop bien franchement je kiffe
I + excited | le feature de coaching est juste amazing
H 0 hesitant | je sais pas c'est beaucoup de changement pour l'équipe
H 0 hesitant | on va attendre de voir comment se passe l'année
H 0 hesitant | Je ne suis pas encore totalement convaincu.
H 0 hesitant | je reviens vers vous quand j'aurai bien réfléchi
H - skeptical | en démo c'est toujours beau
H 0 hesitant | on est pas encore au stade d'acheter
H 0 hesitant | je dis pas non mais je dis pas oui non plus
H - skeptical | je suis pas sûr qu'on en ait pour notre argent
H 0 hesitant | je suis un peu mitigé
H 0 neutral | on se rappelle l'an prochain plutôt
H 0 hesitant | envoyez-moi une doc je regarderai quand j'aurai le temps
H 0 hesitant | bof bof
H - skeptical | j'aimerais voir des preuves que ça marche pour des équipes comme la nôtre
H 0 hesitant | on a beaucoup de chantiers en cours donc pas maintenant
H 0 hesitant | j'arrive pas à me décider
H - sarcastic | c'est ça comme le dernier outil d'ia qu'on nous a vendu
HP - hesitant | y a le prix mais surtout je suis pas sûr qu'on en ait besoin
H 0 hesitant | pas sur encore faut que je reflechisse
H 0 hesitant | je suis pas super sure honestly faut que je think about it
F - angry | on m'a transféré trois fois pour avoir une réponse
F - annoyed | vous m'avez déjà dit ça la dernière fois
F - frustrated | l'intégration marche toujours pas ça fait un mois
F - annoyed | j'ai pas le temps pour ça franchement
F - angry | c'est inacceptable on a des clients qui attendent
F - annoyed | Pourquoi chaque appel avec vous finit en vente additionnelle ?
F - frustrated | c'est vraiment pénible
F - annoyed | arrêtez les relances svp
F - angry | vous tenez jamais les délais
F - frustrated | on a perdu des données deux fois c'est une blague
F - annoyed | j'en ai marre de courir après votre équipe
F - annoyed | chaque ticket est fermé sans solution
F - frustrated | jen ai plein le dos de ces bugs de connexion
F - angry | je veux parler à un responsable tout de suite
F - sarcastic | super le système est encore en panne quelle surprise
FC - annoyed | on a quitté l'ancien presta pour ça et ça recommence
F - frustrated | ça fait une semaine que j'appelle votre support tous les jours et à chaque fois c'est quelqu'un de différent qui me dit un truc différent et rien bouge
F - annoyed | c'est la troisieme fois que je demande un retour
R + happy | ok envoyez et je signe
R + happy | ouais allez on fait ça
R 0 neutral | comment on fait pour démarrer à partir de maintenant
R + happy | on part sur le pack vingt postes
R 0 neutral | vous avez besoin d'un bon de commande de notre part
R + happy | ok on cale le lancement alors
R + happy | je suis prêt quand vous voulez
R 0 neutral | Envoyez le contrat final à moi et à notre office manager.
R + happy | c'est bon on y va on lance la machine
R 0 neutral | vous avez besoin de quoi pour la facturation
R + happy | allez go
R + happy | envoyez-moi le lien je paye direct
R 0 neutral | si le contrat est dans ma boîte demain je le contresigne
R + happy | vous avez un nouveau client
R 0 neutral | c'est quoi l'étape suivante pour officialiser
DR + happy | mon directeur vient de valider envoyez les documents
UR + happy | signons maintenant pour être prêts avant le lancement
R + happy | bon allez vous savez quoi on y va envoyez-moi ce qu'il faut signer
R 0 neutral | vous pouvez m'envoyer le contract aujourdhui
R + happy | ok on go envoyez le contrat
0 0 neutral | bonjour oui pardon j'ai deux minutes de retard
0 0 neutral | qui est en ligne avec nous
0 0 neutral | on est une quarantaine au service client
0 0 curious | ça marche avec des softphones ou seulement des postes fixes
0 + calm | le coût nous va franchement
0 0 calm | on n'a aucune pression sur le calendrier
0 0 neutral | non non je peux valider ça tout seul
0 0 neutral | tout ça se tient
0 0 neutral | pour l'instant tout est fait à la main
0 0 curious | si un conseiller part on perd la licence
0 0 neutral | ouais c'est clair
0 0 neutral | nos appels durent dix minutes en moyenne
0 0 curious | ça peut signaler des appels au superviseur
0 0 calm | je suis pas contre du tout je pose des questions
0 0 neutral | pardon quelqu'un vient d'entrer continuez
0 0 neutral | oui oui allez-y
0 0 neutral | ok d'acc
0 0 neutral | hmm hmm d'accord
0 0 calm | Le prix ne m'inquiète pas du tout.
0 0 neutral | on vous compare à personne on veut juste comprendre
0 + happy | enchanté également
0 0 neutral | ma collègue julie est aussi en ligne
0 0 neutral | c'est pas si compliqué je vois bien
0 0 curious | le résumé va direct dans le ticket
0 0 neutral | on est dans l'assurance donc la conformité compte
0 0 curious | comment vous gérez les demandes rgpd
0 0 neutral | on embauche beaucoup d'intérimaires en décembre
0 0 neutral | vous pouvez m'envoyer l'enregistrement de la démo
0 0 neutral | je serai votre interlocuteur principal
0 0 neutral | sous ce montant je valide sans demander à personne
0 0 neutral | non c'est tout pour mes questions
0 0 neutral | je me mets en muet deux secondes
0 0 neutral | pardon vous disiez
0 0 neutral | c'est même moins que ce qu'on pensait
0 0 neutral | on a jamais utilisé ce genre d'outil
0 0 neutral | l'équipe est surtout en télétravail
0 0 curious | vous faites des formations ou c'est que des vidéos
0 0 neutral | intéressant
0 0 neutral | on a déménagé le mois dernier donc le wifi est capricieux
0 0 calm | je suis pas agacé rassurez-vous
0 0 curious | les données sont gardées combien de temps
0 0 neutral | jeudi ça me va
0 0 neutral | bon ça c'était la partie stats et après
0 0 neutral | rien d'extraordinaire comme installation chez nous
0 0 calm | je suis pas pressé prenez le temps d'expliquer
0 + amused | ah ah c'est pas faux
0 0 neutral | y aura une dizaine de managers sur les rapports
0 0 curious | il y a une appli mobile
0 0 neutral | bon bah d'accord
0 0 neutral | le prix correspond à ce que j'imaginais
0 0 neutral | on a pas vraiment de date limite
"""

B2_FR_AGENT = """
0 0 neutral | pour une équipe comme la vôtre on serait autour de mille cent euros par mois
0 0 curious | qu'est-ce que vous attendez de l'outil
0 0 neutral | il y a quelqu'un d'autre qui devrait voir la démo
0 0 calm | je comprends tout à fait c'est un investissement
0 0 neutral | on peut monter un pilote si ça vous aide
0 0 neutral | qui porte le budget pour ce type d'achat
0 0 curious | vous comparez les solutions sur quels critères
0 + confident | en général on est en production en une semaine
0 0 neutral | je vous envoie le bon de commande maintenant
0 0 apologetic | pardon l'écran a figé de mon côté
0 0 neutral | je sors la grille tarifaire
0 0 calm | c'est une très bonne question
0 0 curious | vous êtes satisfaits de votre installation actuelle
0 0 neutral | c'est le prix qui vous freine surtout
0 + happy | super merci d'avoir pris le temps
0 0 neutral | je fais venir notre ingénieur avant-vente pour la partie technique
0 0 neutral | notre prix inclut les numéros et le support
0 0 apologetic | je suis désolé que ce soit aussi compliqué
0 0 neutral | euh du coup la prochaine étape ce serait un questionnaire sécurité
0 0 curious | quel est votre calendrier
0 0 neutral | on peut bloquer ce tarif si vous signez avant la fin du mois
0 0 neutral | est-ce que ça répond à votre question
0 0 neutral | beaucoup d'équipes commencent petit puis montent en charge
0 0 neutral | je vous mets tout ça par écrit
0 0 curious | je peux vous demander combien vous payez aujourd'hui
X 0 confused | pardon je suis un peu perdu vous êtes sur quel système aujourd'hui
0 0 neutral | vous parliez d'un audit c'est à quelle date exactement
0 + happy | parfait je prépare les documents et vous les avez ce soir
"""

# Batch 3 (validation)

B3_EN = """
P - concerned | uh that's uh that's north of what i can stomach for this
P - unimpressed | at that price it better come with a butler
P - concerned | mmm yeah the sticker shock is real
P 0 neutral | we'd need that number to start with a two not a four
P - concerned | honestly the maths just doesn't stack up at that rate
P - concerned | That's a premium price for something we'd use twice a week.
P - concerned | the quote's kinda heavy for a first year
P - surprised | yikes ok that's more than our rent
P 0 neutral | meet me halfway on the licence fee and we can talk
P - concerned | its alot of dosh for a pilot
P - concerned | cant really swallow that monthly cost to be honnest
CP - unimpressed | the people we're with now charge us about a third of that
PB - worried | we'd blow the whole years software allowance on this alone
B 0 neutral | ballpark we've got maybe twelve k to play with
B - worried | the coffers are pretty bare after q3
B 0 neutral | spending gets locked in at the november budget review
B 0 neutral | um we'd need to bid for central funding for this
B - worried | we had to tighten our belts after the merger so money's scarce
B 0 neutral | so it'd have to be funded out of the customer ops line
B 0 neutral | The grant covers software, but only up to a point.
B 0 neutral | we could maybe free up a few hundred a month if we drop another subscription
B - worried | uh there's just no spare cash kicking around right now
B 0 neutral | our financial year ends in june so anything after that comes from a new pot
B 0 neutral | weve got a celing of about four hundred a month for it
BD 0 neutral | finance holds the purse and they'll want a business case
C 0 neutral | uh we're kind of married to our current phone vendor
C 0 neutral | we had a chat with a rival of yours a couple of weeks ago
C 0 curious | what would i get with you that i don't get with aircall
C 0 neutral | Our engineers prototyped something similar during a hackathon.
C 0 neutral | we're running a bake off between three providers
C 0 neutral | we've been using a homegrown plugin for this for years
C 0 neutral | the incumbent is going to fight to keep us
C 0 neutral | we inherited a setup from another vendor when we bought the company
C 0 neutral | the other shortlisted option has a nicer mobile app
C - unimpressed | tbh the other vendors all say the exact same thing as you
CU 0 neutral | our ringover contract lapses in three weeks and we can't be without phones
CF - angry | our current provider lost a whole day of recordings and i'm furious
CI + excited | after seeing the other two this feels like a different league
U - stressed | we're already in the red zone on the timeline
U 0 neutral | we need this humming before the january intake
U 0 neutral | it has to be in place ahead of the inspection on the 14th
U - stressed | the bosses want it live by the end of next week no excuses
U 0 curious | how soon could your team actually flip the switch
U - stressed | honestly this is a drop everything situation for us
U 0 neutral | the window is basically the next fortnight
U - worried | we're out of runway if this slips past month end
U 0 neutral | we kinda need to hit the ground running on monday
U 0 neutral | its time sensitve because of the new contract we just won
U - stressed | we cant wait months for an implementation
UD 0 neutral | if legal clears it by wednesday we can hit the go live date
D 0 neutral | i'll have to pitch it to our exec team before anything moves
D 0 neutral | um the person who signs the cheques isn't on this call
D 0 neutral | I'm more of an influencer than a decider here.
D 0 neutral | our chairman likes to sign off on every new supplier
D 0 neutral | anything touching personal data has to go past our security officer
D 0 neutral | let me get my counterpart in finance on the next call
D 0 neutral | uh i'll need to socialise this with my bosses
D 0 neutral | our head of it has veto power on tools like this
D 0 neutral | the owner's in spain this month so i'll email him the details
D 0 neutral | i'm going to need a nod from the ceo on this one
D 0 neutral | its really a group decison not mine
DH 0 hesitant | i'd want the team to weigh in before i decide anything and honestly i'm still unsure
X 0 confused | sorry you kind of lost me somewhere around the api stuff
X 0 confused | so the credits what are they exactly
X 0 puzzled | i'm scratching my head a bit how do the two plans differ
X 0 confused | run that past me one more time slower
X 0 confused | i'm not sure what you mean by whisper mode
X 0 confused | Sorry, I'm a little muddled on the contract terms.
X 0 confused | does that mean we pay twice or am i misreading it
X 0 confused | wait what so who installs it
X 0 confused | im lost which button was that
X 0 puzzled | is that a yes or a no i couldnt tell
X 0 confused | i think i got the wrong end of the stick can you clarify
XF - annoyed | honestly your invoices are a puzzle and i'm tired of trying to decode them
I + excited | ok now you're talking
I + happy | this is a dream for our qa team
I + excited | holy cow the accuracy on that transcript
I + happy | i'm a big fan of how it nudges the agent in real time
I + happy | Honestly, that one feature is a killer.
I + happy | we'd jump at something like this
I + excited | that's super slick
I + happy | my supervisors are going to be over the moon
I + happy | i could see this becoming our main tool
I + happy | its honestly the best demo ive had this year
I + happy | yes please that's exactly our use case
IR + excited | i'm sold where do i put my signature
H 0 hesitant | we're gonna mull it over and circle back
H 0 hesitant | i'm not totally sold on the ai side of it
H - skeptical | feels like a nice to have rather than a must have for us
H 0 hesitant | it's a tough one i need to weigh it up
H 0 hesitant | um we might test the water with something smaller first
H 0 hesitant | I'm a bit wary of committing to a full year.
H 0 hesitant | my gut says not yet
H 0 neutral | this might be one for next year's plan
H - skeptical | i have my doubts it'd fit how we work
H 0 hesitant | ill think it over and let you know
H 0 hesitant | hmm i'm wavering a bit
HB 0 hesitant | not sure we can commit when next year's budget is still up in the air
H - sarcastic | oh sure another platform that's going to change our lives
F - angry | i'm absolutely livid we've been down since this morning
F - annoyed | this is getting beyond a joke
F - frustrated | third engineer this week and still no fix
F - annoyed | please stop pushing the upgrade i've said no twice
F - frustrated | your status page says everything's fine and it clearly isn't
F - annoyed | I'm running out of patience with your billing team.
F - angry | i've wasted a whole afternoon on this
F - frustrated | honestly it's been one headache after another since we signed
F - annoyed | why do i have to explain our setup every single time
F - annoyed | ugh the hold music again
F - frustrated | were fed up with the same bug coming back every release
FU - angry | we've got a launch on thursday and your team still hasn't shown up
R + happy | right let's get the ink on paper
R + happy | sold send it through
R 0 neutral | who should i send the signed order form to
R + happy | yeah pencil us in for a start on the 1st
R 0 neutral | Could you draft the agreement for thirty users?
R + happy | i'm happy to commit to the twelve months
R 0 neutral | what's needed from our side to get the licences activated
R + happy | let's pull the trigger
R + happy | put the paperwork in front of me and it's done
R 0 neutral | can we do the contract by email instead of post
R + happy | ok ill put the order through this afternoon
BR 0 neutral | we've set the money aside so we're good to sign
0 + happy | morning how's your week going
0 0 neutral | sorry the train's going into a tunnel
0 0 neutral | we've got three shifts running most days
0 0 curious | how does it cope with strong accents
0 0 calm | the cost really isn't a sticking point
0 0 calm | there's honestly no hurry on our end
0 0 neutral | i'm the one holding the pen on this so no need to loop anyone in
0 0 neutral | got it that's crystal clear
0 0 neutral | we're not talking to any other suppliers
0 0 curious | can supervisors listen in live
0 0 neutral | it's not pricey at all for what it does
0 0 calm | i'm not at all annoyed just curious
0 0 neutral | mm ok
0 0 neutral | yeah go on
0 0 neutral | our contact centre is in leeds
0 0 curious | what does the onboarding involve
0 0 neutral | we'd probably start with the sales team
0 0 neutral | i'm not lost at all you explained it well
0 + happy | appreciate you walking me through it
0 0 curious | do the summaries come in french too
0 0 neutral | our busiest day is mondays
0 0 neutral | sure drop me a calendar invite
0 0 neutral | we handle returns and delivery queries mostly
0 0 neutral | i'll be off next week but my colleague can cover
0 0 calm | no deadline pressure whatsoever
0 0 curious | what happens to the data if we leave
0 + amused | ha i'll take your word for it
0 0 neutral | we're about fifty seats give or take
0 0 neutral | right so that's the admin console
0 0 neutral | we don't need anybody's sign off for this
0 0 neutral | it's well within what we expected to pay
0 0 neutral | thats fine carry on
"""

B3_EN_AGENT = """
0 0 neutral | the enterprise tier is priced per seat with volume discounts
0 0 curious | what's driving the timing on your side
0 0 neutral | do you mind me asking who signs off on tools like this
0 0 curious | which other providers are on your shortlist
0 0 calm | i appreciate the feedback on price
0 + confident | most teams see payback within a quarter
0 0 neutral | i'll draft the order form and send it for review
0 0 apologetic | apologies for the confusion earlier
0 0 neutral | so to recap you need forty seats live by april
0 0 neutral | is there a budget range you need to stay within
0 0 neutral | we can also do monthly billing if that's easier
0 0 calm | take all the time you need
0 + happy | that's fantastic news
0 0 neutral | um let me share my screen so you can see the dashboard
0 0 neutral | would a trial help you make the case internally
0 + confident | the big providers don't do live coaching that's our edge
X 0 confused | sorry i'm not following did you want the pro or the team plan
0 0 neutral | i'll check with our finance team on the payment terms
"""

B3_FR = """
P - concerned | euh là on est au-dessus de ce que je peux défendre
P - unimpressed | à ce prix là j'espère qu'il y a des dorures
P - concerned | franchement la facture elle fait peur
P 0 neutral | si vous revenez avec un chiffre plus doux on en reparle
P - concerned | le coût mensuel est dur à avaler
P - surprised | aïe c'est violent comme tarif
P - concerned | c'est un tarif de grand compte pour une pme
P - concerned | bon c'est pas bon marché hein
P - concerned | le tarif est pas tres compétitif je trouve
P - concerned | ça me paraît bien cher payé pour l'usage qu'on en aurait
CP - unimpressed | notre prestataire actuel nous facture trois fois moins
PB - worried | ça mangerait tout notre budget logiciel de l'année
B 0 neutral | on doit avoir dans les douze mille à y consacrer
B - worried | après l'été il reste plus grand chose sur le compte
B 0 neutral | les arbitrages budgétaires se font en novembre
B 0 neutral | faudrait qu'on demande des fonds au groupe
B - worried | depuis la fusion on doit se serrer la ceinture
B 0 neutral | ça serait imputé sur la ligne relation client
B 0 neutral | la subvention couvre le logiciel mais jusqu'à un certain point
B - worried | y a pas un sou qui traîne en ce moment
B 0 neutral | notre exercice se termine en juin après c'est une nouvelle enveloppe
B 0 neutral | on a un plafond de quatre cent par mois
BD 0 neutral | c'est la compta qui tient les cordons de la bourse
C 0 neutral | on est un peu mariés avec notre opérateur actuel
C 0 neutral | on a discuté avec un de vos concurrents il y a quinze jours
C 0 curious | vous avez quoi que ringover a pas
C 0 neutral | nos développeurs ont bricolé un prototype en interne
C 0 neutral | on fait un comparatif entre trois prestataires
C 0 neutral | le fournisseur en place va tout faire pour nous garder
C 0 neutral | on a hérité du système d'un autre éditeur au rachat
C - unimpressed | honnêtement les autres nous disent tous la même chose que vous
CU 0 neutral | notre contrat avec l'opérateur expire dans trois semaines et on peut pas rester sans lignes
CF - angry | notre presta actuel a perdu une journée d'enregistrements je suis furieux
CI + excited | après avoir vu les deux autres là c'est une autre catégorie
U - stressed | on est déjà dans le rouge niveau planning
U 0 neutral | faut que ça tourne pour la rentrée de janvier
U 0 neutral | ça doit être en place avant l'inspection du 14
U - stressed | la direction veut que ce soit en ligne fin de semaine prochaine
U 0 curious | vous pouvez appuyer sur le bouton quand au plus tôt
U - stressed | c'est branle-bas de combat chez nous
U 0 neutral | on a une fenêtre de quinze jours en gros
U - worried | si ça glisse après la fin du mois on est morts
U 0 neutral | c'est urgent a cause du nouveau marché qu'on vient de remporter
U - stressed | on peut pas attendre des mois pour une mise en place
UD 0 neutral | si le juridique valide d'ici mercredi on tient la date
D 0 neutral | je dois d'abord présenter ça à l'équipe de direction
D 0 neutral | la personne qui signe les chèques est pas dans l'appel
D 0 neutral | moi je donne mon avis mais je décide pas
D 0 neutral | notre président veut valider chaque nouveau fournisseur
D 0 neutral | faut que notre responsable sécurité donne son accord
D 0 neutral | je vais mettre mon homologue de la finance dans la boucle
D 0 neutral | le responsable informatique a un droit de veto là-dessus
D 0 neutral | le patron est en espagne ce mois-ci je lui envoie un mail
D 0 neutral | il me faut l'aval du pdg
D 0 neutral | c'est une décision collégiale pas la mienne
DH 0 hesitant | je voudrais l'avis de l'équipe avant et franchement j'hésite encore
X 0 confused | vous m'avez perdu quelque part vers l'histoire d'api
X 0 confused | les crédits c'est quoi exactement
X 0 puzzled | je me gratte un peu la tête là les deux formules elles diffèrent comment
X 0 confused | reprenez-moi ça plus doucement
X 0 confused | je vois pas ce que vous entendez par mode chuchotement
X 0 confused | je m'embrouille un peu avec les conditions du contrat
X 0 confused | ça veut dire qu'on paye deux fois ou je lis mal
X 0 confused | attendez quoi c'est qui qui installe
X 0 confused | jsuis perdu c'était quel bouton
X 0 confused | j'ai du mal comprendre vous pouvez préciser
XF - annoyed | vos factures c'est un casse-tête et j'en ai assez de les déchiffrer
I + excited | ah là vous me parlez
I + happy | c'est un rêve pour notre équipe qualité
I + excited | la précision de la transcription c'est dingue
I + happy | j'aime beaucoup comment ça guide le conseiller en direct
I + happy | c'est la killer feature honnêtement
I + happy | on sauterait sur un truc pareil
I + excited | c'est super fluide
I + happy | mes superviseurs vont être aux anges
I + happy | franchement la meilleure démo que j'ai eue cette année
I + happy | oui carrément c'est notre cas d'usage
IR + excited | vous m'avez convaincu je signe où
H 0 hesitant | on va laisser mûrir et on revient vers vous
H 0 hesitant | la partie ia me convainc pas complètement
H - skeptical | pour nous c'est plus du bonus que de l'indispensable
H 0 hesitant | c'est pas évident faut que je pèse le pour et le contre
H 0 hesitant | on va peut-être tester sur un petit périmètre d'abord
H 0 hesitant | je suis un peu frileux à l'idée de m'engager sur un an
H 0 hesitant | mon instinct me dit pas tout de suite
H - skeptical | je doute un peu que ça colle à notre façon de bosser
H 0 hesitant | jvais y penser et je vous dis
HB 0 hesitant | difficile de s'engager tant que le budget de l'an prochain est pas connu
H - sarcastic | ah bah oui encore une plateforme qui va révolutionner nos vies
F - angry | je suis hors de moi on est en panne depuis ce matin
F - annoyed | ça dépasse les bornes là
F - frustrated | troisième technicien cette semaine et toujours rien
F - annoyed | arrêtez de me pousser la mise à niveau j'ai dit non deux fois
F - frustrated | votre page de statut dit que tout va bien alors que non
F - angry | j'ai perdu tout mon après-midi là-dessus
F - frustrated | c'est galère sur galère depuis qu'on a signé
F - annoyed | pourquoi je dois réexpliquer notre config à chaque fois
F - annoyed | oh non pas encore la musique d'attente
FU - angry | on lance jeudi et votre équipe est toujours pas venue
R + happy | bon on met tout ça noir sur blanc
R + happy | vendu envoyez-moi ça
R 0 neutral | je renvoie le bon de commande signé à quelle adresse
R + happy | notez-nous pour un démarrage le premier
R 0 neutral | vous pouvez préparer la convention pour trente utilisateurs
R + happy | je m'engage sur les douze mois pas de souci
R 0 neutral | il nous faut quoi pour activer les licences
R + happy | on appuie sur le bouton
R + happy | mettez-moi les papiers sous le nez et c'est réglé
R 0 neutral | on peut faire la signature électronique plutôt que par courrier
R + happy | je passe la commande cet aprèm
RB 0 neutral | on a mis l'argent de côté donc on peut signer
0 + happy | bonjour ça va votre semaine
0 0 neutral | pardon je passe dans un tunnel
0 0 neutral | on tourne sur trois équipes la plupart du temps
0 0 curious | ça se débrouille comment avec les accents
0 0 calm | le coût c'est vraiment pas un point bloquant
0 0 calm | franchement aucune urgence de notre côté
0 0 neutral | c'est moi qui tiens le stylo donc pas besoin de mettre quelqu'un d'autre dans la boucle
0 0 neutral | compris c'est très clair comme ça
0 0 neutral | on parle avec aucun autre fournisseur
0 0 curious | les superviseurs peuvent écouter en direct
0 + calm | pour ce que ça fait c'est franchement donné
0 0 calm | aucun agacement de ma part je me renseigne
0 0 neutral | mm d'accord
0 0 neutral | allez-y continuez
0 0 neutral | notre centre d'appels est à lille
0 0 curious | l'onboarding ça consiste en quoi
0 0 neutral | on commencerait sans doute par l'équipe commerciale
0 0 neutral | je suis pas du tout perdu vous avez bien expliqué
0 + happy | merci de m'avoir tout détaillé
0 0 curious | les résumés sont aussi en anglais
0 0 neutral | le lundi c'est notre plus grosse journée
0 0 neutral | envoyez-moi une invitation dans l'agenda
0 0 neutral | on traite surtout des retours et des questions de livraison
0 0 neutral | je suis absente la semaine prochaine mais ma collègue prend le relais
0 0 curious | on récupère nos données si on part
0 + amused | ah je vous crois sur parole
0 0 neutral | on est une cinquantaine de postes à peu près
0 0 neutral | pas besoin de validation de qui que ce soit
0 0 neutral | ça rentre largement dans ce qu'on pensait payer
"""

B3_FR_AGENT = """
0 0 neutral | l'offre entreprise est facturée par poste avec des remises sur volume
0 0 curious | qu'est-ce qui dicte le calendrier chez vous
0 0 neutral | je peux vous demander qui valide ce genre d'outil
0 0 curious | qui d'autre est dans votre short list
0 0 calm | merci pour ce retour sur le prix
0 + confident | la plupart des équipes sont rentabilisées en un trimestre
0 0 neutral | je prépare le bon de commande et je vous l'envoie pour relecture
0 0 apologetic | désolé pour la confusion de tout à l'heure
0 0 neutral | donc pour résumer quarante postes en service d'ici avril
0 0 neutral | vous avez une fourchette budgétaire à respecter
0 0 neutral | on peut aussi faire une facturation mensuelle si c'est plus simple
0 + happy | excellente nouvelle
0 0 neutral | je partage mon écran pour vous montrer le tableau de bord
0 0 neutral | un essai vous aiderait à convaincre en interne
X 0 confused | pardon je vous suis pas vous vouliez la formule pro ou équipe
0 0 neutral | je vérifie avec notre service financier pour les conditions de paiement
"""

BATCH1 = [(B1_EN, "en", "client"), (B1_EN_AGENT, "en", "agent"),
          (B1_FR, "fr", "client"), (B1_FR_AGENT, "fr", "agent")]
BATCH2 = [(B2_EN, "en", "client"),
          (B2_EN_AGENT, "en", "agent"),
          (B2_FR, "fr", "client"),
          (B2_FR_AGENT, "fr", "agent")]
BATCH3 = [(B3_EN, "en", "client"),
          (B3_EN_AGENT, "en", "agent"),
          (B3_FR, "fr", "client"),
          (B3_FR_AGENT, "fr", "agent")]


FILES = {"analyzer_callspeech_train.jsonl": rows_of(BATCH1) + rows_of(BATCH2),
         "analyzer_callspeech_valid.jsonl": rows_of(BATCH3)}
REFS = ("analyzer_callspeech_dev.jsonl", "analyzer_labelled.jsonl")
write_and_check(FILES, REFS)
