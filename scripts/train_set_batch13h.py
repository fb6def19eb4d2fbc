"""Batch 13h of the analyzer's call-speech training data: client turns in English
and French from new situations (trade unions, professional associations,
university alumni offices, sports federations, churches and religious
organisations, fundraising agencies). 433 lines, 222 English and 211 French
(the French written as a French speaker would say it, not translated). Weights by
lines carrying a signal (asked / written): competitor ~50/56, price_objection
~45/44, decision_maker ~45/45, closing_readiness ~45/44, budget ~40/39, urgency
~40/38, hesitation ~40/39, strong_interest ~40/39, frustration ~35/32, confusion
~30/30, and 123 lines with no signal that look like one, leaning on competitor
look-alikes (tools for other jobs, the speaker's own rivals, suppliers of other
things) and price-objection look-alikes (neutral price questions, prices of other
things, a price found fair). Labelled by
docs/labelling.md and its decided cases; its "Still open" cases are avoided.
Notation of scripts/data_notation.py:

    LABELS SENTIMENT emotion | text
"""

# English: competitor and its look-alikes
EN_C = """
C 0 neutral | the union office already records the member helpline through the phone people we've had for years
CP - unimpressed | the outfit doing our donor calls now charges about half that and they score them too
C 0 neutral | um so the alumni team just writes notes from each call into a shared spreadsheet
CH 0 hesitant | honestly the spreadsheet is ugly but the volunteers know it and i'm not sure they'd cope with something new
CF - annoyed | the crowd we use for recording lost a whole week of helpline calls and nobody even rang us back
CU 0 concerned | our contract with the recording firm runs out at the end of next month so we need something in place by then
C 0 neutral | the federation's it lad says he could build most of this himself over the summer
CD 0 neutral | the general secretary would want you side by side with the provider we've got now before anything moves
C 0 neutral | we had another company demo call scoring to the fundraising team on tuesday
CI + interested | right that's miles ahead of what our phone system throws in for free
C 0 neutral | the diocese has a deal with a telephony firm that includes recording for every parish office
CP 0 concerned | uh the other quote we got was a good bit lower for the same number of seats
C 0 neutral | the association's switchboard provider records calls already it's in the package
CB 0 concerned | what we pay the current people is roughly all we've got for this so yours would have to replace them not sit on top
CX 0 confused | sorry how is that different from the transcripts we already get off the phone system
C 0 neutral | the membership team scores calls with a paper checklist the supervisor fills in on fridays
CF - frustrated | i've had it with the lot we're with they take a fortnight to answer a ticket
C 0 neutral | there's a third agency pitching the same kind of thing to the board next month
0 0 neutral | we use a separate system for the membership database that's nothing to do with calls
0 0 neutral | the church uses an app for rotas and another one for giving none of it touches the phones
0 0 neutral | the other unions in the sector are all chasing the same younger members as us
0 0 neutral | our rivals in the fundraising space have just merged so it's a crowded market for us
0 0 neutral | the company that does our mailing and printing is in the same building as you funny enough
0 0 neutral | we changed the cleaning contractor last year and the caretaker is much happier
0 0 neutral | the alumni magazine goes out through a print house in leeds
0 0 neutral | uh the event booking goes through ticketing software the federation picked years ago
0 0 neutral | we use a payroll bureau for the staff side and honestly that works fine
0 0 neutral | the bigger professional bodies have far more members than us but we're growing
0 0 neutral | our accountants handle gift aid claims through their own package
0 + happy | the new website people did a lovely job on the donate page
0 0 neutral | the parish uses a calendar tool to book the hall and that's about the extent of the tech
0 0 neutral | we've got a crm for the donors but it's only for the records not the calls
0 0 neutral | another federation down south won the bid for the championships so we lost that one
0 0 neutral | the venue hire company we use for the conference charges by the day
0 0 neutral | the email marketing tool is handled by comms not by us
0 0 neutral | um the pension scheme for the reps is run by an outside provider
0 0 neutral | we get our headsets from a local supplier and they're fine
C 0 neutral | to be fair before that we used a little transcription service for the helpline for a couple of years
CU 0 neutral | the free trial the phone company gave us for their recording thing ends in ten days
CD 0 neutral | the trustees picked the current call logging system and they'd be the ones to drop it
CI + excited | this knocks the socks off the thing our phone provider bundled in honestly
C 0 neutral | the agency's dialler already does a kind of call score it's basic but it's there
CP - annoyed | why would we pay that when our carrier does recording for a fiver a line
C 0 neutral | the alumni office at the other campus uses a different tool and swears by it
CR + positive | we're done with the old provider as of friday so send over whatever we need to sign
"""

