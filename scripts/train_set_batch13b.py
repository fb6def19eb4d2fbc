"""Batch 13b of the analyzer's call-speech training data: client turns only, in
English and French (the French written as a French speaker would say it, not
translated). Situations: builders' merchants, plumbing and heating firms,
surveyors, property developers, landscaping companies, damp-proofing and
insulation installers. 432 lines (218 English, 214 French); lines carrying
each signal: competitor 51, price_objection 46, decision_maker 44,
closing_readiness 45, budget 39, urgency 39, hesitation 39, strong_interest 41,
frustration 34, confusion 29, and 120 lines with no signal that look like one (tools for other
jobs, the speaker's own rivals, suppliers of other things, neutral price
questions, prices of other things, a price found fair, a boss merely mentioned,
opening hours, past events, negations). Labelled as docs/labelling.md says,
with its "Still open" cases left out. Notation of scripts/data_notation.py:

    LABELS SENTIMENT emotion | text
"""

# Competitor (incumbent, rival quotes, in-house, bundled); look-alikes: other tools, own rivals, other suppliers
EN_C = """
CF - frustrated | we've had three engineers out from the phone people and the recordings still cut off halfway
CI + interested | that's a proper step up from the notebook we use now
CPR 0 neutral | match the other quote and it's yours today
CU 0 concerned | the current lot are pulling the plug on their recording service on the thirty first so we've got weeks not months
CX 0 confused | so is this like what the phone company does or a whole different animal i'm not following
C 0 neutral | the trade counter calls already get recorded by the phone system that came with the lines
CU 0 concerned | our deal with the lot doing the recordings runs out on the thirtieth so um we need to sort something before then
CP - annoyed | the crowd we're with now charge about a third of that for near enough the same thing
CF - frustrated | honestly the recording thing we've got drops half the calls from the vans and nobody there ever picks up
CH 0 hesitant | i mean the one we've got is a bit rubbish but the lads know it and i dunno if it's worth the faff
C 0 neutral | uh the office girls just jot callbacks in a diary and listen back on the voicemail if there's a row
CI + interested | right that's miles ahead of what our phone provider chucks in for free
CD 0 neutral | the md picked the system we're on and he'd be the one to bin it
CX 0 confused | sorry how's that any different from the recording we already get on the ringcentral app
C 0 neutral | we had we had another company in last month showing us more or less the same dashboard
CP 0 concerned | the other firm's quote came in a good bit under yours to be honest
CF - annoyed | the people we pay now take a week to dig out a recording when a customer disputes a job
CH 0 hesitant | dunno the free transcripts we get in teams are kind of fine for what we do
CI + excited | oh that scoring bit is exactly what the current lot can't do
CD 0 neutral | it's you or the people we have now and it's the two directors who'll pick
C 0 neutral | the landscaping crews just send whatsapp voice notes about the job calls if i'm honest
CU 0 stressed | the surveying side comes off its call recording contract on the fifteenth so we're a bit up against it
CF - angry | the current provider put their prices up twice this year and didn't even tell us
C 0 neutral | the house builders we work for insisted we use their call logging thing on the show homes
0 0 neutral | we use simpro for job sheets and scheduling that's all separate
0 0 neutral | the other plumbing firms round here are all fighting over the same boiler swaps
0 0 neutral | our timber comes from a yard outside leeds they're fine they've been good to us
0 0 neutral | we moved the accounts from sage to xero in the spring which was a job in itself
0 0 neutral | the van tracking is done by some company the fleet manager sorted out years ago
0 - annoyed | there's a new merchant opened up by the ring road nicking a bit of our trade
0 0 neutral | we've got a cad package for drawings and a separate one for pricing up
0 0 neutral | the insulation boards come from a supplier in wales and they're decent
0 0 neutral | um the website people are redoing the site next month with a booking form
0 0 neutral | the developer down the road has been buying up every plot going
0 0 neutral | the damp surveys go through a reporting app on the tablets then get emailed out
0 - annoyed | the skip hire firm we use is hopeless but that's another story
0 0 neutral | payroll's with a bureau and they do the cis returns too
0 + happy | we lost the big housing association panel to another surveyor last year but we've done alright
0 0 neutral | the callout rota lives on a shared google sheet that the engineers can see
0 0 neutral | the estate agents selling our units have their own system for buyer enquiries
0 0 neutral | we price everything off the book the merchant sends round every quarter
0 0 neutral | the garden design lot across town undercut us on every patio job going
"""

