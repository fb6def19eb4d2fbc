"""Batch 13c of the analyzer's call-speech training data: client turns only, English
and French (the French said as a French speaker would, not translated), for car
leasing firms, fleet management companies, roadside assistance, car-parts
distributors, motorcycle dealers and EV charging networks. Labelled by
docs/labelling.md ("Still open" cases avoided) in the notation of
scripts/data_notation.py ("LABELS SENTIMENT emotion | text"). Weights aimed at, by
lines carrying the signal: C ~50, P ~45, D ~45, R ~45, B ~40, U ~40, H ~40, I ~40,
F ~35, X ~30, and about 120 look-alike lines with none (0), leaning on competitor
look-alikes (tools for other jobs, the speaker's own rivals, suppliers of other
things) and price look-alikes (neutral price questions, other prices, a fair price)."""

# Competitor, English, with competitor look-alikes (0)
EN_C = """
C 0 neutral | the leasing desk's calls already go through the recorder our phone people bundled in
C 0 neutral | um so right now the breakdown line just uses the carrier's own recording and that's about it
CU 0 concerned | our deal with the call recording firm runs out on the thirtieth so we need to move before then
CP - annoyed | the other lot quoted us roughly half that for all forty seats at the parts depot
CF - frustrated | honestly the crowd we're with lose half the night shift recordings and nobody ever calls back
C 0 neutral | we had a chat with another transcription company last tuesday about the exact same thing
CH 0 hesitant | i mean the thing we've got is clunky but the sales guys at the dealership know where the buttons are
C 0 neutral | our team leader at the charging hotline scores calls on a google sheet every friday
C 0 neutral | the fleet side uses the listening feature that came free with zendesk talk
CI + interested | ok that's leagues ahead of what ringover gives us out of the box
CD 0 neutral | the ops director would want you and the current recording people in the same room before anything
C 0 neutral | one of our it lads reckons he could rig up something with the api and a bit of python
CP 0 concerned | the carrier does transcripts for nothing so you're kind of up against free
CU 0 neutral | uh our vonage contract ends at the end of next month which is why i took the call
C 0 neutral | at the bike showroom they just scribble the callbacks in a notebook by the counter
CB 0 concerned | what we pay the current supplier is pretty much all the money there is for this so you'd have to replace them outright
CR + happy | we're done with the old recording outfit so send over the paperwork and we'll kick off
CX 0 confused | sorry how is this different from what orange already records for us
CH 0 hesitant | we only just got the agents used to the aircall scorecards i'd hate to yank that away from them
CP - unimpressed | not being funny but the lads we've got now do the lot for about a third of that
CF - annoyed | the lot we pay now leave support tickets sitting for a fortnight its a joke
CI + excited | oh wow that coaching bit is miles better than the reports talkdesk spits out
CD 0 neutral | the franchise owner chose our call recording people so he'd have to be the one to drop them
C 0 neutral | we used a transcription outfit a couple of years back for the roadside line then stopped
CU 0 stressed | our licence with the recording vendor lapses friday week and we we haven't renewed
0 0 neutral | we've got a telematics system on the vans so we know where they all are
0 0 neutral | the leasing company down the road has been undercutting us on van deals all year
0 - annoyed | our tyre supplier was late again this week which is a pain but that's another story
0 0 neutral | the booking tool for servicing is a separate thing and we're happy with it
0 0 neutral | we run sage for the accounts and a different package for payroll
0 0 neutral | honestly the other dealers in town are all fighting over the same used bikes
0 0 neutral | the chargers themselves come from a manufacturer in germany
0 0 neutral | the parts catalogue software is what the counter staff live in all day
0 0 neutral | recovery trucks get dispatched through a separate routing app on the tablets
0 0 neutral | we switched fuel card providers last year nothing to do with the phones
0 0 neutral | does it plug into our switchboard or do we need an extra box
0 0 curious | which crm do your other customers in automotive tend to run
0 0 neutral | the big franchise dealer across the ring road opened a second showroom in march
FC - frustrated | i'm sick to death of our recording supplier losing calls right when we need them for a dispute
0 0 neutral | we buy our brake pads through a wholesaler in leeds and they're fine
0 0 neutral | the ev drivers pay through an app that a partner runs for us
0 0 neutral | our rivals in the leasing market all seem to be going electric
0 0 neutral | we use microsoft teams for internal meetings and that's about it
0 0 neutral | the dealer management system handles stock and finance not calls
"""