# English: price objection, budget and their look-alikes
EN_PB = """
P - concerned | that's a lot of money for a union that lives on subs of twelve quid a month
P - unimpressed | i mean for what it is that figure is a bit of a stretch isn't it
PB - worried | that would swallow the whole year's tools budget for the helpline
P 0 hesitant | is there any wiggle room on that because as it stands it's hard to justify
PB - concerned | it's well over what we set aside when the committee planned this
P - annoyed | you're having a laugh at that price for a charity
P 0 neutral | could you do something for a registered charity on that figure
PR + positive | knock fifteen percent off and i'll get it signed this week
B - worried | our reserves took a hit this year so money's really tight everywhere
B 0 neutral | we've ring-fenced some money for the member helpline this year
B + positive | the money is there to be honest it's more about picking the right thing
B - concerned | the parish council has frozen all spending until the new year
B 0 neutral | we can stretch to maybe two hundred a month and that's it
B - worried | uh the alumni fund took a knock with the donations drop so we're counting every penny
BR + positive | the money's been approved so we can crack on whenever you're ready
P - frustrated | that's more than we pay for the whole phone bill and i can't see why it should be
PH 0 hesitant | it's a fair chunk of money and i'm not convinced we'd use half of it
P 0 concerned | the price per year adds up to more than one of our part-time organisers
0 0 neutral | is that price per month or per year
0 0 neutral | does that include vat or is it added on top
0 0 neutral | and is the invoice quarterly or monthly
0 0 neutral | what payment terms do you usually offer
0 0 neutral | the price isn't the problem to be honest
0 + positive | yeah that seems fair for what you get
0 0 neutral | do you charge in pounds or euros for the irish branches
0 0 neutral | so the discount you mentioned that's already in that figure yeah
0 0 neutral | we spent a fortune on the new hall roof last year but that's another story
0 0 neutral | the conference venue went up twenty percent on us this year
0 0 neutral | our membership subs went up by a pound and people barely noticed
0 + happy | the price is about what i expected so no surprises there
0 0 neutral | how does the pricing work if we add seats halfway through the year
0 0 neutral | is there a setup fee or is it just the subscription
0 0 neutral | the printing bill for the annual report was eye-watering
0 + positive | honestly for a tool like this that's reasonable
0 0 neutral | we pay the hymn book licence annually so we're used to that kind of thing
0 0 neutral | what's the difference in price between the two plans you showed
P - unimpressed | mm i was hoping for a number with one less zero on it
PB - worried | if it costs that we'd have to cut something from the member services budget
P 0 hesitant | you couldn't sharpen the pencil a little bit could you
P - annoyed | for a church that runs on the collection plate that's frankly silly money
B 0 neutral | there is a pot for new tools in this year's plan and this would come out of it
"""

# English: decision maker, closing readiness, urgency
EN_DRU = """
D 0 neutral | nothing gets bought here without the national executive voting on it
D 0 neutral | the vicar has the final say and he's away on retreat until the twentieth so it waits
D 0 neutral | i'd have to take it to the trustees they meet every second thursday
D 0 neutral | uh the bishop's office signs anything over a certain amount so it'd go up to them
DH 0 hesitant | i like it but the council would need to be convinced and they're a cautious bunch
D 0 neutral | the head of development has to put her name to anything like this
D 0 neutral | you'd have to show this to the federation board they'd grill you on it
D 0 neutral | it's not my call the director of alumni relations holds the pen
DR + positive | send the contract over the general secretary signs it on monday
DR + happy | the board said yes last night so let's get going
D 0 neutral | we can't move till the treasurer is back from holiday she handles every contract
D 0 neutral | the branch committee would have to vote it through
R + positive | right so what do you need from us to get started
R + positive | who do i send the purchase order to
R 0 neutral | can you send the contract to me today and i'll read it tonight
R + positive | what's the earliest we could have the helpline team onboarded
R + happy | ok let's do it what's the next step on your side
R 0 neutral | send the invoice to our finance office and we'll get it paid this month
R + positive | if you can have it live by the first of the month we'll start straight away
RU + positive | we want it in before the membership renewal drive kicks off in three weeks so let's sign
U 0 concerned | the phone appeal starts on the fifteenth and we've got nothing to check the callers
U 0 stressed | the old recording box is being switched off at the end of the month
U 0 concerned | we need something in place before the ballot because the helpline will be swamped
U 0 stressed | the regulator wants call records from us by the autumn audit and we're nowhere
U 0 concerned | the christmas appeal is our big season and the callers start in november
U 0 neutral | our phone system is being retired in january so whatever we choose has to be ready
UD 0 concerned | we need it before the spring campaign but the trustees won't meet till after easter
0 0 neutral | my boss uses something similar at her other job actually
0 0 neutral | i'm the one who decides on this kind of thing
0 0 neutral | i sign off the tools for the fundraising floor so it's me you deal with
0 0 neutral | the chair is on holiday this week but that's not a problem for us
0 0 neutral | our offices are open nine to five except wednesdays when we close at one
0 0 neutral | no rush on our side we're just looking around
0 0 neutral | the annual conference was last month and it went really well
0 0 neutral | the reverend mentioned your name after a diocesan meeting
0 0 neutral | um let me check my calendar for a follow-up next week
0 0 neutral | how does the onboarding usually work with your clients
0 0 neutral | what's the notice period if we ever wanted to leave
0 0 neutral | i'm off on holiday for the next two weeks just so you know
0 0 neutral | there's no deadline on this it's more a nice to have for next year
0 0 neutral | the campaign we ran last spring was our best ever
0 0 neutral | does it work with our switchboard
"""

