"""Batch 13d of the analyzer's call-speech training data: client turns only, in
English and French (the French written as French speakers say it, not translated).
Situations: ticketing agencies, streaming services' support lines, book and
magazine publishers, newspaper subscription desks, video-game studios' player
support, sports clubs' membership and season-ticket offices. Notation of
scripts/data_notation.py:

    LABELS SENTIMENT emotion | text

Labels follow docs/labelling.md with its "Cases the guide left open, decided"; the
cases under "Still open" are avoided. Weights aimed at, by lines carrying the
signal: C ~50, P ~45, D ~45, R ~45, B ~40, U ~40, H ~40, I ~40, F ~35, X ~30, and
about 120 lines with no signal that look like one (tools for other jobs, the
speaker's own rivals, suppliers of other things, neutral price and invoice
questions, prices of other things, a price found fair, a boss merely mentioned,
opening hours, past events, polite thanks, negations)."""

EN_C = """
C 0 neutral | the box office calls already go through the recording bit that came bundled with our phone system
CU 0 stressed | our deal with the recording people ends on the thirtieth and season tickets go on sale the week after so we need to choose
CP - annoyed | the lot who run our subs desk phones quoted about half of that for the same team
C 0 neutral | um player support is on zendesk talk and as far as i know that keeps every call
CH 0 hesitant | the thing we've got is a bit creaky but the agents know it inside out you know
CF - frustrated | the current provider lost a whole weekend of recordings during the cup final sales and just shrugged
CD 0 neutral | the head of membership would want to see you side by side with what we pay for now
CI + interested | okay that is miles ahead of whatever our phone company bolts on
C 0 neutral | the subscriptions supervisor just listens in live and marks a paper score sheet
C 0 neutral | our dev guys reckon they could knock this up themselves in a sprint or two
CB 0 neutral | whatever we stop paying the old recording firm is roughly what there'd be for you
CR + happy | we've given notice to the previous provider so send the paperwork and let's crack on
CX 0 confused | sorry how's that different from what ringover records for us already
CU 0 concerned | the licence on the old qa tool runs out on the fifteenth and nobody's renewing it
C 0 neutral | the magazine side signed two years with their telephony firm last spring and recording's in that
CH 0 doubtful | not convinced yours does much beyond the free transcripts the carrier gives us to be honest
CF - annoyed | the people we're with now take a week to answer a ticket which is rich for a support company
CD 0 neutral | our commercial director chose the current system so he'd be the one to bin it
CI + excited | the coaching side alone beats anything the incumbent's ever shown us
C 0 neutral | we score calls in a shared sheet at the minute it's crude but it does the job
CP 0 concerned | a rival quote landed yesterday well below yours and my finance lot have seen it
CD 0 neutral | the ceo loves the crowd we use now so he'd have to be talked out of them
CU 0 neutral | the aircall contract's up at the end of next month hence the call
CH 0 hesitant | the old helpdesk does maybe seventy percent of this and i wonder if the other thirty's worth the fuss
CFP - frustrated | the current crowd keeps hiking prices and yours is even higher i mean come on
CI + pleased | right that's exactly the bit our current setup has never managed
0 0 neutral | we sell through one of the big ticketing platforms and they take a cut of every booking
0 0 neutral | every club in the league puts its season tickets on sale in the same fortnight
0 - concerned | the printers changed paper supplier and that's why the monthly came out late
0 0 neutral | renewal reminders go out through mailchimp about six weeks before expiry
0 - worried | honestly the big streaming platforms are eating our subscriber numbers
0 0 neutral | the game servers are hosted by a cloud firm so the outage wasn't down to us
0 0 neutral | our distributor handles the bookshop orders we just do readers and subscribers
0 0 neutral | overtime for the agents comes out of the payroll software not the phones
0 0 neutral | the rival paper across town put its cover price up last month
0 0 neutral | we use a separate booking tool for stadium tours it's nothing to do with the phones
0 0 neutral | the stadium's catering contractor has its own call line for hospitality
0 0 neutral | player forums are run by a community platform we pay yearly
"""
EN_PB = """
P - unimpressed | that's a bit steep for a subscription desk of six people
P 0 hesitant | any wiggle room on that figure at all
P - annoyed | you do realise that's more than our whole phone line costs us a year
PB - concerned | it'd swallow pretty much everything we've put aside for tools this season
P 0 neutral | if you could shave a bit off i think we'd be having a different conversation
PR + positive | knock fifteen percent off and i'll get the order signed this afternoon
P - unimpressed | eight hundred a month for call scoring is ambitious i'll say that
PH 0 hesitant | hmm that number's making me think twice honestly
P 0 concerned | is there a cheaper tier without the coaching stuff because that's a lot
PB - worried | way more than we'd pencilled in for the box office upgrade
P - frustrated | for that kind of money i'd expect it to answer the phones as well
P 0 neutral | the publishing group won't swallow list price they always expect a discount from anyone
PC 0 concerned | we're paying a fraction of that for what we've got and it's not that different
B 0 neutral | we've got money ringfenced for support tooling this year
B - concerned | the budget's frozen until the new season starts i'm afraid
B 0 neutral | we can probably stretch to about two grand a month all in
B - worried | after the stand refurbishment there's genuinely nothing left in the pot
B + positive | money's honestly not the sticking point here the budget's there
BR + happy | finance have released the funds so we can go ahead whenever you're ready
B 0 neutral | the newsroom's cost cutting so any spend has to come out of my own team's line
BH 0 hesitant | we might find the cash but i'm not sure it'd be the best use of it this year
B - stressed | subscriber revenue's down eight percent so every penny's being watched
B 0 neutral | we set aside something for quality monitoring after the complaints audit
BU 0 concerned | the money's there and the regulator wants complaint calls monitored by june
B 0 neutral | there's a small pot for the support team that nobody's touched yet
BD 0 neutral | the money would be there but the chairman has to sign off any new spend
PB - annoyed | we're a fan-owned club mate we don't have that sort of money lying around for phones
B + positive | we've had a windfall from the new streaming deal so there's scope this year
0 0 neutral | how much is it per agent per month roughly
0 0 neutral | is that figure with vat or without
0 0 neutral | a season ticket here is four hundred quid so members expect the phone to be answered
0 + positive | that's fair for what it does i've no quarrel with it
0 0 neutral | do you charge separately for setup or is that included
0 0 neutral | the annual sub for the magazine went up two pounds and the phones went mad for a week
0 0 neutral | and is it billed monthly or once a year
0 0 neutral | so the launch discount you mentioned is already in that figure
0 0 neutral | we spent a fortune on the new ticketing site last year it's paying off now
0 0 neutral | the price of the collector's edition is what most of our angry calls are about
0 + neutral | the cost is in line with what i expected no issue there
0 0 neutral | can we pay by card or does it have to be bank transfer
"""
EN_DR = """
D 0 neutral | i'll have to run this past the publisher before anything happens
D 0 neutral | nothing moves until the chief exec's back from the pre-season tour
D 0 neutral | our finance director will want to pick the numbers apart first
D 0 neutral | it's really the head of player support's call not mine
DH 0 hesitant | i like it but getting the board to agree to another system is a whole other story
D 0 neutral | the editor in chief has the final say on anything that touches subscribers
D - concerned | legal has to bless anything that records calls and they are slow
D 0 neutral | um i'd need to bring our ops manager on the next call she'd be the one to convince
DR + positive | send it over and our md will sign it first thing
DR + happy | the committee voted it through last night so let's get it moving
D 0 neutral | the studio's owned by a bigger group so their procurement people have to approve it
DU 0 concerned | the trustees only meet quarterly and the next one's in three weeks so it'd need to be ready for that
DP - annoyed | at that price there's no way the chairman signs it off
D 0 neutral | could you put together something short i can show the membership director
DX 0 confused | i honestly don't know who'd sign this here it's never come up
DI + interested | i'm sold personally i just have to get the finance bod on side
R + positive | right what do you need from us to get started
R 0 neutral | can you send the contract over today
R + happy | let's do it where do i send the po
R 0 neutral | what's the first step once we say yes
R + positive | put us down for the twenty seat plan
RU 0 stressed | if it can be live before the season ticket launch on the first we'll sign now
R 0 neutral | who on your side handles the onboarding once the paperwork's back
R + excited | okay i'm in when can your team come and set it up
R 0 neutral | just email me the order form and i'll fill it in tonight
RI + excited | this is exactly it honestly let's get the ball rolling
R 0 neutral | send the invoice to our accounts inbox and they'll pay it within the week
RB + positive | we've got the money sitting there so let's sign and start next month
0 0 neutral | my boss is at the away game tonight so it's quiet here
0 0 neutral | i run the subscriptions desk so this sort of thing is my call
0 0 neutral | i'm the owner of the agency so it's me you'll be dealing with
0 0 neutral | how long is the notice period if we ever want to leave
0 0 neutral | let me just check my diary for a follow up next week
0 0 neutral | my manager used to work at a ticketing agency too small world
0 0 neutral | what does a typical roll out look like for a team our size
0 0 neutral | the director of football is a nightmare to get hold of but that's another story
0 0 neutral | do you integrate with the crm we use for members
0 0 neutral | our publisher was on the radio this morning talking about print sales
0 + positive | thanks for walking me through that really appreciate it
"""
EN_UHI = """
U 0 stressed | renewals season kicks off in august and we can't go into it blind again
U 0 concerned | the old phone system gets switched off at the end of march whether we like it or not
U - stressed | the new game launches in three weeks and support is going to get absolutely hammered
U 0 concerned | the ombudsman's on our case about complaint calls so we need something by quarter end
UI + excited | if this could be in before the world cup ticket ballot that would be a game changer
U 0 neutral | we're moving the desk to the new stadium in october and want it sorted by then
UD 0 concerned | it has to be in by the autumn print run and the publisher needs to see it first
U 0 neutral | black friday's when we sell most gift subscriptions so ideally before that
UH 0 hesitant | we need something before the festival on sale but i'm not sure a new tool this late is wise
U - worried | the audit's on the fourteenth and right now we can't show a single scored call
H 0 hesitant | i'm not sure we'd use half of what's in there
H 0 hesitant | let me mull it over for a bit i'm genuinely torn
H - unimpressed | great another dashboard nobody on the desk will ever open
H 0 doubtful | it all sounds lovely on paper
H - worried | we've been burned by this kind of thing before and i'm still a bit scarred
H 0 hesitant | i don't know it feels like a lot of change for a desk of five
HX 0 confused | i'm not sure i see what we'd actually get out of the scoring part
H 0 hesitant | can we park it until after the season maybe
H 0 doubtful | my agents already feel watched i'm wary of adding more listening
H 0 hesitant | it's not a no it's more of a not yet
I + interested | ooh that's exactly what we've been after for ages
I + happy | that would save my team leads hours every single week
I + excited | now that's clever the way it flags angry callers on its own
I + interested | i can see our coaches loving that
I + interested | go on tell me more about the coaching bit
I + pleased | i won't lie that's pretty much what i'd have drawn up myself
I + excited | the transcripts in french and english is huge for us honestly huge
IX + curious | wait it does what with the refund calls that sounds brilliant how does that work
IH 0 hesitant | i really like it i'm just not sure the timing's right for us
I + interested | that's not bad at all actually
0 0 neutral | no rush on our side we're just looking at options for next year
0 0 neutral | we're closed on sundays so calls stop at five on saturday
0 0 neutral | the cup run last spring was mental for the ticket office
0 + positive | nice okay moving on what's next on your list
0 0 neutral | let me think um we've got about fourteen agents across two shifts
0 0 neutral | the office is open nine till six weekdays
0 0 neutral | i'm off on holiday the week after next just so you know
0 0 neutral | the big patch last year brought in loads of support tickets but it's calmed down
0 0 neutral | we used to close the desk in january but not anymore
0 + happy | cheers that's been really helpful
"""
EN_FX = """
F - frustrated | i've explained our setup three times now on three different calls
F - annoyed | your support still hasn't called me back and it's been a week
F - angry | the trial kept logging my agents out in the middle of calls it was a shambles
F - frustrated | this is the third different price i've had from your company this month
F - annoyed | i asked for a quick demo not a forty minute lecture
FP - angry | you quietly put the price up between the demo and the quote that's not on
FD - frustrated | my director's been chasing your sales team for a contract for two weeks and heard nothing
F - annoyed | honestly your chatbot is worse than ours and that's saying something
FH - unimpressed | after the mess with the trial i'm not sure i trust it near our season ticket holders
F - frustrated | every time i ring i get a different person who knows nothing about us
FR - annoyed | we said yes a fortnight ago and we're still waiting on the paperwork so sort it out
F - annoyed | please stop emailing me twice a day i said i'd come back to you
X 0 confused | sorry i'm lost does it record the calls or just transcribe them
X 0 confused | what do you actually mean by scoring a call
X 0 confused | um so the coaching bit is that a person or the software
X 0 confused | i don't follow how it'd know which agent took the call
X 0 confused | wait so where does the recording live on your servers or ours
XH 0 hesitant | i don't really get what it does that a headset and a notebook don't
X 0 confused | sorry the line broke up what was the bit after sentiment
X 0 confused | i'm not technical how does it plug into our phones exactly
XP - confused | hang on why's the price different from the one on your website
XC 0 confused | is this like the thing our carrier does or something else entirely
XI + curious | so it picks up when someone mentions a refund that's cool but how
XD 0 confused | i'd need to show the ops director but i couldn't even tell him what it does yet
0 0 neutral | the weather's been awful so match day calls were mostly about postponements
0 0 neutral | the marketing team are driving me up the wall this week but that's not your problem
0 - annoyed | our readers do get very cross when the crossword has a mistake
0 0 neutral | traffic was terrible this morning so sorry i'm a bit late
0 0 neutral | the players ring in angry when a patch breaks their save files that's what most calls are
0 0 neutral | it's been a long week with the printing strike but we're okay
0 0 neutral | the it department take ages with everything here nothing to do with you
0 0 neutral | we had a stadium power cut last season and the phones went down for an hour
0 0 neutral | our biggest complaint line is about late deliveries of the monthly
0 0 neutral | the streaming app had a rough launch two years ago and we learned a lot
0 0 neutral | fans do love moaning to the ticket office when we lose
0 + positive | good to finally put a voice to the emails
"""