# Concurrent, français, avec des faux amis du concurrent (0)
FR_C = """
C 0 neutral | la lld passe déjà par l'option enregistrement que l'opérateur nous a collée dans le forfait
C 0 neutral | euh à l'assistance pour l'instant c'est l'enregistrement de base de bouygues pro et basta
CU 0 concerned | on est engagés avec la boîte d'enregistrement jusqu'au trente après faut qu'on ait tranché
CP - annoyed | bah l'autre devis il est à moitié prix pour les mêmes quarante postes au dépôt
CF - frustrated | ceux qu'on a actuellement ils ont paumé tout un mois d'écoutes et on attend toujours une explication
C 0 neutral | on a eu un rendez-vous avec une autre société de transcription mardi pour le même sujet
CH 0 hesitant | bon l'outil qu'on a c'est pas la panacée mais à la concession tout le monde le connaît par coeur
C 0 neutral | la responsable du support bornes fait ses grilles d'écoute sur un excel le vendredi
C 0 neutral | côté gestion de flotte on se sert de l'écoute fournie avec zendesk
CI + interested | ah ouais là vous êtes clairement un cran au-dessus de ce que ringover nous propose
CD 0 neutral | le dg voudra vous mettre face à notre prestataire actuel avant de signer quoi que ce soit
C 0 neutral | notre informaticien dit qu'avec l'api de l'opérateur il peut bidouiller un truc maison
CP 0 concerned | l'opérateur nous fait les transcriptions gratos donc bon faut battre du gratuit
CU 0 neutral | notre contrat avec diabolocom s'arrête dans cinq semaines c'est pour ça que je vous ai rappelé
C 0 neutral | chez le concessionnaire moto les rappels clients c'est un cahier à spirale près de la caisse
CB 0 concerned | ce qu'on verse à l'actuel c'est à peu près toute l'enveloppe donc faudrait les remplacer pas s'ajouter
CR + happy | on a dénoncé le contrat de l'ancien prestataire donc envoyez les documents et on démarre
CX 0 confused | pardon mais concrètement ça change quoi par rapport à ce que sfr enregistre déjà
CH 0 hesitant | les conseillers viennent tout juste de s'habituer aux grilles d'aircall du coup tout changer ça me gêne
CP - unimpressed | sans vouloir vous vexer les gars qu'on a font tout ça pour genre un tiers du prix
CF - annoyed | chez notre prestataire un ticket support ça traîne quinze jours minimum c'est du grand n'importe quoi
CI + excited | oh le module de coaching là il écrase complètement les rapports de talkdesk
CD 0 neutral | c'est le franchisé qui a signé avec ces gens-là pour l'enregistrement donc c'est à lui de les lâcher
C 0 neutral | on avait pris un service de transcription y a deux ans pour la ligne dépannage puis on a arrêté
CU 0 stressed | la licence chez keyyo expire vendredi en huit et personne a renouvelé
0 0 neutral | tous nos utilitaires ont un boîtier de géolocalisation pour savoir où ils sont
0 0 neutral | le loueur d'à côté casse les prix sur les utilitaires depuis janvier
0 - annoyed | bah notre fournisseur de pneus a encore livré en retard mais bon c'est un autre sujet
0 0 neutral | la prise de rendez-vous atelier c'est un logiciel à part et il nous convient très bien
0 0 neutral | la compta c'est sur sage et la paie on la sous-traite à un cabinet
0 0 neutral | les concessions du coin se battent toutes pour les mêmes motos d'occasion
0 0 neutral | les bornes elles-mêmes on les achète à un fabricant allemand
0 0 neutral | au comptoir les gars vivent dans le catalogue pièces toute la journée
0 0 neutral | les dépanneuses sont dispatchées par une appli de tournée sur tablette
0 0 neutral | on a changé de fournisseur de cartes carburant l'an dernier rien à voir avec la téléphonie
0 0 neutral | est-ce que ça se branche sur notre standard ou faut un boîtier en plus
0 0 neutral | le gros concessionnaire de la zone commerciale a ouvert un deuxième showroom en mars
FC - frustrated | j'en ai ras le bol de notre prestataire qui perd les appels pile quand on en a besoin pour un litige
0 0 neutral | les plaquettes on les prend chez un grossiste à lyon ils sont bien
0 0 neutral | les conducteurs paient la recharge via l'appli d'un partenaire
0 0 neutral | nos concurrents loueurs passent tous à l'électrique en ce moment
0 0 neutral | on utilise teams pour les réunions internes c'est tout
0 0 neutral | le dms gère le stock et le financement pas les appels
0 0 curious | vos autres clients dans l'automobile ils tournent avec quel crm en général
"""