# Price and budget; look-alikes: neutral price questions, prices of other things, a price found fair
EN_P = """
B - worried | we've had two developers go bust owing us so every penny's being watched
PB - concerned | we've got about half that to play with realistically
BR + positive | the cash is sitting there for it so yeah let's crack on
B 0 neutral | there's money in this year's plan for office kit
P - unimpressed | for that money i'd want it to make the tea as well
P 0 concerned | that's a few boiler installs worth of margin gone every year
FP - annoyed | you've gone and put our renewal price up again without a word
P - annoyed | blimey that's more than we pay for the whole phone system
PB - concerned | that'd eat the entire software budget for the year and then some
P 0 concerned | is there any wiggle room on that figure cos it's steep for a firm our size
P - unimpressed | for what it does i'd have expected about half that
PR 0 neutral | knock fifteen percent off and i'll sign it this afternoon
P 0 concerned | that's a lot of money for recording a few phone calls really
B - worried | money's tight this year with the housing market how it is
B 0 neutral | we put a bit aside back in the spring for sorting the office phones out
BH 0 hesitant | cash is all tied up in the site till the units sell so i'm not sure now's the moment
PB - concerned | that's well over what we'd set aside for this kind of thing
B - worried | all spending's frozen until the bank finishes reviewing the development loan
P - annoyed | you're having a laugh mate at that price
P 0 neutral | any chance of a better rate if we took it for all three depots
P 0 unimpressed | it's a big number for what's basically a tape recorder with a dashboard
B 0 neutral | we could stretch to a couple of hundred a month for something like this
BR + happy | the money's been approved so let's get it moving
PB - worried | we honestly couldn't justify that out of what's left in the pot this year
P - unimpressed | bit rich for a damp proofing outfit with six phones isn't it
PR 0 neutral | if you can do it for a flat two hundred a month we've got a deal
B - concerned | there's nothing in the pot for this at all this year
P 0 concerned | you'd need to sharpen your pencil on that one
P - annoyed | that's more than we spend on fuel cards for the whole fleet and that's saying something
B + neutral | we've got a decent chunk earmarked for improving the office this year
B 0 neutral | um we've got about five grand for new systems and that has to cover the lot
PB 0 concerned | it's close to double what we'd budgeted for to be honest
BI + interested | the money's there and this is the kind of thing i want to spend it on
P 0 concerned | i was thinking more like the price of a boiler service not a boiler
H 0 hesitant | it's not the money it's whether the engineers would actually bother with it
0 0 neutral | is that price per month or per year
0 0 neutral | does that include vat or is it on top
0 - annoyed | copper's gone through the roof this year fittings cost us double what they did
0 0 neutral | yeah that's about what i'd guessed it'd cost
0 0 neutral | do you invoice monthly or quarterly
0 0 neutral | we pay most of our subscriptions by direct debit is that how you do it
0 0 neutral | how much is it per extra user if we take on another estimator
0 0 neutral | the insulation grants changed again so our own prices are all over the place
0 0 neutral | we've just spent forty grand on a new mini digger so that was the big purchase this year
0 0 neutral | is there a setup fee or is it all in
0 0 neutral | the price isn't really the issue to be fair
0 + satisfied | fair enough that seems reasonable for what you get
0 0 neutral | timber's come down a bit since last year at least
0 0 neutral | what currency do you bill in we've got a site over in dublin
0 0 neutral | our customers always want a fixed price on the boiler swaps so we quote tight
"""