# English: hesitation, interest, frustration, confusion
EN_HIFX = """
H 0 hesitant | i don't know it feels like a lot of change for a team of volunteers
H 0 hesitant | we'd need to sleep on it properly before going any further
H 0 hesitant | i'm just not sure our reps would ever look at a call score to be honest
H - unimpressed | great another dashboard nobody in the branch office will open
H 0 hesitant | um it's interesting but i can't see us being ready for it this year
H 0 hesitant | recording member calls feels a bit big brother for a union if i'm honest
H 0 concerned | i worry the parishioners won't like being recorded when they ring the office
HX 0 confused | i'm not sure i even get what the scoring would tell us that we don't already know
H 0 hesitant | it's not a no it's just a not yet
H 0 hesitant | part of me thinks we'd be paying for bells and whistles we'd never touch
I + interested | oh that's clever being able to search every call for a member's name
I + excited | honestly the coaching bit is exactly what our new fundraisers have been missing
I + interested | go on tell me more about how the scoring works
I + happy | that would save our supervisors hours every week no question
I + interested | ok you've got my attention with the transcripts
I + pleased | not bad at all actually i could see the alumni callers loving that
I + excited | that's the thing we've been talking about for two years and never found
IR + excited | i'm sold when can we start
IH + interested | i really like it but i'm worried the older volunteers won't take to it
F - annoyed | this is the third time i've had to explain we're a charity not a call centre
F - frustrated | i asked for a simple quote two weeks ago and i'm still waiting
F - annoyed | your colleague promised me a trial account and it never showed up
F - frustrated | can we stop with the slides please i've got ten minutes
F - annoyed | i've been passed around four people at your company to get this call
F - frustrated | every time i ring your support line i get a different answer
F - annoyed | with respect you're not listening to what i'm telling you about our members
FP - annoyed | and now the price has gone up since the email you sent last week
X 0 confused | sorry i lost you there what does the scoring actually look at
X 0 confused | wait so is it recording the calls or just writing them down
X 0 confused | i'm a bit lost is the coaching a person or is it the software
X 0 confused | hang on what's a seat in this context
X 0 confused | sorry which bit of this is the app and which bit is the website
X 0 confused | you said something about integrations and i didn't follow
X 0 confused | so where do the recordings actually end up sorry
XH 0 confused | i don't really understand what we'd be getting for the money so i'm a bit wary
0 0 neutral | thanks that's really helpful
0 + positive | nice okay let's move on to the next bit
0 0 neutral | let me think um yes we have about forty people on the phones
0 0 neutral | the traffic this morning was awful sorry i'm a bit late
0 - annoyed | the finance department never tells us anything but that's just how it is here
0 0 neutral | our members can be quite demanding on the phone as you'd imagine
0 0 neutral | the weather's been shocking for the cup fixtures this month
0 + happy | thanks for fitting me in today
0 0 neutral | we run about three hundred calls a week on the helpline
0 0 neutral | most of our callers are volunteers aged over sixty
C 0 neutral | we used a small scoring firm for the telethon a couple of years back
"""