# Price objection, English, with price look-alikes (0)
EN_P = """
P - unimpressed | that's a lot of money for something that basically records phone calls
P 0 concerned | hmm that number's a bit steep for a parts counter with six people on the phones
PR 0 neutral | shave a bit off the monthly and i'll sign before the weekend
PB - worried | that'd swallow everything we've got earmarked for software at the dealership this year
F - annoyed | you sent the quote to the wrong branch again and i had to chase it
P 0 hesitant | is there any wiggle room there because it's more than i'd hoped
PH 0 hesitant | i dunno it feels pricey for what we'd actually touch day to day
P - frustrated | that costs more than the phones themselves do for the leasing desk it's mad
X 0 confused | so is the four regions thing one account or four separate ones im not following
PB - stressed | way more than we set aside and the year's only half gone
P 0 unimpressed | i was expecting a lot fewer zeros on the end to be honest
P - annoyed | three grand a month for call recording come on
PI + interested | love the product honestly just not at that price
PR + hopeful | sort the setup fee out and we can sign today
PU 0 stressed | we need it before the spring lease rush but not at that number
P 0 neutral | any chance of a discount if we commit for two years
PH 0 hesitant | the price makes me nervous given how small the bike shop is
PD 0 concerned | my finance director will choke when he sees that figure
P - unimpressed | for a charging network our size thats steep mate
X 0 confused | hang on is the setup fee a one off or does it come back every year
PF - annoyed | and now there's an extra charge for transcription on top seriously
P 0 neutral | could you knock something off if we pay annually up front
0 0 neutral | how much is it per user per month roughly
0 0 neutral | is that price including vat or on top
0 0 neutral | ok so the price seems fair for what it does
0 + happy | honestly that's less than i expected
0 0 neutral | do you invoice monthly or quarterly
0 0 neutral | the price isn't really the problem here
0 0 neutral | our lease rates on the vans went up four percent this year
0 - annoyed | parts prices from the manufacturer are up again and it's killing our margins
0 0 neutral | what's in the standard plan versus the pro one
0 0 neutral | is the discount you mentioned earlier still on
0 0 neutral | do you charge per minute recorded or flat per seat
0 0 neutral | electricity costs on the chargers went through the roof last winter
0 0 neutral | is there a cost for keeping recordings longer than a year
0 0 neutral | right so it's per seat not per site got it
0 0 neutral | that's about what i thought it'd cost actually
0 0 neutral | we pay the insurer monthly so monthly billing would suit us
0 0 neutral | what's the price for adding a supervisor seat later on
0 0 neutral | the fuel card people charge us a flat monthly fee which suits us
0 0 neutral | that's a sensible figure for forty seats i'll give you that
"""