# Decision maker and closing readiness; look-alikes: "I decide", a boss merely mentioned, feature questions
EN_D = """
D 0 neutral | it's not my call the owner signs off anything over a grand
D 0 neutral | nothing's happening till dave's back from spain in a fortnight
D 0 neutral | the partners vote on anything like this at the monthly meeting
D 0 neutral | you'd have to win my dad round he still has the final say on anything new
D 0 neutral | the group ops director would need to approve it for all the branches
D 0 neutral | i'm just i'm just gathering the info the board makes the call
D 0 neutral | honestly if sharon in the office doesn't like it it won't happen
DR + happy | the boss said yes this morning so what do we do next
DR 0 neutral | send the paperwork over and the md will sign it tomorrow
R + happy | right go on then where do i sign
R 0 neutral | who do i send the purchase order to
R + positive | can we get the lads set up on it from monday
R 0 neutral | send me the contract and i'll get it back to you today
R + happy | let's do it what do you need from me to get started
R 0 neutral | if you can have it installed by friday we can start on the first
R 0 neutral | what happens once we've said yes do you come out to set it all up
R 0 neutral | stick the invoice through to our accounts lady and she'll pay it this week
IR + excited | this is brilliant honestly just tell me what you need to get it going
D 0 neutral | my business partner has to agree to anything with a monthly fee
DR 0 neutral | fine by me pop the contract over and the director will countersign it
D - concerned | the regional manager knocked back the last thing like this so he'll need winning round
D 0 neutral | can't do anything till the new ops director starts in january
R + happy | ok go on then put us down for the twelve seats
D 0 neutral | the client we're building for has to approve any new system we put on site
DR + pleased | my wife's had a look and she's happy so let's get the ball rolling
RD 0 neutral | yeah we'll take it but it's the chairman's signature that goes on it so send it to him
D 0 neutral | it has to go to the board and they only sit once a quarter
R + positive | stick us down for the annual plan and send the details to my email
0 0 neutral | i'm the owner so it's just me you need to talk to
0 0 neutral | my boss is on holiday this week but i'm covering everything
0 0 neutral | i sign for all the software here
0 0 neutral | my manager's in and out of site all day so you'll mostly get me
0 0 neutral | how does the onboarding usually work for firms our size
0 0 neutral | can it tag calls by job number
0 0 neutral | what's the notice period if we ever wanted to leave
0 0 neutral | let me check my diary for a follow up next week
0 0 neutral | the director popped in earlier asking about the vans not this
0 0 neutral | i make all the decisions on the office side
0 + happy | thanks for running through all that it's been helpful
"""

# Urgency and hesitation; look-alikes: "no rush", opening hours, past events, "let me think" as a formality
EN_U = """
H 0 hesitant | i'd not say no but i'd not say yes either right now
U 0 stressed | the new warranty rules kick in from april and we've got to keep call records from then
U - stressed | we take over the council repairs contract next month and they want every call logged
UI + excited | perfect timing the new sales office opens in three weeks
H 0 worried | i'm worried the engineers would feel spied on to be honest
H 0 hesitant | put it this way i wouldn't be rushing to sign anything
U 0 stressed | we need something in before the winter callouts start in october
U - stressed | the heating season kicks off next month and the phones go mental
U 0 concerned | our old recording box gets switched off at the end of the month
CU 0 concerned | the contract with the phone people ends in three weeks so we need an answer
U 0 concerned | we've got the customer care audit in six weeks and they'll want to hear call records
U - worried | the spring planting rush starts in march and we can't miss calls like last year
UI + excited | if this can be up before the loft insulation scheme opens in may it's exactly what we need
UD 0 stressed | the old system goes on the twentieth and the director has to sign before then
U 0 stressed | we've got three new sites launching in june and the sales team's doubling
U 0 concerned | the insurers want call recordings in place by the first of next month
UI + interested | honestly with the show home opening in five weeks this would be perfect timing
U - stressed | the phone system's being ripped out when we move depots on the ninth
U 0 concerned | we need it sorted before the new apprentices start answering phones in september
UB 0 concerned | the budget's there but it has to be in before the trade show at the end of the month
H 0 hesitant | i'm just not sure we're big enough to get much out of it
H 0 hesitant | hmm sounds good on paper but i've heard that one before
H 0 hesitant | i'll have a proper think about it i'm not sold yet
H 0 hesitant | maybe next year when things settle down a bit
H - unimpressed | great another app for the lads to ignore
HB 0 hesitant | with money how it is i'd rather hold off for now
H 0 hesitant | um yeah no i mean it's good it's just i'm in two minds
H 0 unsure | don't get me wrong it looks clever i just don't know if we'd use it
H 0 hesitant | we might be getting a bit ahead of ourselves here
H 0 cautious | i'd want to see it working somewhere like ours before i commit
H 0 hesitant | it's a nice to have isn't it rather than a must
H 0 sceptical | yeah they all say it'll pay for itself
H 0 hesitant | leave it with me i'm not sure it's for us
0 0 neutral | no rush on our side take your time with the proposal
0 0 neutral | what time are you open till on fridays
0 0 neutral | we had a mad winter last year with all the burst pipes
0 0 neutral | i'm off on holiday next week so we'll speak after
0 0 neutral | let me think um about twelve people answer the phones
0 0 neutral | there's no hurry at all we're just getting a feel for things
0 0 neutral | back when we did roofing too the autumn was always the busy stretch
0 - annoyed | the traffic on the m62 this morning was a nightmare
0 0 neutral | the office is shut over christmas from the twenty third
0 0 neutral | we're usually quiet in august everybody's on site or away
0 0 neutral | let me think yeah about forty calls a day give or take
"""

