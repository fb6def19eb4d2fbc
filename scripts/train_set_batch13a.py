"""Batch 13a of the analyzer's call-speech training data: client turns only, in
English and French (the French written as a French speaker would say it, not
translated). Situations: medical laboratories, clinics' appointment lines,
home-care agencies, medical equipment suppliers, health insurers' member
services, hearing-aid and mobility-aid retailers. Aimed weights (lines carrying
the signal, both languages): competitor C ~50, price_objection P ~45,
decision_maker D ~45, closing_readiness R ~45, budget B ~40, urgency U ~40,
hesitation H ~40, strong_interest I ~40, frustration F ~35, confusion X ~30, and
about 120 lines with no signal (0) that look like one, leaning on look-alikes of
competitor (tools for other jobs: booking, lab information system, rota,
claims, payroll; the speaker's own rivals; suppliers of other things) and of
price objection (neutral price questions, prices of other things, a price found
fair). Labelled by docs/labelling.md, including "Cases the guide left open,
decided"; the cases under "Still open" are avoided. Notation of
scripts/data_notation.py:

    LABELS SENTIMENT emotion | text
"""

# Competitor, English: the incumbent, rival quotes, in-house and bundled tools; look-alikes
EN_C = """
C 0 neutral | so right now the appointment line runs on the phone company's package and that does the recordings
C 0 neutral | um we've got a couple of the senior nurses listening back to calls with a checklist they made up themselves
CP - unimpressed | the outfit we're with for the member line charges about half that per agent
CU 0 concerned | our contract with the current recording people runs out end of next month so we've gotta pick something
C 0 neutral | head office had a demo from another call analytics firm last week i think
CH 0 hesitant | the thing our phone provider throws in is basic but i'm not convinced yours is that much better
CF - frustrated | the current system drops half the recordings and their support just shrugs at us
CD 0 neutral | our clinical director picked the call logging we use now so she'd need to see why yours beats it
C 0 neutral | uh the it lad reckons he could rig up the transcription himself with some open source thing
CI + interested | honestly this does in one screen what we cobble together from three bits of kit now
CB 0 neutral | whatever we stop paying the answering service would be the money for this
C 0 neutral | the hearing aid shops all share a recording setup that the franchise signed years ago
CU - stressed | our deal with the telecoms lot lapses on the thirtieth and i don't want the phones unrecorded
C 0 neutral | we had another crowd in last month pitching pretty much this exact thing
CP 0 concerned | there's a quote on my desk for the same seats at about two thirds of yours
CF - annoyed | i'm sick of chasing the people we use now for transcripts that come back a week late
C 0 neutral | the care coordinators log the calls in a shared spreadsheet and mark the tricky ones in red
CX 0 confused | wait is this different from what the phone system already records or is it the same thing
C 0 neutral | we're locked in with the current supplier for call recording until next spring anyway
CR + keen | right we're done with the old recording firm so send over whatever we need to sign
CD 0 neutral | the regional manager would want you and the present vendor side by side before anything
C 0 neutral | the member services floor uses the scoring module that came bundled with the contact centre platform
CI + impressed | ok the coaching side is miles ahead of what our current lot give us
CP - annoyed | our carrier does call recording for nothing so paying that on top seems daft
C 0 neutral | we trialled a transcription app on the shop phones a couple of years back
0 0 neutral | we use a booking system for appointments but it doesn't touch the phones at all
0 0 neutral | the lab information system handles samples and results that's a separate world entirely
0 0 neutral | the other labs in town have been undercutting us on private blood tests lately
0 0 neutral | our wheelchair manufacturer just put their prices up again which is a different headache
0 0 neutral | we switched payroll providers in the summer and it was painless enough
0 0 neutral | there's a new hearing centre opened across the road so we're feeling the squeeze a bit
0 0 neutral | the rota software tells the carers where to go each morning
0 0 neutral | our reagents come from one big supplier and we've been with them forever
0 0 neutral | the pharmacy chain down the road is basically our biggest rival for mobility scooters
0 0 neutral | we changed the cleaning contractor at the clinic in march
0 0 neutral | claims get processed in a separate system the underwriting side runs
0 0 neutral | the van tracking for our equipment deliveries is done by a different company
0 0 neutral | our accounts package does the invoicing for the rental beds and hoists
0 0 neutral | another home care agency took a couple of our council packages off us last year
0 0 neutral | the website and the online booking were built by a little agency in town
"""