# Objection prix, français, avec des faux amis du prix (0)
FR_P = """
P - unimpressed | ah quand même c'est cher payé pour écouter des coups de fil
P 0 concerned | euh pour un comptoir pièces de six personnes ça pique un peu
PR 0 neutral | vous me faites dix pour cent et je signe dans la semaine
PB - worried | ça nous mangerait toute l'enveloppe logiciels de la concession pour l'année
F - annoyed | vous avez encore envoyé le devis à la mauvaise agence j'ai dû courir après
P 0 hesitant | y a moyen de faire un geste parce que c'est au-dessus de ce que j'imaginais
PH 0 hesitant | bof je trouve ça cher pour ce qu'on utiliserait vraiment au quotidien
P - frustrated | c'est plus que toute notre facture télécom du service location c'est délirant
X 0 confused | les quatre régions ça fait un seul compte ou quatre je suis pas sûr de suivre
PB - stressed | c'est bien au-delà de ce qu'on avait prévu au budget et on est qu'en juin
P 0 unimpressed | j'm'attendais à un chiffre avec un zéro de moins franchement
P - annoyed | trois mille par mois pour enregistrer des appels faut pas abuser
PI + interested | j'adore le produit hein c'est juste le tarif qui coince
PR + hopeful | si vous sautez les frais de mise en service on signe aujourd'hui
PU 0 stressed | faut que ça tourne avant la rentrée des contrats lld mais pas à ce tarif
P 0 neutral | vous faites une remise si on s'engage sur deux ans
PH 0 hesitant | pour une petite concession moto comme la nôtre le prix me fait un peu peur
PD 0 concerned | le daf va s'étrangler quand il verra ce chiffre
P - unimpressed | pour un réseau de bornes de notre taille c'est salé
X 0 confused | attendez les frais de mise en service c'est une fois ou tous les ans
PF - annoyed | et en plus la transcription est en option payante sérieusement
P 0 neutral | si on paye l'année d'avance vous pouvez baisser un peu
0 0 neutral | ça revient à combien par utilisateur et par mois à peu près
0 0 neutral | le prix il est ht ou ttc
0 0 neutral | ok le tarif me paraît correct pour ce que ça fait
0 + happy | ah c'est moins que ce que je pensais en fait
0 0 neutral | la facturation c'est mensuel ou trimestriel
0 0 neutral | le prix c'est pas vraiment le sujet pour nous
0 0 neutral | nos loyers de location sur les utilitaires ont pris quatre pour cent cette année
0 - annoyed | les prix des pièces constructeur ont encore augmenté ça nous bouffe la marge
0 0 neutral | qu'est-ce qu'il y a dans l'offre de base par rapport à la premium
0 0 neutral | la remise dont vous parliez tout à l'heure elle tient toujours
0 0 neutral | vous facturez à la minute enregistrée ou au forfait par poste
0 0 neutral | le prix du kilowattheure sur les bornes a flambé l'hiver dernier
0 0 neutral | garder les enregistrements plus d'un an ça coûte quelque chose
0 0 neutral | d'accord donc c'est par poste et pas par site c'est noté
0 + neutral | c'est à peu près le prix auquel je m'attendais en fait
0 0 neutral | on paye l'assureur au mois donc une facture mensuelle ça nous irait
0 0 neutral | ça coûte combien d'ajouter un poste superviseur plus tard
0 0 neutral | le prestataire des cartes carburant nous prend un forfait mensuel et ça nous va
0 0 neutral | pour quarante postes c'est un montant raisonnable je vous l'accorde
"""

# Decision maker and closing readiness, English, with look-alikes (0)
EN_DR = """
D 0 neutral | the regional manager signs off anything like this not me
D 0 neutral | nothing moves until the md is back from the motor show
D 0 neutral | the fleet director will want to see it working before anyone signs
D 0 neutral | it's the owners' call really they're brothers and they both have to agree
DR + happy | send it over the finance director signs contracts on thursdays
DR + happy | the boss gave it the thumbs up this morning so let's crack on
D 0 neutral | the franchise group has to approve any new software at the dealerships
DH 0 hesitant | i like it but getting head office to swallow it is another story
D 0 neutral | i'll need to show this to the operations director she's the one with the pen
D 0 concerned | procurement at the parent company gets involved for anything over twelve months
DI + interested | i really like this i need to get my boss on a call with you
D 0 neutral | the board meets on the fifteenth and it'd have to go to them
DU 0 stressed | we need it live by april but the ceo's got to sign first
DR 0 neutral | fine draft the contract and i'll get the directors to put their names on it
D 0 neutral | it'll have to wait till my manager's back from leave she won't let me sign
DR + pleased | the owner's okayed it so what do you need from us to start
DF - annoyed | i keep telling you i can't sign this myself the group's it director does
DP 0 concerned | getting that figure past the old man upstairs won't be easy
D 0 neutral | the head of customer service at the leasing arm is who you need to win over
DH 0 hesitant | not sure the partners would go for it to be honest
R + happy | ok go on then where do i sign for the leasing desk
R 0 neutral | right who should the purchase order go to on your side
R + interested | what's the earliest you could get us set up on the breakdown line
R + happy | send the contract over today and i'll have it back to you tomorrow
R 0 neutral | stick the invoice through to our accounts lot and they'll pay it
RI + excited | brilliant when can the onboarding start for the parts team
R 0 neutral | right so if we say yes today when would the agents get trained
R + pleased | go on then sign us up for the forty seats
RB + happy | finance released the funds yesterday so we're good to go whenever you are
R 0 neutral | can we start with the two bike shops on monday and add the rest later
R + happy | we're in what do you need from us to get the recordings going
R 0 neutral | pop the order form in an email and i'll fill it in
R + happy | if you can have it live by the first we can start the team on it straight away
0 0 neutral | the gaffer's in tenerife this week anyway where was i
0 0 neutral | i'm the owner so it's my decision at the end of the day
0 0 neutral | i sign off the software here
0 0 neutral | how does onboarding usually work for a firm like ours
0 0 neutral | let me check my calendar for a follow up next week
0 0 neutral | my manager drives one of our leased teslas funnily enough
0 0 neutral | what's the notice period if we ever want to cancel
0 0 neutral | i decide on this kind of thing so you're talking to the right person
RX 0 confused | right we want it i just don't get whether we sign with you or the reseller
0 + neutral | thanks that's really helpful for the fleet team
0 0 neutral | nice ok moving on what about other languages
0 0 neutral | let me think um we've got about thirty agents
0 0 neutral | it's been chucking it down all week the recovery guys are soaked
0 0 neutral | traffic on the m6 was a nightmare this morning sorry i'm late
0 0 neutral | our customers moan about the charger queues but that's just the job
"""