# Frustration, confusion, interest; look-alikes: calm complaints about other things, polite thanks
EN_F = """
X 0 confused | sorry sorry so the coaching is that a person or the software doing it
X 0 confused | hang on you've said seats and licences and users are they the same thing
X 0 confused | so when you say it scores the call it scores it out of what exactly
X 0 confused | you what sorry the line's bad did you say it records or just transcribes
XI + curious | i don't quite get the coaching bit yet but the search thing i love
F - annoyed | mate i've been on hold to your support for twenty minutes and i'm a paying customer
F - frustrated | the app you sold us logs everyone out every morning and the lads have given up on it
I + excited | the lads are gonna hate it and i love it
I + interested | that's ticked more boxes than i thought it would to be honest
I + interested | ooh can you show me that bit again the call summaries
D 0 neutral | it'll be the chairman's call at the end of the day
F - annoyed | this is the third time someone from your lot has rung me this week
F - frustrated | you said ten minutes and we're at forty
F - annoyed | i've asked twice now for a straight answer on the contract length
F - angry | your system lost a whole day's calls last month and i'm still waiting for an explanation
F - frustrated | the trial logins never worked and nobody got back to us
F - annoyed | i'm getting fed up of being passed from one person to the next
F - annoyed | oh brilliant another callback that never happens
F - frustrated | every time i ring support i get a different answer
F - angry | look i told your colleague we weren't interested and here we are again
FD - annoyed | i've said it three times i can't sign this the owner does
X 0 confused | sorry you've lost me what's the difference between scoring and coaching
X 0 confused | i don't follow how it gets the calls off the engineers' mobiles
X 0 confused | i'm not being funny but i've no idea what half of that meant
X 0 confused | so is the transcription a separate product or part of it
X 0 confused | run that by me again the bit about the seats
X 0 confused | what do you mean by sentiment tagging
X 0 confused | wait so who listens to the calls us or you
X 0 confused | i'm a bit lost is this an app or something you plug into the phones
I + interested | oh now that's clever being able to search every call for a postcode
I + excited | that'd save me hours chasing the lads about what they told customers
I + interested | i won't lie that's pretty much what i've been after for years
I + pleased | not bad not bad at all
I + interested | go on tell me more about the coaching side that's where we struggle
IR + excited | love it what's the next step to get it set up
I + interested | the bit where it flags the angry customers that's the bit i want
I + impressed | ok you've got my attention
I + happy | that'd be a game changer for the trade counter
0 - annoyed | our own customers never read the quotes properly
0 0 neutral | the weather's set us back two weeks on the landscaping jobs
0 - annoyed | the planning department take forever with everything
0 + happy | cheers that's really kind of you
0 0 neutral | the lads had the training day on the new boilers yesterday
"""