# Price objection and budget, English; neutral price look-alikes
EN_PB = """
P - unimpressed | that's a lot of money for something that basically listens to phone calls
P 0 concerned | i'd struggle to justify that figure for a line that takes maybe forty calls a day
PR 0 neutral | if you can take fifteen percent off we can probably get going this month
PB - worried | that would swallow pretty much everything we've got set aside for software this year
B 0 neutral | we've got some money ring-fenced for patient experience and this could sit under it
B - concerned | honestly the purse strings are tight right now with the contract cuts from the council
B + positive | money isn't what's holding us up there's a pot for this kind of thing
P - annoyed | come on that's more than we spend on the phone lines themselves
P 0 hesitant | is there any wiggle room on that number cos it's a bit steep for a shop our size
B 0 neutral | we do have a bit left over in this quarter's training budget
BR + happy | the trustees released the funds last week so we can go ahead whenever suits you
PB 0 concerned | it's well over what we'd pencilled in for the whole of next year
B - worried | we're a small agency and every penny is going on carers' wages at the moment
P 0 neutral | what would it take to get that price down a bit
P - unimpressed | for a hearing aid shop with three phones that's pretty rich
PH 0 hesitant | at that kind of money i think we'd want to sit on it for a while
B + positive | we've genuinely been saving up for something like this
PF - frustrated | you keep adding bits on and the total just keeps climbing every time we talk
B - concerned | the commissioners cut our funding so there's not much to play with
PR + interested | knock the setup fee off and you've got yourself a deal
B 0 neutral | we could probably find around five hundred a month for something like this
P 0 concerned | the per minute transcription charge adds up scarily fast with our volumes
PB - worried | honestly that'd blow the whole member services software budget in one go
B - stressed | there's a spending freeze across the whole insurer until the audit's done
PD 0 concerned | the finance director will laugh me out of the room with a number like that
0 0 neutral | how much is it per user roughly just so i have a figure in my head
0 0 curious | is that price monthly or annual
0 0 neutral | does the price include the transcription or is that separate
0 0 neutral | the price isn't really the issue for us to be fair
0 + satisfied | yeah that seems fair for what you get
0 0 neutral | do you charge vat on top of that or is it in
0 0 neutral | hearing aids themselves have gone up about ten percent this year
0 0 neutral | we just spent a fortune on a new analyser for the haematology bench
0 0 neutral | can you pop the price list in an email for me
0 0 neutral | do you bill per seat or per site
0 0 neutral | the discount you mentioned earlier is that on the first year only
0 0 neutral | our members pay a monthly premium and they moan about it constantly
0 0 neutral | rollators go for about eighty quid and the margins are thin as it is
0 + content | that's about what i expected it to cost actually
0 0 neutral | is there a minimum term attached to that price
"""

# Decision maker and closing readiness, English; look-alikes
EN_DR = """
D 0 neutral | i'd have to run it past the practice manager before i say anything
D 0 neutral | honestly nothing moves here without the medical director's nod
D 0 neutral | the owner's away till the twentieth and it'll sit on his desk till then
D - resigned | it's not my call it goes to the board and they only meet quarterly
D 0 neutral | can you put something together i can show the regional ops lead
DH 0 hesitant | i like it but i can't see procurement going for it this year
D 0 neutral | the head of member services will need winning over she's the one who'd live in the reports
DR + keen | send the contract through and our finance director will sign it
DR + happy | the directors gave it the thumbs up this morning so let's crack on
D 0 neutral | i'll need to get the partners in a room and walk them through it
D 0 neutral | the franchise owner signs off anything software so i'd have to loop him in
DU 0 concerned | the committee meets tuesday and if it isn't in front of them it waits another quarter
DI + interested | i'm really keen on this now i just have to get my boss to see it the same way
R + eager | okay what do you need from us to get this set up
R 0 neutral | where does the purchase order need to go on your side
R + interested | when's the earliest you could get the team trained up
R + keen | let's do it can we start with the appointment line and add the rest later
R 0 neutral | send me the paperwork and i'll get it back to you by thursday
R + happy | right i'm sold what happens next
RU - stressed | we need it live before the winter flu clinics start so can we sign today
R 0 neutral | if you can have it installed by the first we can go live the week after
R + keen | put us down for the twelve seat option
R 0 neutral | email the order form over and i'll get it filled in
RD 0 neutral | send the quote to our ceo she has to countersign but we're good to go
RI + excited | this is exactly what we need how quickly can we get it running
R 0 neutral | okay let's get the data processing agreement sorted and then we can kick off
R + pleased | go on then book us in for the onboarding session
DB 0 neutral | the money side is fine it's just that the group board has to bless it first
UD - worried | the chief exec has to make the call by friday because the old phones go at month end
0 0 neutral | my boss is actually on leave this week
0 0 neutral | i'm the practice owner so it's me you'd be dealing with
0 0 neutral | any contracts go through me i'm the one who signs here
0 0 neutral | my manager was on local radio talking about the flu jabs last week
0 0 neutral | how does onboarding usually work for a place our size
0 0 neutral | let me check my diary for a follow up call
0 0 neutral | what's the notice period if we ever wanted to cancel
0 0 neutral | does it plug into our switchboard
0 0 neutral | the director set up the agency about twenty years ago now
0 0 neutral | can it record calls in more than one language
"""