FR_C = """
C 0 neutral | bah la ligne des abonnés est déjà enregistrée par la box de l'opérateur
CU 0 stressed | on a jusqu'au vingt avant que le contrat avec diabolocom tombe donc faut trancher vite
CP - annoyed | franchement la boîte qui nous fait l'écoute qualité aujourd'hui c'est trois fois moins cher
C 0 neutral | au service lecteurs ils réécoutent les appels sur le logiciel du standard et ils notent dans un cahier
CH 0 hesitant | ouais mais changer d'outil alors que l'équipe vient juste de maîtriser celui d'avant euh
CF - annoyed | notre presta actuel nous facture le support et répond jamais c'est n'importe quoi
CD 0 neutral | le dg est très attaché à la solution qu'on a il faudra le convaincre lui
CI + interested | ah ça le truc qu'on a maintenant le fait pas du tout c'est top
C 0 neutral | du coup on a vu un concurrent à vous la semaine dernière pour le support joueurs
C 0 neutral | notre stagiaire dev a commencé un petit outil de transcription maison avec whisper
CP 0 concerned | l'autre devis qu'on a reçu est à peu près deux tiers du vôtre pour le même périmètre
C 0 neutral | les conseillères de la billetterie remplissent une grille excel après chaque appel difficile
CU 0 concerned | l'ancien éditeur arrête son produit en juin donc on doit migrer de toute façon
CX 0 confused | attendez vous faites pas la même chose que le module de keyyo en fait
CB 0 neutral | l'argent qu'on met chez le prestataire actuel on le basculerait chez vous c'est tout
CR + positive | on sort de chez l'ancien presta le trente donc on peut signer chez vous dès maintenant
CH 0 doubtful | je vois pas trop ce que vous apportez de plus que teams qui transcrit déjà gratos
CF - frustrated | ça fait trois mois que notre fournisseur nous promet la transcription en français et toujours rien
CD 0 neutral | le conseil d'administration du club a signé avec l'opérateur actuel c'est lui qui déciderait d'en changer
CI + excited | ouah le scoring automatique on l'attend chez notre fournisseur depuis deux ans
C 0 neutral | la plateforme streaming a un petit outil interne que l'équipe data a bricolé pour noter les appels
CPU - stressed | notre renouvellement chez ringcentral tombe dans quinze jours et leur tarif est plus bas que le vôtre
CH 0 hesitant | l'outil qu'on a fait le minimum mais au moins il fait pas de vagues
C 0 neutral | l'éditeur de jeux d'à côté nous a conseillé la solution qu'ils utilisent pour leur support
CI + pleased | bon bah ça met une claque à ce que fait notre outil actuel
0 0 neutral | on vend nos places via une plateforme de billetterie qui prend sa commission sur chaque billet
0 0 neutral | tous les clubs de la poule ouvrent leurs abonnements à peu près en même temps
0 - concerned | notre routeur postal a changé de transporteur et du coup les abonnés reçoivent le magazine en retard
0 0 neutral | les newsletters aux adhérents on les envoie avec brevo
0 - worried | franchement les grosses plateformes nous piquent des abonnés tous les mois
0 0 neutral | c'est un studio externe qui fait la localisation du jeu en allemand et en polonais
0 0 neutral | les droits étrangers c'est une agence à part qui les vend pour la maison
0 0 neutral | on utilise un logiciel de paie pour les plannings des conseillers rien à voir avec le téléphone
0 0 neutral | l'hebdo régional concurrent a lancé une offre à un euro le premier mois
0 0 neutral | la buvette du stade c'est un prestataire extérieur qui gère tout de a à z
0 0 neutral | on paye un outil de modération pour le discord du jeu c'est une autre équipe
"""
FR_PB = """
P - unimpressed | ah ouais quand même vous vous mouchez pas du coude
P 0 hesitant | y a moyen de faire un effort sur le tarif ou c'est ferme
P - annoyed | pour le prix de votre licence je paye deux conseillers en alternance
PB - concerned | si on prend ça il reste plus rien pour le reste des outils du support cette année
P 0 neutral | euh si vous pouvez revoir un peu la copie côté prix on en rediscute
PR + positive | vous me faites le premier mois offert et je signe dans la foulée
P - unimpressed | trente euros par poste pour de la transcription à l'heure de l'ia c'est cher payé
PH 0 hesitant | bon le montant me fait un peu hésiter je vous le cache pas
P 0 concerned | et une version sans le module coaching ça descendrait à combien parce que là c'est lourd
PB - worried | on est bien au-dessus de l'enveloppe qu'on avait votée pour la boutique en ligne et le reste
P - frustrated | à ce tarif-là je veux que ça me fasse le café aussi
P 0 neutral | la maison d'édition paye jamais plein pot faudra prévoir une remise
PX - confused | je pige pas pourquoi votre devis est plus cher que la grille sur votre site
B 0 neutral | on a une enveloppe pour la relation abonnés qui a été votée en septembre
B - concerned | tout est bloqué côté dépenses jusqu'au prochain exercice
B 0 neutral | mettons qu'on peut aller jusqu'à quinze mille sur l'année grand max
B - worried | entre la pelouse hybride et les nouveaux vestiaires la trésorerie est à sec
B + positive | pour être honnête l'argent on l'a c'est pas le sujet
BR + happy | le conseil a validé l'enveloppe donc dites moi quand on démarre
B 0 neutral | la direction nous a demandé de tout financer sur le budget formation cette fois
BH 0 hesitant | on pourrait dégager des sous mais est-ce que c'est vraiment là qu'il faut les mettre
B - stressed | avec la chute des ventes en kiosque chaque euro est compté en ce moment
B 0 neutral | après l'audit qualité on a réservé une somme pour ce genre de projet
BD 0 neutral | les fonds sont dispo mais rien ne part sans la signature du président
B 0 neutral | y a un reliquat sur le budget du service client qu'on doit encore affecter
PB - annoyed | on est une petite asso de supporters on a pas ce genre de somme qui dort
B + positive | avec le succès du dernier jeu le studio a de quoi investir dans le support
BU 0 concerned | on a les moyens et le médiateur veut un suivi des appels réclamation avant l'été
0 0 neutral | ça fait combien par conseiller en gros par mois
0 0 neutral | le montant que vous donnez c'est en ht ou ttc
0 0 neutral | la carte d'abonné au stade c'est trois cent vingt euros la saison pour info
0 + positive | honnêtement c'est un prix juste vu le boulot que ça fait
0 0 neutral | l'installation elle est comprise dans l'abonnement ou facturée à côté
0 0 neutral | quand on est passés à neuf euros quatre-vingt-dix le mois le standard a explosé de réclamations
0 0 neutral | vous facturez à l'année ou au mois
0 0 neutral | la remise partenaire elle est déjà appliquée sur ce chiffre
0 0 neutral | le nouveau kiosque numérique nous a coûté une blinde mais il a vite été rentabilisé
0 0 neutral | les lecteurs râlent surtout sur le prix du coffret collector
0 + neutral | le tarif correspond à ce que j'imaginais aucun souci de ce côté
0 0 neutral | on peut régler par prélèvement sepa
"""
FR_DR = """
D 0 neutral | je dois voir ça avec le directeur de la publication avant de vous dire quoi que ce soit
D 0 neutral | rien ne se fera avant le retour de la présidente elle est au tournoi jusqu'à dimanche
D 0 neutral | le daf va vouloir éplucher chaque ligne du devis c'est sûr
D 0 neutral | moi je remonte l'info mais le support joueurs c'est le head of community qui tranche
DH 0 hesitant | je suis partant mais vendre un énième outil au codir euh je le sens moyen
D 0 neutral | dès que ça touche aux données des lecteurs faut l'accord de la rédactrice en chef
D - concerned | le dpo doit valider tout enregistrement d'appel et chez nous ça prend des plombes
D 0 neutral | la prochaine fois faudrait inviter notre responsable des opérations c'est elle qu'il faut séduire
DR + positive | envoyez le contrat au gérant il signe demain matin en arrivant
DR + happy | le bureau de l'asso a voté pour hier soir donc on peut lancer la machine
D 0 neutral | comme on fait partie d'un groupe c'est leur service achats qui donne le feu vert
DU 0 concerned | le conseil se réunit dans trois semaines et c'est la seule fenêtre avant la reprise du championnat
DP - annoyed | avec ce montant le président va me rire au nez
D 0 neutral | vous auriez un petit pdf que je puisse faire passer au directeur de la billetterie
DX 0 confused | alors qui valide ce genre d'achat chez nous honnêtement j'en sais rien on l'a jamais fait
DI + interested | moi vous m'avez convaincu reste à embarquer le contrôleur de gestion
R + positive | ok concrètement on fait quoi pour démarrer
R 0 neutral | envoyez moi le bon de commande dans la journée
R + happy | c'est tout bon pour nous balancez le contrat
R 0 neutral | une fois la signature faite ça se passe comment pour la suite
R + positive | on part sur la formule quinze postes
RU 0 stressed | si c'est en service avant l'ouverture de la billetterie le premier on signe tout de suite
R 0 neutral | qui chez vous prend le relais pour l'installation quand on vous a retourné les papiers
R + excited | allez je suis chaud vos techniciens peuvent passer quand
R 0 neutral | mettez moi le devis en signature électronique je le valide ce soir
RI + excited | c'est pile ce qu'il nous faut banco
R 0 neutral | vous établissez la facture au nom de la sas et le service compta règle sous huit jours
RB + positive | on a l'argent de côté donc on signe et on attaque début janvier
0 0 neutral | le chef est en déplacement à la foire du livre de francfort cette semaine
0 0 neutral | c'est moi qui pilote le service abonnés donc ces choix-là je les fais
0 0 neutral | l'agence m'appartient vous aurez affaire à moi du début à la fin
0 0 neutral | et pour résilier il faut prévenir combien de temps avant
0 0 neutral | attendez je regarde mon agenda pour un deuxième rendez-vous
0 0 neutral | ma directrice est une ancienne joueuse du club c'est marrant
0 0 neutral | en général vos clients mettent combien de temps à être opérationnels
0 0 neutral | notre dg passe sa vie dans le train entre paris et lyon
0 0 neutral | ça peut se connecter à notre logiciel de gestion des adhérents
0 0 neutral | le fondateur du studio a fait une conf à la gamescom ça a fait du bruit
0 + positive | merci pour la démo c'était clair
"""
FR_UHI = """
U 0 stressed | les réabonnements pour la saison de top 14 ouvrent le deux mai et on croule déjà
U 0 concerned | l'autocom du siège est plus maintenu à partir de janvier donc faut bouger
U - stressed | le serveur ouvre en accès anticipé dans trois semaines et on sait que ça va être la cata au support
U 0 concerned | on s'est pris un avertissement sur la gestion des résiliations et faut montrer quelque chose d'ici fin septembre
UI + excited | si on l'avait avant la vente des places pour le concert de la tournée ce serait le rêve
U 0 neutral | la rédaction passe au tout numérique en mars et le service abonnés doit suivre avant
UD 0 concerned | il faut que ce soit en place pour angoulême et le directeur éditorial doit le valider d'ici là
U 0 neutral | idéalement avant le black friday parce que c'est là que les abonnements vod explosent
UH 0 hesitant | le rush des abonnements de rentrée arrive mais se lancer dans un outil en pleine bourre j'hésite
U - worried | la certification qualité c'est dans dix jours et on n'a aucune trace d'écoute
H 0 hesitant | franchement je vois pas mes gars utiliser tout ça
H 0 hesitant | faut que ça mûrisse un peu de mon côté je suis pas encore décidé
H - unimpressed | ah génial un outil de plus pour surveiller les gens ça va plaire
H 0 doubtful | mouais présenté comme ça tout a l'air simple
H - worried | la dernière fois qu'on a acheté un truc miracle il a fini au placard au bout de trois mois
H 0 hesitant | pour une équipe de quatre je me demande si c'est pas un peu surdimensionné
HX 0 confused | le coaching automatique je vois pas trop à quoi ça servirait chez nous
H 0 hesitant | on en reparle après la trêve hivernale peut-être
H 0 doubtful | les syndicats vont tiquer sur l'enregistrement et j'ai pas envie d'ouvrir ce chantier
H 0 hesitant | disons que je suis pas fermé mais pas encore convaincu non plus
I + interested | ça c'est exactement le truc qui nous manque
I + happy | mes superviseurs vont gagner un temps fou avec ça
I + excited | ah trop fort il sort les appels où le client menace de résilier
I + interested | nos formateurs vont adorer pouvoir piocher des vrais exemples
I + interested | vous pouvez me remontrer la partie résumé d'appel elle m'a bien plu
I + pleased | franchement vous avez pensé à des trucs que j'aurais même pas osé demander
I + excited | trop bien le tableau par conseiller c'est ce que mon n plus un réclame depuis des mois
IX + curious | attendez il comprend le verlan des joueurs sérieux vous faites comment
IH 0 hesitant | j'adore mais j'ai peur que l'équipe suive pas tout de suite
I + interested | ah ouais quand même c'est pas mal fichu
0 0 neutral | y a pas le feu on se renseigne juste pour plus tard
0 0 neutral | la permanence téléphonique ferme à midi le samedi
0 0 neutral | la montée en pro d2 il y a deux ans on a eu un monde fou au guichet
0 + positive | très bien on avance
0 0 neutral | euh laissez moi réfléchir on doit être une vingtaine au support avec les freelances
0 0 neutral | on est joignables de huit heures trente à dix-huit heures sauf le mercredi après-midi
0 0 neutral | je pars en vacances à la toussaint pour info
0 0 neutral | le salon du livre jeunesse de l'an dernier nous a ramené beaucoup d'appels
0 0 neutral | le service était fermé pendant les travaux au printemps
0 + happy | merci c'était vraiment intéressant
"""
FR_FX = """
F - frustrated | bon ça fait la troisième fois qu'on me pose la question du nombre de postes je l'ai dit au début
F - annoyed | votre commercial devait me rappeler mardi on est vendredi
F - angry | pendant l'essai les enregistrements de la soirée de gala ont tout simplement disparu
F - frustrated | j'en ai un peu marre de recevoir un devis corrigé tous les trois jours
F - annoyed | on avait dit une démo rapide et là on en est à une heure dix
FP - angry | vous m'aviez annoncé un tarif au salon et maintenant c'est trente pour cent de plus sérieusement
FD - frustrated | mon président attend votre proposition depuis dix jours et il commence à s'agacer
F - annoyed | arrêtez de m'appeler sur mon portable perso s'il vous plaît
FH - unimpressed | vu comment l'essai s'est passé je vais pas le brancher sur la ligne des abonnés de sitôt
F - frustrated | à chaque fois je tombe sur quelqu'un de nouveau qui découvre notre dossier
FR - annoyed | on vous a donné notre accord y a deux semaines et on attend toujours le contrat faut se réveiller
F - annoyed | votre support m'a renvoyé vers la faq trois fois c'est insupportable
X 0 confused | attendez j'ai pas compris c'est l'appel entier qui est gardé ou juste le texte
X 0 confused | la note sur cent elle se calcule comment au juste
X 0 confused | euh les conseils aux conseillers ils viennent d'un humain chez vous ou de la machine
X 0 confused | je vois pas comment il fait la différence entre le client et le conseiller sur l'enregistrement
X 0 confused | et le rgpd dans tout ça les fichiers ils partent où
XH 0 hesitant | j'ai du mal à comprendre en quoi ça change la vie par rapport à une réécoute à la main
X 0 confused | moi la technique j'y connais rien ça s'installe sur les postes ou sur le serveur
XC 0 confused | c'est un peu ce que fait déjà le module du standard ou c'est autre chose
X 0 confused | je décroche là vous parlez de sso de webhook je suis perdue
XI + curious | il repère tout seul quand un abonné parle de résilier franchement cool mais comment il sait
XD 0 confused | je dois le présenter à mon dg et je serais bien incapable de lui dire à quoi ça sert
0 0 neutral | avec la neige la moitié des appels c'était pour savoir si le match était reporté
0 0 neutral | la compta me fait tourner en bourrique avec les notes de frais mais bon
0 - annoyed | les abonnés du quotidien râlent dès que le portage est en retard de dix minutes
0 0 neutral | excusez moi j'étais coincé dans le rer
0 0 neutral | la plupart des joueurs qui appellent ont juste oublié leur mot de passe
0 0 neutral | on sort d'une semaine de bouclage difficile mais ça va
0 0 neutral | l'informatique du groupe met trois semaines pour créer une boîte mail c'est comme ça
0 0 neutral | y a deux ans le site de billetterie est tombé le jour de la mise en vente
0 0 neutral | les réclamations portent surtout sur les prélèvements en double
0 0 neutral | la plateforme vod a changé de nom l'an dernier et ça a perdu des clients
0 0 neutral | les supporters appellent pour râler sur l'arbitrage comme si on y pouvait quelque chose
0 + positive | ravi d'échanger avec vous enfin
"""