# Concurrent, français ; à côté : outils d'autres métiers, concurrents du client, autres fournisseurs
FR_C = """
C 0 neutral | bah on a déjà l'enregistrement dans notre forfait bouygues pro
CU 0 concerned | notre engagement chez ringover finit fin janvier genre dans trois semaines donc faut se décider
CP - annoyed | euh le devis de l'autre boîte il était à moitié prix hein
CF - frustrated | la solution qu'on a plante dès qu'il y a plus de trois appels en même temps c'est l'enfer
CH 0 hesitant | le logiciel actuel il est vieillot ok mais il fait le job et tout le monde l'a en main
C 0 neutral | chez nous c'est le chef d'agence qui réécoute les messages et qui note tout sur un fichier excel
CI + interested | ah ouais c'est clairement un cran au-dessus de ce que fait notre standard
CD 0 neutral | la gérante a signé avec les gens actuels il y a deux ans et c'est elle qui décidera si on les lâche
CX 0 confused | j'ai pas bien saisi vous faites quoi de plus que zendesk qu'on a déjà
C 0 neutral | notre alternant en info dit qu'il peut coder un petit outil d'écoute en interne
CP 0 concerned | l'autre proposition qu'on a reçue tournait autour de la moitié de la vôtre
CF - annoyed | notre prestataire met des jours à nous sortir un enregistrement quand un client conteste une facture de dépannage
CH 0 hesitant | franchement le module gratuit du standard suffit peut-être pour une boîte comme la nôtre
CI + excited | ça c'est un truc que notre prestataire actuel saura jamais faire
CD 0 neutral | c'est mon associé qui choisira entre vous et ce qu'on a déjà
C 0 neutral | pour les appels chantier les chefs d'équipe se font des vocaux whatsapp et basta
CU 0 stressed | keyyo arrête son option enregistrement le trente et un donc on est un peu pressés
CF - angry | ceux de chez diabolocom nous ont augmentés sans prévenir franchement c'est limite
C 0 neutral | le promoteur nous fait passer par sa plateforme pour tracer les appels des acquéreurs
CP - unimpressed | à ce prix-là je reste chez mon opérateur qui me le fait quasi gratos
CI + interested | ok le coaching là notre cahier de suivi d'appels peut pas rivaliser
C 0 neutral | on a un call center externe pour les urgences de nuit et ils enregistrent tout de leur côté
0 0 neutral | les plannings d'intervention on les fait sur obat c'est autre chose
0 0 neutral | on est trois plombiers sur la commune donc faut se démarquer
0 0 neutral | le placo on le prend chez point p et ça se passe bien
0 0 neutral | la compta est passée sur pennylane cette année
0 0 neutral | les utilitaires ont des boîtiers de géoloc c'est le loueur qui gère
0 - annoyed | le négoce d'en face fait des promos sur le ciment tous les mois ça nous tue
0 0 neutral | les métrés on les fait avec un logiciel de dessin qu'on paye à l'année
0 0 neutral | la fibre de bois on la commande chez un fabricant des vosges
0 0 neutral | le site internet c'est une agence du coin qui s'en occupe genre depuis toujours
0 0 neutral | un gros promoteur national vient de racheter le terrain à côté de notre programme
0 0 neutral | les rapports de diag humidité on les sort d'un logiciel spécialisé
0 + happy | on a gagné le lot espaces verts de la mairie face à deux autres paysagistes
0 0 neutral | les rendez-vous clients se prennent sur doctolib euh non pardon sur calendly
0 0 neutral | la vmc on l'achète chez un distributeur spécialisé pas au négoce
0 - annoyed | le cabinet de géomètres concurrent nous a piqué deux copros ça m'a agacé
0 0 neutral | nos techniciens signent les bons d'intervention sur une appli tablette
"""

# Prix et budget, français ; à côté : questions de prix neutres, prix d'autre chose, prix jugé correct
FR_P = """
P - annoyed | ah ouais non là vous êtes hors de prix
PB - concerned | ça ferait sauter toute notre enveloppe informatique
P 0 concerned | c'est un peu violent comme tarif pour une boîte de huit personnes
P - unimpressed | genre à ce prix-là il fait le café aussi
PR 0 neutral | faites-moi ça à cent cinquante et on signe aujourd'hui
CPR 0 neutral | si vous vous mettez au niveau du concurrent sur le prix je vous signe ça direct
P 0 concerned | ça me paraît beaucoup pour réécouter des coups de fil
B - worried | les banques prêtent plus aux promoteurs donc on compte chaque euro
B 0 neutral | on a prévu une ligne pour les outils du bureau dans le budget de cette année
BH 0 hesitant | avec les impayés qu'on traîne en ce moment je sais pas si c'est raisonnable
PB - concerned | on est largement au-dessus de ce qu'on s'était fixé
B - worried | y a un gel des dépenses jusqu'à nouvel ordre
P - annoyed | vous êtes sérieux là avec ce chiffre
P 0 neutral | vous faites un tarif dégressif si on équipe les trois agences
P 0 unimpressed | ça fait cher le magnéto amélioré
B 0 neutral | on peut mettre dans les cent cent cinquante balles par mois pas plus
BR + happy | les sous sont débloqués donc on peut lancer
PB - worried | avec ce qui reste cette année on pourra jamais sortir ça
P - unimpressed | c'est cher payé pour une petite entreprise d'isolation
B - concerned | on n'a pas un centime de prévu pour ça
P 0 concerned | faudrait faire un effort sur le prix là
P - annoyed | c'est plus que notre facture de téléphone sur l'année et de loin
B + neutral | cette année on a les moyens d'investir dans le bureau
B 0 neutral | on a une enveloppe de quatre mille euros pour tout ce qui est outils point barre
PB 0 concerned | ça dépasse de presque moitié ce qu'on avait budgété
BI + interested | le budget on l'a et honnêtement c'est là-dedans que j'ai envie de le mettre
P 0 concerned | j'avais en tête un prix genre abonnement téléphone pas genre leasing de camion
BH 0 hesitant | l'argent on l'a hein c'est plus de savoir si les gars vont jouer le jeu
BR + happy | la tréso est ok de mon côté vous pouvez préparer le contrat
B - worried | on sort d'un redressement donc chaque dépense passe à la loupe
P - annoyed | franchement pour trois téléphones c'est abusé
0 0 neutral | euh c'est facturé mensuel ou annuel
0 0 neutral | vos prix sont hors taxe du coup
0 - annoyed | l'acier a pris trente pour cent les armatures coûtent une fortune
0 0 neutral | ok ça correspond à peu près à ce que j'avais en tête
0 0 neutral | la facture elle tombe le premier du mois
0 0 neutral | vous prenez le virement ou que le prélèvement
0 0 neutral | si on rajoute un poste pour la nouvelle assistante ça fait combien
0 0 neutral | avec les changements de maprimerénov nos tarifs bougent sans arrêt
0 0 neutral | on vient de changer les deux camions donc gros investissement cette année
0 0 neutral | y a des frais d'installation ou pas
0 0 neutral | le prix c'est pas le problème honnêtement
0 + satisfied | bon c'est honnête comme tarif
0 0 neutral | la laine de verre s'est enfin stabilisée niveau prix
0 0 neutral | vous facturez en euros même pour la filiale belge
0 - tired | nos clients négocient toujours le prix des chaudières c'est épuisant
0 0 neutral | la remise dont vous parliez elle est déjà dans le chiffre
"""