# Urgency and hesitation, English; look-alikes
EN_UH = """
U 0 stressed | we've got the inspection in march and they'll want to see how we handle calls
U 0 concerned | the old call recorder is being switched off at the end of the year
U - stressed | flu season starts in a few weeks and the appointment line goes absolutely mental
U 0 concerned | the regulator wants call monitoring evidenced by the june audit
U 0 neutral | we're opening two new shops in spring so ideally this is in before then
U 0 worried | open enrolment kicks off next month and the member line triples overnight
UI + excited | this would be perfect for the new contract we start in three weeks can it be ready
UH 0 hesitant | we do need something before the accreditation visit but i'm not sure this is it
UB 0 neutral | we've got the money and we need it before the new clinic opens on the fourth
H 0 hesitant | i'm just not sure the carers would ever look at the coaching stuff
H 0 hesitant | let me mull it over and i'll maybe come back to you
H 0 hesitant | i'm not sure we're there yet as a business
H 0 doubtful | sounds lovely on paper but i've seen these things gather dust
H - skeptical | great another dashboard nobody's going to open
H 0 hesitant | i think we'd rather get through the merger first and see after
H 0 hesitant | i'm in two minds honestly
H 0 hesitant | can we park it for now and pick it up again after the summer
H 0 hesitant | not fully convinced the staff would go for being marked on every single call
H 0 cautious | we've been burned before by tech that promised the world
HI 0 hesitant | i do like it i'm just not sure it's the right moment
HX 0 confused | i'm not sure i get what it'd actually change for us so i'm a bit on the fence
H 0 hesitant | it's nice but is it a need-to-have or a nice-to-have for a lab our size
HF - annoyed | you're pushing quite hard and that makes me less keen to be honest
0 0 neutral | there's no hurry on this one honestly
0 0 neutral | we're open eight till six on weekdays and till one on saturdays
0 0 neutral | we had a big ransomware scare back in twenty nineteen
0 0 neutral | i'm off on holiday the last two weeks of august
0 0 neutral | let me think um we've got about fifteen people on the phones
0 0 neutral | the lab moved into the new building last year
0 0 neutral | the christmas period is always dead for hearing tests
0 0 neutral | we used to be much busier before covid
0 0 neutral | let me think yeah three sites two in town and one out by the hospital
0 0 neutral | the scooter hire season peaks in the summer holidays
"""

# Strong interest, frustration, confusion, English; look-alikes
EN_IFX = """
I + excited | oh that's brilliant the call summaries alone would save us hours
I + interested | now that's something i could actually see us using every day
I + impressed | not bad at all i wasn't expecting the coaching bit to be that good
I + interested | hmm that's a lot smarter than i thought it'd be
I + keen | the scoring thing is exactly what our team leaders have been asking for
IX + curious | love the idea but how does it know which call goes with which patient
I + pleased | i'll be honest i'm quite taken with it
IR + excited | this is the one honestly can we get a trial going next week
I + interested | the bit where it flags the angry callers that's gold for the member line
F - annoyed | this is the third time i've explained what we do
F - frustrated | you keep talking over me and i haven't even finished the question
F - annoyed | i asked for a quote two weeks ago and i'm still waiting
F - frustrated | your sales team called me four times this week it's getting ridiculous
F - annoyed | oh brilliant another demo link that doesn't work
F - frustrated | nobody on your side seems to know what the other person promised us
FP - angry | you told us one price on the phone and the written quote came in a good chunk higher
X 0 confused | sorry i'm lost does the recording happen on our end or yours
X 0 confused | what do you mean by sentiment scoring
X 0 confused | hang on you've said two different things is the transcription included or not
X 0 confused | i didn't quite follow the bit about the licences
X 0 confused | i'm not techy so where does all this actually live
X 0 confused | so what exactly counts as a seat for you
X 0 confused | wait who listens to the calls then you or us
0 + polite | thanks that's really helpful
0 + polite | nice okay shall we move on to the next bit
0 0 neutral | the traffic was terrible this morning sorry i'm a bit late
0 0 neutral | our patients get fed up with the hold music but that's nothing new
0 0 neutral | the pathology department upstairs keeps losing our request forms
0 + polite | cheers for sending the slides over
0 0 neutral | the couriers were late with the blood samples again today
0 + friendly | ha yeah it's been a long week here too
"""