# Décideur et passage à l'achat, français, avec des faux amis (0)
FR_DR = """
D 0 neutral | c'est le directeur régional qui valide ce genre de dépense pas moi
D 0 neutral | rien ne bouge tant que le patron est pas rentré du salon de la moto
D 0 neutral | le responsable flotte voudra voir ça tourner en vrai avant que quiconque signe
D 0 neutral | c'est les deux associés qui décident et faut qu'ils soient d'accord tous les deux
DR + happy | envoyez le contrat le daf signe le parapheur le jeudi
DR + happy | mon n plus un vient de donner son feu vert donc on y va
D 0 neutral | le groupe doit homologuer tout nouveau logiciel dans les concessions
DH 0 hesitant | moi ça me plaît mais faire avaler ça au siège c'est une autre paire de manches
D 0 neutral | faut que je le montre à la directrice des opérations c'est elle qui signe
D 0 concerned | au-delà de douze mois d'engagement les achats de la maison mère doivent s'en mêler
DI + interested | franchement j'accroche faut que je vous organise un call avec mon boss
D 0 neutral | le comité de direction se réunit le quinze et faudra passer devant eux
DU 0 stressed | faut que ce soit en place en avril mais le pdg doit signer avant
DR 0 neutral | bon préparez le contrat et je le fais signer par les gérants
D 0 neutral | faudra attendre le retour de congé de ma responsable elle veut pas que je signe sans elle
DR + pleased | le gérant a dit banco qu'est-ce qu'il vous faut pour démarrer
DF - annoyed | je vous répète que je peux pas signer moi-même c'est le dsi du groupe
DP 0 concerned | faire passer ce montant au patron ça va être coton
D 0 neutral | chez le loueur c'est la responsable relation client qu'il faut convaincre
DH 0 hesitant | pas sûr que les associés suivent pour être honnête
R + happy | bon allez on y va je signe où
R 0 neutral | le bon de commande je l'envoie à qui
R + interested | vous pouvez nous installer ça quand au plus tôt sur la ligne dépannage
R + happy | envoyez-moi le contrat aujourd'hui je vous le retourne demain
R 0 neutral | la facture vous l'envoyez à la compta et c'est réglé dans la foulée
RI + excited | génial on commence la formation du comptoir pièces quand
R 0 neutral | si on dit oui aujourd'hui les conseillers sont formés quand du coup
R + pleased | allez c'est bon inscrivez-nous pour les quarante postes
RB + happy | l'enveloppe est validée donc on peut y aller quand vous voulez
R 0 neutral | on commence par les deux magasins moto lundi et on ajoute le reste après
R + happy | c'est bon pour nous qu'est-ce qu'il vous faut pour lancer les enregistrements
R 0 neutral | mettez-moi le bon de commande par mail et je le remplis
R + happy | si vous pouvez l'activer pour le premier on met l'équipe dessus direct
0 0 neutral | mon chef est en vacances cette semaine mais bref je disais
0 0 neutral | c'est moi le gérant donc au final c'est moi qui décide
0 0 neutral | c'est moi qui valide les logiciels ici
0 0 neutral | l'onboarding ça se passe comment en général pour une boîte comme la nôtre
0 0 neutral | je regarde mon agenda pour qu'on se recale la semaine prochaine
0 0 neutral | mon directeur roule dans une de nos zoé en location d'ailleurs
0 0 neutral | c'est quoi le préavis si un jour on veut résilier
RX 0 confused | bon on le veut mais je comprends pas si on signe avec vous ou avec l'intégrateur
0 + neutral | merci c'est très clair
0 0 neutral | ok sympa on passe aux langues du coup
0 0 neutral | alors attendez euh on a une trentaine de conseillers
0 0 neutral | il pleut des cordes depuis une semaine les dépanneurs sont trempés
0 0 neutral | le périph était bouché ce matin désolé pour le retard
0 0 neutral | nos clients râlent sur l'attente aux bornes mais c'est le métier
"""