# Décideur et passage à l'achat, français ; à côté : « c'est moi qui décide », un chef juste cité
FR_D = """
D 0 neutral | moi je peux rien signer c'est mon père qui a la main sur la boîte
D 0 neutral | tant que le boss est pas rentré de son chantier en guadeloupe rien bouge
D 0 neutral | chez nous c'est le conseil des associés qui valide tout achat
D 0 neutral | faudra le vendre au président et il aime pas trop les nouveautés
D 0 neutral | c'est la direction du groupe qui doit donner son feu vert
D 0 neutral | je prépare le dossier mais c'est pas moi qui tranche
D 0 neutral | si la secrétaire dit non c'est mort elle a le dernier mot sur tout ce qui touche au téléphone
DR + happy | la gérante a validé hier soir donc on peut y aller
DR 0 neutral | préparez le contrat c'est le directeur qui le signera demain matin
R + happy | ok c'est bon je signe où
R 0 neutral | le bon de commande je l'adresse à quel service
R + positive | on peut former l'équipe dès la semaine prochaine
R 0 neutral | vous m'envoyez le contrat par mail et je vous le retourne signé ce soir
R + happy | banco dites-moi ce qu'il vous faut pour démarrer
R 0 neutral | si vous pouvez installer avant jeudi on démarre lundi
R 0 neutral | après la signature ça se passe comment vous nous envoyez quelqu'un
R 0 neutral | envoyez la facture à la compta et ils la règlent à réception
IR + excited | franchement c'est génial on part là-dessus qu'est-ce que je dois faire
D 0 neutral | mon associé doit donner son accord pour tout engagement sur douze mois
DR 0 neutral | de mon côté c'est bon envoyez et mon associée contresignera
D - concerned | le directeur technique a déjà bloqué un projet comme ça l'an dernier faudra le rassurer
D 0 neutral | on attend la nouvelle directrice d'agence qui arrive en février avant de toucher à quoi que ce soit
R + happy | bon allez inscrivez-nous pour les dix licences
D 0 neutral | le bailleur pour qui on bosse doit approuver tout outil qui enregistre ses locataires
DR + pleased | mon mari est d'accord donc c'est parti on le prend
R 0 neutral | je vous renvoie le devis signé ou c'est moi qui vous fais un bon de commande
RD 0 neutral | c'est ok pour nous mais la signature c'est le président donc mettez-le en copie
D 0 neutral | ça passe au comité d'investissement qui se réunit en mars
R + positive | partez sur la formule annuelle et envoyez tout à mon adresse
D 0 neutral | tant que le directeur général a pas donné son ok je peux rien faire
RI + excited | ok on y va on y va vous pouvez booker l'install
0 0 neutral | c'est moi le patron donc c'est avec moi que ça se discute
0 0 neutral | mon chef est en arrêt cette semaine mais je m'occupe de tout
0 0 neutral | c'est moi qui signe les contrats de logiciels ici
0 0 neutral | ma responsable passe sa journée sur les chantiers vous tomberez sur moi
0 0 neutral | le démarrage ça se passe comment d'habitude
0 0 neutral | est-ce qu'on peut retrouver un appel avec le nom du client
0 0 neutral | l'engagement c'est combien de mois minimum
0 0 neutral | je regarde mon agenda pour qu'on se recale un point
0 0 neutral | le directeur est passé ce matin pour le planning des poseurs rien à voir
0 0 neutral | tout ce qui est bureau c'est moi qui décide
0 + happy | merci pour les explications c'était clair
0 0 neutral | mon patron a aussi un casque sans fil pour ses appels
"""