# Concurrent, français : le prestataire en place, devis rival, interne, gratuit ; leurres
FR_C = """
C 0 neutral | euh là les appels du standard de rdv passent par l'opérateur et c'est lui qui enregistre
C 0 neutral | au labo la biologiste réécoute quelques appels avec une grille qu'elle a faite sur excel
CP - unimpressed | la boîte qu'on a pour la plateforme adhérents nous facture genre moitié moins par poste
CU 0 concerned | le contrat avec notre prestataire d'enregistrement s'arrête fin du mois prochain donc faut trancher vite
C 0 neutral | le siège a vu une démo d'une autre solution d'analyse d'appels y a quinze jours
CH 0 hesitant | le truc gratuit de notre opérateur est basique mais je suis pas sûre que le vôtre change grand-chose
CF - frustrated | l'outil actuel perd la moitié des enregistrements et leur support s'en fiche complètement
CD 0 neutral | c'est le directeur médical qui a choisi l'outil qu'on a donc faudra lui montrer en quoi vous êtes mieux
C 0 neutral | notre informaticien dit qu'il peut monter la transcription lui-même avec un truc open source
CI + interested | franchement vous faites en un écran ce qu'on bricole avec trois outils aujourd'hui
CB 0 neutral | ce qu'on arrête de payer à la permanence téléphonique ça servirait pour vous
C 0 neutral | les centres auditifs du réseau partagent un système d'enregistrement signé par l'enseigne
CU - stressed | notre contrat chez ringover finit le trente et je veux pas me retrouver sans enregistrement
C 0 neutral | bah on a déjà eu une autre boîte qui est venue nous présenter à peu près la même chose
CP 0 concerned | j'ai un devis concurrent pour le même nombre de licences à deux tiers de votre prix
CF - annoyed | j'en peux plus de relancer notre prestataire pour des transcriptions qui arrivent une semaine après
C 0 neutral | les coordinatrices de l'agence notent les appels compliqués dans un tableau partagé
CX 0 confused | attendez c'est pas ce que fait déjà le standard orange ou c'est autre chose
C 0 neutral | de toute façon on est engagés avec l'opérateur pour l'enregistrement jusqu'au printemps prochain
CR + keen | bon on a résilié l'ancien prestataire donc envoyez ce qu'il faut signer
CD 0 neutral | la directrice régionale voudra vous comparer à notre outil actuel avant de dire quoi que ce soit
C 0 neutral | la plateforme adhérents utilise le module de notation fourni avec le logiciel du centre d'appels
CI + impressed | ok la partie coaching c'est le jour et la nuit avec ce qu'on a actuellement
CP - annoyed | l'opérateur nous fait l'enregistrement gratos alors payer ça en plus bof
C 0 neutral | on avait testé une appli de transcription sur les téléphones du magasin y a deux ans
0 0 neutral | on a un agenda en ligne pour les rendez-vous mais ça touche pas du tout au téléphone
0 0 neutral | le sil gère les prélèvements et les résultats c'est complètement à part
0 0 neutral | les autres labos du coin cassent les prix sur les bilans sans ordonnance en ce moment
0 0 neutral | notre fabricant de fauteuils roulants a encore augmenté ses tarifs c'est un autre souci
0 0 neutral | on a changé de logiciel de paie cet été et ça s'est bien passé
0 0 neutral | y a un nouvel audioprothésiste qui a ouvert en face donc ça nous met un peu la pression
0 0 neutral | le logiciel de planning dit aux auxiliaires de vie où aller chaque matin
0 0 neutral | nos réactifs viennent d'un gros fournisseur avec qui on travaille depuis toujours
0 0 neutral | la pharmacie d'à côté c'est notre principal concurrent sur les scooters électriques
0 0 neutral | on a changé de société de ménage au cabinet en mars
0 0 neutral | les remboursements passent par un autre système géré par la gestion
0 0 neutral | la géolocalisation des camionnettes de livraison c'est une autre boîte
0 0 neutral | notre logiciel de compta fait les factures de location des lits médicalisés
0 0 neutral | un autre ssiad nous a piqué deux contrats avec le département l'an dernier
0 0 neutral | le site internet c'est une petite agence web de la ville qui l'a fait
"""