# English: mixed, mostly several signals at once
EN_MIX = """
UR + positive | the telethon is on the ninth so if you can switch it on by then we're in
UD 0 stressed | the appeal goes live in a fortnight and the director still hasn't looked at your proposal
U 0 concerned | strike ballot's next month and the helpline will go mad so we can't hang about
U 0 stressed | the season starts in august and every club will be ringing the federation at once
UB 0 concerned | we need it before the graduation phonathon and there's money earmarked for exactly that
U 0 concerned | with the data protection review in six weeks we really need the calls logged properly
RD + positive | lovely send the paperwork to me and i'll walk it to the chief exec's desk myself
R + happy | go on then sign us up for the twenty seat version
R 0 neutral | can we book the training for the alumni callers for the week of the twelfth
R + positive | right where do i put my name on this
R + positive | i'll need the order form and your bank details for our finance people
D 0 neutral | the convocation would have to bless it and that's in october
D 0 neutral | honestly the president of the federation will want to hear it from you in person
D 0 neutral | i can recommend it but the membership committee has the vote
DB 0 concerned | the treasurer has to approve any spending and she's already said the pot is empty
DP 0 concerned | at that price i'd never get it past the executive
I + interested | now that i'd pay to see in action on our phone appeal
I + excited | wow being able to hear exactly why some callers get more gifts is gold for us
I + interested | i could see our branch reps actually using that which is saying something
IU + excited | this would be brilliant for the autumn campaign which kicks off in three weeks
B 0 neutral | we've a few thousand left in the development line that nobody's spoken for
B - worried | donations are down a third since the spring so every spend gets looked at twice
B - concerned | subs income is flat and the executive has said no new spending this year
B + positive | we had a big legacy come in so for once there's money for this kind of thing
F - annoyed | i booked this call for half nine and you rang at ten with no apology
F - frustrated | your website says one price your salesman said another and the email says a third
FC - annoyed | the current system drops half our recordings and the supplier just shrugs
F - frustrated | i've asked three times what happens to the data and nobody's given me a straight answer
X 0 confused | hold on is the coaching included or is that extra on top
X 0 confused | i'm not following how it would know which call was good and which wasn't
XD 0 confused | our chair would be the one signing but i'm lost on what exactly she'd be signing
H 0 hesitant | mm i think i'd rather wait and see how the other dioceses get on with it first
H 0 hesitant | it's tempting but our callers are volunteers and i don't want to scare them off
HB 0 hesitant | the money's there but i'm not sure it's the best use of donors' gifts
P 0 concerned | that's more than we'd pay a whole phonathon team for a week
PRC + positive | match what the other agency offered and you've got yourself a deal
I + interested | the bit where it flags which calls are worth a listen that's what i've been after
I + excited | oh the chaplaincy team would jump at this honestly
I + pleased | i have to say that's a lot slicker than i expected from a demo
IR + excited | that's brilliant can we get the regional offices on it from the start
XI + curious | i don't quite get the scoring part yet but i love the idea behind it
UC 0 stressed | the licence for our recording software lapses on the thirtieth and they've stopped supporting it
U 0 concerned | the new safeguarding rules come in from april and we'll have to be able to play calls back
F - annoyed | frankly i'm tired of being chased by your team every other day
F - frustrated | this is the second demo where the thing didn't even load
X 0 confused | what do you mean by sentiment sorry is that the caller's mood or our volunteer's
H 0 hesitant | it could work i suppose but i've heard that line before
H 0 hesitant | we'll probably park this until after the general assembly and see where we are
"""