# Urgence et hésitation, français ; à côté : « rien ne presse », horaires, passé, vacances
FR_U = """
H 0 hesitant | euh ouais je sais pas trop faut voir
U 0 stressed | on livre la résidence en avril et faut que le sav enregistre dès le premier appel
U 0 stressed | faut que ce soit opérationnel avant la saison des chaudières en octobre
U - stressed | dès novembre c'est les pannes de chauffage et là c'est la folie au standard
U 0 concerned | le vieux serveur d'enregistrement est débranché fin du mois
CU 0 concerned | l'abonnement chez l'opérateur expire dans trois semaines et on veut pas le prolonger
U 0 concerned | on passe la certification qualibat dans un mois et demi et ils veulent des traces des échanges clients
U - worried | au printemps c'est la ruée sur les jardins et l'an dernier on a raté plein d'appels
UI + excited | si c'est prêt pour le lancement commercial de la résidence en mai c'est pile ce qu'il nous faut
UD 0 stressed | le standard actuel est coupé le vingt et le gérant doit signer d'ici là
U 0 stressed | on ouvre deux agences en juin et on double les commerciaux
U 0 concerned | l'assurance exige l'enregistrement des appels à partir du premier
UI + interested | avec les portes ouvertes du programme dans un mois ça tombe à pic
U - stressed | on déménage le dépôt le neuf et le standard part à la benne
U 0 concerned | les nouveaux alternants arrivent en septembre faut que ce soit en place avant
UB 0 concerned | on a l'enveloppe mais faut que ce soit installé avant le salon de l'habitat
U 0 stressed | la réglementation sur le démarchage change au premier mars et on doit pouvoir prouver nos appels
U - worried | la campagne isolation démarre dans quinze jours et on a pas de quoi suivre les appels
H 0 hesitant | je suis pas sûr qu'une petite structure comme nous en ait besoin
H 0 hesitant | mouais ça a l'air bien mais j'ai déjà entendu ce discours
H 0 hesitant | je vais y réfléchir à tête reposée je suis pas convaincu
H 0 hesitant | peut-être plus tard quand les chantiers se seront calmés
H - unimpressed | ah génial encore un outil que personne va ouvrir
HB 0 hesitant | vu les finances en ce moment je préfère lever le pied
H 0 hesitant | j'avoue je suis un peu mitigé
H 0 unsure | ça a l'air bien fichu mais est-ce qu'on s'en servira vraiment
H 0 hesitant | on s'emballe peut-être un peu là
H 0 cautious | j'aimerais voir une boîte du bâtiment qui l'utilise avant de me lancer
H 0 hesitant | c'est sympa mais c'est pas vital quoi
H 0 sceptical | ouais ouais ils disent tous que c'est rentabilisé en trois mois
H 0 hesitant | laissez-moi voir mais à mon avis c'est pas pour nous
H 0 worried | les techniciens vont avoir l'impression d'être fliqués ça me gêne un peu
0 0 neutral | rien ne presse envoyez la proposition quand vous pouvez
0 0 neutral | l'accueil est ouvert jusqu'à dix-huit heures le vendredi
0 0 neutral | l'hiver dernier avec le gel on a eu des fuites partout
0 0 neutral | je suis en congés la semaine prochaine on se rappelle après
0 0 neutral | alors attendez euh on est douze à répondre au téléphone
0 0 neutral | pas d'urgence on se renseigne juste
0 0 neutral | à l'époque où on faisait de la couverture c'était l'automne le rush
0 - annoyed | les bouchons ce matin sur l'a7 c'était une catastrophe
0 0 neutral | on ferme entre noël et le jour de l'an
0 0 neutral | en août on tourne au ralenti tout le monde est en vacances
0 0 neutral | bah je dirais une quarantaine d'appels par jour
"""