# Objection prix et budget, français ; questions de prix neutres
FR_PB = """
P - unimpressed | ça fait cher pour un truc qui écoute des coups de fil en fait
P 0 concerned | j'aurai du mal à justifier ce montant pour une ligne qui prend quarante appels par jour
PR 0 neutral | si vous faites un geste de quinze pour cent on peut démarrer ce mois-ci
PB - worried | ça mangerait à peu près tout ce qu'on a prévu pour les logiciels cette année
B 0 neutral | on a une enveloppe fléchée sur l'expérience patient ça pourrait rentrer dedans
B - concerned | franchement c'est tendu niveau trésorerie avec les baisses de dotation
B + positive | l'argent c'est pas ce qui nous bloque on a une ligne pour ce genre de projet
P - annoyed | attendez c'est plus que ce qu'on paye pour les lignes téléphoniques elles-mêmes
P 0 hesitant | y a moyen de bouger un peu sur le tarif parce que pour une boutique comme nous ça pique
B 0 neutral | il nous reste un petit reliquat sur le budget formation du trimestre
BR + happy | le conseil d'administration a débloqué les fonds la semaine dernière donc on peut y aller
PB 0 concerned | c'est largement au-dessus de ce qu'on avait provisionné pour l'année
B - worried | on est une petite structure et tout part dans les salaires des aides à domicile là
P 0 neutral | qu'est-ce qu'il faudrait pour que le prix descende un peu
P - unimpressed | pour un centre auditif avec trois postes c'est quand même salé
PH 0 hesitant | à ce prix-là je pense qu'on va laisser reposer un moment
B + positive | on met de côté depuis un moment justement pour ce genre d'outil
PF - frustrated | à chaque échange vous rajoutez une option et le total grimpe c'est pénible
B - concerned | l'ars nous a réduit les financements donc on a pas beaucoup de marge
PR + interested | enlevez les frais de mise en service et c'est signé
B 0 neutral | on pourrait sortir dans les cinq cents euros par mois pour un truc comme ça
P 0 concerned | le coût à la minute de transcription avec nos volumes ça monte vite
PB - worried | ça exploserait tout le budget logiciel du service adhérents d'un coup
B - stressed | y a un gel des dépenses sur toute la mutuelle tant que l'audit est pas fini
PD 0 concerned | le daf va me rire au nez avec un chiffre pareil
0 0 neutral | c'est combien par utilisateur à peu près juste pour avoir un ordre d'idée
0 0 curious | le prix c'est par mois ou par an
0 0 neutral | la transcription elle est comprise dans le prix ou c'est en option
0 0 neutral | le prix c'est pas vraiment le problème pour nous
0 + satisfied | ouais c'est correct pour ce que c'est
0 0 neutral | c'est ht ou ttc ce montant
0 0 neutral | les appareils auditifs ont pris dix pour cent cette année chez nos fournisseurs
0 0 neutral | on vient de claquer une fortune dans un nouvel automate d'hématologie
0 0 neutral | vous pouvez m'envoyer la grille tarifaire par mail
0 0 neutral | vous facturez au poste ou au site
0 0 neutral | la remise dont vous parliez tout à l'heure c'est que la première année
0 0 neutral | nos adhérents râlent tout le temps sur le montant des cotisations
0 0 neutral | un déambulateur on le vend dans les quatre-vingts euros et la marge est ridicule
0 + content | c'est à peu près le prix que j'imaginais en fait
0 0 neutral | y a une durée d'engagement minimum avec ce tarif
"""