# Budget and urgency, English, with look-alikes (0)
EN_BU = """
B 0 neutral | we've got money put by for call quality this year
B 0 concerned | honestly money's been tight since the dealership refit
B - worried | everything's frozen until the new financial year i'm afraid
B + happy | money's not what's holding us back the board just wants it fixed
B 0 neutral | we could stretch to maybe fifteen hundred a month tops
B - worried | we just don't have the cash right now after all the new chargers went in
BR + happy | the money's there so let's get the paperwork moving
B 0 concerned | we're a small parts distributor there isn't a lot in the kitty
B 0 neutral | the budget's there its more a question of which quarter
BH 0 hesitant | with cash like it is i'm wary of signing up to anything new
B - stressed | we've cut spending on everything bar fuel this year
B 0 neutral | we've ringfenced about ten k for training tools
B 0 concerned | after the recovery truck repairs there's not much left to play with
B 0 neutral | there's some left over from the telematics project that could go on this
B - worried | the leasing side's running on a shoestring until the new contracts land
BI + interested | we've been saving up for exactly this kind of thing
BU 0 stressed | we've got the money and we need it in before the summer touring season
U 0 stressed | we need something in place before the regulator's audit in six weeks
U 0 concerned | our old recording box gets switched off at the end of the month
U 0 stressed | the spring registration rush is like four weeks away and we're nowhere
U 0 worried | winter's when breakdown calls triple so it has to be done by november
U 0 stressed | the new charging network launches in three weeks and we need the calls covered
U 0 concerned | the fca review is in january so we can't hang about
UI + excited | the sooner the better honestly this would sort our winter peak
U 0 neutral | we open the new showroom on the tenth and want it running from day one
U - stressed | the phone system's being retired on friday and nobody's sorted a replacement
U 0 concerned | our biggest lease client reviews our contract in a fortnight and wants proof of call quality
U 0 neutral | there's a tender due next month that asks how we monitor calls
U 0 worried | bike season kicks off in march we can't be mid install then
UH 0 hesitant | i know it's pressing but i'm not convinced this is the fix
U 0 stressed | the board wants this sorted before the year end results so we're up against it
0 0 neutral | no rush at all we're just having a look
0 0 neutral | we're closed on sundays so calls go to voicemail
0 0 neutral | last winter was mad for breakdowns but it's calmer now
0 0 neutral | i'm off on holiday the week after next just so you know
0 0 neutral | we spent a fortune on the new workshop last year it looks great though
0 0 neutral | there's no deadline on this we'll get to it when we get to it
0 0 neutral | the lines open at seven and close at ten
0 0 neutral | the chargers had an outage in august but that's all sorted now
"""