# French: competitor and its look-alikes (the incumbent, rival quotes, home-made tools; tools for other jobs, the speaker's own rivals)
FR_C = """
C 0 neutral | pour l'instant c'est la permanence de l'union départementale qui réécoute les appels sur le logiciel d'orange
C 0 neutral | euh on a déjà un truc de scoring que l'agence de phoning nous a mis en place l'an dernier
CP - unimpressed | l'agence de télémarketing avec qui on bosse nous fait tout ça pour bien moins cher hein
CF - annoyed | notre prestataire actuel nous a sorti des transcriptions complètement à côté de la plaque on a laissé tomber
C 0 neutral | à l'ordre des infirmiers c'est une secrétaire qui remplit un cahier après chaque appel depuis des années
CH 0 hesitant | bon le tableau qu'on a c'est du bricolage mais les anciens s'y retrouvent et j'ai peur de casser ça
C 0 neutral | notre stagiaire en alternance avait commencé à coder un petit outil de notation des calls
CU 0 concerned | on est chez aircall jusqu'au trente et un et on a pas renouvelé donc faut trancher vite
CD 0 neutral | le délégué général voudra voir votre offre à côté de celle de diabolocom avant de dire quoi que ce soit
C 0 neutral | on a reçu une proposition d'une start-up lyonnaise qui fait à peu près pareil
CI + excited | ah ouais là vous êtes à des années-lumière de ce que notre opérateur nous fournit
CP 0 concerned | sur le papier l'autre devis est moins cher de quasiment un tiers
C 0 neutral | la ligue régionale utilise la messagerie vocale de teams et les gens réécoutent quand ils ont le temps
CF - frustrated | franchement notre standard actuel c'est une plaie les enregistrements disparaissent au bout d'une semaine
C 0 neutral | l'évêché a négocié un contrat groupé avec sfr qui enregistre déjà les lignes des paroisses
CB 0 neutral | l'argent qu'on met aujourd'hui dans l'abonnement ringover c'est ce qu'on pourrait basculer chez vous
CX 0 confused | je capte pas trop en quoi c'est différent du compte rendu que nous envoie déjà notre permanence externalisée
C 0 neutral | y a deux autres boîtes qui nous ont démarchés ce trimestre pour la même chose
CU 0 neutral | notre engagement avec le fournisseur actuel tombe dans cinq semaines et c'est pour ça que je vous appelle
C 0 neutral | euh avant on avait un petit prestataire de transcription mais il a fermé l'an dernier
CR + positive | on a résilié chez les autres hier donc dites-moi ce qu'il faut signer
CD 0 neutral | c'est le comité directeur qui avait signé avec l'outil actuel et c'est lui qui le remplacera
CH 0 hesitant | l'outil gratuit de zoom phone fait déjà un résumé alors je vois pas trop l'intérêt de payer
C 0 neutral | au bureau des anciens on a juste le module d'appel de salesforce qui enregistre et c'est tout
CI + interested | honnêtement votre coaching c'est ce qui manque à la solution qu'on a aujourd'hui
0 0 neutral | les autres fédérations de sports collectifs se battent pour les mêmes sponsors que nous
0 0 neutral | notre vrai concurrent c'est le syndicat d'en face aux élections pro ils sont très présents
0 0 neutral | le fichier des adhérents est sur un logiciel métier qui n'a rien à voir avec le téléphone
0 0 neutral | on prend le papier pour les reçus fiscaux chez un fournisseur de bureau en ligne
0 0 neutral | la quête en ligne passe par une appli que le diocèse a choisie ça touche pas aux appels
0 0 neutral | le traiteur du dîner des anciens a encore changé bon c'est pas votre sujet
0 0 neutral | notre agence de collecte a perdu le client unicef au profit d'une autre agence cette année
0 0 neutral | les plannings des arbitres on les fait sur un outil en ligne qui marche nickel
0 0 neutral | le logiciel de compta c'est le trésorier qui l'a choisi et il en est content
0 0 neutral | la société qui entretient l'orgue passe deux fois par an
0 0 neutral | on fait faire nos goodies de congrès par une boîte bretonne
0 0 neutral | l'outil de visio on l'utilise pour les réunions de bureau c'est tout
0 0 neutral | les barreaux voisins ont des cotisations plus basses que nous mais moins de services
0 0 neutral | notre routeur d'emailing envoie la newsletter des alumni tous les mois
0 + happy | le photographe du gala a fait des photos superbes cette année
0 0 neutral | la mutuelle des salariés de la fédé a changé au premier janvier
0 0 neutral | l'agence qui gère notre site internet est à nantes
0 0 neutral | est-ce que ça se branche sur notre standard ou faut tout changer
0 0 neutral | le logiciel de paie on l'a depuis dix ans on touche pas
0 0 neutral | les agences de collecte concurrentes recrutent toutes les mêmes étudiants l'été
"""