# Readiness, urgency, interest and frustration mixed, with look-alikes
EN_MORE = """
RU 0 stressed | the renewals mailing goes out on the ninth so can we get the contract signed this week
RI + excited | love it honestly let's pencil in the kick off call for monday
R 0 neutral | right whose details do you need for setting up the account
PU - concerned | we need it before the transfer window madness but not at that price
IU + excited | if this were in by the expansion launch my team would throw you a party
U 0 stressed | the new membership scheme goes live on the first of july and the desk has to cope somehow
FU - frustrated | we told you everything hangs on the draw on the tenth and you still haven't given us a start date
PI + interested | i love it i just can't justify that number so can you sharpen your pencil
BR + positive | we've got the funds earmarked so let's get the order in
FP - annoyed | you're the fourth person to tell me it's a bargain and it just isn't
F - annoyed | i've been on hold with your own sales line twice this morning hardly a great advert
RD + positive | great i'll forward your order form to our gm she signs contracts on thursdays
I + interested | i could genuinely see us using this every day
0 0 neutral | seat prices for the derby went up and for once nobody complained
0 0 neutral | a different company does the stadium's cctv and alarms
0 0 neutral | the price seems reasonable enough can you send me the spec sheet
0 0 neutral | we're mid season so there's nothing urgent on our side
"""