# Décideur et passage à l'achat, français ; leurres
FR_DR = """
D 0 neutral | faut que j'en parle à la responsable du cabinet avant de vous dire quoi que ce soit
D 0 neutral | ici rien ne bouge sans le feu vert du directeur médical
D 0 neutral | le gérant est absent jusqu'au vingt et ça attendra son retour
D - resigned | c'est pas moi qui décide ça part en codir et ils se réunissent une fois par trimestre
D 0 neutral | vous pouvez me faire un support que je puisse montrer au directeur des opérations
DH 0 hesitant | moi ça me plaît mais je vois pas les achats valider ça cette année
D 0 neutral | la responsable du service adhérents faudra la convaincre c'est elle qui vivra dans les rapports
DR + keen | envoyez le contrat notre directeur financier le signera
DR + happy | la direction a dit oui ce matin donc on lance
D 0 neutral | faut que je réunisse les associés pour leur présenter tout ça
D 0 neutral | c'est le franchisé qui valide tout ce qui est logiciel donc je dois le mettre dans la boucle
DU 0 concerned | le comité se réunit mardi et si c'est pas dans le dossier ça repart pour trois mois
DI + interested | moi je suis emballé il me reste juste à convaincre ma cheffe
R + eager | ok qu'est-ce qu'il vous faut de notre côté pour mettre ça en place
R 0 neutral | le bon de commande je l'envoie à qui chez vous
R + interested | vous pourriez former l'équipe quand au plus tôt
R + keen | allez on y va on commence par la ligne de rdv et on ajoutera le reste après
R 0 neutral | envoyez-moi les documents je vous les renvoie signés jeudi
R + happy | bon bah je suis convaincu on fait quoi maintenant
RU - stressed | faut que ce soit en place avant la campagne de vaccination grippe donc on signe aujourd'hui
R 0 neutral | si vous installez pour le premier on peut démarrer la semaine d'après
R + keen | partez sur la formule à douze postes
R 0 neutral | envoyez-moi le bon de commande et je le remplis
RD 0 neutral | adressez le devis à notre pdg elle doit contresigner mais pour nous c'est bon
RI + excited | c'est exactement ce qu'il nous faut on peut l'avoir en route quand
R 0 neutral | on règle le contrat de sous-traitance rgpd et on démarre
R + pleased | allez calez-nous la session de prise en main
DB 0 neutral | côté argent ça va c'est juste que le conseil du groupe doit donner son accord
UD - worried | c'est le directeur général qui tranche et il doit le faire vendredi parce que les anciens postes partent à la fin du mois
0 0 neutral | mon chef est en congé cette semaine d'ailleurs
0 0 neutral | je suis le gérant donc c'est avec moi que vous verrez tout
0 0 neutral | les contrats c'est moi qui les signe ici
0 0 neutral | ma directrice est passée à la radio locale pour parler de la grippe la semaine dernière
0 0 neutral | comment ça se passe en général la mise en route pour une structure comme la nôtre
0 0 neutral | attendez je regarde mon agenda pour qu'on se rappelle
0 0 neutral | c'est quoi le préavis si un jour on veut arrêter
0 0 neutral | ça se branche sur notre standard
0 0 neutral | c'est la directrice qui a fondé l'agence il y a une vingtaine d'années
0 0 neutral | ça enregistre dans plusieurs langues
"""