# French: price objection, budget and their look-alikes (neutral price questions, prices of other things, a price found fair)
FR_PB = """
P - unimpressed | ouh là c'est pas donné votre truc
P - concerned | pour une petite paroisse de campagne ce montant c'est énorme
PB - worried | ça nous boufferait toute l'enveloppe numérique de l'année
P 0 hesitant | vous auriez pas un tarif plus doux pour les structures à but non lucratif
P - annoyed | vous nous prenez pour la fédé de foot ou quoi avec un prix pareil
PB - concerned | on avait budgété à peu près la moitié de ça pour le projet
P - frustrated | payer ça alors qu'on vit des cotisations de retraités non c'est pas possible
PR + positive | faites-nous moins vingt pour cent et je vous envoie le bon de commande demain
P 0 concerned | honnêtement c'est plus que ce que nous coûte tout notre abonnement téléphonique
PH 0 hesitant | c'est pas rien comme somme et je suis pas certain qu'on s'en serve assez
P - unimpressed | mouais à ce tarif-là j'attendais un peu plus franchement
P 0 hesitant | si vous pouviez revoir un peu la copie sur le prix ce serait plus simple pour moi
B - worried | depuis la fin des contrats aidés on a plus un sou pour ce genre de projet
B 0 neutral | on a une ligne de quatre mille euros pour l'outillage de la permanence
B + positive | de l'argent on en a ce qui compte c'est que ça marche
B - concerned | le conseil économique de la paroisse a tout bloqué en attendant les comptes
B - worried | avec la baisse des adhésions on serre la ceinture partout
B 0 neutral | grosso modo on peut mettre cent cinquante euros par mois pas plus
BR + positive | l'enveloppe est votée donc on peut lancer quand vous voulez
B + positive | on a eu une grosse campagne de legs donc pour une fois on a de la marge
B 0 neutral | ça sortirait du budget formation des délégués qui n'est pas encore consommé
0 0 neutral | le tarif c'est par utilisateur ou par ligne
0 0 neutral | vous facturez à la structure nationale ou à chaque ligue
0 0 neutral | est-ce que la tva s'applique pour une association
0 0 neutral | le paiement c'est par prélèvement ou par virement
0 0 neutral | le prix c'est pas ça qui bloque de toute façon
0 + positive | bon c'est un prix honnête je trouve
0 0 neutral | la réduction de tout à l'heure elle est comprise dans le total
0 0 neutral | les licences fédérales ont pris trois euros cette saison ça a fait râler les clubs
0 0 neutral | le chauffage de l'église nous coûte une fortune l'hiver
0 0 neutral | on a payé le congrès de marseille beaucoup plus cher que prévu
0 + happy | c'est dans les clous de ce que j'imaginais
0 0 neutral | et si on passe de dix à quinze postes en cours de route ça donne quoi en prix
0 0 neutral | vous pourriez m'envoyer la grille tarifaire en pdf
0 0 neutral | y a un engagement minimum ou c'est sans engagement
0 + positive | pour ce que ça fait le prix se tient
0 0 neutral | l'agence nous facture la collecte de rue au donateur recruté c'est un autre modèle
0 0 neutral | les frais de mise en service sont offerts c'est bien ça
0 0 neutral | vous acceptez encore les chèques ou c'est que du virement
0 0 neutral | le gala des anciens on le facture quatre-vingts euros la place cette année
"""

# French: decision maker, closing readiness, urgency
FR_DRU = """
D 0 neutral | chez nous tout passe par le bureau confédéral et ils se voient qu'une fois par mois
D 0 neutral | le pasteur est en congé sabbatique jusqu'en mars et sans lui on bouge pas
D 0 neutral | faut que le bâtonnier donne son accord c'est lui qui engage l'ordre
D 0 neutral | bah moi je prépare le dossier mais c'est le conseil de l'ordre qui tranche
DH 0 hesitant | je suis pour mais le conseil presbytéral va poser mille questions et ils aiment pas le changement
D 0 neutral | il faudra faire la démo au directeur de la collecte il voudra voir les chiffres
D 0 neutral | c'est la présidente de l'association des diplômés qui signe et elle est difficile à convaincre
DR + positive | c'est bon pour moi envoyez le contrat au délégué général c'est lui qui signe
DR + happy | le comité directeur a validé ce matin on peut lancer
D 0 neutral | tant que le trésorier est pas rentré de son pèlerinage rien ne sera signé
D 0 neutral | faut que ça passe en assemblée générale et la prochaine c'est en juin
D 0 neutral | la décision revient au secrétaire fédéral moi je fais juste le tri
R + positive | ok qu'est-ce qu'il vous faut comme infos pour ouvrir les comptes
R + positive | vous m'envoyez le bon de commande et je le retourne signé dans la journée
R 0 neutral | on peut fixer la date de démarrage au lundi quatorze
R + happy | allez on y va je vous donne la liste des bénévoles à créer
R + positive | envoyez la facture au service compta ils la payent à réception
R 0 neutral | je vous renvoie le contrat paraphé d'ici ce soir
R + positive | si vous nous installez ça avant la fin du mois on démarre tout de suite
R + positive | c'est quand la première session de formation pour mes chargés d'appels
RU + positive | on veut que ça tourne avant la journée des anciens dans trois semaines donc on signe maintenant
U 0 stressed | on perd notre outil d'enregistrement au trente et un et on a rien derrière
U 0 concerned | la campagne de dons de fin d'année démarre dans un mois et les appelants sont pas prêts
U 0 concerned | avec les élections du comité social la permanence va crouler sous les appels dès la rentrée
U 0 stressed | le comité de conformité exige des traces d'appels pour le contrôle de septembre
U 0 concerned | le mondial arrive et on sait que les clubs vont nous appeler dans tous les sens
U 0 neutral | le vieux standard est débranché à pâques donc faut que le nouveau soit prêt avant
UD 0 concerned | faut que ce soit en place pour le denier de l'église en avril mais l'économe qui signe revient pas avant mars
0 0 neutral | ma responsable a vu ce genre d'outil dans une autre fédé c'est elle qui m'en a parlé
0 0 neutral | pour ce type d'achat c'est moi qui tranche
0 0 neutral | c'est moi qui signe pour la fédé donc pas de souci de ce côté-là
0 0 neutral | le directeur est en déplacement toute la semaine mais ça bloque rien
0 0 neutral | le secrétariat est ouvert le matin seulement le samedi
0 0 neutral | aucune urgence on défriche
0 0 neutral | la journée des anciens l'an dernier a réuni huit cents personnes
0 0 neutral | je regarde mes dispos pour qu'on refasse un point jeudi
0 0 neutral | en général ça prend combien de temps la mise en place chez une asso comme nous
0 0 neutral | si on veut résilier c'est quoi le délai
0 0 neutral | je pars en pèlerinage à lourdes la semaine prochaine donc je serai injoignable
0 0 neutral | l'opération brioches de l'automne dernier a super bien marché
"""