# Frustration, confusion, intérêt, français ; à côté : plaintes calmes sur autre chose, remerciements
FR_F = """
F - annoyed | vous pourriez au moins lire mon mail avant de m'appeler
CF - frustrated | avec notre prestataire actuel faut ouvrir trois tickets pour récupérer un seul enregistrement
F - annoyed | c'est la troisième fois cette semaine que quelqu'un de chez vous m'appelle
F - frustrated | vous m'aviez dit dix minutes et on en est à quarante
F - annoyed | ça fait deux fois que je demande une réponse claire sur la durée d'engagement
F - angry | votre système a perdu une journée entière d'appels le mois dernier et j'attends toujours une explication
F - frustrated | les accès d'essai ont jamais marché et personne nous a rappelés
F - annoyed | j'en ai un peu marre d'être baladé d'un interlocuteur à l'autre
F - annoyed | ah super encore un rappel qui viendra jamais
F - frustrated | à chaque fois que j'appelle le support j'ai une réponse différente
F - angry | j'ai dit à votre collègue que ça nous intéressait pas et rebelote
FD - annoyed | je vous l'ai dit trois fois c'est pas moi qui signe c'est le gérant
F - frustrated | votre appli déconnecte tout le monde chaque matin les gars ont lâché l'affaire
FP - annoyed | vous avez encore augmenté notre abonnement sans prévenir
X 0 confused | pardon je suis perdu c'est quoi la différence entre la notation et le coaching
X 0 confused | je vois pas comment ça récupère les appels des portables des techniciens
X 0 confused | sans vouloir vous vexer j'ai rien compris à la moitié de ce que vous avez dit
X 0 confused | du coup la transcription c'est un produit à part ou c'est dedans
X 0 confused | vous pouvez me réexpliquer le truc des postes
X 0 confused | ça veut dire quoi analyse de sentiment
X 0 confused | attendez qui écoute les appels nous ou vous
X 0 confused | je suis un peu paumé c'est une appli ou un boîtier qu'on branche sur les téléphones
X 0 confused | désolé ça coupait vous avez dit que ça enregistre ou que ça transcrit
X 0 confused | licence poste utilisateur c'est la même chose ou pas je m'y perds
XI + curious | le coaching j'ai pas tout pigé mais la recherche dans les appels j'adore
X 0 confused | quand vous dites que ça note l'appel ça note sur quoi exactement
CX 0 confused | c'est comme ce que fait orange ou c'est complètement autre chose je vous suis pas
I + interested | ah ça c'est malin de pouvoir chercher un code postal dans tous les appels
I + excited | ça m'éviterait des heures à courir après les gars pour savoir ce qu'ils ont dit aux clients
I + interested | je vais pas vous mentir c'est à peu près ce que je cherche depuis des années
I + pleased | pas mal pas mal du tout
I + interested | allez dites-m'en plus sur le coaching c'est là qu'on pèche
IR + excited | j'adore c'est quoi la suite pour le mettre en place
I + interested | le truc qui repère les clients énervés c'est ça qui m'intéresse
I + impressed | bon là vous avez toute mon attention
I + happy | ça changerait la vie au comptoir
I + excited | les gars vont râler mais moi je kiffe
I + interested | vous pouvez remontrer les résumés d'appels deux secondes
0 - annoyed | nos clients lisent jamais les devis correctement
0 0 neutral | la météo nous a mis deux semaines de retard sur les chantiers paysage
0 - annoyed | le service urbanisme met des plombes pour tout
0 + happy | merci c'est vraiment sympa
0 0 neutral | les gars ont eu la formation sur les nouvelles chaudières hier
"""

BLOCKS = [(EN_C, "en", "client"), (EN_P, "en", "client"), (EN_D, "en", "client"),
          (EN_U, "en", "client"), (EN_F, "en", "client"),
          (FR_C, "fr", "client"), (FR_P, "fr", "client"), (FR_D, "fr", "client"),
          (FR_U, "fr", "client"), (FR_F, "fr", "client")]