# Urgence et hésitation, français ; leurres
FR_UH = """
U 0 stressed | on a la certification en mars et ils vont regarder comment on gère les appels
U 0 concerned | l'ancien enregistreur est coupé à la fin de l'année
U - stressed | la saison de la grippe démarre dans trois semaines et la ligne de rdv va exploser
U 0 concerned | l'autorité veut des preuves de suivi des appels pour l'audit de juin
U 0 neutral | on ouvre deux magasins au printemps donc l'idéal c'est que ce soit en place avant
U 0 worried | la campagne d'adhésion démarre le mois prochain et les appels triplent du jour au lendemain
UI + excited | ce serait parfait pour le nouveau marché qu'on démarre dans trois semaines c'est jouable
UH 0 hesitant | il nous faut un truc avant la visite d'accréditation mais je suis pas sûr que ce soit ça
UB 0 neutral | on a les fonds et il nous le faut avant l'ouverture du nouveau centre le quatre
H 0 hesitant | je suis pas sûre que les auxiliaires regardent un jour la partie coaching
H 0 hesitant | laissez-moi digérer tout ça je vous redirai peut-être
H 0 hesitant | je sais pas si on est mûrs pour ça comme structure
H 0 doubtful | sur le papier c'est joli mais j'en ai vu des outils finir au placard
H - skeptical | super encore un tableau de bord que personne va ouvrir
H 0 hesitant | on préfère d'abord passer la fusion et on verra après
H 0 hesitant | bof je suis partagé franchement
H 0 hesitant | on peut mettre ça en pause et en reparler après l'été
H 0 hesitant | pas sûr que l'équipe accepte d'être notée sur chaque appel
H 0 cautious | on s'est déjà fait avoir par des outils qui promettaient monts et merveilles
HI 0 hesitant | ça me plaît hein c'est juste que je suis pas sûr que ce soit le moment
HX 0 confused | je vois pas trop ce que ça changerait chez nous du coup je suis mitigé
H 0 hesitant | c'est sympa mais c'est indispensable ou c'est du confort pour un petit labo
HF - annoyed | vous insistez beaucoup là et ça me donne encore moins envie
0 0 neutral | rien ne presse de notre côté prenez votre temps
0 0 neutral | on est ouverts de huit heures à dix-huit heures et le samedi matin
0 0 neutral | on a eu une grosse attaque informatique en vingt-dix-neuf
0 0 neutral | je suis en vacances les deux dernières semaines d'août
0 0 neutral | euh laissez-moi réfléchir on a une quinzaine de personnes au téléphone
0 0 neutral | le labo a déménagé dans les nouveaux locaux l'an dernier
0 0 neutral | à noël c'est toujours calme pour les tests auditifs
0 0 neutral | on était bien plus chargés avant le covid
0 0 neutral | alors attendez trois sites deux en ville et un près de l'hôpital
0 0 neutral | la location de scooters c'est surtout pendant les vacances d'été
"""

# Fort intérêt, frustration, confusion, français ; leurres
FR_IFX = """
I + excited | ah mais c'est génial rien que les résumés d'appels ça nous ferait gagner des heures
I + interested | ça par contre je nous vois bien l'utiliser tous les jours
I + impressed | pas mal du tout je m'attendais pas à un coaching aussi poussé
I + interested | hmm c'est bien plus malin que ce que je pensais
I + keen | la notation c'est exactement ce que nos chefs d'équipe réclament
IX + curious | l'idée me plaît mais comment il sait quel appel correspond à quel patient
I + pleased | je vous cache pas que je suis assez séduite
IR + excited | c'est celui-là franchement on peut lancer un essai la semaine prochaine
I + interested | le truc qui repère les adhérents énervés c'est de l'or pour nous
F - annoyed | ça fait trois fois que je vous explique ce qu'on fait
F - frustrated | vous me coupez sans arrêt j'ai même pas fini ma question
F - annoyed | j'ai demandé un devis y a deux semaines et j'attends toujours
F - frustrated | votre commercial m'a appelé quatre fois cette semaine ça devient n'importe quoi
F - annoyed | ah super encore un lien de démo qui marche pas
F - frustrated | chez vous personne sait ce que le collègue nous a promis
FP - angry | au téléphone vous m'avez annoncé un prix et sur le devis c'est nettement plus
X 0 confused | pardon je suis perdu l'enregistrement il se fait chez nous ou chez vous
X 0 confused | ça veut dire quoi le scoring de sentiment
X 0 confused | attendez du coup la transcription elle est incluse ou pas
X 0 confused | j'ai pas bien suivi le passage sur les licences
X 0 confused | je suis pas informaticienne tout ça c'est stocké où concrètement
X 0 confused | c'est quoi un poste pour vous exactement
X 0 confused | euh qui écoute les appels du coup vous ou nous
0 + polite | merci c'est très clair
0 + polite | ok super on passe à la suite
0 0 neutral | désolé du retard y avait des bouchons pas possibles ce matin
0 0 neutral | nos patients en ont marre de la musique d'attente mais ça date pas d'hier
0 0 neutral | le service d'anapath à l'étage perd encore nos bons de demande
0 + polite | merci pour l'envoi de la présentation
0 0 neutral | le coursier était encore en retard pour les prélèvements aujourd'hui
0 + friendly | ah oui chez nous aussi la semaine a été longue
"""