# French: hesitation, interest, frustration, confusion
FR_HIFX = """
H 0 hesitant | j'avoue que je suis partagé nos militants aiment pas trop qu'on les écoute
H 0 hesitant | laissez-moi digérer tout ça on en reparle peut-être à la rentrée
H 0 hesitant | c'est séduisant sur le papier mais dans une paroisse on est pas une entreprise
H - unimpressed | ah super encore une appli que les bénévoles vont installer et jamais ouvrir
H 0 hesitant | je vois bien l'intérêt mais est-ce que c'est vraiment pour des gens comme nous
H 0 concerned | noter les appels de nos conseillers juridiques ça risque de mal passer avec les élus
H 0 hesitant | bof on a déjà tellement de chantiers cette année je sais pas si c'est le moment
HX 0 confused | je vois pas bien ce que ça changerait concrètement pour nos appelants donc j'hésite
H 0 hesitant | on va pas dire non mais on va pas dire oui tout de suite non plus
I + interested | ah ça c'est top de pouvoir retrouver l'appel d'un donateur en deux secondes
I + excited | le coaching automatique pour nos street fundraisers ça c'est génial
I + interested | continuez ça m'intéresse vraiment cette histoire de mots-clés
I + happy | nos coordinateurs gagneraient un temps fou avec ça c'est évident
I + pleased | j'avoue que je m'attendais pas à un truc aussi propre
I + interested | ça pourrait vraiment changer la donne pour la ligne d'écoute des aumôniers
I + excited | je vais en parler à toute l'équipe ce soir ils vont adorer
IR + excited | c'est exactement ce qu'on cherchait on démarre quand vous voulez
IH + interested | ça me plaît beaucoup mais je me demande si nos vieux militants vont suivre
F - annoyed | je vous ai déjà dit trois fois qu'on est un syndicat pas une plateforme commerciale
F - frustrated | ça fait deux semaines que j'attends le devis promis par votre collègue
F - annoyed | on m'avait dit qu'on aurait un accès test et j'ai toujours rien
F - frustrated | pardon mais on tourne en rond là depuis vingt minutes
F - annoyed | votre commerciale m'a rappelé six fois cette semaine c'est du harcèlement
F - frustrated | je pose une question simple et j'ai droit à un discours marketing
FC - annoyed | on en a marre de notre fournisseur actuel ils répondent jamais au téléphone un comble
X 0 confused | excusez-moi j'ai pas compris comment la note est calculée
X 0 confused | attendez c'est vous qui écoutez les appels ou c'est une machine
X 0 confused | je suis perdue c'est quoi la différence entre la retranscription et le résumé
X 0 confused | euh un siège ça veut dire un bénévole ou un téléphone
X 0 confused | j'ai pas bien saisi le coup des intégrations
X 0 confused | pardon le tableau de bord il est pour moi ou pour les bénévoles j'ai pas compris
X 0 confused | du coup on les retrouve où les enregistrements après
0 0 neutral | merci beaucoup c'est bien expliqué
0 + positive | ok top on avance
0 0 neutral | euh voyons voir oui on est une trentaine de bénévoles au téléphone
0 0 neutral | désolé le rer était en panne ce matin j'arrive à peine
0 - annoyed | le siège nous prévient jamais de rien mais bon on a l'habitude
0 0 neutral | nos adhérents appellent souvent très énervés après un licenciement c'est normal
0 0 neutral | avec la neige la moitié des matchs du week-end ont sauté
0 + happy | merci d'avoir pris le temps de m'appeler
0 0 neutral | la ligne d'écoute reçoit à peu près deux cents appels par semaine
0 0 neutral | bon on a eu une grosse semaine avec le pèlerinage des jeunes
"""