FR_MORE = """
RU 0 stressed | la billetterie de la finale ouvre lundi donc on signe aujourd'hui et vous nous branchez vendredi
RI + excited | franchement ça me plaît on cale le lancement pour la semaine prochaine
R 0 neutral | il vous faut quoi comme infos pour ouvrir notre compte
PU - concerned | faut qu'on soit équipés avant la sortie du tome trois mais votre tarif nous coince
IU + excited | si c'est en place pour la sortie du dlc l'équipe support va vous adorer
U 0 stressed | notre vieux logiciel d'écoute disparaît avec la fusion des deux titres le mois prochain
FU - frustrated | je vous ai dit que tout devait tourner avant le tirage au sort et j'ai toujours pas de date de démarrage
PI + interested | j'adore mais ce chiffre je peux pas le défendre vous pouvez pas faire mieux
BR + positive | les crédits sont fléchés donc on peut passer commande
FP - annoyed | arrêtez de me dire que c'est une affaire c'en est pas une
F - annoyed | votre site plante à chaque fois que j'essaie de télécharger la doc c'est pénible
RD + positive | parfait je transmets le bon de commande à notre dg elle signe les contrats le jeudi
I + interested | je nous vois vraiment l'utiliser tous les jours
0 0 neutral | les places du derby ont augmenté et pour une fois personne a râlé
0 0 neutral | la vidéosurveillance du stade c'est une autre société qui s'en occupe
0 0 neutral | le prix me paraît raisonnable vous m'envoyez la fiche technique
0 0 neutral | on est en pleine saison donc rien d'urgent de notre côté
"""

BLOCKS = [(EN_C, "en", "client"), (FR_C, "fr", "client"),
          (EN_PB, "en", "client"), (FR_PB, "fr", "client"),
          (EN_DR, "en", "client"), (FR_DR, "fr", "client"),
          (EN_UHI, "en", "client"), (FR_UHI, "fr", "client"),
          (EN_FX, "en", "client"), (FR_FX, "fr", "client"),
          (EN_MORE, "en", "client"), (FR_MORE, "fr", "client")]