# Budget et urgence, français, avec des faux amis (0)
FR_BU = """
B 0 neutral | on a une ligne budgétaire pour la qualité d'appel cette année
B 0 concerned | bah depuis la rénovation de la concession la trésorerie est tendue
B - worried | tout est gelé jusqu'au prochain exercice désolé
B + happy | le budget c'est pas un souci la direction veut que ça se règle
B 0 neutral | on pourrait monter à quinze cents par mois grand max
B - worried | avec toutes les bornes qu'on vient de poser on a plus un rond
BR + happy | les sous sont là donc on lance la paperasse
B 0 concerned | on est un petit distributeur de pièces y a pas des masses dans la caisse
B 0 neutral | l'argent est prévu c'est plutôt une question de trimestre
BH 0 hesitant | avec la trésorerie qu'on a je suis frileux pour m'engager sur du nouveau
B - stressed | on a serré la vis sur toutes les dépenses cette année sauf le carburant
B 0 neutral | on a mis de côté une dizaine de k pour les outils de formation
B 0 concerned | après les réparations des dépanneuses il reste pas grand-chose
B 0 neutral | il nous reste un reliquat du projet télématique qui pourrait aller là-dessus
BI + interested | ça fait un moment qu'on met de côté pour ce genre d'outil justement
BU 0 stressed | on a les fonds et faut que ce soit en place avant la saison des balades d'été
B - worried | côté location on tourne à l'économie tant que les nouveaux contrats sont pas signés
U 0 stressed | faut un truc en place avant l'audit du régulateur dans six semaines
U 0 concerned | notre vieux boîtier d'enregistrement est débranché à la fin du mois
U 0 stressed | le rush des immatriculations de printemps c'est dans quatre semaines et on est pas prêts
U 0 worried | l'hiver les appels de dépannage triplent donc faut que ce soit bouclé pour novembre
U 0 stressed | le nouveau réseau de bornes ouvre dans trois semaines et faut couvrir les appels
UI + excited | le plus tôt sera le mieux franchement ça nous sauverait le pic de l'hiver
U 0 neutral | on inaugure le nouveau showroom le dix et on veut que ça tourne dès le premier jour
U - stressed | le standard est arrêté vendredi et personne a prévu de remplacement
U 0 concerned | notre plus gros client en lld revoit notre contrat dans quinze jours et veut des preuves sur la qualité des appels
U 0 neutral | on a un appel d'offres à rendre le mois prochain qui demande comment on contrôle les appels
U 0 worried | la saison moto démarre en mars on peut pas être en pleine installation à ce moment-là
UH 0 hesitant | je sais que ça presse mais je suis pas convaincu que ce soit la solution
U 0 stressed | la direction veut que ce soit réglé avant la clôture des comptes donc on est charrette
0 0 neutral | rien ne presse on se renseigne juste
0 0 neutral | le dimanche on est fermés donc ça bascule sur la messagerie
0 0 neutral | l'hiver dernier c'était la folie côté dépannages mais là c'est calme
0 0 neutral | je pars en congés dans quinze jours je vous préviens
0 0 neutral | on a mis une fortune dans le nouvel atelier l'an dernier mais il est top
0 0 neutral | y a pas de date butoir on le fera quand on le fera
0 0 neutral | la ligne est ouverte de sept heures à vingt-deux heures
0 0 neutral | les bornes ont eu une panne en août mais c'est réglé depuis
"""

# Hesitation, interest, frustration, confusion, English, with look-alikes (0)
EN_HIFX = """
H 0 hesitant | hmm i'm just not sure the lads on the counter would ever use it
H 0 hesitant | i'd want to sleep on it to be honest
H 0 hesitant | sounds good on paper i just don't know if we need all that
H - unimpressed | oh lovely another screen for the lads to ignore
H 0 hesitant | let's see how the quarter goes first and maybe circle back
H 0 worried | i'm a bit wary of recording everyone it might not go down well with the mechanics
HX 0 confused | i'm not sure i get what the scoring does for us so i'm on the fence
H 0 hesitant | it's interesting but not sure it's for an outfit our size
H 0 hesitant | can i be honest i'm not convinced it'd pay for itself
H 0 hesitant | we've been burnt by shiny software before so i'm cautious
H 0 hesitant | put it this way i wouldn't bet the house on it yet
HI + hesitant | i really do like it i'm just not sure we're ready to bite
I + interested | ooh that's actually really clever the way it flags the angry callers
I + excited | this is exactly what we've been after for the roadside team
I + interested | not bad at all not bad i could see the leasing lads using that
I + happy | right you've got my attention
I + interested | can you show me that coaching bit again that's brilliant
I + interested | i'll be honest that's better than i expected
I + excited | the transcription on the french calls is spot on wow
IR + excited | love it how quickly can we get going
I + interested | that would save my supervisors hours every week genuinely
I + interested | i could see this working nicely across all six depots
F - annoyed | this is the third time i've had to explain our setup to your lot
F - frustrated | your demo link didn't work again i've wasted half an hour
F - annoyed | i asked for pricing two weeks ago and still nothing
F - frustrated | every time i ring your support i get a different answer
F - annoyed | look you keep cutting me off let me finish
F - angry | your trial lost all our recordings from the weekend
FH - frustrated | honestly after that onboarding mess i'm not sure i want to carry on
F - annoyed | we were promised the integration by now and it's still not there
F - annoyed | i don't appreciate being chased five times a day
X 0 confused | sorry what's the difference between a seat and a licence
X 0 confused | i'm lost how does it even get the calls off our phones
X 0 confused | wait so is transcription included or not
X 0 confused | you lost me at the bit about the api
X 0 confused | hang on does it record both sides or just our agents
X 0 confused | i didn't quite follow what happens to recordings after ninety days
X 0 confused | um so is this an app or something we install on the handsets
X 0 confused | sorry can you go over the scoring again i didn't get it
IX + curious | i love this but i don't get how the scoring decides what a good call is
F - frustrated | i've been on hold to your sales line twice this week which is a bit rich for a call tool
F - annoyed | nobody from your side turned up to the demo we booked on friday
F - annoyed | the trial still shows the wrong time zone after three emails about it
X 0 confused | what do you mean by sentiment tagging is that the agent or the customer
I + excited | oh that's a proper game changer for the parts counter honestly
"""