# French: mixed, mostly several signals at once
FR_MIX = """
UR + positive | la nuit du handicap c'est le douze donc si vous pouvez activer avant on part avec vous
UD 0 stressed | le phoning de relance démarre dans dix jours et la directrice a toujours pas regardé votre proposition
UB 0 concerned | on a des sous de côté pour ça mais il faut que ce soit opérationnel avant la campagne de printemps
UP 0 concerned | il nous faut un outil avant la rentrée syndicale mais pas à ce prix-là
U 0 stressed | les championnats de france c'est dans un mois et la ligne des licenciés sature déjà en temps normal
U 0 concerned | la nouvelle réglementation sur le démarchage s'applique en juillet et on doit pouvoir prouver nos appels
IU + excited | ça tombe à pic la grande collecte commence le premier et on cherchait exactement ça
DP 0 concerned | avec ce tarif le conseil d'administration va me renvoyer dans mes buts direct
DB 0 concerned | le trésorier valide chaque dépense et il a prévenu que la caisse était à zéro
D 0 neutral | faudrait que vous veniez présenter ça au conseil fédéral le président voudra poser ses questions
D 0 neutral | rien ne sera engagé tant que l'archevêché aura pas signé
RD + positive | parfait je fais signer le bon de commande par le secrétaire général demain matin
RB + positive | le budget est débloqué donc on peut caler le démarrage
R + happy | bon allez on prend la formule à quinze postes
IR + excited | génial on peut brancher les cinq antennes régionales dès le départ
IB + excited | ça vaut largement l'argent qu'on a mis de côté pour la permanence
I + interested | ça j'aimerais vraiment le voir en vrai sur nos appels de fidélisation
I + pleased | pour une fois un outil que nos délégués pourraient adopter sans râler
PB - worried | c'est le double de ce que le bureau nous a accordé pour l'année
P - annoyed | à ce prix-là on paierait deux mois de loyer du local syndical
PH 0 hesitant | pour une asso de notre taille ça fait cher et je suis pas sûre que ça vaille le coup
P 0 hesitant | vous avez un peu de marge sur le prix ou c'est ferme
B - worried | on sort d'un exercice déficitaire donc pas un centime de trop cette année
B + positive | cette année l'argent c'est pas le sujet on a bien collecté
FP - annoyed | et là vous m'annoncez des frais d'installation dont personne m'avait parlé
F - frustrated | c'est la deuxième démo où votre outil plante devant moi
F - annoyed | j'ai été baladée entre trois services chez vous juste pour avoir une réponse sur la rgpd
F - frustrated | ça fait trois fois que je demande où sont hébergées les données et toujours pas de réponse
X 0 confused | attendez le coaching c'est compris dedans ou c'est une option
XD 0 confused | c'est la présidente qui signera mais je comprends pas bien quoi exactement dans votre process
XI + curious | j'ai pas tout compris au scoring mais l'idée me plaît beaucoup
X 0 confused | c'est quoi exactement le sentiment dont vous parlez celui de l'appelant ou du donateur
HB 0 hesitant | l'argent est là mais je me demande si c'est le meilleur usage des dons
H 0 hesitant | mouais j'aimerais voir comment ça se passe dans d'autres paroisses d'abord
H 0 hesitant | c'est tentant mais nos appelants sont bénévoles et je veux pas les braquer
H 0 hesitant | on va sans doute laisser passer le congrès et on verra après
F - annoyed | sérieux vous m'appelez pendant la messe de dix heures alors que j'avais dit l'après-midi
F - frustrated | à chaque fois que je pose une question technique on me dit qu'on va revenir vers moi et rien
FU - frustrated | ça fait un mois qu'on attend votre devis et la campagne commence lundi
I + interested | la partie analyse des objections des donateurs là ça me parle énormément
IX + curious | je suis pas sûr d'avoir tout suivi mais ce truc de résumé auto c'est bluffant
U 0 concerned | le vieux répondeur enregistreur du presbytère est coupé en juin donc faut anticiper
XR 0 confused | ok on y va mais je comprends pas bien ce que je dois vous renvoyer signé
PR 0 neutral | si vous faites le même prix que pour la ligue voisine je signe cette semaine
"""

BLOCKS = [(EN_C, "en", "client"), (EN_PB, "en", "client"), (EN_DRU, "en", "client"),
          (EN_HIFX, "en", "client"), (EN_MIX, "en", "client"),
          (FR_C, "fr", "client"), (FR_PB, "fr", "client"), (FR_DRU, "fr", "client"),
          (FR_HIFX, "fr", "client"), (FR_MIX, "fr", "client")]