# Mixed, English: two signals at once (urgency, interest, confusion, frustration)
EN_MIX = """
UF - stressed | i've been asking your lot for a start date for weeks and the cqc visit is in a month
UI + excited | if this can be in before our hearing awareness push in may we'd absolutely love it
UB 0 concerned | the old dictaphone style recorder dies in december and we've put a bit of money by to replace it
XD 0 confused | i don't think i understood it well enough to explain to the director and she's the one deciding
XH 0 confused | honestly i don't really get what we'd be paying for so i'm holding off
X 0 confused | sorry is the coaching module an extra or part of the same thing
X 0 confused | so do the scores come from a person or from the computer i can't tell
IB + interested | we'd find the money for this no question it's exactly what the helpline needs
ID + excited | i'm showing the operations director this afternoon i reckon she'll be as keen as me
IP + interested | i love it i just need that number to come down a notch
FC - annoyed | our phone company's recording has been broken since july and nobody there picks up
FD - frustrated | i've said twice the owner has to see it first and you keep asking me to sign
FH - annoyed | to be honest the way this call's gone i'm having second thoughts
FU - frustrated | you promised setup before the clinic reopens on the ninth and now it's slipping
UD 0 concerned | the board wants a recommendation by the fifteenth and i'd like this to be in it
PB - worried | we're a charity run care service and that price is way past what we can stretch to
BR + pleased | finance have approved the spend so let's get the paperwork moving
PU 0 concerned | we need something in by april but not at that kind of price
XI + curious | hang on so it coaches the agents by itself that's clever how does that bit work
F - annoyed | i got put on hold twenty minutes just to reach someone in your sales team
0 0 neutral | the hoist engineer's booked in for next tuesday anyway
0 0 neutral | the member services team moved into the new office in the autumn
"""

# Mélange, français : deux signaux à la fois
FR_MIX = """
UF - stressed | ça fait des semaines que je vous demande une date de démarrage et la visite de l'ars c'est dans un mois
UI + excited | si c'était en place pour la journée nationale de l'audition en mars ce serait top
UB 0 concerned | le vieil enregistreur lâche en décembre et on a mis un peu d'argent de côté pour le remplacer
XD 0 confused | j'ai pas assez compris pour l'expliquer à la directrice et c'est elle qui décide
XH 0 confused | en vrai je vois pas bien ce qu'on paierait donc je préfère attendre
X 0 confused | le module coaching c'est en plus ou c'est le même produit
X 0 confused | les notes c'est une personne qui les met ou l'ordi j'arrive pas à savoir
IB + interested | on trouvera l'argent c'est clair c'est pile ce qu'il faut à notre plateforme
ID + excited | je montre ça au directeur des opérations cet aprèm je suis sûr qu'il va accrocher comme moi
IP + interested | j'adore mais faudrait que le chiffre baisse un peu
FC - annoyed | l'enregistrement de chez sfr marche plus depuis juillet et personne décroche là-bas
FD - frustrated | je vous ai dit deux fois que le gérant doit voir ça et vous me redemandez de signer
FH - annoyed | honnêtement vu comment se passe l'appel je commence à avoir des doutes
FU - frustrated | vous aviez promis l'installation avant la réouverture du cabinet le neuf et là ça glisse
UD 0 concerned | le conseil veut une recommandation pour le quinze et j'aimerais mettre ça dedans
PB - worried | on est une association d'aide à domicile et ce tarif dépasse de loin ce qu'on peut mettre
BR + pleased | la compta a validé la dépense donc on lance les papiers
PU 0 concerned | on en a besoin pour avril mais pas à ce prix-là
XI + curious | attendez il coache les conseillers tout seul c'est malin ça marche comment
F - annoyed | j'ai attendu vingt minutes en ligne pour avoir quelqu'un de chez vous
0 0 neutral | le technicien pour les lève-personnes passe mardi de toute façon
0 0 neutral | le service adhérents a déménagé dans les nouveaux bureaux à l'automne
"""

BLOCKS = [(EN_C, "en", "client"), (EN_PB, "en", "client"), (EN_DR, "en", "client"),
          (EN_UH, "en", "client"), (EN_IFX, "en", "client"), (EN_MIX, "en", "client"),
          (FR_C, "fr", "client"), (FR_PB, "fr", "client"), (FR_DR, "fr", "client"),
          (FR_UH, "fr", "client"), (FR_IFX, "fr", "client"), (FR_MIX, "fr", "client")]