# Hésitation, intérêt, frustration, confusion, français, avec des faux amis (0)
FR_HIFX = """
H 0 hesitant | mouais je vois pas trop les gars du comptoir s'en servir
H 0 hesitant | laissez-moi la nuit pour y réfléchir honnêtement
H 0 hesitant | sur le papier c'est joli mais est-ce qu'on a besoin de tout ça je sais pas
H - unimpressed | génial encore un écran que les gars vont ignorer
H 0 hesitant | on va voir comment se passe le trimestre et on en reparle peut-être
H 0 worried | enregistrer tout le monde j'ai peur que les mécanos le prennent mal
HX 0 confused | je capte pas bien ce que la notation nous apporte du coup je suis mitigé
H 0 hesitant | c'est intéressant mais pour une structure comme la nôtre je suis pas sûr
H 0 hesitant | pour être franc je suis pas convaincu que ça se rentabilise
H 0 hesitant | on s'est déjà fait avoir par des logiciels tout beaux donc je suis prudent
H 0 hesitant | disons que je mettrais pas ma main à couper que ça marche chez nous
HI + hesitant | ça me plaît vraiment hein c'est juste que je suis pas sûr qu'on soit prêts
I + interested | ah c'est malin le repérage des clients énervés
I + excited | c'est exactement ce qu'on cherchait pour l'équipe assistance
I + interested | pas mal du tout je vois bien les gars de la location utiliser ça
I + happy | bon là vous m'intéressez
I + interested | vous pouvez me remontrer la partie coaching c'est top
I + interested | je vais être honnête c'est mieux que ce que je pensais
I + excited | waouh la transcription des appels en anglais est nickel
IR + excited | j'adore on peut démarrer quand
I + interested | ça ferait gagner des heures à mes superviseurs chaque semaine sans rire
I + interested | genre je le vois bien tourner sur nos six agences
F - annoyed | c'est la troisième fois que j'explique notre config à vos équipes
F - frustrated | le lien de la démo marche encore pas j'ai perdu une demi-heure
F - annoyed | j'ai demandé les tarifs il y a deux semaines et toujours rien
F - frustrated | à chaque fois que j'appelle votre support on me dit un truc différent
F - annoyed | laissez-moi finir s'il vous plaît vous arrêtez pas de me couper
F - angry | votre version d'essai a perdu tous nos enregistrements du week-end
FH - frustrated | après le bazar de l'onboarding je sais pas si j'ai envie de continuer
F - annoyed | on nous avait promis l'intégration pour maintenant et toujours rien
F - annoyed | être relancé cinq fois par jour ça m'agace
X 0 confused | pardon c'est quoi la différence entre un poste et une licence
X 0 confused | je suis perdu comment ça récupère les appels de nos téléphones
X 0 confused | attendez la transcription elle est comprise ou pas
X 0 confused | vous m'avez perdu au moment de l'api
X 0 confused | euh ça enregistre les deux côtés ou juste nos conseillers
X 0 confused | j'ai pas bien suivi ce qui arrive aux enregistrements après quatre-vingt-dix jours
X 0 confused | c'est une appli ou un truc qu'on installe sur les postes
IX + curious | j'adore mais je pige pas comment la note d'appel est calculée
F - frustrated | j'ai attendu vingt minutes en ligne chez vous c'est un comble pour un outil d'appels
F - annoyed | personne de chez vous s'est connecté à la démo de vendredi
F - annoyed | trois mails pour signaler le bug du fuseau horaire et rien a bougé
X 0 confused | l'analyse de sentiment ça porte sur le conseiller ou sur le client j'ai pas compris
I + excited | ah ouais ça va changer la vie du comptoir pièces ça
"""

BLOCKS = [(EN_C, "en", "client"), (FR_C, "fr", "client"), (EN_P, "en", "client"),
          (FR_P, "fr", "client"), (EN_DR, "en", "client"), (FR_DR, "fr", "client"),
          (EN_BU, "en", "client"), (FR_BU, "fr", "client"), (EN_HIFX, "en", "client"),
          (FR_HIFX, "fr", "client")]
